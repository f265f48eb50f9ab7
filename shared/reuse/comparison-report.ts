/**
 * A version comparison as the analyst reads and exports it: one row per paragraph in reading
 * order of the new version (a removed paragraph where it stood in the old one), and the same
 * rows as a Markdown table or CSV for a colleague.
 */
import { csvCell } from '../exchange/csv-export';
import type { VersionComparison, VersionPair, VersionTails, VersionWord } from './compare-versions';

/** One row of a comparison. */
export interface ComparisonRow {
  readonly change: 'same' | 'changed' | 'moved' | 'added' | 'removed';
  /** The paragraph's name in each version ("OP 3", "¶ 4"); null where it has none. */
  readonly old: string | null;
  readonly new: string | null;
  readonly oldIndex: number | null;
  readonly newIndex: number | null;
  /** The pair's words (changed, moved and reworded); empty otherwise. */
  readonly words: readonly VersionWord[];
  /** What follows each version's last word, when words are given. */
  readonly tails?: VersionTails;
  readonly leadVerb?: VersionPair['leadVerb'];
}

/**
 * The comparison's rows: pairs and added paragraphs by their place in the new version, each
 * removed paragraph after the row of the old paragraph before it.
 */
export function comparisonRows(comparison: VersionComparison): ComparisonRow[] {
  const rows: ComparisonRow[] = [
    ...comparison.pairs.map((pair): ComparisonRow => ({
      change: pair.change,
      old: pair.old,
      new: pair.new,
      oldIndex: pair.oldIndex,
      newIndex: pair.newIndex,
      words: pair.words,
      ...(pair.tails === undefined ? {} : { tails: pair.tails }),
      ...(pair.leadVerb === undefined ? {} : { leadVerb: pair.leadVerb }),
    })),
    ...comparison.added.map((paragraph): ComparisonRow => ({
      change: 'added',
      old: null,
      new: paragraph.name,
      oldIndex: null,
      newIndex: paragraph.index,
      words: [],
    })),
  ].sort((a, b) => (a.newIndex ?? 0) - (b.newIndex ?? 0));
  for (const paragraph of [...comparison.removed].sort((a, b) => a.index - b.index)) {
    const removed: ComparisonRow = {
      change: 'removed',
      old: paragraph.name,
      new: null,
      oldIndex: paragraph.index,
      newIndex: null,
      words: [],
    };
    // After the last row (in order) whose old paragraph came before this one.
    let at = 0;
    rows.forEach((row, position) => {
      if (row.oldIndex !== null && row.oldIndex < paragraph.index) at = position + 1;
    });
    rows.splice(at, 0, removed);
  }
  return rows;
}

/** True for the rows an analyst steps through: everything but unchanged paragraphs. */
export function isChange(row: ComparisonRow): boolean {
  return row.change !== 'same';
}

/** "Encourages → Calls upon (stronger)". */
export function leadVerbText(row: ComparisonRow): string {
  if (row.leadVerb === undefined) return '';
  const { old, new: next, direction } = row.leadVerb;
  return `${old} → ${next} (${direction === 'other' ? 'not on one scale' : direction})`;
}

/** The texts the rows show, by paragraph index of each version. */
export interface ComparedTexts {
  readonly oldTitle: string;
  readonly newTitle: string;
  readonly oldTexts: readonly string[];
  readonly newTexts: readonly string[];
}

/** What stands before a word: as the text has it, else a space between words. */
function lead(given: string | undefined, index: number): string {
  return given ?? (index === 0 ? '' : ' ');
}

/**
 * A changed pair's wording in one piece, punctuation and printed numbers kept: the new
 * version's text with the old version's missing words put back where they stood, each word
 * passed to `mark` (which escapes it and marks it added or removed) and everything between
 * words to `plain`.
 */
export function markedWording(
  row: Pick<ComparisonRow, 'words' | 'tails'>,
  mark: (word: VersionWord) => string,
  plain: (text: string) => string = (text) => text,
): string {
  let runLead: string | null = null;
  const parts = row.words.map((word, index) => {
    let before = lead(word.before, index);
    if (word.op === 'removed') {
      // A run of missing words stands where the new words' gap does: print that gap once.
      runLead ??= before;
    } else {
      if (runLead !== null && before === runLead) before = ' ';
      runLead = null;
    }
    return plain(before) + mark(word);
  });
  const tail = row.tails === undefined ? '' : row.tails.new !== '' ? row.tails.new : row.tails.old;
  return parts.join('') + plain(tail);
}

/**
 * One version's side of a changed pair in pieces, with its own punctuation and printed number:
 * words only this version has are `marked`.
 */
export function sideWording(
  row: Pick<ComparisonRow, 'words' | 'tails'>,
  side: 'old' | 'new',
): { readonly text: string; readonly marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  const shown = row.words.filter(
    (word) => word.op === 'same' || word.op === (side === 'old' ? 'removed' : 'added'),
  );
  shown.forEach((word, index) => {
    const before = lead(word.op === 'same' && side === 'old' ? word.oldBefore : word.before, index);
    if (before !== '') pieces.push({ text: before, marked: false });
    pieces.push({ text: word.text, marked: word.op !== 'same' });
  });
  const tail = row.tails?.[side] ?? '';
  if (tail !== '') pieces.push({ text: tail, marked: false });
  return pieces;
}

/** The wording of a row: the marked words of a changed pair, else the paragraph's text. */
function wordingOf(
  row: ComparisonRow,
  texts: ComparedTexts,
  mark: (word: VersionWord) => string,
  plain: (text: string) => string,
): string {
  if (row.words.length > 0) return markedWording(row, mark, plain);
  if (row.newIndex !== null) return plain(texts.newTexts[row.newIndex] ?? '');
  return row.oldIndex === null ? '' : plain(texts.oldTexts[row.oldIndex] ?? '');
}

/** Markdown needs its table's pipes, emphasis marks and line breaks escaped in cells. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`~[\]<>])/g, '\\$1')
    .replace(/\s*\n\s*/g, ' ');
}

/**
 * The comparison as a Markdown document: a heading, a line of counts and a table (old, new,
 * change, lead verb, wording with ~~removed~~ and **added** words).
 */
export function comparisonMarkdown(comparison: VersionComparison, texts: ComparedTexts): string {
  const rows = comparisonRows(comparison);
  const lines = [
    `# Comparison: ${cell(texts.oldTitle)} → ${cell(texts.newTitle)}`,
    '',
    comparisonSummary(rows),
    '',
    '| Old | New | Change | Lead verb | Wording |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => {
      const wording = wordingOf(
        row,
        texts,
        (word) =>
          word.op === 'added'
            ? `**${cell(word.text)}**`
            : word.op === 'removed'
              ? `~~${cell(word.text)}~~`
              : cell(word.text),
        cell,
      );
      const change =
        row.change === 'moved' && row.words.length > 0 ? 'moved, reworded' : row.change;
      return `| ${cell(row.old ?? '')} | ${cell(row.new ?? '')} | ${change} | ${cell(leadVerbText(row))} | ${wording} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

/** The comparison as CSV (RFC 4180, CRLF, formula starts defused), one row per paragraph. */
export function comparisonCsv(comparison: VersionComparison, texts: ComparedTexts): string {
  const header = [
    'Old',
    'New',
    'Change',
    'Lead verb (old)',
    'Lead verb (new)',
    'Direction',
    'Old text',
    'New text',
    'Marked wording',
  ];
  const rows = comparisonRows(comparison).map((row) => [
    row.old ?? '',
    row.new ?? '',
    row.change,
    row.leadVerb?.old ?? '',
    row.leadVerb?.new ?? '',
    row.leadVerb?.direction ?? '',
    row.oldIndex === null ? '' : (texts.oldTexts[row.oldIndex] ?? ''),
    row.newIndex === null ? '' : (texts.newTexts[row.newIndex] ?? ''),
    row.words.length === 0
      ? ''
      : markedWording(row, (word) =>
          word.op === 'added'
            ? `{+${word.text}+}`
            : word.op === 'removed'
              ? `[-${word.text}-]`
              : word.text,
        ),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** "12 same, 3 changed, 1 moved, 2 added, 1 removed; lead verbs: 2 stronger, 1 weaker". */
export function comparisonSummary(rows: readonly ComparisonRow[]): string {
  const count = (change: ComparisonRow['change']) =>
    rows.filter((row) => row.change === change).length;
  const verbs = rows.flatMap((row) => (row.leadVerb ? [row.leadVerb.direction] : []));
  const byDirection = (direction: string) => verbs.filter((d) => d === direction).length;
  const verbText =
    verbs.length === 0
      ? ''
      : `; lead verbs: ${byDirection('stronger')} stronger, ${byDirection('weaker')} weaker${byDirection('other') > 0 ? `, ${byDirection('other')} other` : ''}`;
  return `${count('same')} same, ${count('changed')} changed, ${count('moved')} moved, ${count('added')} added, ${count('removed')} removed${verbText}`;
}
