/**
 * The app's one window: created with hardened preferences and the remembered bounds, loads the
 * renderer from app://, and saves its bounds when it closes.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { BrowserWindow, screen, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from '../lib/app-origin';
import { mainWindowOptions } from '../lib/window-options';
import { parseWindowState, serializeWindowState, type WindowBounds } from '../lib/window-state';
import type { AppPaths } from './paths';

function readWindowState(file: string): WindowBounds {
  let json: string | null = null;
  try {
    json = readFileSync(file, 'utf8');
  } catch {
    // First run, or the file is unreadable: defaults.
  }
  return parseWindowState(
    json,
    screen.getAllDisplays().map((display) => display.workArea),
  );
}

function writeWindowState(file: string, window: BrowserWindow): void {
  try {
    const json = serializeWindowState(window.getNormalBounds(), window.isMaximized());
    // Write then rename, so a crash mid-write never leaves half a file.
    writeFileSync(`${file}.tmp`, json, 'utf8');
    renameSync(`${file}.tmp`, file);
  } catch {
    // Losing the window position is not worth an error dialog.
  }
}

/** Creates the main window and starts loading the renderer. */
export function createMainWindow(paths: AppPaths, isPackaged: boolean): BrowserWindow {
  const bounds = readWindowState(paths.windowStateFile);
  const options = mainWindowOptions({
    preloadPath: paths.preloadPath,
    isPackaged,
    bounds,
    title: 'Rightsmark',
  });
  // Assigning to Electron's type checks every hardened flag against the real API; the flags
  // are stated once, in lib/window-options.ts, where their tests live.
  const webPreferences: WebPreferences = options.webPreferences;
  const window = new BrowserWindow({ ...options, webPreferences });
  // Maximised only once the first paint is ready: maximize() on a hidden window shows it at once,
  // blank, on Windows and Linux.
  window.once('ready-to-show', () => {
    if (bounds.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => writeWindowState(paths.windowStateFile, window));
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
