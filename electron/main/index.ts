/**
 * Main-process entry: app lifecycle (one instance, one window), the app:// protocol, session
 * hardening, the menu, files the OS asks the app to open, and the IPC handlers. Decisions live
 * in ../lib; this file only wires.
 */
import { promises as fs } from 'node:fs';
import {
  BrowserWindow,
  Menu,
  Notification,
  app,
  dialog,
  ipcMain,
  session,
  shell,
  type WebContents,
} from 'electron';
import { FILES_OPENED_EVENT, IMPORT_DOCUMENTS_EVENT } from '../../shared/ipc/contract';
import { createFileHandlers } from '../ipc/files';
import { createLibraryHandlers } from '../ipc/library';
import { registerCloseListeners, registerDesktopApi } from '../ipc/register';
import { createWindowHandlers } from '../ipc/window-handlers';
import { OpenedFilesQueue, filesFromCommandLine } from '../lib/opened-files';
import { decideRendererGone, type GoneReason } from '../lib/renderer-gone';
import { userDataDirFor } from '../lib/user-data-dir';
import { createBackupStore } from './backup-store';
import { createCloseHandshake } from './close-handshake';
import { createLibraryMarkerStore } from './library-marker-store';
import { menuTemplate } from './menu';
import { resolveAppPaths } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createRecentFilesStore } from './recent-files-store';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

// Before anything reads it: the user-data folder also keys the single-instance lock, so a
// development run never shares the installed app's library or lock (lib/user-data-dir).
const userDataDir = userDataDirFor({
  isPackaged: app.isPackaged,
  appDataDir: app.getPath('appData'),
  appName: app.getName(),
  override: process.env.RIGHTSMARK_USER_DATA_DIR,
  cwd: process.cwd(),
});
if (userDataDir !== null) app.setPath('userData', userDataDir);

app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | null = null;

// Before the window closes or the app quits, the renderer gets a bounded chance at a last backup.
const closeHandshake = createCloseHandshake({ quitApp: () => app.quit() });

// Files the OS asked us to open, waiting for the page to take them (takeOpenedFiles).
const openedFiles = new OpenedFilesQueue();
openedFiles.add(filesFromCommandLine(process.argv, process.cwd()));

const recentFiles = createRecentFilesStore(app.getPath('userData'));

/** When the renderer last died, for lib/renderer-gone's "keeps crashing" rule. */
const rendererCrashes: number[] = [];

function liveWindow(): BrowserWindow | null {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;
}

function focusMainWindow(): void {
  const window = liveWindow();
  if (window === null) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** The window, opening it first where there is none (macOS keeps running without one). */
function ensureMainWindow(): BrowserWindow {
  const window = liveWindow() ?? openMainWindow();
  focusMainWindow();
  return window;
}

/**
 * Tells the page files are waiting. A page still loading asks for them itself once it listens,
 * so nothing is lost when the app is started by a double-click.
 */
function announceOpenedFiles(): void {
  if (openedFiles.size === 0 || !app.isReady()) return;
  const window = ensureMainWindow();
  if (!window.webContents.isLoading()) window.webContents.send(FILES_OPENED_EVENT);
}

function openPaths(paths: readonly string[]): void {
  openedFiles.add(paths);
  announceOpenedFiles();
}

function rebuildMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        onImportDocuments: () => {
          const window = liveWindow();
          if (window !== null) {
            focusMainWindow();
            window.webContents.send(IMPORT_DOCUMENTS_EVENT);
            return;
          }
          // No window (macOS): ask for the files here; the page imports them once it opens.
          void dialog
            .showOpenDialog({
              title: 'Import documents',
              properties: ['openFile', 'multiSelections'],
            })
            .then((result) => {
              if (!result.canceled) openPaths(result.filePaths);
            });
        },
        recentFiles: recentFiles.list(),
        onOpenRecent: (path) => openPaths([path]),
        onClearRecent: () => {
          app.clearRecentDocuments();
          void recentFiles.clear().then(rebuildMenu, rebuildMenu);
        },
        onPrint: () => liveWindow()?.webContents.print({}),
      }),
    ),
  );
}

function addRecentFile(path: string): void {
  app.addRecentDocument(path);
  // Losing the recent list is not worth an error: the menu shows what is in memory.
  void recentFiles.add(path).then(rebuildMenu, rebuildMenu);
}

/** A dead renderer is reloaded (or the analyst is asked), never left as a dead window. */
function onRendererGone(window: BrowserWindow, reason: GoneReason): void {
  closeHandshake.setListeners(0);
  const now = Date.now();
  const decision = decideRendererGone(reason, now, rendererCrashes);
  rendererCrashes.push(now);
  if (decision.action === 'none' || window.isDestroyed()) return;
  if (decision.action === 'reload') {
    window.webContents.reload();
    void dialog.showMessageBox(window, {
      type: 'warning',
      title: 'Rightsmark reloaded its window',
      message: decision.message,
      buttons: ['OK'],
    });
    return;
  }
  void dialog
    .showMessageBox(window, {
      type: 'error',
      title: 'Rightsmark stopped',
      message: decision.message,
      buttons: ['Reload', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    })
    .then(({ response }) => {
      if (response === 0 && !window.isDestroyed()) window.webContents.reload();
      else app.quit();
    });
}

function watchRenderer(window: BrowserWindow): void {
  const contents: WebContents = window.webContents;
  contents.on('render-process-gone', (_event, details) => onRendererGone(window, details.reason));
  contents.on('did-start-navigation', (details) => {
    // A reload (or a navigation) drops the page's listeners until its preload announces them.
    if (details.isMainFrame && !details.isSameDocument) closeHandshake.setListeners(0);
  });
  contents.on('did-finish-load', () => {
    if (openedFiles.size > 0) contents.send(FILES_OPENED_EVENT);
  });
}

function openMainWindow(): BrowserWindow {
  const paths = resolveAppPaths(app.getAppPath(), app.getPath('userData'));
  const window = createMainWindow(paths, app.isPackaged);
  mainWindow = window;
  closeHandshake.attach(window);
  watchRenderer(window);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  const paths = resolveAppPaths(app.getAppPath(), app.getPath('userData'));
  hardenSession(session.defaultSession, { isPackaged: app.isPackaged });
  handleAppProtocol(paths.rendererRoot);
  // The menu shows the recent files once they are read; start-up does not wait for them.
  void recentFiles.load().then(rebuildMenu);
  registerDesktopApi(ipcMain, {
    ...createFileHandlers({
      dialogs: {
        showOpenDialog: (options) => {
          const window = liveWindow();
          return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
        },
        showSaveDialog: (options) => {
          const window = liveWindow();
          return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
        },
      },
      fs: {
        stat: (path) => fs.stat(path),
        readFile: (path) => fs.readFile(path),
        writeFile: (path, bytes) => fs.writeFile(path, bytes),
      },
      showItemInFolder: (path) => shell.showItemInFolder(path),
      appVersion: () => app.getVersion(),
      defaultSaveDirectory: () => app.getPath('documents'),
      takeQueuedPaths: () => openedFiles.take(),
      addRecentFile,
    }),
    ...createWindowHandlers({
      window: () => {
        const window = liveWindow();
        return window === null
          ? null
          : {
              isFocused: () => window.isFocused(),
              print: () =>
                new Promise<void>((resolve) => window.webContents.print({}, () => resolve())),
            };
      },
      notificationsSupported: () => Notification.isSupported(),
      showNotification: (notice) => {
        const notification = new Notification({ title: notice.title, body: notice.body });
        notification.on('click', focusMainWindow);
        notification.show();
      },
    }),
    ...createLibraryHandlers({
      backups: createBackupStore(paths.backupsDir),
      marker: createLibraryMarkerStore(paths.userDataDir),
      closeReady: () => closeHandshake.ready(),
    }),
  });
  // Sent by the preload itself (not a page operation): how many close listeners the page has.
  registerCloseListeners(
    ipcMain,
    (sender) => liveWindow()?.webContents === sender,
    (count) => closeHandshake.setListeners(count),
  );
  rebuildMenu();
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // "Open with Rightsmark" while it runs: the second instance hands its files over and exits.
    const files = filesFromCommandLine(argv, workingDirectory);
    if (files.length > 0) openPaths(files);
    else if (app.isReady()) ensureMainWindow();
  });
  // macOS hands files over by event, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPaths([path]);
  });
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
