/**
 * Builds the API object the preload exposes: one named function per DesktopApi operation, each
 * sending to its own channel, plus onBeforeClose and onImportDocuments, the events the page may
 * listen to. Pure
 * (takes `invoke` and `subscribe`), so its shape is tested without Electron.
 */
import {
  BACKUP_BEFORE_CLOSE_EVENT,
  IMPORT_DOCUMENTS_EVENT,
  channelName,
  type DesktopApi,
  type DesktopChannel,
  type DesktopEventChannel,
  type DesktopEvents,
} from '../../shared/ipc/contract';

/** ipcRenderer.invoke's shape, narrowed to what the API needs. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/**
 * Listens on the one event channel the page may hear (ipcRenderer.on underneath); the listener
 * gets no arguments, so the page never sees an IPC event object. Returns an unsubscribe function.
 */
export type Subscribe = (channel: DesktopEventChannel, listener: () => void) => () => void;

/** The exposed keys: the contract's operations and its events. */
export type ExposedDesktopApi = DesktopApi & DesktopEvents;

/** The exposed API, frozen; exactly DESKTOP_OPERATIONS plus onBeforeClose and onImportDocuments. */
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
    onBeforeClose: (listener: () => void) =>
      listenTo(subscribe, BACKUP_BEFORE_CLOSE_EVENT, 'onBeforeClose', listener),
    onImportDocuments: (listener: () => void) =>
      listenTo(subscribe, IMPORT_DOCUMENTS_EVENT, 'onImportDocuments', listener),
  } satisfies ExposedDesktopApi;
  return Object.freeze(api);
}

/** Subscribes a page listener to one event channel; the unsubscribe may be called twice. */
function listenTo(
  subscribe: Subscribe,
  channel: DesktopEventChannel,
  name: string,
  listener: () => void,
): () => void {
  if (typeof listener !== 'function') throw new TypeError(`${name} needs a function`);
  let subscribed = true;
  const unsubscribe = subscribe(channel, () => {
    listener();
  });
  return () => {
    if (!subscribed) return;
    subscribed = false;
    unsubscribe();
  };
}
