import { describe, expect, it } from 'vitest';
import { APP_CSP, APP_CSP_DIRECTIVES, buildCsp } from './csp';

/** Parses a header value back into directive → sources. */
function parseCsp(header: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('APP_CSP', () => {
  const csp = parseCsp(APP_CSP);

  it('allows scripts from the app only: no inline or eval; WebAssembly compilation only', () => {
    // 'wasm-unsafe-eval' is a distinct keyword from 'unsafe-eval': it permits compiling
    // WebAssembly (harfbuzz, which subsets the fonts of briefing PDFs) and nothing else, so
    // eval(), new Function() and string timers stay blocked. It is the only keyword allowed.
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const withoutWasm = APP_CSP.replaceAll("'wasm-unsafe-eval'", '');
    expect(withoutWasm).not.toMatch(/unsafe-eval|unsafe-hashes|strict-dynamic/);
    expect(APP_CSP.match(/'wasm-unsafe-eval'/g)).toHaveLength(1);
    const withInline = [...csp].filter(([, sources]) => sources.includes("'unsafe-inline'"));
    expect(withInline.map(([name]) => name)).toEqual(['style-src']);
  });

  it('shuts plugins, base, forms and framing, and allows no remote origin', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(APP_CSP).not.toMatch(/https?:|\*|ws:|wss:/);
  });

  it('lists every directive once', () => {
    expect(csp.size).toBe(Object.keys(APP_CSP_DIRECTIVES).length);
  });
});

describe('buildCsp', () => {
  it('refuses sources that would inject another directive', () => {
    expect(() => buildCsp({ 'script-src': ["'self'; script-src *"] })).toThrow();
    expect(() => buildCsp({ 'img-src': ['data: blob:'] })).toThrow();
    expect(() => buildCsp({ 'img-src': [''] })).toThrow();
    expect(() => buildCsp({ 'bad name': ["'self'"] })).toThrow();
  });

  it('writes directives in order separated by "; "', () => {
    expect(buildCsp({ 'default-src': ["'none'"], 'img-src': ["'self'", 'data:'] })).toBe(
      "default-src 'none'; img-src 'self' data:",
    );
  });
});
