/**
 * Maps an app://rightsmark/… request URL to a file inside the built renderer folder, refusing
 * anything that could reach outside it (traversal, encoded separators, other hosts, drive letters).
 */
import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { hasControlCharacter } from './control-characters';

/** The file served for the bare origin and for in-app routes (client-side routing). */
export const INDEX_FILE = 'index.html';

/** Requests longer than this are refused; nothing in the build has paths this long. */
const MAX_URL_LENGTH = 4096;

/** A `.` or `..` path segment, literal or percent-encoded, between any kind of separator. */
const DOT_SEGMENT = /(^|[/\\]|%2f|%5c)(\.|%2e){1,2}($|[/\\]|%2f|%5c)/i;

export type AppRequestResolution =
  | {
      readonly ok: true;
      /** Absolute path inside the root. */
      readonly filePath: string;
      /** True for extension-less paths: serve index.html when no such file exists (app routes). */
      readonly fallbackToIndex: boolean;
    }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

function refuse(status: 400 | 403 | 404, reason: string): AppRequestResolution {
  return { ok: false, status, reason };
}

/** A decoded path segment that may be joined under the root: a plain name, nothing else. */
function isPlainSegment(segment: string): boolean {
  if (segment === '' || segment === '.' || segment === '..') return false;
  // Separators of any platform, NUL/control characters, and ':' (drive letters, NTFS streams).
  return !/[/\\:]/.test(segment) && !hasControlCharacter(segment);
}

/** True when `candidate` is `root` itself or lies beneath it (both absolute, already resolved). */
export function isInsideRoot(
  root: string,
  candidate: string,
  path: nodePath.PlatformPath = nodePath,
): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(candidate));
  return (
    relative === '' ||
    (!relative.startsWith('..') && !path.isAbsolute(relative) && !relative.includes('\0'))
  );
}

/**
 * Resolves a request URL against the renderer root. 400 for unparseable URLs, 403 for other hosts
 * and anything that tries to leave the root, 404 for hidden files. Query and hash are ignored.
 */
export function resolveAppRequest(
  url: string,
  root: string,
  path: nodePath.PlatformPath = nodePath,
): AppRequestResolution {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return refuse(400, 'bad url');
  if (!path.isAbsolute(root)) return refuse(403, 'root is not absolute');
  // The URL parser would quietly collapse dot segments; a request that contains any was not made
  // by our own pages, so refuse it rather than serve whatever it collapses to.
  if (DOT_SEGMENT.test(url.split(/[?#]/, 1)[0] ?? '')) return refuse(403, 'dot segment');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(400, 'bad url');
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) return refuse(403, 'wrong scheme');
  if (parsed.host !== APP_HOST || parsed.username !== '' || parsed.password !== '') {
    return refuse(403, 'wrong host');
  }
  // The raw pathname is still percent-encoded; backslashes are refused before any decoding.
  const rawPath = parsed.pathname;
  if (rawPath.includes('\\')) return refuse(403, 'backslash in path');
  if (rawPath.includes('//')) return refuse(403, 'empty path segment');
  const rawSegments = rawPath.split('/').filter((s) => s !== '');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return refuse(400, 'bad percent-encoding');
    }
    if (!isPlainSegment(decoded)) return refuse(403, 'unsafe path segment');
    // Dotfiles are never part of a build; refusing them keeps editor/OS files private.
    if (decoded.startsWith('.')) return refuse(404, 'hidden file');
    segments.push(decoded);
  }
  const last = segments.at(-1);
  if (last === undefined) {
    return { ok: true, filePath: path.join(root, INDEX_FILE), fallbackToIndex: false };
  }
  const filePath = path.join(root, ...segments);
  if (!isInsideRoot(root, filePath, path) || filePath === path.resolve(root)) {
    return refuse(403, 'outside root');
  }
  return { ok: true, filePath, fallbackToIndex: !last.includes('.') };
}

/** Convenience form: the file path for a URL, or null when it is refused. */
export function resolveAppUrl(
  url: string,
  root: string,
  path: nodePath.PlatformPath = nodePath,
): string | null {
  const result = resolveAppRequest(url, root, path);
  return result.ok ? result.filePath : null;
}
