/** The platform inside the desktop app: the preload bridge's named operations. */
import { DESKTOP_API_GLOBAL, type DesktopApi } from '../../shared/ipc/contract';
import type { Platform } from './platform';

/** The bridge the preload exposes, when running in the desktop shell. */
export function findDesktopApi(scope: object = globalThis): DesktopApi | null {
  const api = (scope as Record<string, unknown>)[DESKTOP_API_GLOBAL];
  return typeof api === 'object' && api !== null ? (api as DesktopApi) : null;
}

export function createDesktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    canRevealFiles: true,
    appVersion: () => api.appVersion(),
    openFiles: (request) => api.openFiles(request),
    saveFile: (request) => api.saveFile(request),
    revealFile: (path) => api.revealFile(path),
  };
}
