/**
 * Find in a document: every place a typed string occurs in the document's plain text, ignoring
 * case and diacritics as the library search does ("declaration" finds "Déclaration", "اعلان"
 * finds "إعلان", Hebrew with or without points), in any script, CJK included (no word
 * boundaries needed). Positions are UTF-16 offsets into the original text, so the reader can
 * paint them with the same offsets the annotations use.
 */
import { fold } from './fold';

/** One occurrence: [start, end) in the original text. */
export interface FoundRange {
  readonly start: number;
  readonly end: number;
}

/**
 * More matches than anyone steps through; beyond it the count reads "1,000+" and painting
 * stays fast in a 300-page document searched for "a".
 */
export const MAX_FOUND = 1000;

/** A text folded character by character, with where each folded unit came from. */
interface FoldedText {
  readonly text: string;
  /** For each UTF-16 unit of `text`, the start of the original character it folds from. */
  readonly from: readonly number[];
  /** For each UTF-16 unit of `text`, the end of that original character. */
  readonly to: readonly number[];
}

/** Characters already folded: a text uses few distinct ones, and folding one is not cheap. */
const foldedChars = new Map<string, string>();

/** Folds one character (code point) the way `fold` folds words; a lone mark folds to nothing. */
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = fold(char);
    foldedChars.set(char, folded);
  }
  return folded;
}

function foldWithMap(text: string): FoldedText {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const char of text) {
    const end = at + char.length;
    // Whitespace of any kind (a no-break space in a PDF), or a run of it, matches a typed space.
    // Line breaks only separate blocks (BLOCK_SEPARATOR): a match never runs across them.
    const space = char !== '\n' && /\s/u.test(char);
    const piece = space ? ' ' : foldChar(char);
    // A mark that folds away, or more whitespace, belongs to the character before it.
    if ((piece === '' || (space && folded.endsWith(' '))) && to.length > 0) {
      to[to.length - 1] = end;
      at = end;
      continue;
    }
    for (let i = 0; i < piece.length; i++) {
      from.push(at);
      to.push(end);
    }
    folded += piece;
    at = end;
  }
  return { text: folded, from, to };
}

/** The query as matched: folded, runs of whitespace one space, trimmed. */
export function foldQuery(query: string): string {
  return fold(query.replace(/\s+/gu, ' ').trim());
}

/**
 * Every occurrence of `query` in `text`, in order, not overlapping, at most MAX_FOUND. An empty
 * query finds nothing.
 */
export function findInText(text: string, query: string): FoundRange[] {
  const wanted = foldQuery(query);
  if (wanted === '') return [];
  const folded = foldWithMap(text);
  const found: FoundRange[] = [];
  let at = folded.text.indexOf(wanted);
  while (at >= 0 && found.length < MAX_FOUND) {
    const last = at + wanted.length - 1;
    found.push({ start: folded.from[at]!, end: folded.to[last]! });
    at = folded.text.indexOf(wanted, at + wanted.length);
  }
  return found;
}
