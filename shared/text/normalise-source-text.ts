/**
 * The one clean-up every text source gets before parsing, so that the same document read from
 * a Windows file, a web copy or a UTF-8 file with a byte-order mark yields the same blocks.
 */

/**
 * Normalises a source's characters without changing its words: drops byte-order marks, turns
 * CRLF/CR and Unicode line/paragraph separators into `\n`, no-break spaces into plain spaces,
 * and composes characters (NFC) so that "é" is one code unit however the source spelled it.
 */
export function normaliseSourceText(source: string): string {
  return (
    source
      // U+FEFF is a byte-order mark at the start, and an invisible "zero-width no-break space"
      // anywhere else; neither is reading text.
      .replace(/\uFEFF/g, '')
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      // No-break space (U+00A0) and narrow no-break space (U+202F) are layout, not content.
      .replace(/[\u00A0\u202F]/g, ' ')
      .normalize('NFC')
  );
}
