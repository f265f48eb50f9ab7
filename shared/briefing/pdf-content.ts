/**
 * Turns a page's drawing operations into a PDF content stream: rectangles and rules, then text
 * in reading order, one BT…ET per line. A right-to-left line's runs come in reading order (the
 * layout lists them from the right). Arabic and Hebrew runs are drawn in visual order, as PDF
 * readers expect (pdf.js and poppler reorder them to logical order when extracting text); the
 * punctuation and symbols between them (right-to-left runs in a Latin face) are drawn glyph by
 * glyph from the right, in logical order, since readers see no right-to-left letter to reorder by.
 *
 * No /ActualText in the content stream: tried, poppler (pdftotext, Evince, Okular) reversed the
 * logical text it carried a second time; exact per-code ToUnicode maps (see pdf-fonts.ts) give the
 * logical text back in pdf.js, and word by word in poppler. Assistive technology gets it from the
 * structure tree instead (spans with /ActualText, pdf-structure.ts).
 *
 * Every operation is marked content (tagged PDF): an element's content in a sequence with its
 * MCID (`/P <</MCID 3>> BDC … EMC`), decoration as `/Artifact`. Consecutive operations of one
 * element share a sequence; a line with runs that need spans of their own (another language,
 * shaped glyphs) opens one sequence per run inside its text object.
 */
import { mirrored } from './bidi-order';
import type { DrawOp, PageModel, TextOp } from './display-list';
import type { EncodedRun, FontBook } from './font-book';
import { PAGE_HEIGHT } from './page-geometry';
import { pdfNumber } from './pdf-number';
import { faceResourceName } from './pdf-fonts';
import type { StructureWriter } from './pdf-structure';
import type { ArtifactTag, ContentSlot, ContentTag, StructAttributes } from './structure';
import { fitsLanguage, scriptLanguage } from './text-language';
import type { PlacedRun } from './text-layout';
import type { Rgb } from './typography';

/** Two decimals are a hundredth of a point: far below anything visible (see pdf-number.ts). */
const n = pdfNumber;

function rgb(colour: Rgb): string {
  return `${n(colour.r)} ${n(colour.g)} ${n(colour.b)}`;
}

/**
 * The page's content stream, page `index` of the briefing. Encodes every run through the font
 * book, which records the glyphs drawn, so fonts are embedded after every page was written; hands
 * out MCIDs from `structure`.
 */
export function pageContent(
  book: FontBook,
  page: PageModel,
  index: number,
  structure: StructureWriter,
): string {
  const out: string[] = [];
  const marks = new MarkedContent(out, index, structure);
  for (const op of [...page.underlay, ...page.ops]) {
    if (op.type === 'text') {
      const spans = op.tag.kind === 'content' ? runSpans(book, structure, op.tag, op) : null;
      if (spans && op.tag.kind === 'content') {
        marks.close();
        const slot = op.tag;
        drawText(out, book, op, (run) => marks.run(slot, run ? spans.get(run) : undefined));
        // Glyphs drawn as shapes (after the text object) belong to the line's element.
        marks.close();
      } else {
        marks.open(op.tag);
        drawText(out, book, op, null);
      }
    } else {
      marks.open(op.tag);
      drawShape(out, op);
    }
  }
  marks.close();
  return out.join('\n');
}

/** The marked-content sequence open in a content stream, and how to move to the next. */
class MarkedContent {
  private current: ContentTag | null = null;

  constructor(
    private readonly out: string[],
    private readonly page: number,
    private readonly structure: StructureWriter,
  ) {}

  /** Makes `tag` the open sequence outside text objects, continuing it when it may. */
  open(tag: ContentTag): void {
    if (this.continues(tag)) {
      this.current = tag;
      return;
    }
    this.close();
    this.out.push(
      tag.kind === 'artifact' ? artifactOperator(tag) : this.begin(tag.element.role, tag, null),
    );
    this.current = tag;
  }

  /** Ends the open sequence. */
  close(): void {
    if (this.current) this.out.push('EMC');
    this.current = null;
  }

  /** A sequence for one run inside a text object: begin and end operators around it. */
  run(slot: ContentSlot, span: StructAttributes | undefined): [string, string] {
    return [this.begin(span ? 'Span' : slot.element.role, slot, span ?? null), 'EMC'];
  }

  private begin(role: string, slot: ContentSlot, span: StructAttributes | null): string {
    const mcid = span
      ? this.structure.spanMcid(this.page, slot, span)
      : this.structure.mcid(this.page, slot);
    return `/${role} <</MCID ${mcid}>> BDC`;
  }

  /**
   * True when `tag` may go on in the open sequence: an artifact of the same type, or the next
   * content of the same element (its slot follows the open one among the element's kids).
   */
  private continues(tag: ContentTag): boolean {
    const current = this.current;
    if (!current) return false;
    if (current.kind === 'artifact') return tag.kind === 'artifact' && current.type === tag.type;
    if (tag.kind === 'artifact') return false;
    return current.element === tag.element && tag.index === current.index + 1;
  }
}

function artifactOperator(tag: ArtifactTag): string {
  return tag.type === 'Pagination'
    ? '/Artifact <</Type /Pagination>> BDC'
    : '/Artifact <</Type /Layout>> BDC';
}

/**
 * The runs of a line that need a span of their own: a run in a script its element's language is
 * not written in gets /Lang, a shaped run /ActualText. Null when no run needs one.
 */
function runSpans(
  book: FontBook,
  structure: StructureWriter,
  slot: ContentSlot,
  op: TextOp,
): Map<PlacedRun, StructAttributes> | null {
  let spans: Map<PlacedRun, StructAttributes> | null = null;
  const language = structure.languageAt(slot);
  for (const run of op.runs) {
    if (!/[\p{L}\p{M}\p{N}]/u.test(run.text)) continue;
    const lang = fitsLanguage(run.text, language)
      ? undefined
      : (scriptLanguage(run.text) ?? undefined);
    const actualText = book.isShaped(run.face) ? run.text : undefined;
    if (!lang && !actualText) continue;
    spans ??= new Map();
    spans.set(run, { ...(lang ? { lang } : {}), ...(actualText ? { actualText } : {}) });
  }
  return spans;
}

function drawShape(out: string[], op: DrawOp): void {
  if (op.type === 'rect') {
    if (op.width <= 0 || op.height <= 0) return;
    out.push(
      `${rgb(op.colour)} rg ${n(op.x)} ${n(PAGE_HEIGHT - op.y - op.height)} ${n(op.width)} ${n(op.height)} re f`,
    );
  } else if (op.type === 'line') {
    out.push(
      `${rgb(op.colour)} RG ${n(op.width)} w ${n(op.x1)} ${n(PAGE_HEIGHT - op.y1)} m ${n(op.x2)} ${n(PAGE_HEIGHT - op.y2)} l S`,
    );
  }
}

/**
 * Draws a line; `mark` (when given) wraps each run in a marked-content sequence of its own, and
 * the glyphs drawn as shapes in one of the line's element (`run` null).
 */
function drawText(
  out: string[],
  book: FontBook,
  op: TextOp,
  mark: ((run: PlacedRun | null) => [string, string]) | null,
): void {
  if (op.runs.length === 0) return;
  out.push('BT');
  let font = '';
  let colour = '';
  const shapes: string[] = [];
  for (const run of op.runs) {
    const fromTheRight = run.rtl && !book.isShaped(run.face);
    const text = fromTheRight
      ? placedFromTheRight(book.encode(run.face, run.text, mirrored))
      : book.encode(run.face, run.text);
    const encoded = run.breakHyphen ? withBreakHyphen(text, book.breakHyphen(run.face)) : text;
    if (encoded.ids.length === 0) continue;
    const nextFont = `/${faceResourceName(run.face)} ${n(run.size)} Tf`;
    if (nextFont !== font) out.push((font = nextFont));
    const nextColour = `${rgb(run.colour)} rg`;
    if (nextColour !== colour) out.push((colour = nextColour));
    const shows = showGlyphs(encoded, op.x + run.x, PAGE_HEIGHT - op.y, run.size, (path, x, y) =>
      shapes.push(
        `q ${rgb(run.colour)} rg ${n(run.size)} 0 0 ${n(run.size)} ${n(x)} ${n(y)} cm ${path} f Q`,
      ),
    );
    const marks = mark?.(run);
    if (marks) out.push(marks[0], shows, marks[1]);
    else out.push(shows);
  }
  out.push('ET');
  // Paths may not be built inside a text object: glyphs drawn as shapes follow it (in a
  // sequence of the line's element when the runs had sequences of their own).
  if (shapes.length === 0) return;
  const marks = mark?.(null);
  if (marks) out.push(marks[0], ...shapes, marks[1]);
  else out.push(...shapes);
}

/** A run with the hyphen of a line that breaks a word after it (see FontBook.breakHyphen). */
function withBreakHyphen(
  run: EncodedRun,
  hyphen: { readonly id: number; readonly width: number } | null,
): EncodedRun {
  if (!hyphen) return run;
  return {
    ids: [...run.ids, hyphen.id],
    widths: [...run.widths, hyphen.width],
    placements: run.placements && [
      ...run.placements,
      { dx: 0, dy: 0, advance: hyphen.width, outline: null },
    ],
  };
}

/**
 * A run encoded in logical order, each glyph placed from the run's right end leftwards (the pen
 * stays at the left end; each glyph's offset says where it goes).
 */
function placedFromTheRight(run: EncodedRun): EncodedRun {
  const total = run.widths.reduce((sum, width) => sum + width, 0);
  let right = total;
  const placements = run.widths.map((width) => {
    right -= width;
    return { dx: right, dy: 0, advance: 0, outline: null };
  });
  // The last placement carries the run's width, so whatever follows starts after it.
  const last = placements[placements.length - 1];
  if (last) placements[placements.length - 1] = { ...last, advance: total };
  return { ...run, placements };
}

/** Four hex digits of each code drawn so far (a briefing draws a few hundred codes, thousands of times). */
const HEX4 = new Array<string | undefined>(0x10000).fill(undefined);

function hex4(id: number): string {
  let hex = HEX4[id];
  if (hex === undefined) {
    hex = id.toString(16).padStart(4, '0');
    HEX4[id] = hex;
  }
  return hex;
}

/** A shaped glyph is drawn where its advance says when it differs from its width by more than this (em). */
const PLACEMENT_TOLERANCE = 0.0005;

/**
 * Text-showing operators for an encoded run at (x, y): one Tj for glyphs that advance by their
 * own widths, a new text matrix wherever positioning moves a glyph (marks, kerning in shaped runs).
 */
function showGlyphs(
  run: EncodedRun,
  x: number,
  y: number,
  size: number,
  drawShape: (path: string, x: number, y: number) => void,
): string {
  const parts: string[] = [];
  let hex = '';
  let pen = 0;
  let hexStart: number | null = null;
  const flush = (): void => {
    if (hex !== '' && hexStart !== null)
      parts.push(`1 0 0 1 ${n(x + hexStart * size)} ${n(y)} Tm <${hex}> Tj`);
    hex = '';
    hexStart = null;
  };
  run.ids.forEach((id, index) => {
    const placement = run.placements?.[index];
    const width = run.widths[index] ?? 0;
    const glyph = hex4(id);
    if (placement?.outline != null) {
      // Drawn as a shape: the text on either side goes on in the same Tj when the pen allows.
      if (placement.outline !== '')
        drawShape(placement.outline, x + (pen + placement.dx) * size, y + placement.dy * size);
      if (Math.abs(placement.advance) > PLACEMENT_TOLERANCE) flush();
    } else if (
      !placement ||
      (placement.dx === 0 &&
        placement.dy === 0 &&
        Math.abs(placement.advance - width) < PLACEMENT_TOLERANCE)
    ) {
      if (hexStart === null) hexStart = pen;
      hex += glyph;
    } else {
      flush();
      parts.push(
        `1 0 0 1 ${n(x + (pen + placement.dx) * size)} ${n(y + placement.dy * size)} Tm <${glyph}> Tj`,
      );
    }
    pen += placement ? placement.advance : width;
  });
  flush();
  return parts.join(' ');
}
