/**
 * Main-process entry: app lifecycle (one instance, one window), the app:// protocol, session
 * hardening, the menu and the IPC handlers. Decisions live in ../lib; this file only wires.
 */
import { promises as fs } from 'node:fs';
import { BrowserWindow, Menu, app, dialog, ipcMain, session, shell } from 'electron';
import { IMPORT_DOCUMENTS_EVENT } from '../../shared/ipc/contract';
import { createFileHandlers } from '../ipc/files';
import { createLibraryHandlers } from '../ipc/library';
import { registerDesktopApi } from '../ipc/register';
import { createBackupStore } from './backup-store';
import { createCloseHandshake } from './close-handshake';
import { createLibraryMarkerStore } from './library-marker-store';
import { menuTemplate } from './menu';
import { resolveAppPaths } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

// Development and end-to-end runs may isolate their profile; packaged builds ignore this.
const userDataOverride = process.env.RIGHTSMARK_USER_DATA_DIR;
if (!app.isPackaged && userDataOverride) app.setPath('userData', userDataOverride);

app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | null = null;

// Before the window closes or the app quits, the renderer gets a bounded chance at a last backup.
const closeHandshake = createCloseHandshake({ quitApp: () => app.quit() });

function focusMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function openMainWindow(): void {
  const paths = resolveAppPaths(app.getAppPath(), app.getPath('userData'));
  mainWindow = createMainWindow(paths, app.isPackaged);
  closeHandshake.attach(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  const paths = resolveAppPaths(app.getAppPath(), app.getPath('userData'));
  hardenSession(session.defaultSession, { isPackaged: app.isPackaged });
  handleAppProtocol(paths.rendererRoot);
  registerDesktopApi(ipcMain, {
    ...createFileHandlers({
      dialogs: {
        showOpenDialog: (options) =>
          mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
        showSaveDialog: (options) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      },
      fs: {
        stat: (path) => fs.stat(path),
        readFile: (path) => fs.readFile(path),
        writeFile: (path, bytes) => fs.writeFile(path, bytes),
      },
      showItemInFolder: (path) => shell.showItemInFolder(path),
      appVersion: () => app.getVersion(),
      defaultSaveDirectory: () => app.getPath('documents'),
    }),
    ...createLibraryHandlers({
      backups: createBackupStore(paths.backupsDir),
      marker: createLibraryMarkerStore(paths.userDataDir),
      closeReady: () => closeHandshake.ready(),
    }),
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        onImportDocuments: () => {
          if (mainWindow === null || mainWindow.isDestroyed()) return;
          focusMainWindow();
          mainWindow.webContents.send(IMPORT_DOCUMENTS_EVENT);
        },
      }),
    ),
  );
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('before-quit', (event) => closeHandshake.onBeforeQuit(event));
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (c) => BrowserWindow.fromWebContents(c)),
  );
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Rightsmark could not start', message);
    app.exit(1);
  });
}
