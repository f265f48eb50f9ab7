/**
 * Character boundaries over UTF-16 text: positions are counted in code units, but a range must
 * never cut a surrogate pair or separate a letter from its combining marks.
 */

/** True for the first half of a surrogate pair (U+D800–U+DBFF). */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True for the second half of a surrogate pair (U+DC00–U+DFFF). */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

// Combining marks (accents, dakuten, emoji variation selectors) are all in the BMP, so a
// code-unit test is enough; ZWJ (U+200D) glues emoji sequences together in the same way.
const COMBINING = /[\p{M}\u200d]/u;

function isCombiningAt(text: string, index: number): boolean {
  const ch = text[index];
  return ch !== undefined && COMBINING.test(ch);
}

/** True if `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/**
 * Moves `offset` back to the start of the character it falls inside: off the low half of a
 * surrogate pair and off any combining marks, onto their base character.
 */
export function snapBackward(text: string, offset: number): number {
  let at = offset;
  if (splitsSurrogatePair(text, at)) at -= 1;
  while (at > 0 && isCombiningAt(text, at)) {
    at -= 1;
    if (splitsSurrogatePair(text, at)) at -= 1;
  }
  return at;
}

/**
 * Moves `offset` forward to the end of the character it falls inside: past the low half of a
 * surrogate pair and past combining marks that belong to the preceding character.
 */
export function snapForward(text: string, offset: number): number {
  let at = offset;
  if (splitsSurrogatePair(text, at)) at += 1;
  while (at > 0 && at < text.length && isCombiningAt(text, at)) {
    at += 1;
    if (splitsSurrogatePair(text, at)) at += 1;
  }
  return at;
}

/** Widens [start, end) so that it covers whole characters only. */
export function snapOutward(text: string, start: number, end: number): [number, number] {
  return [snapBackward(text, start), snapForward(text, end)];
}
