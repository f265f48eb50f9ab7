/**
 * Builds the API object the preload exposes: one named function per DesktopApi operation, each
 * sending to its own channel. Pure (takes `invoke`), so its shape is tested without Electron.
 */
import { channelName, type DesktopApi, type DesktopChannel } from '../../shared/ipc/contract';

/** ipcRenderer.invoke's shape, narrowed to what the API needs. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/** The exposed API, frozen; exactly the operations of DESKTOP_OPERATIONS. */
export function createDesktopApi(invoke: Invoke): DesktopApi {
  const call =
    <K extends DesktopChannel>(operation: K) =>
    (...args: Parameters<DesktopApi[K]>) =>
      invoke(channelName(operation), ...args) as ReturnType<DesktopApi[K]>;

  const api = {
    appVersion: call('appVersion'),
    openFiles: call('openFiles'),
    saveFile: call('saveFile'),
    revealFile: call('revealFile'),
  } satisfies DesktopApi;
  return Object.freeze(api);
}
