import { describe, expect, it } from 'vitest';
import { contentTypeFor } from './mime-types';

describe('contentTypeFor', () => {
  it('knows what a Vite build emits', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/style.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/r/fonts/inter.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/icon.svg')).toBe('image/svg+xml');
  });

  it('serves unknown or missing extensions as opaque bytes', () => {
    expect(contentTypeFor('/r/file.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('/r/README')).toBe('application/octet-stream');
    expect(contentTypeFor('/r/.html.evil')).toBe('application/octet-stream');
  });
});
