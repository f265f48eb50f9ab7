/**
 * Limits on what an imported collection file may hold. Files come from other people and other
 * tools, so every size is capped before it can cost memory or time; each limit is far above
 * anything a real collection reaches, and is stated in docs/collection-format.md.
 */

/**
 * Largest file accepted, in UTF-16 code units of its decoded text (≈ bytes for mostly-ASCII
 * JSON). 100 M covers a collection carrying a few hundred full-length reports; the largest
 * real one we know (docs/examples: the sample library, all five texts carried) is about 100 k.
 */
export const MAX_FILE_CHARS = 100_000_000;

/** The same limit in bytes, for callers that check a file before decoding it. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Deepest nesting of JSON arrays and objects accepted. Our own files nest 7 levels, a W3C or
 * Hypothesis export at most about 10; 64 leaves room for extensions while a file of a million
 * `[` cannot make a recursive reader overflow its stack.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Longest quote (the exact passage): 100 k code units is some 40 pages of prose. Analysts
 * excerpt sentences and paragraphs; a longer "quote" is a whole document pasted by mistake.
 */
export const MAX_QUOTE_LENGTH = 100_000;

/** Longest prefix or suffix context: we store 32; other tools store up to a few hundred. */
export const MAX_CONTEXT_LENGTH = 10_000;

/** Longest note or collection comment: 1 M code units, a short book. */
export const MAX_NOTE_LENGTH = 1_000_000;

/** Longest name, title, id or other one-line field. */
export const MAX_LABEL_LENGTH = 10_000;

/** Longest description, legal basis or collection description. */
export const MAX_DESCRIPTION_LENGTH = 100_000;

/**
 * Longest carried document text (blocks joined): 20 M code units, about 8,000 pages. Each
 * block is also capped by it.
 */
export const MAX_DOCUMENT_TEXT_LENGTH = 20_000_000;

/** Most excerpts in one file: 100 k is fifty times the largest library we have seen. */
export const MAX_EXCERPTS = 100_000;

/** Most documents, rights, tags or bodies listed in one file or on one excerpt. */
export const MAX_LIST_LENGTH = 10_000;

/** Most blocks in one carried document (a 1,000-page report has about 20 k paragraphs). */
export const MAX_BLOCKS = 200_000;
