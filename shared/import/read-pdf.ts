/**
 * Reads a PDF's text and metadata through pdf.js, which the caller passes in: Node tests use its
 * legacy build, the import worker its browser build, and shared/ stays free of either. pdf.js is
 * configured to run nothing from the file (no eval, no fonts loaded, no network).
 */
import type { ParsedBlock } from '../model/document';
import { ImportError } from './import-error';
import { MAX_PDF_PAGES } from './limits';
import { cleanMetaText, languageTag, yearOnFirstPage } from './metadata';
import { pdfBlocks, type PdfPageText, type PdfTextRun } from './pdf-paragraphs';
import { hasRtlText, presentationFormsInOrder } from './pdf-line-order';
import { ligatureRepairs, repairLigatures } from './pdf-ligatures';

/** A text item or marked-content marker as pdf.js's getTextContent reports it. */
interface PdfJsTextItem {
  /** Set on marked-content markers, which carry no text. */
  readonly type?: string;
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
  readonly hasEOL?: boolean;
  /** pdf.js's id of the item's font ("g_d0_f3"), the same on every page. */
  readonly fontName?: string;
}

/** A font as pdf.js hands it over once a page's drawing has been read. */
interface PdfJsFont {
  /** The font's PostScript name, with its subset prefix ("BAAAAA+LiberationSerif-Bold"). */
  readonly name?: string;
}

interface PdfJsPage {
  readonly view: readonly number[];
  getTextContent(): Promise<{ items: readonly PdfJsTextItem[] }>;
  /** Reads the page's drawing, which loads its fonts into `commonObjs`. */
  getOperatorList(): Promise<{ fnArray: readonly number[]; argsArray: readonly unknown[] }>;
  readonly commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): boolean | void;
}

interface PdfJsDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
  getMetadata(): Promise<{ info: unknown }>;
}

/** The parameters this module passes to pdf.js's getDocument. */
export interface PdfJsLoadParameters {
  data: Uint8Array;
  isEvalSupported: boolean;
  disableFontFace: boolean;
  useSystemFonts: boolean;
  disableAutoFetch: boolean;
  disableStream: boolean;
  disableRange: boolean;
  enableXfa: boolean;
  stopAtErrors: boolean;
  verbosity: number;
}

/** The part of pdf.js this module uses (its getDocument), so either build can be passed. */
export interface PdfJsLike {
  /** Operator codes: the one that shows text, whose glyphs say which letters each stands for. */
  readonly OPS?: { readonly showText: number };
  getDocument(parameters: PdfJsLoadParameters): {
    promise: Promise<PdfJsDocument>;
    destroy(): Promise<void>;
  };
}

/** What a PDF says about itself and its reading blocks. */
export interface PdfDocumentText {
  readonly blocks: ParsedBlock[];
  readonly title: string | null;
  readonly year: number | null;
  readonly language: string | null;
  readonly pageCount: number;
}

/** pdf.js's VerbosityLevel.ERRORS: keep its console quiet about recoverable oddities. */
const PDFJS_ERRORS_ONLY = 0;

/** Titles that tools write by default instead of the document's title. */
const PLACEHOLDER_TITLE =
  /^(untitled|microsoft word - |document\d*$|title$)|\.(docx?|pdf|txt|indd|odt)$/i;

function infoString(info: unknown, key: string): string | null {
  if (typeof info !== 'object' || info === null) return null;
  const value = (info as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

/** Bold, black, heavy and semibold faces by their PostScript names ("Arial-BoldMT", "…,Bold"). */
const BOLD_FACE = /bold|black|heavy|semibold|demi/i;

/**
 * Which of a page's fonts are bold. pdf.js's text content names fonts only by id, so the first
 * page that uses a font not seen yet has its drawing read once to load that font's real name;
 * a document with a few faces pays for a few pages, whatever its length.
 */
async function learnFaces(
  page: PdfJsPage,
  items: readonly PdfJsTextItem[],
  bold: Map<string, boolean>,
): Promise<void> {
  const unknown = new Set(
    items.map((item) => item.fontName).filter((id): id is string => !!id && !bold.has(id)),
  );
  if (unknown.size === 0) return;
  await page.getOperatorList().catch(() => undefined);
  for (const id of unknown) {
    const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as PdfJsFont | null) : null;
    bold.set(id, BOLD_FACE.test(font?.name ?? ''));
  }
}

/**
 * The text of each glyph of each text-showing operation on the page, in drawing order (spacing
 * adjustments left out): what ligatureRepairs needs to undo pdf.js's letter-wise reversal.
 */
async function drawnGlyphRuns(page: PdfJsPage, showText: number): Promise<string[][]> {
  const list = await page.getOperatorList();
  const runs: string[][] = [];
  list.fnArray.forEach((fn, i) => {
    if (fn !== showText) return;
    const glyphs = (list.argsArray[i] as readonly unknown[] | undefined)?.[0];
    if (!Array.isArray(glyphs)) return;
    runs.push(
      glyphs.flatMap((glyph: unknown) => {
        const text =
          typeof glyph === 'object' && glyph !== null
            ? (glyph as { unicode?: unknown }).unicode
            : undefined;
        return typeof text === 'string' ? [text] : [];
      }),
    );
  });
  return runs;
}

/**
 * A page's text items with right-to-left words drawn with ligature glyphs (lam-alef) in the
 * order they are written; items of pages without right-to-left text are returned as they are.
 */
async function withLigaturesRepaired(
  page: PdfJsPage,
  items: readonly PdfJsTextItem[],
  showText: number | undefined,
): Promise<readonly PdfJsTextItem[]> {
  if (showText === undefined || !items.some((item) => hasRtlText(item.str ?? ''))) return items;
  const repairs = ligatureRepairs(await drawnGlyphRuns(page, showText).catch(() => []));
  if (repairs.size === 0) return items;
  return items.map((item) =>
    typeof item.str === 'string' ? { ...item, str: repairLigatures(item.str, repairs) } : item,
  );
}

/** Runs with y measured from the page's bottom edge (the media box may not start at 0). */
function toRuns(
  items: readonly PdfJsTextItem[],
  bottom: number,
  bold: ReadonlyMap<string, boolean>,
): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  for (const item of items) {
    if (typeof item.str !== 'string' || !item.transform) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size =
      item.height && item.height > 0 ? item.height : Math.hypot(c, d) || Math.hypot(a, b);
    runs.push({
      text: presentationFormsInOrder(item.str),
      x,
      y: y - bottom,
      width: item.width ?? 0,
      size,
      endOfLine: item.hasEOL === true,
      bold: item.fontName ? bold.get(item.fontName) === true : false,
    });
  }
  return runs;
}

function pdfJsFailure(error: unknown): ImportError {
  const name =
    typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : '';
  if (name === 'PasswordException') {
    return new ImportError('encrypted-pdf', 'the PDF is protected by a password');
  }
  return new ImportError('damaged-pdf', 'the PDF is damaged');
}

/**
 * Reads a PDF's reading blocks (with their pages) and metadata. `onPage` reports progress after
 * each page. Throws ImportError: damaged, password-protected, or no text (scanned images).
 */
export async function readPdf(
  bytes: Uint8Array,
  pdfjs: PdfJsLike,
  onPage?: (done: number, total: number) => void,
): Promise<PdfDocumentText> {
  const task = pdfjs.getDocument({
    // pdf.js may take ownership of the buffer it is given; hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: PDFJS_ERRORS_ONLY,
  });
  try {
    let doc: PdfJsDocument;
    try {
      doc = await task.promise;
    } catch (error) {
      throw pdfJsFailure(error);
    }
    const pageCount = doc.numPages;
    if (pageCount > MAX_PDF_PAGES) {
      throw new ImportError(
        'too-much-text',
        `too many pages: ${pageCount.toLocaleString('en')}, the limit is ${MAX_PDF_PAGES.toLocaleString('en')}`,
      );
    }
    const pages: PdfPageText[] = [];
    const boldFonts = new Map<string, boolean>();
    try {
      for (let n = 1; n <= pageCount; n += 1) {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        await learnFaces(page, content.items, boldFonts);
        const items = await withLigaturesRepaired(page, content.items, pdfjs.OPS?.showText);
        const [, y0 = 0, , y1 = 0] = page.view;
        pages.push({
          page: n,
          height: Math.abs(y1 - y0),
          runs: toRuns(items, Math.min(y0, y1), boldFonts),
        });
        page.cleanup();
        onPage?.(n, pageCount);
      }
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw pdfJsFailure(error);
    }
    const blocks = pdfBlocks(pages);
    if (blocks.length === 0) {
      throw new ImportError('scanned-pdf', 'no text: the PDF seems to be scanned images');
    }
    const info = await doc.getMetadata().then(
      (m) => m.info,
      () => null,
    );
    const declared = cleanMetaText(infoString(info, 'Title'));
    return {
      blocks,
      // The declared title only: importFile's title rule falls back to the first line.
      title: declared && !PLACEHOLDER_TITLE.test(declared) ? declared : null,
      // The file's own dates say when it was saved, not when the text was adopted or published.
      year: yearOnFirstPage(blocks.filter((b) => b.page === 1)),
      language: languageTag(infoString(info, 'Language')),
      pageCount,
    };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
