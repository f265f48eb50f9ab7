/**
 * A tiny static file server for the renderer build, on 127.0.0.1 and a free port. Faster to
 * start than `vite preview` and with nothing in between: it sends files as the desktop shell's
 * app:// protocol does, read from disk on every request (no HTTP caching to flatter reloads).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** Content types for what a Vite build emits; Chromium refuses module scripts sent otherwise. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * An empty page on the app's origin (so it shares the app's IndexedDB) with no app and no
 * Content-Security-Policy: benchmarks of storage alone run there.
 */
export const BLANK_PAGE_PATH = '/__bench/blank.html';
const BLANK_PAGE = '<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title>';

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/** Serves the files under `root` (GET and HEAD only); `/` is `index.html`. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (pathname === BLANK_PAGE_PATH) {
        response.writeHead(200, { 'content-type': CONTENT_TYPES['.html'] }).end(BLANK_PAGE);
        return;
      }
      const relative = normalize(pathname === '/' ? '/index.html' : pathname);
      const file = join(root, relative);
      // normalize() resolved any "..": what is left must still lie inside the build folder.
      if (!file.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the system picks a free one, so runs never collide with `npm run web` or e2e.
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
