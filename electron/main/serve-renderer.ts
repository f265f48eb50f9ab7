/**
 * Answers one app:// request from the built renderer folder: resolves the URL (lib/protocol-path),
 * follows symlinks only if they stay inside the folder, and adds the CSP and other headers.
 * No electron import, so it is tested in Node against a real temporary folder.
 */
import { promises as fs } from 'node:fs';
import nodePath from 'node:path';
import { APP_CSP } from '../lib/csp';
import { contentTypeFor } from '../lib/mime-types';
import { INDEX_FILE, isInsideRoot, resolveAppRequest } from '../lib/protocol-path';

/** Headers on every response, errors included. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
} as const;

/** What the handler reads from a request. */
export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

function errorResponse(status: number): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

/** Reads a regular file whose real path (symlinks resolved) is inside the real root, or null. */
async function readContainedFile(
  realRoot: string,
  filePath: string,
): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const realPath = await fs.realpath(filePath);
    if (!isInsideRoot(realRoot, realPath)) return null;
    const info = await fs.stat(realPath);
    if (!info.isFile()) return null;
    const buffer = await fs.readFile(realPath);
    // fs never reads into a SharedArrayBuffer; the view avoids copying the file.
    return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
  } catch {
    return null;
  }
}

/** A request handler serving files under `rendererRoot` (absolute). */
export function createRendererServer(
  rendererRoot: string,
): (request: AppRequest) => Promise<Response> {
  let realRootPromise: Promise<string> | null = null;
  const realRoot = (): Promise<string> => {
    realRootPromise ??= fs.realpath(rendererRoot).catch(() => rendererRoot);
    return realRootPromise;
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
    const resolved = resolveAppRequest(request.url, rendererRoot);
    if (!resolved.ok) return errorResponse(resolved.status);
    const root = await realRoot();
    let filePath = resolved.filePath;
    let bytes = await readContainedFile(root, filePath);
    if (bytes === null && resolved.fallbackToIndex) {
      // An in-app route (client-side routing): the page decides what to show.
      filePath = nodePath.join(rendererRoot, INDEX_FILE);
      bytes = await readContainedFile(root, filePath);
    }
    if (bytes === null) return errorResponse(404);
    return new Response(request.method === 'HEAD' ? null : bytes, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(filePath) },
    });
  };
}
