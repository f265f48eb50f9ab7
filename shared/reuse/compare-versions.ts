/**
 * Two versions of a text side by side, paragraph by paragraph: paragraphs are paired by wording
 * (and by structure, when wording alone leaves a tie), in order where the order held and as
 * moves where it did not; each pair is the same or changed (words marked), and what is left is
 * added or removed. For operative paragraphs a change of leading verb is named and ranked.
 */
import type { BlockKind } from '../model/document';
import type { StructuralRef } from '../structure/structural-ref';
import { sameRef } from '../structure/structural-ref';
import { documentCiter } from '../structure/cite-passage';
import { readMarker } from '../structure/markers';
import { leadVerb, verbDirection, type VerbDirection } from './lead-verb';
import { wordsOf, type Word } from './words';

/** What comparison reads of a block. */
export interface ComparedBlock {
  /** Headings are not counted in "¶ n" names; absent counts as a paragraph. */
  readonly kind?: BlockKind;
  readonly text: string;
  readonly ref?: StructuralRef;
  readonly page?: number;
}

/** A word of a changed paragraph: in both versions, only the new one, or only the old one. */
export interface VersionWord {
  readonly op: 'same' | 'added' | 'removed';
  /** The word as its version writes it (the new version's, for a word in both). */
  readonly text: string;
  /**
   * What stands before the word in its version since that version's previous word: spaces and
   * punctuation, and before the first word the paragraph's printed number ("3. "). For a word in
   * both versions, the new version's; `oldBefore` is the old one's.
   */
  readonly before?: string;
  readonly oldBefore?: string;
}

/** What follows each version's last word of a paragraph ("." or ";"). */
export interface VersionTails {
  readonly old: string;
  readonly new: string;
}

/** A paragraph of the old version and the one it became. */
export interface VersionPair {
  readonly oldIndex: number;
  readonly newIndex: number;
  /** The paragraphs' references ("OP 3"), else "¶ n" counting paragraphs only. */
  readonly old: string;
  readonly new: string;
  /** same: identical wording, in order · changed: wording differs · moved: out of order. */
  readonly change: 'same' | 'changed' | 'moved';
  /** True when a moved paragraph's wording also changed. */
  readonly reworded: boolean;
  /** The new paragraph word by word against the old; empty when the wording is the same. */
  readonly words: readonly VersionWord[];
  /** After the last word of each version, when words are given. */
  readonly tails?: VersionTails;
  /** For operative paragraphs whose leading verb changed. */
  readonly leadVerb?: {
    readonly old: string;
    readonly new: string;
    readonly direction: VerbDirection;
  };
}

/** A paragraph only one version has. */
export interface UnpairedParagraph {
  readonly index: number;
  readonly name: string;
}

export interface VersionComparison {
  readonly pairs: readonly VersionPair[];
  readonly added: readonly UnpairedParagraph[];
  readonly removed: readonly UnpairedParagraph[];
}

/**
 * Paragraphs whose wording agrees less than this (Dice over word pairs) are not the same
 * paragraph: a third of an OP's words can change and it still pairs with its former self.
 */
export const PAIRING_FLOOR = 0.4;
/** A shared reference breaks ties between equally worded candidates, and no more. */
const SAME_REF_BONUS = 0.05;

/**
 * The names paragraphs go by in a comparison, by the shared citation rule: each block's own
 * reference ("OP 3", "Art. 19(3)"), else its ¶ number counting paragraphs only.
 */
export function paragraphNames(blocks: readonly ComparedBlock[]): string[] {
  const citer = documentCiter(
    blocks.map((block) => ({ ...block, kind: block.kind ?? 'paragraph' })),
  );
  return blocks.map((block, index) => {
    // A heading has no ¶ of its own: it goes by its words ("“Privacy in the digital age…”").
    if (block.kind === 'heading' && block.ref === undefined) return headingName(block.text);
    return citer.blocks(index).place ?? `¶ ${index + 1}`;
  });
}

/** How many characters of a heading name it in a comparison. */
const HEADING_NAME_LENGTH = 40;

function headingName(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= HEADING_NAME_LENGTH
    ? `“${trimmed}”`
    : `“${trimmed.slice(0, HEADING_NAME_LENGTH).trimEnd()}…”`;
}

interface Unit {
  /** The compared words, placed in the block's whole text (printed number included). */
  readonly words: Word[];
  readonly text: string;
  readonly key: string;
  readonly bigrams: Map<string, number>;
  readonly size: number;
}

/**
 * The wording compared: without the paragraph's printed number, which changes whenever a
 * paragraph is inserted before it ("9. Urges" and "10. Urges" are the same paragraph).
 */
function wording(block: ComparedBlock): string {
  if (block.ref === undefined || block.ref.unit === 'preambular') return block.text;
  return readMarker(block.text, undefined, false)?.rest ?? block.text;
}

function unit(block: ComparedBlock): Unit {
  const compared = wording(block);
  // The wording is the text's end (its printed number cut off): place its words in the text.
  const offset = block.text.endsWith(compared) ? block.text.length - compared.length : 0;
  const words = wordsOf(compared).map((word) =>
    offset === 0 ? word : { ...word, start: word.start + offset, end: word.end + offset },
  );
  const folded = words.map((word) => word.folded);
  const bigrams = new Map<string, number>();
  const grams =
    folded.length === 1 ? folded : folded.slice(1).map((word, at) => `${folded[at]} ${word}`);
  for (const gram of grams) bigrams.set(gram, (bigrams.get(gram) ?? 0) + 1);
  return { words, text: block.text, key: folded.join(' '), bigrams, size: grams.length };
}

/** Dice coefficient over word pairs: 1 for the same wording, 0 for nothing in common. */
function likeness(a: Unit, b: Unit): number {
  if (a.key === b.key) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.bigrams.size <= b.bigrams.size ? [a, b] : [b, a];
  for (const [gram, count] of small.bigrams)
    shared += Math.min(count, large.bigrams.get(gram) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

/**
 * Word-by-word difference of two paragraphs (longest common subsequence of folded words). With
 * the paragraphs' texts, each word also carries what stands before it (see VersionWord.before),
 * so punctuation and printed numbers are shown, not only words.
 */
export function diffWords(
  before: readonly Word[],
  after: readonly Word[],
  texts?: { readonly old: string; readonly new: string },
): VersionWord[] {
  const gap = (words: readonly Word[], text: string | undefined, at: number): string | undefined =>
    text === undefined ? undefined : text.slice(words[at - 1]?.end ?? 0, words[at]?.start ?? 0);
  const removed = (i: number): VersionWord => {
    const word = before[i] as Word;
    const lead = gap(before, texts?.old, i);
    return lead === undefined
      ? { op: 'removed', text: word.text }
      : { op: 'removed', text: word.text, before: lead };
  };
  const added = (j: number): VersionWord => {
    const word = after[j] as Word;
    const lead = gap(after, texts?.new, j);
    return lead === undefined
      ? { op: 'added', text: word.text }
      : { op: 'added', text: word.text, before: lead };
  };
  const rows = before.length;
  const columns = after.length;
  if (rows * columns > 4_000_000) {
    // Too long to compare word by word within a moment: show it as rewritten.
    return [...before.map((_, i) => removed(i)), ...after.map((_, j) => added(j))];
  }
  const width = columns + 1;
  const length = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      length[i * width + j] =
        before[i]?.folded === after[j]?.folded
          ? (length[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(length[(i + 1) * width + j] ?? 0, length[i * width + j + 1] ?? 0);
    }
  }
  const out: VersionWord[] = [];
  let i = 0;
  let j = 0;
  while (i < rows || j < columns) {
    const b = before[i];
    const a = after[j];
    if (b !== undefined && a !== undefined && b.folded === a.folded) {
      const lead = gap(after, texts?.new, j);
      out.push(
        lead === undefined
          ? { op: 'same', text: a.text }
          : { op: 'same', text: a.text, before: lead, oldBefore: gap(before, texts?.old, i) ?? '' },
      );
      i += 1;
      j += 1;
    } else if (
      b !== undefined &&
      (a === undefined || (length[(i + 1) * width + j] ?? 0) >= (length[i * width + j + 1] ?? 0))
    ) {
      // Removed words before the words that replace them: "[-Encourages-] {+Calls upon+}".
      out.push(removed(i));
      i += 1;
    } else if (a !== undefined) {
      out.push(added(j));
      j += 1;
    }
  }
  return out;
}

/**
 * Pairs paragraphs in order where the order held: the monotone pairing with the greatest total
 * likeness (a Needleman–Wunsch alignment with free gaps), over pairs above the floor.
 */
function orderedPairs(
  score: (i: number, j: number) => number,
  rows: number,
  columns: number,
): [number, number][] {
  const width = columns + 1;
  const best = new Float64Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      const pair = score(i, j);
      best[i * width + j] = Math.max(
        best[(i + 1) * width + j] ?? 0,
        best[i * width + j + 1] ?? 0,
        pair > 0 ? pair + (best[(i + 1) * width + j + 1] ?? 0) : 0,
      );
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    const here = best[i * width + j] ?? 0;
    const pair = score(i, j);
    if (pair > 0 && Math.abs(here - (pair + (best[(i + 1) * width + j + 1] ?? 0))) < 1e-9) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (Math.abs(here - (best[(i + 1) * width + j] ?? 0)) < 1e-9) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}

function isOperative(block: ComparedBlock): boolean {
  return block.ref?.unit === 'operative';
}

/** Compares two versions of a document, paragraph by paragraph. */
export function compareVersions(
  before: readonly ComparedBlock[],
  after: readonly ComparedBlock[],
): VersionComparison {
  const oldUnits = before.map(unit);
  const newUnits = after.map(unit);
  const oldNames = paragraphNames(before);
  const newNames = paragraphNames(after);
  const nameOf = (names: readonly string[], index: number) => names[index] ?? `¶ ${index + 1}`;
  const likenessCache = new Map<number, number>();
  const like = (i: number, j: number): number => {
    const key = i * (after.length + 1) + j;
    let value = likenessCache.get(key);
    if (value === undefined) {
      const a = oldUnits[i];
      const b = newUnits[j];
      value = a === undefined || b === undefined ? 0 : likeness(a, b);
      likenessCache.set(key, value);
    }
    return value;
  };
  const score = (i: number, j: number): number => {
    const value = like(i, j);
    if (value < PAIRING_FLOOR) return 0;
    const a = before[i];
    const b = after[j];
    const bonus =
      a?.ref !== undefined && b?.ref !== undefined && sameRef(a.ref, b.ref) ? SAME_REF_BONUS : 0;
    return value + bonus;
  };
  const inOrder = orderedPairs(score, before.length, after.length);
  const oldPaired = new Set(inOrder.map(([i]) => i));
  const newPaired = new Set(inOrder.map(([, j]) => j));
  // What order left unpaired may have moved: pair the most alike first.
  const moves: [number, number, number][] = [];
  for (let i = 0; i < before.length; i += 1) {
    if (oldPaired.has(i)) continue;
    for (let j = 0; j < after.length; j += 1) {
      if (newPaired.has(j)) continue;
      const value = like(i, j);
      if (value >= PAIRING_FLOOR) moves.push([i, j, value]);
    }
  }
  moves.sort((a, b) => b[2] - a[2]);
  const moved: [number, number][] = [];
  for (const [i, j] of moves) {
    if (oldPaired.has(i) || newPaired.has(j)) continue;
    oldPaired.add(i);
    newPaired.add(j);
    moved.push([i, j]);
  }
  const describe = (i: number, j: number, isMove: boolean): VersionPair => {
    const a = before[i] as ComparedBlock;
    const b = after[j] as ComparedBlock;
    const oldUnit = oldUnits[i] as Unit;
    const newUnit = newUnits[j] as Unit;
    const same = oldUnit.key === newUnit.key;
    const pair: VersionPair = {
      oldIndex: i,
      newIndex: j,
      old: nameOf(oldNames, i),
      new: nameOf(newNames, j),
      change: isMove ? 'moved' : same ? 'same' : 'changed',
      reworded: !same,
      words: same
        ? []
        : diffWords(oldUnit.words, newUnit.words, { old: oldUnit.text, new: newUnit.text }),
      ...(same
        ? {}
        : {
            tails: {
              old: oldUnit.text.slice(oldUnit.words.at(-1)?.end ?? oldUnit.text.length),
              new: newUnit.text.slice(newUnit.words.at(-1)?.end ?? newUnit.text.length),
            },
          }),
    };
    if (!isOperative(a) && !isOperative(b)) return pair;
    const verbBefore = leadVerb(a.text);
    const verbAfter = leadVerb(b.text);
    if (verbBefore === null || verbAfter === null) return pair;
    if (verbBefore.text.toLowerCase() === verbAfter.text.toLowerCase()) return pair;
    return {
      ...pair,
      leadVerb: {
        old: verbBefore.text,
        new: verbAfter.text,
        direction: verbDirection(verbBefore, verbAfter),
      },
    };
  };
  const pairs = [
    ...inOrder.map(([i, j]) => describe(i, j, false)),
    ...moved.map(([i, j]) => describe(i, j, true)),
  ].sort((a, b) => a.newIndex - b.newIndex);
  return {
    pairs,
    added: after.flatMap((_, j) =>
      newPaired.has(j) ? [] : [{ index: j, name: nameOf(newNames, j) }],
    ),
    removed: before.flatMap((_, i) =>
      oldPaired.has(i) ? [] : [{ index: i, name: nameOf(oldNames, i) }],
    ),
  };
}
