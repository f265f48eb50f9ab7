/**
 * Builds the API object the preload exposes: one named function per DesktopApi operation, each
 * sending to its own channel, plus onBeforeClose, the one event the page may listen to. Pure
 * (takes `invoke` and `subscribe`), so its shape is tested without Electron.
 */
import {
  BACKUP_BEFORE_CLOSE_EVENT,
  channelName,
  type DesktopApi,
  type DesktopChannel,
  type DesktopEvents,
} from '../../shared/ipc/contract';

/** ipcRenderer.invoke's shape, narrowed to what the API needs. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/**
 * Listens on the one event channel the page may hear (ipcRenderer.on underneath); the listener
 * gets no arguments, so the page never sees an IPC event object. Returns an unsubscribe function.
 */
export type Subscribe = (
  channel: typeof BACKUP_BEFORE_CLOSE_EVENT,
  listener: () => void,
) => () => void;

/** The exposed keys: the contract's operations and its events. */
export type ExposedDesktopApi = DesktopApi & DesktopEvents;

/** The exposed API, frozen; exactly DESKTOP_OPERATIONS plus onBeforeClose. */
export function createDesktopApi(invoke: Invoke, subscribe: Subscribe): ExposedDesktopApi {
  const call =
    <K extends DesktopChannel>(operation: K) =>
    (...args: Parameters<DesktopApi[K]>) =>
      invoke(channelName(operation), ...args) as ReturnType<DesktopApi[K]>;

  const api = {
    appVersion: call('appVersion'),
    openFiles: call('openFiles'),
    saveFile: call('saveFile'),
    revealFile: call('revealFile'),
    readLibraryMarker: call('readLibraryMarker'),
    writeLibraryMarker: call('writeLibraryMarker'),
    writeAutoBackup: call('writeAutoBackup'),
    listAutoBackups: call('listAutoBackups'),
    readAutoBackup: call('readAutoBackup'),
    closeReady: call('closeReady'),
    onBeforeClose: (listener: () => void) => {
      if (typeof listener !== 'function') throw new TypeError('onBeforeClose needs a function');
      let subscribed = true;
      const unsubscribe = subscribe(BACKUP_BEFORE_CLOSE_EVENT, () => {
        listener();
      });
      return () => {
        if (!subscribed) return;
        subscribed = false;
        unsubscribe();
      };
    },
  } satisfies ExposedDesktopApi;
  return Object.freeze(api);
}
