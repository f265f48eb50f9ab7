/**
 * Which web permissions the app's session grants: only `persistent-storage`, and only to the
 * app's own page, so IndexedDB is never evicted under storage pressure and the safety view can
 * truthfully say the library's storage is persistent. Everything else (camera, notifications
 * from the page, geolocation, clipboard reads, devices…) is denied: the app needs none of it,
 * and the shell shows its own notifications.
 */
import { isInternalUrl } from './trusted-url';

/** Permissions the app's own page may hold. */
const GRANTED_TO_APP: ReadonlySet<string> = new Set(['persistent-storage']);

/**
 * True when `permission` may be granted to a page at `requestingUrl` (Electron's
 * permission request and check handlers both ask this).
 */
export function isPermissionGranted(permission: unknown, requestingUrl: unknown): boolean {
  if (typeof permission !== 'string' || typeof requestingUrl !== 'string') return false;
  return GRANTED_TO_APP.has(permission) && isInternalUrl(requestingUrl);
}
