/**
 * Rebuilds reading blocks from the positioned text a PDF holds. A PDF has no paragraphs, only
 * runs of glyphs at coordinates; this module groups runs into lines, drops running headers,
 * footers and page numbers (lines that repeat at the same place on most pages, bare numbers at a
 * page's edge), joins lines into paragraphs by spacing, indentation and sentence ends, undoes
 * end-of-line hyphenation, and tells headings by type size or by bold type on a line of its own.
 * Lines with right-to-left text are put in reading order and laid out mirrored (indents on the
 * right). Each block keeps its first page.
 */
import type { ParsedBlock } from '../model/document';
import { finishBlocks, type DraftBlock } from '../text/draft-block';
import { opensPreamble } from '../structure/markers';
import { endsSentence, startsLowercase } from '../text/line-patterns';
import {
  hasRtlText,
  isMostlyRtl,
  logicalLineText,
  repairLamAlef,
  type LinePiece,
} from './pdf-line-order';

/** One run of text as pdf.js reports it, in PDF user space (y grows upwards). */
export interface PdfTextRun {
  readonly text: string;
  /** Left edge of the run's baseline. */
  readonly x: number;
  readonly y: number;
  /** Advance width of the run. */
  readonly width: number;
  /** Type size (the run's height). */
  readonly size: number;
  /** pdf.js marks the last run of a line. */
  readonly endOfLine?: boolean;
  /** Drawn in a bold face (from the font's name). */
  readonly bold?: boolean;
}

/** The text runs of one page, in content order. */
export interface PdfPageText {
  /** 1-based page number. */
  readonly page: number;
  readonly height: number;
  readonly runs: readonly PdfTextRun[];
}

/** A line of text on a page. */
interface Line {
  text: string;
  readonly page: number;
  readonly y: number;
  x: number;
  right: number;
  size: number;
  /** Every visible run of the line is bold. */
  bold: boolean;
  /** The line reads right to left (most of its letters do). */
  rtl: boolean;
  /** Its runs, kept to put lines with right-to-left text in reading order. */
  readonly pieces: LinePiece[];
}

/** Runs whose baselines differ by less than this share of the type size are on one line. */
const SAME_LINE_TOLERANCE = 0.5;
/** A gap wider than this share of the type size between runs reads as a space. */
const WORD_GAP = 0.15;
/** Lines this many from a page's top or bottom may be running headers, footers or numbers… */
const EDGE_LINES = 2;
/** …when they also lie in the page's outer band: its top or bottom 15%, where margins are. */
const EDGE_BAND = 0.15;
/** A line repeating on at least this share of pages (and two of them) is a running header. */
const REPEAT_SHARE = 0.5;
/** Repeated lines count as "the same place" when their baselines are within this many points. */
const SAME_PLACE_POINTS = 6;
/** Line spacing assumed at most this many times the type size. */
const MAX_LEADING_RATIO = 1.8;
/** Type this much larger than the body text is a heading. */
const HEADING_SIZE_RATIO = 1.15;
/** Headings are short; a longer large-type run is a pull quote or a display paragraph. */
const MAX_HEADING_CHARS = 200;
/**
 * A bold line in body type is a heading ("Article 21") when it stands alone and is this short;
 * longer bold lines are emphasis inside the text.
 */
const MAX_BOLD_HEADING_CHARS = 80;
/** Bold marks headings only where it is rare: under this share of the body text's characters. */
const MAX_BOLD_BODY_SHARE = 0.3;
/** Punctuation a heading does not end with (it would be a run-in sentence or a lead-in). */
const NON_HEADING_END = /[.,;:]$/u;
/** Lines of one heading are at most this many times their type size apart. */
const HEADING_LEADING_RATIO = 1.5;
/** Lines are centred when their middles lie within this share of the column width of its middle. */
const CENTRED_SHARE = 0.03;
/** A gap between lines larger than this times the usual line spacing starts a new paragraph. */
const PARAGRAPH_GAP_RATIO = 1.4;
/** A first line indented by more than this share of the type size starts a new paragraph. */
const INDENT_RATIO = 0.8;
/** A line ending this share of the column width short of the margin ends its paragraph. */
const SHORT_LINE_SHARE = 0.15;

/** Bullets and numbering that open a list item. */
const BULLET = /^[•◦▪▫‣⁃●○■□–—*-]\s+/u;
const NUMBERED = /^(\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivxlc]{1,6}[.)])\s+/u;
/** Page numbers as they appear on their own: "7", "- 7 -", "Page 7", "7 of 20", "vii". */
const PAGE_NUMBER =
  /^(?:page\s+)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/iu;
/** Letter-hyphen at a line's end: a word broken across lines. */
const LINE_END_HYPHEN = /(\p{L})[-\u2010]$/u;
const SOFT_HYPHEN_END = /\u00AD$/u;
/** Typographic ligatures pdf.js passes through; readers search for the letters. */
const LIGATURES: Readonly<Record<string, string>> = {
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
};

/**
 * Arabic presentation forms (a letter's initial, medial or final shape, the lam-alef ligatures
 * U+FEF5–FEFC) that some PDFs map their glyphs to: readers search for the letters, so each is
 * replaced by its compatibility decomposition, which is in logical order ("ﻻ" → "لا").
 */
const ARABIC_PRESENTATION_FORM = /[\uFB50-\uFDFF\uFE70-\uFEFC]/gu;

function cleanRunText(text: string): string {
  return text
    .normalize('NFC')
    .replace(ARABIC_PRESENTATION_FORM, (ch) => ch.normalize('NFKC'))
    .replace(/[ﬀ-ﬆ]/g, (ch) => LIGATURES[ch] ?? ch)
    .replace(/[\s\u00a0\u200b]+/g, ' ');
}

/** Groups a page's runs into lines, in content order. */
export function pageLines(page: PdfPageText): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const run of page.runs) {
    const text = cleanRunText(run.text);
    const size = Math.abs(run.size) || 1;
    // Right-to-left runs of a line may come in any order, so they may sit left of the line so far.
    const sameLine =
      line !== null &&
      Math.abs(run.y - line.y) < SAME_LINE_TOLERANCE * Math.max(size, line.size) &&
      (run.x >= line.x - size || hasRtlText(text) || line.rtl);
    if (text.trim() !== '') {
      if (!sameLine || line === null) {
        line = {
          text: text.trimStart(),
          page: page.page,
          y: run.y,
          x: run.x,
          right: run.x + run.width,
          size,
          bold: run.bold === true,
          rtl: hasRtlText(text),
          pieces: [],
        };
        lines.push(line);
      } else {
        const gap = run.x - line.right;
        const needsSpace =
          gap > WORD_GAP * size && !line.text.endsWith(' ') && !text.startsWith(' ');
        line.text += (needsSpace ? ' ' : '') + text;
        line.x = Math.min(line.x, run.x);
        line.right = Math.max(line.right, run.x + run.width);
        line.size = Math.max(line.size, size);
        line.bold &&= run.bold === true;
        line.rtl ||= hasRtlText(text);
      }
      line.pieces.push({ text, x: run.x, right: run.x + run.width });
    } else if (line !== null && sameLine && text === ' ' && !line.text.endsWith(' ')) {
      line.text += ' ';
    }
    if (run.endOfLine) line = null;
  }
  for (const l of lines) {
    if (l.rtl) {
      l.text = repairLamAlef(logicalLineText(l.pieces, WORD_GAP * l.size));
      l.rtl = isMostlyRtl(l.text);
    }
    l.text = l.text.trim();
  }
  return lines.filter((l) => l.text !== '');
}

/** A line's identity across pages: digits blurred, so "Report · 3" matches "Report · 4". */
function repeatKey(line: Line): string {
  return `${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;
}

/** The lines at a page's top and bottom edges: first or last by position, in the margin band. */
function edgeLines(lines: readonly Line[], pageHeight: number): Line[] {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  const top = byHeight.slice(0, EDGE_LINES).filter((l) => l.y >= pageHeight * (1 - EDGE_BAND));
  const bottom = byHeight.slice(-EDGE_LINES).filter((l) => l.y <= pageHeight * EDGE_BAND);
  return [...new Set([...top, ...bottom])];
}

/** Drops running headers and footers and page numbers from every page. */
export function dropPageFurniture(pages: readonly Line[][], heights: readonly number[]): Line[][] {
  const edgesByPage = pages.map((lines, i) => new Set(edgeLines(lines, heights[i] ?? 0)));
  const occurrences = new Map<string, { page: number; y: number }[]>();
  for (const edges of edgesByPage) {
    for (const line of edges) {
      const key = repeatKey(line);
      const list = occurrences.get(key) ?? [];
      list.push({ page: line.page, y: line.y });
      occurrences.set(key, list);
    }
  }
  const pageCount = pages.length;
  const isRunning = (line: Line): boolean => {
    if (pageCount < 2) return false;
    const seen = occurrences.get(repeatKey(line)) ?? [];
    const samePlace = new Set(
      seen.filter((o) => Math.abs(o.y - line.y) <= SAME_PLACE_POINTS).map((o) => o.page),
    );
    return samePlace.size >= 2 && samePlace.size >= pageCount * REPEAT_SHARE;
  };
  return pages.map((lines, i) => {
    const edges = edgesByPage[i] ?? new Set<Line>();
    return lines.filter(
      (line) => !(edges.has(line) && (PAGE_NUMBER.test(line.text) || isRunning(line))),
    );
  });
}

/** The most common value, weighting each by its weight; rounded to half points. */
function weightedMode(values: readonly { value: number; weight: number }[]): number {
  const totals = new Map<number, number>();
  for (const { value, weight } of values) {
    const key = Math.round(value * 2) / 2;
    totals.set(key, (totals.get(key) ?? 0) + weight);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [value, weight] of totals) {
    if (weight > bestWeight) [best, bestWeight] = [value, weight];
  }
  return best;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Hyphenated compounds the document writes within lines ("self-determination"). */
function hyphenatedWords(lines: readonly Line[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const match of line.text.matchAll(/\p{L}+-\p{L}+/gu)) words.add(match[0].toLowerCase());
  }
  return words;
}

/**
 * Joins a line onto the text before it: a word split by a line-end hyphen is rejoined, unless
 * the document writes that compound with a hyphen elsewhere; other lines join with a space.
 */
function joinLine(before: string, next: string, compounds: ReadonlySet<string>): string {
  if (SOFT_HYPHEN_END.test(before)) return before.slice(0, -1) + next;
  if (LINE_END_HYPHEN.test(before) && /^\p{Ll}/u.test(next)) {
    const head = /(\p{L}+)[-\u2010]$/u.exec(before)?.[1] ?? '';
    const tail = /^\p{L}+/u.exec(next)?.[0] ?? '';
    const compound = `${head}-${tail}`.toLowerCase();
    return compounds.has(compound) ? before + next : before.slice(0, -1) + next;
  }
  return `${before} ${next}`;
}

interface OpenBlock {
  kind: 'heading' | 'paragraph' | 'list-item';
  size: number;
  /** Headings in bold body type rank below every larger type size. */
  bold: boolean;
  text: string;
  page: number;
  last: Line;
}

/**
 * Rebuilds reading blocks from a document's pages of text runs: lines joined into paragraphs,
 * headings by type size (largest = level 1), list items by their bullets, running headers,
 * footers and page numbers dropped, hyphenation undone, each block tagged with its first page.
 */
export function pdfBlocks(pages: readonly PdfPageText[]): ParsedBlock[] {
  const linesByPage = dropPageFurniture(
    pages.map(pageLines),
    pages.map((p) => p.height),
  );
  const lines = linesByPage.flat();
  if (lines.length === 0) return [];

  const bodySize = weightedMode(lines.map((l) => ({ value: l.size, weight: l.text.length })));
  const isLargeType = (line: Line) => line.size >= bodySize * HEADING_SIZE_RATIO;
  const bodyLines = lines.filter((l) => !isLargeType(l));
  const bodyChars = bodyLines.reduce((sum, l) => sum + l.text.length, 0);
  const boldChars = bodyLines.reduce((sum, l) => sum + (l.bold ? l.text.length : 0), 0);
  const boldIsRare = boldChars <= bodyChars * MAX_BOLD_BODY_SHARE;
  const isHeadingLine = (line: Line) =>
    isLargeType(line)
      ? line.text.length <= MAX_HEADING_CHARS
      : boldIsRare &&
        line.bold &&
        line.text.length <= MAX_BOLD_HEADING_CHARS &&
        !NON_HEADING_END.test(line.text);
  // The usual distance between lines of a paragraph; capped because on sparse pages the median
  // gap is the space between paragraphs, and leading beyond twice the type size is rare.
  const spacing = Math.min(
    median(
      linesByPage.flatMap((pageLines) =>
        pageLines
          .slice(1)
          .map((line, i) => ({ line, previous: pageLines[i]! }))
          .filter(({ line, previous }) => !isHeadingLine(line) && !isHeadingLine(previous))
          .map(({ line, previous }) => previous.y - line.y)
          .filter((gap) => gap > 0),
      ),
    ) || bodySize * 1.2,
    bodySize * MAX_LEADING_RATIO,
  );
  const margins = new Map<number, { left: number; right: number }>();
  for (const pageLines of linesByPage) {
    const body = pageLines.filter((l) => !isHeadingLine(l));
    if (body.length === 0) continue;
    margins.set(body[0]!.page, {
      left: Math.min(...body.map((l) => l.x)),
      right: Math.max(...body.map((l) => l.right)),
    });
  }
  const compounds = hyphenatedWords(lines);

  const blocks: OpenBlock[] = [];
  let open: OpenBlock | null = null;
  for (const line of lines) {
    const heading = isHeadingLine(line);
    const listMarker = BULLET.exec(line.text) ?? NUMBERED.exec(line.text);
    const text = BULLET.test(line.text) ? line.text.replace(BULLET, '') : line.text;
    if (open && continues(open, line, heading, listMarker !== null)) {
      open.text = joinLine(open.text, text, compounds);
      open.last = line;
      continue;
    }
    open = {
      kind: heading ? 'heading' : listMarker ? 'list-item' : 'paragraph',
      size: line.size,
      bold: line.bold,
      text,
      page: line.page,
      last: line,
    };
    blocks.push(open);
  }

  function continues(block: OpenBlock, line: Line, heading: boolean, listStart: boolean): boolean {
    const previous = block.last;
    if (listStart) return false;
    // A resolution's preambular paragraphs are often set without space or indent between them;
    // one ends in a comma or semicolon and the next opens with a participle ("Recalling",
    // "Deeply concerned", "Rappelant"): a new paragraph, whatever the spacing says.
    if (
      block.kind !== 'heading' &&
      /[,;]$/u.test(previous.text.trim()) &&
      opensPreamble(line.text)
    ) {
      return false;
    }
    if (heading !== (block.kind === 'heading')) return false;
    if (Math.abs(line.size - block.size) > block.size * (HEADING_SIZE_RATIO - 1)) return false;
    if (line.page !== previous.page) {
      // A paragraph running on to the next page: the sentence is unfinished there.
      return (
        block.kind !== 'heading' &&
        (!endsSentence(block.text) || startsLowercase(line.text)) &&
        !/[-\u2010]$/u.test(line.text)
      );
    }
    const gap = previous.y - line.y;
    if (heading) {
      // A heading's lines are set at its own (larger) leading, not the body's.
      return gap > 0 && gap <= line.size * HEADING_LEADING_RATIO && line.bold === block.bold;
    }
    if (gap <= 0 || gap > spacing * PARAGRAPH_GAP_RATIO) return false;
    const margin = margins.get(line.page);
    // Centred lines (a subtitle, a dateline) continue each other whatever their widths.
    if (
      margin &&
      isShortCentred(line, margin) &&
      (isShortCentred(previous, margin) ||
        (isCentred(previous, margin) && !endsSentence(previous.text)))
    ) {
      return true;
    }
    // Right-to-left text is laid out mirrored: indents and short last lines are on the other side.
    const indent = line.rtl ? previous.right - line.right : line.x - previous.x;
    if (block.kind === 'paragraph' && indent > INDENT_RATIO * line.size) return false;
    if (block.kind === 'list-item' && indent < -INDENT_RATIO * line.size) return false;
    if (margin && endsSentence(previous.text)) {
      const width = margin.right - margin.left;
      const shortBy = previous.rtl ? previous.x - margin.left : margin.right - previous.right;
      if (shortBy > width * SHORT_LINE_SHARE) return false;
    }
    return true;
  }

  /** A line whose middle is the column's middle (a subtitle, a byline, or a full line). */
  function isCentred(line: Line, margin: { left: number; right: number }): boolean {
    const width = margin.right - margin.left;
    const middle = (line.x + line.right) / 2;
    return Math.abs(middle - (margin.left + margin.right) / 2) <= width * CENTRED_SHARE;
  }
  /** A short line set in the middle of the column, away from both margins. */
  function isShortCentred(line: Line, margin: { left: number; right: number }): boolean {
    return (
      isCentred(line, margin) &&
      line.x > margin.left + line.size &&
      line.right < margin.right - line.size
    );
  }

  // Heading levels by type size, largest first; bold body-size headings come after all of them.
  const headingRank = (block: OpenBlock) =>
    isLargeTypeSize(block.size) ? Math.round(block.size * 2) / 2 : 0;
  function isLargeTypeSize(size: number): boolean {
    return size >= bodySize * HEADING_SIZE_RATIO;
  }
  const headingSizes = [
    ...new Set(blocks.filter((b) => b.kind === 'heading').map(headingRank)),
  ].sort((a, b) => b - a);
  const drafts: (DraftBlock & { page: number })[] = blocks
    .map((block) => ({ ...block, text: block.text.replace(/\s+/g, ' ').trim() }))
    .filter((block) => block.text !== '')
    .map((block) => ({
      kind: block.kind,
      ...(block.kind === 'heading'
        ? { level: Math.min(6, headingSizes.indexOf(headingRank(block)) + 1) }
        : {}),
      text: block.text,
      marks: [],
      singleLine: true,
      page: block.page,
    }));
  const finished = finishBlocks(drafts);
  return finished.map((block, i) => ({ ...block, page: drafts[i]!.page }));
}
