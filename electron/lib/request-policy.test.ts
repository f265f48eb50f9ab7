import { describe, expect, it } from 'vitest';
import { isAllowedRequest } from './request-policy';

const packaged = { allowDevTools: false };
const development = { allowDevTools: true };

describe('isAllowedRequest', () => {
  it('lets the app load its own files, inline data and its own object URLs', () => {
    for (const url of [
      'app://rightsmark/',
      'app://rightsmark/assets/index-abc.js',
      'app://rightsmark/assets/font.woff2?v=1',
      'data:font/woff2;base64,AAAA',
      'blob:app://rightsmark/0b6c1f2e-8d1a-4e0b-9a55-2f0c3c8d9e11',
    ]) {
      expect(isAllowedRequest(url, packaged), url).toBe(true);
    }
  });

  it.each([
    'https://example.org/',
    'http://127.0.0.1:5173/',
    'http://localhost/',
    'ws://127.0.0.1:9222/',
    'wss://example.org/socket',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'file://server/share/x',
    'app://rightsmark.evil/',
    'app://evil/',
    'app://user:pass@rightsmark/',
    'blob:https://example.org/0b6c1f2e',
    'blob:null/0b6c1f2e',
    'chrome://settings',
    'chrome-extension://abcdef/x.js',
    'devtools://devtools/bundled/devtools_app.html',
    'https://example.org/?next=app://rightsmark/',
    'javascript:alert(1)',
    'about:blank',
    '',
  ])('cancels %s in a packaged build', (url) => {
    expect(isAllowedRequest(url, packaged)).toBe(false);
  });

  it('allows DevTools pages only in development', () => {
    const url = 'devtools://devtools/bundled/devtools_app.html';
    expect(isAllowedRequest(url, development)).toBe(true);
    expect(isAllowedRequest('devtools://evil/', development)).toBe(false);
    expect(isAllowedRequest('https://example.org/', development)).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 42, {}, ['app://rightsmark/']]) {
      expect(isAllowedRequest(value, packaged)).toBe(false);
    }
  });
});
