/**
 * The preload script: exposes the named DesktopApi operations to the renderer's main world.
 * Runs sandboxed; nothing else (no ipcRenderer, no generic invoke) crosses the bridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_API_GLOBAL } from '../../shared/ipc/contract';
import { createDesktopApi } from './desktop-api';

// Arguments are forwarded without the event object, so the page never sees ipcRenderer.
contextBridge.exposeInMainWorld(
  DESKTOP_API_GLOBAL,
  createDesktopApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
