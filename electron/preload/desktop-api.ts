/**
 * Builds the API object the preload exposes: one named function per DesktopApi operation, each
 * sending to its own channel, plus the events the page may listen to (onBeforeClose,
 * onImportDocuments, onFilesOpened). Pure (takes `invoke`, `subscribe` and `announce`), so its
 * shape is tested without Electron.
 */
import {
  BACKUP_BEFORE_CLOSE_EVENT,
  FILES_OPENED_EVENT,
  IMPORT_DOCUMENTS_EVENT,
  channelName,
  type DesktopApi,
  type DesktopChannel,
  type DesktopEventChannel,
  type DesktopEvents,
} from '../../shared/ipc/contract';
import { ipcErrorMessage } from '../lib/ipc-error';

/** ipcRenderer.invoke's shape, narrowed to what the API needs. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/**
 * Listens on the one event channel the page may hear (ipcRenderer.on underneath); the listener
 * gets no arguments, so the page never sees an IPC event object. Returns an unsubscribe function.
 */
export type Subscribe = (channel: DesktopEventChannel, listener: () => void) => () => void;

/**
 * Tells the shell how many close-handshake listeners the page has now (ipcRenderer.send on
 * CLOSE_LISTENERS_CHANNEL), so a close never waits for a page that is not listening.
 */
export type AnnounceCloseListeners = (count: number) => void;

/** The exposed keys: the contract's operations and its events. */
export type ExposedDesktopApi = DesktopApi & DesktopEvents;

/** The exposed API, frozen; exactly DESKTOP_OPERATIONS plus DESKTOP_EVENTS. */
export function createDesktopApi(
  invoke: Invoke,
  subscribe: Subscribe,
  announceCloseListeners: AnnounceCloseListeners = () => {},
): ExposedDesktopApi {
  const call =
    <K extends DesktopChannel>(operation: K) =>
    (...args: Parameters<DesktopApi[K]>) =>
      invoke(channelName(operation), ...args).catch((error: unknown) => {
        // The page sees the refusal in words, not Electron's "Error invoking remote method…".
        throw new Error(ipcErrorMessage(error));
      }) as ReturnType<DesktopApi[K]>;

  let closeListeners = 0;

  const api = {
    appVersion: call('appVersion'),
    openFiles: call('openFiles'),
    takeOpenedFiles: call('takeOpenedFiles'),
    print: call('print'),
    notify: call('notify'),
    saveFile: call('saveFile'),
    revealFile: call('revealFile'),
    readLibraryMarker: call('readLibraryMarker'),
    writeLibraryMarker: call('writeLibraryMarker'),
    writeAutoBackup: call('writeAutoBackup'),
    listAutoBackups: call('listAutoBackups'),
    readAutoBackup: call('readAutoBackup'),
    closeReady: call('closeReady'),
    onBeforeClose: (listener: () => void) => {
      const unsubscribe = listenTo(subscribe, BACKUP_BEFORE_CLOSE_EVENT, 'onBeforeClose', listener);
      closeListeners += 1;
      announceCloseListeners(closeListeners);
      return once(() => {
        unsubscribe();
        closeListeners -= 1;
        announceCloseListeners(closeListeners);
      });
    },
    onImportDocuments: (listener: () => void) =>
      listenTo(subscribe, IMPORT_DOCUMENTS_EVENT, 'onImportDocuments', listener),
    onFilesOpened: (listener: () => void) =>
      listenTo(subscribe, FILES_OPENED_EVENT, 'onFilesOpened', listener),
  } satisfies ExposedDesktopApi;
  return Object.freeze(api);
}

/** `action`, runnable once; later calls do nothing. */
function once(action: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    action();
  };
}

/** Subscribes a page listener to one event channel; the unsubscribe may be called twice. */
function listenTo(
  subscribe: Subscribe,
  channel: DesktopEventChannel,
  name: string,
  listener: () => void,
): () => void {
  if (typeof listener !== 'function') throw new TypeError(`${name} needs a function`);
  return once(
    subscribe(channel, () => {
      listener();
    }),
  );
}
