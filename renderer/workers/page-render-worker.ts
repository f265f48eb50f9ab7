/**
 * The page-render worker: draws a PDF's pages with pdf.js off the UI thread, for the reader's
 * "original page" panel. As in the import worker, pdf.js runs in this thread through its "fake
 * worker", so nothing needs a blob: script; it draws on an OffscreenCanvas, runs nothing from
 * the file (no eval, no font loading: glyphs are drawn as paths) and fetches nothing.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { PageTextItem } from '../../shared/import';
import type { PageRenderReply, PageRenderRequest } from './page-render-protocol';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

/** pdf.js's VerbosityLevel.ERRORS. */
const PDFJS_ERRORS_ONLY = 0;
/** A picture wider than this many device pixels is not drawn (memory); the panel is never that wide. */
const MAX_PIXEL_WIDTH = 4096;

interface CanvasAndContext {
  canvas: OffscreenCanvas | null;
  context: OffscreenCanvasRenderingContext2D | null;
}

/** pdf.js's scratch canvases (patterns, masks) as OffscreenCanvases: a worker has no document. */
class OffscreenCanvasFactory {
  create(width: number, height: number): CanvasAndContext {
    const canvas = new OffscreenCanvas(Math.max(1, width), Math.max(1, height));
    return { canvas, context: canvas.getContext('2d') };
  }
  reset(target: CanvasAndContext, width: number, height: number): void {
    if (!target.canvas) throw new Error('Canvas is not specified');
    target.canvas.width = width;
    target.canvas.height = height;
  }
  destroy(target: CanvasAndContext): void {
    if (target.canvas) target.canvas.width = target.canvas.height = 0;
    target.canvas = null;
    target.context = null;
  }
}

/**
 * No SVG filters without a document: transfer functions and luminosity soft masks, rare in text
 * documents, are drawn without them (what pdf.js's own base factory does).
 */
class NoFilterFactory {
  addFilter(): string {
    return 'none';
  }
  addHCMFilter(): string {
    return 'none';
  }
  addAlphaFilter(): string {
    return 'none';
  }
  addLuminosityFilter(): string {
    return 'none';
  }
  addHighlightHCMFilter(): string {
    return 'none';
  }
  destroy(): void {}
}

type LoadedPdf = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;

let held: { key: string; task: ReturnType<typeof pdfjs.getDocument> } | null = null;

function open(key: string, bytes: Uint8Array): void {
  if (held?.key === key) return;
  void held?.task.destroy();
  held = {
    key,
    task: pdfjs.getDocument({
      // pdf.js may take the buffer over: it gets its own copy.
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWasm: false,
      enableXfa: false,
      disableAutoFetch: true,
      disableStream: true,
      disableRange: true,
      isOffscreenCanvasSupported: true,
      CanvasFactory: OffscreenCanvasFactory,
      FilterFactory: NoFilterFactory,
      verbosity: PDFJS_ERRORS_ONLY,
    } as Parameters<typeof pdfjs.getDocument>[0]),
  };
}

/**
 * The page's text items as fractions of its width and height, from its top left (read through
 * the scale-1 viewport, where an item's width is in the same units as the page's).
 */
async function textItems(
  page: Awaited<ReturnType<LoadedPdf['getPage']>>,
  viewport: { width: number; height: number; transform: number[] },
): Promise<PageTextItem[]> {
  const content = await page.getTextContent();
  const items: PageTextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.length === 0) continue;
    const [, , c = 0, d = 0, e = 0, f = 0] = pdfjs.Util.transform(
      viewport.transform,
      item.transform,
    );
    const height = Math.hypot(c, d);
    items.push({
      text: item.str,
      x: e / viewport.width,
      y: (f - height) / viewport.height,
      width: item.width / viewport.width,
      height: height / viewport.height,
    });
  }
  return items;
}

async function render(
  id: number,
  key: string,
  pageNumber: number,
  pixelWidth: number,
): Promise<PageRenderReply & { type: 'rendered' }> {
  if (!held || held.key !== key) throw new Error('the PDF is not open');
  const pdf = await held.task.promise;
  if (pageNumber < 1 || pageNumber > pdf.numPages) {
    throw new Error(`the PDF has no page ${pageNumber}`);
  }
  const page = await pdf.getPage(pageNumber);
  const unit = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({
    scale: Math.min(pixelWidth, MAX_PIXEL_WIDTH) / unit.width,
  });
  const canvas = new OffscreenCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas to draw on');
  // White paper under the page, as in a PDF viewer: pages with no background are transparent.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  const items = await textItems(page, unit);
  page.cleanup();
  return {
    type: 'rendered',
    id,
    page: pageNumber,
    pageCount: pdf.numPages,
    bitmap: canvas.transferToImageBitmap(),
    aspect: unit.height / unit.width,
    items,
  };
}

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<PageRenderRequest>) => void) | null;
  postMessage(message: PageRenderReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'open') {
    open(request.key, request.bytes);
    return;
  }
  render(request.id, request.key, request.page, request.pixelWidth).then(
    (reply) => scope.postMessage(reply, [reply.bitmap]),
    (error: unknown) =>
      scope.postMessage({
        type: 'failed',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
