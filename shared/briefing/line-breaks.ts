/**
 * Where a line may end: the Unicode line breaking algorithm (UAX #14, the `linebreak` package),
 * tailored for briefing text as typesetters do (no break inside "a--b", before a dash that
 * follows a word, or inside French guillemets' spaces), plus hyphenation points inside words
 * when the text's language has patterns (see hyphenation.ts).
 */
import LineBreaker from 'linebreak';
import { MIN_WORD_LENGTH, type WordHyphenator } from './hyphenation';

/** A piece of text between two break opportunities. */
export interface BreakSegment {
  readonly start: number;
  /** Where the next segment starts (after trailing spaces and a newline). */
  readonly end: number;
  /** End of the visible content: trailing spaces and the newline hang outside the line. */
  readonly contentEnd: number;
  /** True when the line must end after this segment (a newline in the text). */
  readonly hard: boolean;
  /** True when the segment ends inside a word: a line ending here shows a hyphen. */
  readonly hyphen: boolean;
}

/** Spaces a line may break after; no-break spaces (U+00A0, U+202F) are not among them. */
function isBreakingSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

/** Characters that end a line by themselves (UAX #14 classes BK, CR, LF, NL). */
function isNewline(code: number): boolean {
  return (
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x85 ||
    code === 0x2028 ||
    code === 0x2029
  );
}

/** Hiragana, katakana, CJK ideographs and symbols, full-width forms, Hangul. */
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

function isLetterOrDigit(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}

/** Opening guillemets, whose following (French) space holds them to their word. */
const OPENING_GUILLEMETS = '«‹';
/** Closing guillemets, held by the (French) space before them to the word they close. */
const CLOSING_GUILLEMETS = '»›';

/**
 * True when a break UAX #14 allows before `at` is one a typesetter would not take:
 * - after the second of two hyphens ("a--b", a typed dash) or a hyphen that follows no letter;
 * - before an en or em dash that follows a word ("online—offline" breaks after the dash only);
 * - between an opening guillemet and its word, or a word and its closing guillemet, across the
 *   spaces French puts there ("« droits »").
 */
function isUnwanted(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  const after = text.charAt(at);
  if (before === '-') return !isLetterOrDigit(text.charAt(at - 2));
  if ((after === '—' || after === '–') && at > 0 && !isBreakingSpace(text.charCodeAt(at - 1)))
    return true;
  if (isBreakingSpace(text.charCodeAt(at - 1))) {
    let first = at - 1;
    while (first > 0 && isBreakingSpace(text.charCodeAt(first - 1))) first -= 1;
    if (OPENING_GUILLEMETS.includes(text.charAt(first - 1))) return true;
    if (CLOSING_GUILLEMETS.includes(after)) return true;
  }
  return false;
}

/**
 * Words that may be hyphenated: Latin letters (and marks) only, the script the patterns are
 * for, so URLs, numbers and words in other scripts stay whole.
 */
const WORD = /\p{sc=Latin}[\p{sc=Latin}\p{M}]*/gu;
/** A quick test for a word long enough to hyphenate (see hyphenation.ts). */
const LONG_WORD = new RegExp(`\\p{sc=Latin}{${MIN_WORD_LENGTH}}`, 'u');
/** A segment with these is an address, a path or a code: no hyphens are added inside it. */
const NOT_PROSE = /[/\\@:_=#&%0-9]|\.\p{L}/u;

/**
 * Splits text into segments that each end at a break opportunity: UAX #14's, tailored (see
 * `isUnwanted`), and, when `hyphenate` is given, the hyphenation points of its words.
 */
export function breakSegments(
  text: string,
  hyphenate: WordHyphenator | null = null,
): BreakSegment[] {
  const segments: BreakSegment[] = [];
  const breaker = new LineBreaker(text);
  let start = 0;
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
    const end = found.position;
    const last = end >= text.length;
    if (!found.required && !last && isUnwanted(text, end)) continue;
    let contentEnd = end;
    // The newline (a CR LF pair once) ends the line; the spaces before it or the break hang.
    while (contentEnd > start && isNewline(text.charCodeAt(contentEnd - 1))) contentEnd -= 1;
    while (contentEnd > start && isBreakingSpace(text.charCodeAt(contentEnd - 1))) contentEnd -= 1;
    if (hyphenate) start = pushHyphenated(segments, text, start, contentEnd, hyphenate);
    segments.push({
      start,
      end,
      contentEnd,
      hard: found.required,
      // A soft hyphen typed in the text is a hyphenation point too.
      hyphen: !found.required && !last && text.charCodeAt(contentEnd - 1) === 0xad,
    });
    start = end;
  }
  if (segments.length === 0)
    segments.push({ start: 0, end: 0, contentEnd: 0, hard: false, hyphen: false });
  return segments;
}

/**
 * Pushes the pieces of [start, contentEnd) that end at its words' hyphenation points; returns
 * where the last piece (up to `contentEnd`, left for the caller) starts.
 */
function pushHyphenated(
  segments: BreakSegment[],
  text: string,
  start: number,
  contentEnd: number,
  hyphenate: WordHyphenator,
): number {
  const content = text.slice(start, contentEnd);
  if (!LONG_WORD.test(content)) return start;
  // UAX #14 breaks a URL after its slashes: look at the whole space-delimited token.
  let tokenStart = start;
  while (tokenStart > 0 && !/\s/u.test(text.charAt(tokenStart - 1))) tokenStart -= 1;
  let tokenEnd = contentEnd;
  while (tokenEnd < text.length && !/\s/u.test(text.charAt(tokenEnd))) tokenEnd += 1;
  if (NOT_PROSE.test(text.slice(tokenStart, tokenEnd))) return start;
  let from = start;
  for (const match of content.matchAll(WORD)) {
    const wordStart = start + (match.index ?? 0);
    for (const point of hyphenate(match[0])) {
      const at = wordStart + point;
      segments.push({ start: from, end: at, contentEnd: at, hard: false, hyphen: true });
      from = at;
    }
  }
  return from;
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
