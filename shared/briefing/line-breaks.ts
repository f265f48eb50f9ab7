/**
 * Where a line may end: after spaces, after hyphens and dashes between words, between CJK
 * characters (never before closing or after opening punctuation), and always at a newline.
 * A simplified subset of Unicode line breaking (UAX #14) that suits briefing text.
 */

/** A piece of text between two break opportunities. */
export interface BreakSegment {
  readonly start: number;
  /** Where the next segment starts (after trailing spaces and a newline). */
  readonly end: number;
  /** End of the visible content: trailing spaces and the newline hang outside the line. */
  readonly contentEnd: number;
  /** True when the line must end after this segment (a newline in the text). */
  readonly hard: boolean;
}

/** Spaces a line may break after; no-break spaces (U+00A0, U+202F) are not among them. */
function isBreakingSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

/** Hiragana, katakana, CJK ideographs and symbols, full-width forms, Hangul: break anywhere. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x20000 && code <= 0x3ffff)
  );
}

/** Closing punctuation, small kana and marks a line must not start with (kinsoku). */
const NO_BREAK_BEFORE = new Set(
  [
    ...')]}>,.!?:;%、。，．）］｝〉》」』】〕〗〙〛’”！？：；・ーゝゞ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ…‥',
  ].map((char) => char.codePointAt(0) ?? 0),
);

/** Opening punctuation a line must not end with. */
const NO_BREAK_AFTER = new Set(
  [...'([{<（［｛〈《「『【〔〖〘〚‘“'].map((char) => char.codePointAt(0) ?? 0),
);

function isLetterOrDigit(code: number): boolean {
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(code));
}

/** Splits text into segments that each end at a break opportunity. */
export function breakSegments(text: string): BreakSegment[] {
  const segments: BreakSegment[] = [];
  let start = 0;
  let at = 0;
  const push = (contentEnd: number, end: number, hard: boolean): void => {
    segments.push({ start, end, contentEnd, hard });
    start = end;
  };
  while (at < text.length) {
    const code = text.codePointAt(at) ?? 0;
    const size = code > 0xffff ? 2 : 1;
    const next = at + size;
    if (code === 0x0a) {
      push(at, next, true);
      at = next;
      continue;
    }
    if (isBreakingSpace(code)) {
      let end = next;
      while (end < text.length && isBreakingSpace(text.charCodeAt(end))) end += 1;
      // Spaces before a newline hang too; the newline then ends the line.
      if (end < text.length && text.charCodeAt(end) === 0x0a) {
        push(at, end + 1, true);
        at = end + 1;
      } else {
        push(at, end, false);
        at = end;
      }
      continue;
    }
    if (next < text.length && breaksAfter(text, at, code, next)) push(next, next, false);
    at = next;
  }
  if (start < text.length || segments.length === 0) push(text.length, text.length, false);
  return segments;
}

function breaksAfter(text: string, at: number, code: number, next: number): boolean {
  const following = text.codePointAt(next) ?? 0;
  if (isBreakingSpace(following) || following === 0x0a) return false;
  // Zero-width space and soft hyphen are explicit break opportunities.
  if (code === 0x200b || code === 0x00ad) return true;
  if (NO_BREAK_BEFORE.has(following) || NO_BREAK_AFTER.has(code)) return false;
  if (isCjk(code) || isCjk(following)) return true;
  // "human-rights" may break after the hyphen, "-5" or "a--b" may not; dashes between words too.
  if (code === 0x2d || code === 0x2010 || code === 0x2013 || code === 0x2014) {
    const previous = at > 0 ? (text.codePointAt(at - 1) ?? 0) : 0;
    return isLetterOrDigit(previous) && isLetterOrDigit(following);
  }
  return false;
}

/**
 * Places inside a word too long for a line where it may still be broken, best first: after the
 * separators of URLs and paths (/ . - _ ? & = # @ :). `start`/`end` bound the word.
 */
export function emergencyBreaks(text: string, start: number, end: number): number[] {
  const points: number[] = [];
  for (let at = start + 1; at < end; at += 1) {
    if ('/.-_?&=#@:\\'.includes(text.charAt(at - 1)) && !isLowSurrogate(text.charCodeAt(at))) {
      points.push(at);
    }
  }
  return points;
}

/** Every place between characters (never inside a surrogate pair or before a combining mark). */
export function characterBreaks(text: string, start: number, end: number): number[] {
  const points: number[] = [];
  for (let at = start + 1; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (isLowSurrogate(code)) continue;
    if (/\p{M}/u.test(String.fromCodePoint(text.codePointAt(at) ?? 0))) continue;
    points.push(at);
  }
  return points;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
