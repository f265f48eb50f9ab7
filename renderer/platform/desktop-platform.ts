/** The platform inside the desktop app: the preload bridge's named operations. */
import { DESKTOP_API_GLOBAL, type DesktopApi, type DesktopEvents } from '../../shared/ipc/contract';
import type { Platform } from './platform';

/** The bridge the preload exposes, when running in the desktop shell. */
export function findDesktopApi(scope: object = globalThis): (DesktopApi & DesktopEvents) | null {
  const api = (scope as Record<string, unknown>)[DESKTOP_API_GLOBAL];
  return typeof api === 'object' && api !== null ? (api as DesktopApi & DesktopEvents) : null;
}

export function createDesktopPlatform(api: DesktopApi & DesktopEvents): Platform {
  return {
    kind: 'desktop',
    canRevealFiles: true,
    onImportRequested: (listener) => api.onImportDocuments(listener),
    onFilesOpened: (listener) => api.onFilesOpened(listener),
    takeOpenedFiles: () => api.takeOpenedFiles(),
    print: () => api.print(),
    notify: (notice) => api.notify(notice),
    readLibraryMarker: () => api.readLibraryMarker(),
    writeLibraryMarker: (marker) => api.writeLibraryMarker(marker),
    autoBackups: {
      write: (bytes) => api.writeAutoBackup(bytes),
      list: () => api.listAutoBackups(),
      read: (name) => api.readAutoBackup(name),
      beforeClose: (task) =>
        api.onBeforeClose(() => {
          // The window closes once the task settles, whether it worked or not.
          void task().finally(() => api.closeReady());
        }),
    },
    appVersion: () => api.appVersion(),
    openFiles: (request) => api.openFiles(request),
    // The shell reads the chosen files in its own process and sends their bytes.
    chooseFiles: async (request) => {
      const { files, refused } = await api.openFiles(request);
      return {
        files: files.map((file) => ({
          name: file.name,
          size: file.bytes.length,
          blob: null,
          read: async () => file.bytes,
        })),
        refused,
      };
    },
    saveFile: (request) => api.saveFile(request),
    revealFile: (path) => api.revealFile(path),
  };
}
