/**
 * Types for `hyphen` 1.x (TeX hyphenation patterns), which ships none that cover its deep
 * modules: the engine and the pattern files the briefing loads.
 */
declare module 'hyphen/hyphen.js' {
  interface HyphenatorOptions {
    /** Inserted at each hyphenation point (default U+00AD soft hyphen). */
    readonly hyphenChar?: string;
    /** Shorter words are left whole (default 5). */
    readonly minWordLength?: number;
  }
  /** Returns `text` with `hyphenChar` at every point where a word may be hyphenated. */
  type Hyphenator = (text: string) => string;
  export default function createHyphenator(
    patterns: unknown,
    options?: HyphenatorOptions,
  ): Hyphenator;
}

declare module 'hyphen/patterns/*' {
  /** TeX hyphenation patterns in the engine's packed form. */
  const patterns: unknown;
  export default patterns;
}
