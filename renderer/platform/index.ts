/** Picks the platform implementation for where the renderer runs. */
import { createBrowserPlatform } from './browser-platform';
import { createDesktopPlatform, findDesktopApi } from './desktop-platform';
import type { Platform } from './platform';

export function detectPlatform(): Platform {
  const api = findDesktopApi();
  return api ? createDesktopPlatform(api) : createBrowserPlatform();
}

export type { Platform } from './platform';
export { refusedFilesMessage } from './platform';
