/**
 * Every file type the build emits is served with its own type: with nosniff, a script, style,
 * font or wasm module under a wrong or opaque type would not load, and text types say UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { contentTypeFor } from './mime-types';

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['LICENSE.txt', 'text/plain; charset=utf-8'],
    ['a.md', 'text/markdown; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.jpg', 'image/jpeg'],
    ['a.JPEG', 'image/jpeg'],
    ['a.gif', 'image/gif'],
    ['a.webp', 'image/webp'],
    ['favicon.ico', 'image/x-icon'],
    ['a.woff', 'font/woff'],
    ['a.woff2', 'font/woff2'],
    ['a.ttf', 'font/ttf'],
    ['a.otf', 'font/otf'],
    ['hb.wasm', 'application/wasm'],
    ['sample.pdf', 'application/pdf'],
  ])('serves %s as %s', (name, type) => {
    expect(contentTypeFor(`/build/assets/${name}`)).toBe(type);
  });

  it('reads only the last extension, and a name that is all extension as that type', () => {
    expect(contentTypeFor('/r/page.html.bak')).toBe('application/octet-stream');
    expect(contentTypeFor('.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('css')).toBe('application/octet-stream');
  });
});
