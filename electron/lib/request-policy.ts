/**
 * Which requests the app's session lets through: its own app:// origin, inline data: and blob:
 * URLs it created itself, and (development only) DevTools. Everything else, every scheme and
 * host, is cancelled: the app is offline by design and nothing it shows may reach the network.
 */
import { isInternalUrl } from './trusted-url';

export interface RequestPolicyOptions {
  /** DevTools' own pages load over devtools://; only unpackaged runs may open DevTools. */
  readonly allowDevTools: boolean;
}

/** True when the session may make a request for `url`. */
export function isAllowedRequest(url: unknown, options: RequestPolicyOptions): boolean {
  if (typeof url !== 'string') return false;
  if (isInternalUrl(url)) return true;
  // Fonts and images inlined by the bundle; the CSP decides where each may be used.
  if (url.startsWith('data:')) return true;
  // Object URLs the page made (pdf.js worker, downloads): only those of our own origin.
  if (url.startsWith('blob:')) return isInternalUrl(url.slice('blob:'.length));
  if (options.allowDevTools && url.startsWith('devtools://devtools/')) return true;
  return false;
}
