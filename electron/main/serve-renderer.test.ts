import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP } from '../lib/csp';
import { createRendererServer } from './serve-renderer';

let base: string;
let root: string;
let serve: ReturnType<typeof createRendererServer>;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'rightsmark-serve-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Rightsmark</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'outside the root');
  // A symlink inside the build that points outside it must not be followed.
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'leak.txt'));
  symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'assets', 'alias.js'));
  serve = createRendererServer(root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => serve({ url, method: 'GET' });

describe('createRendererServer', () => {
  it('serves index.html with the CSP and the right type', async () => {
    const response = await get('app://rightsmark/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Rightsmark</title>');
  });

  it('serves assets, and in-app routes as index.html', async () => {
    const script = await get('app://rightsmark/assets/app.js?v=1');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const route = await get('app://rightsmark/reader/doc-1');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>');
  });

  it('answers 404 for missing files with an extension (no index fallback)', async () => {
    expect((await get('app://rightsmark/assets/missing.js')).status).toBe(404);
    expect((await get('app://rightsmark/assets')).status).toBe(200); // directory → route → index
  });

  it('refuses symlinks that leave the root but follows those that stay inside', async () => {
    expect((await get('app://rightsmark/assets/leak.txt')).status).toBe(404);
    expect(await (await get('app://rightsmark/assets/alias.js')).text()).toBe('console.log(1)');
  });

  it('refuses traversal and other hosts with 403, and errors carry the CSP too', async () => {
    for (const url of [
      'app://rightsmark/../secret.txt',
      'app://rightsmark/%2e%2e/secret.txt',
      'app://rightsmark/..%2fsecret.txt',
      'app://evil/index.html',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serve({ url: 'app://rightsmark/', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await serve({ url: 'app://rightsmark/', method: 'POST' })).status).toBe(405);
  });
});
