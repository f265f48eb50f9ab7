import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInsideRoot, resolveAppRequest, resolveAppUrl } from './protocol-path';

const root = '/opt/rightsmark/build/renderer';

describe('resolveAppRequest', () => {
  it('serves index.html for the bare origin', () => {
    expect(resolveAppUrl('app://rightsmark/', root)).toBe(`${root}/index.html`);
    expect(resolveAppUrl('app://rightsmark', root)).toBe(`${root}/index.html`);
  });

  it('maps files under the root, ignoring query and hash', () => {
    expect(resolveAppUrl('app://rightsmark/assets/index-abc123.js', root)).toBe(
      `${root}/assets/index-abc123.js`,
    );
    expect(resolveAppUrl('app://rightsmark/assets/app.css?v=2#top', root)).toBe(
      `${root}/assets/app.css`,
    );
    expect(resolveAppUrl('app://rightsmark/fonts/Source%20Serif.woff2', root)).toBe(
      `${root}/fonts/Source Serif.woff2`,
    );
  });

  it('marks extension-less paths as in-app routes', () => {
    const route = resolveAppRequest('app://rightsmark/reader/doc-1', root);
    expect(route).toMatchObject({ ok: true, fallbackToIndex: true });
    const asset = resolveAppRequest('app://rightsmark/assets/a.js', root);
    expect(asset).toMatchObject({ ok: true, fallbackToIndex: false });
  });

  it.each([
    'app://rightsmark/../../etc/passwd',
    'app://rightsmark/assets/../../../etc/passwd',
    'app://rightsmark/%2e%2e/%2e%2e/etc/passwd',
    'app://rightsmark/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://rightsmark/assets/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://rightsmark/.%2e/etc/passwd',
    'app://rightsmark/..%5c..%5cwindows%5cwin.ini',
    'app://rightsmark/..\\..\\etc\\passwd',
    'app://rightsmark/assets\\..\\..\\secret',
    'app://rightsmark/%2fetc%2fpasswd',
    'app://rightsmark//etc/passwd',
    'app://rightsmark/C:/Windows/win.ini',
    'app://rightsmark/C%3A%5CWindows%5Cwin.ini',
    'app://rightsmark/index.html%00.png',
    'app://rightsmark/index.html\u0000.png',
    'app://rightsmark/./index.html',
    'app://rightsmark/file.txt:stream',
  ])('refuses traversal attempt %s', (url) => {
    const result = resolveAppRequest(url, root);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([400, 403]).toContain(result.status);
  });

  it.each([
    'app://evil/index.html',
    'app://rightsmark.evil/index.html',
    'app://rightsmark@evil/index.html',
    'app://user:pw@rightsmark/index.html',
    'app://rightsmark:1234/index.html',
    'app:///etc/passwd',
    'file:///etc/passwd',
    'https://rightsmark/index.html',
    '/etc/passwd',
    'index.html',
    '',
  ])('refuses a foreign or malformed URL %s', (url) => {
    expect(resolveAppRequest(url, root).ok).toBe(false);
  });

  it('answers 403 for other hosts and 400 for broken encodings', () => {
    expect(resolveAppRequest('app://evil/', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppRequest('app://rightsmark/%E0%A4%A', root)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(resolveAppRequest(`app://rightsmark/${'a'.repeat(5000)}`, root)).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it('hides dotfiles', () => {
    expect(resolveAppRequest('app://rightsmark/.env', root)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(resolveAppRequest('app://rightsmark/assets/.DS_Store', root)).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it('refuses a relative root', () => {
    expect(resolveAppRequest('app://rightsmark/', 'build/renderer').ok).toBe(false);
  });

  it('never resolves outside the root, whatever the input', () => {
    const pieces = ['..', '%2e%2e', '%2E.', '.', '%2f', '%5c', '\\', '/', 'a', 'b.js', '%00', ':'];
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const path = resolveAppUrl(`app://rightsmark/${a}${b}/${c}`, root);
          if (path !== null) expect(isInsideRoot(root, path)).toBe(true);
        }
      }
    }
  });

  it('works with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Rightsmark\\resources\\app.asar\\build\\renderer';
    expect(resolveAppUrl('app://rightsmark/assets/a.js', winRoot, nodePath.win32)).toBe(
      `${winRoot}\\assets\\a.js`,
    );
    expect(resolveAppUrl('app://rightsmark/..%5C..%5Csecret', winRoot, nodePath.win32)).toBeNull();
    expect(resolveAppUrl('app://rightsmark/D%3A%5Csecret', winRoot, nodePath.win32)).toBeNull();
    expect(
      resolveAppUrl('app://rightsmark/%5C%5Cserver%5Cshare', winRoot, nodePath.win32),
    ).toBeNull();
  });
});

describe('isInsideRoot', () => {
  it('accepts the root and paths beneath it only', () => {
    expect(isInsideRoot(root, root)).toBe(true);
    expect(isInsideRoot(root, `${root}/a/b.js`)).toBe(true);
    expect(isInsideRoot(root, `${root}/../renderer-evil/a.js`)).toBe(false);
    expect(isInsideRoot(root, `${root}-evil/a.js`)).toBe(false);
    expect(isInsideRoot(root, '/etc/passwd')).toBe(false);
    expect(isInsideRoot(root, `${root}/..`)).toBe(false);
  });

  it('handles Windows drives', () => {
    expect(isInsideRoot('C:\\app', 'D:\\app\\x', nodePath.win32)).toBe(false);
    expect(isInsideRoot('C:\\app', 'C:\\app\\x', nodePath.win32)).toBe(true);
  });
});
