/**
 * The Content-Security-Policy sent with every response of the app:// protocol. The renderer is a
 * fully bundled Vite build, so nothing needs inline scripts, eval or any remote origin. The one
 * allowance is compiling WebAssembly ('wasm-unsafe-eval'): the briefing worker subsets fonts with
 * harfbuzz compiled to WebAssembly (renderer/features/briefing/harfbuzz-subsetter.ts).
 */

/** Directive name → sources, in the order they are written into the header. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/** The policy for the desktop renderer. */
export const APP_CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'self'"],
  // 'wasm-unsafe-eval' lets the app compile WebAssembly modules it loads from itself (harfbuzz,
  // for briefing fonts). It is narrower than 'unsafe-eval': JavaScript eval, new Function and
  // string timers stay blocked, and wasm code can do nothing that the page's own scripts cannot.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // React `style` attributes are inline styles; scripts stay strict, which is what matters.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  // Import parsing runs in module workers; pdf.js may start its worker from a blob: URL.
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'frame-src': ["'none'"],
};

/** Serialises directives into a header value; throws on sources that could break the header. */
export function buildCsp(directives: CspDirectives = APP_CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => {
      if (!/^[a-z-]+$/.test(name)) throw new Error(`Invalid CSP directive name: ${name}`);
      for (const source of sources) {
        if (source.length === 0 || /[\s;,]/.test(source)) {
          throw new Error(`Invalid CSP source for ${name}: ${JSON.stringify(source)}`);
        }
      }
      return sources.length === 0 ? name : `${name} ${sources.join(' ')}`;
    })
    .join('; ');
}

/** The header value the protocol handler sends. */
export const APP_CSP = buildCsp();
