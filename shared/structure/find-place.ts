/**
 * Structural references typed by an analyst, found in documents: "art 19(3)" or "OP 5" within
 * one document (the reader's Go to), and "ICCPR art. 19(3)" across the library (search): the
 * document's own numbering, its pages ("p. 4") and, where it numbers nothing, ¶ counting.
 */
import { paragraphNumbers, type CitableBlock } from './cite-passage';
import { readRefQuery, refWithin } from './ref-query';
import type { StructuralRef } from './structural-ref';

/**
 * The blocks at `ref`, in order: those numbered there or inside it (art 19 holds Art. 19(3)(a)),
 * the blocks of a page, or, for "¶ n" / "para. n" in a document without numbered paragraphs,
 * the n-th paragraph counting paragraphs only (as citations count).
 */
export function blocksAt(blocks: readonly CitableBlock[], ref: StructuralRef): number[] {
  const [head] = ref.path;
  if (ref.unit === 'page') {
    return ref.path.length !== 1
      ? []
      : blocks.flatMap((block, index) => (String(block.page) === head ? [index] : []));
  }
  const own = blocks.flatMap((block, index) => (refWithin(block.ref, ref) ? [index] : []));
  if (own.length > 0 || ref.unit !== 'paragraph' || ref.path.length !== 1) return own;
  if (blocks.some((block) => block.ref?.unit === 'paragraph')) return [];
  const at = paragraphNumbers(blocks).indexOf(Number(head));
  return at === -1 ? [] : [at];
}

/** A library query naming a place: words for the document's title, then the reference. */
export interface PlaceQuery {
  /** What precedes the reference ("ICCPR", "A/HRC/RES/32/13"); '' for none. */
  readonly title: string;
  readonly ref: StructuralRef;
}

/**
 * Reads "art 19(3)", "ICCPR art. 19(3)", "A/HRC/RES/32/13, OP 5" or "UDHR article 19" as a
 * place: the longest tail of the query that is a reference, and the words before it. Null when
 * no tail of the query is a reference (an ordinary search).
 */
export function readPlaceQuery(query: string): PlaceQuery | null {
  const words = query.trim().split(/\s+/u);
  // References are short: "preambular paragraph 3 (a)" is the longest spelling, five words.
  for (let from = Math.max(0, words.length - 6); from < words.length; from += 1) {
    const ref = readRefQuery(words.slice(from).join(' '));
    if (ref !== null) {
      const title = words
        .slice(0, from)
        .join(' ')
        .replace(/[,;:]\s*$/u, '')
        .trim();
      return { title, ref };
    }
  }
  return null;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}/]+/gu, ' ')
    .trim();

/**
 * True when a document's title (or its source file name) has every word the query names it by,
 * ignoring case, accents and punctuation ("iccpr" finds "International Covenant … (ICCPR)").
 */
export function titleMatches(title: string, words: string): boolean {
  const wanted = fold(words).split(' ').filter(Boolean);
  if (wanted.length === 0) return true;
  const have = ` ${fold(title)} `;
  return wanted.every((word) => have.includes(` ${word}`));
}
