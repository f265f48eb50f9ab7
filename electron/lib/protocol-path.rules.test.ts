/**
 * Each refusal of the app:// protocol names the rule that refused the request, with its status:
 * one request per rule, built so that only that rule can refuse it.
 */
import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInsideRoot, resolveAppRequest } from './protocol-path';

const root = '/opt/rightsmark/build/renderer';
const origin = 'app://rightsmark/';

describe('each refusal says which rule refused it', () => {
  it.each([
    [`${origin}${'a'.repeat(4097 - origin.length)}`, 400, 'bad url'],
    ['not a url', 400, 'bad url'],
    [`${origin}a/../b`, 403, 'dot segment'],
    ['https://rightsmark/x', 403, 'wrong scheme'],
    ['app://evil/x', 403, 'wrong host'],
    // A user alone, or a password alone, is enough to refuse.
    ['app://user@rightsmark/x', 403, 'wrong host'],
    ['app://:pw@rightsmark/x', 403, 'wrong host'],
    [`${origin}a\\b`, 403, 'backslash in path'],
    [`${origin}a//b`, 403, 'empty path segment'],
    [`${origin}%E0%A4%A`, 400, 'bad percent-encoding'],
    [`${origin}a%2Fb`, 403, 'unsafe path segment'],
    [`${origin}a%3Ab`, 403, 'unsafe path segment'],
    [`${origin}a%00b`, 403, 'unsafe path segment'],
    [`${origin}.env`, 404, 'hidden file'],
  ] as const)('%s: %i %s', (url, status, reason) => {
    expect(resolveAppRequest(url, root)).toEqual({ ok: false, status, reason });
  });

  it('refuses a relative root before reading the request', () => {
    expect(resolveAppRequest(`${origin}x`, 'build/renderer')).toEqual({
      ok: false,
      status: 403,
      reason: 'root is not absolute',
    });
  });

  it('serves a request of exactly 4,096 characters', () => {
    const longest = `${origin}${'a'.repeat(4096 - origin.length)}`;
    expect(resolveAppRequest(longest, root)).toMatchObject({ ok: true });
  });

  it('serves index.html for the bare origin, never as a route fallback', () => {
    expect(resolveAppRequest(origin, root)).toEqual({
      ok: true,
      filePath: `${root}/index.html`,
      fallbackToIndex: false,
    });
  });

  it('decides the route fallback by the last segment alone', () => {
    expect(resolveAppRequest(`${origin}a.b/c`, root)).toEqual({
      ok: true,
      filePath: `${root}/a.b/c`,
      fallbackToIndex: true,
    });
    expect(resolveAppRequest(`${origin}a/b.js`, root)).toMatchObject({ fallbackToIndex: false });
  });
});

describe('isInsideRoot', () => {
  it('counts the root itself as inside, on either platform', () => {
    expect(isInsideRoot(root, `${root}/`)).toBe(true);
    expect(isInsideRoot('C:\\app', 'C:\\app\\', nodePath.win32)).toBe(true);
  });
});
