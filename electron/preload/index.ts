/**
 * The preload script: exposes the named DesktopApi operations and the shell's events to the
 * renderer's main world, and tells the shell how many close listeners the page has. Runs sandboxed; nothing else (no ipcRenderer, no generic invoke or
 * listener on any channel) crosses the bridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CLOSE_LISTENERS_CHANNEL, DESKTOP_API_GLOBAL } from '../../shared/ipc/contract';
import { createDesktopApi } from './desktop-api';

// Arguments are forwarded without the event object, so the page never sees ipcRenderer.
contextBridge.exposeInMainWorld(
  DESKTOP_API_GLOBAL,
  createDesktopApi(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (channel, listener) => {
      const onMessage = (): void => listener();
      ipcRenderer.on(channel, onMessage);
      return () => {
        ipcRenderer.removeListener(channel, onMessage);
      };
    },
    (count) => ipcRenderer.send(CLOSE_LISTENERS_CHANNEL, count),
  ),
);
