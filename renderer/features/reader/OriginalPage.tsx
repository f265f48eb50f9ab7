/**
 * The original page beside the text: the PDF page the reading position is on, drawn by the
 * page-render worker, with the current block's text outlined where pdf.js places it. It follows
 * the reading position (j / k, clicks, Go to); a document imported before PDFs were kept asks
 * for the PDF to be imported again.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { locateOnPage, outlineRects, type PageRect } from '../../../shared/import';
import type { DocumentOriginal, StoredBlock } from '../../../shared/model';
import type { OriginalState } from '../../db/originals-repo';
import { createPageRenderer, type PageRenderer } from '../../workers/page-render-client';
import type { RenderedPage } from '../../workers/page-render-protocol';

interface OriginalPageProps {
  readonly state: OriginalState | undefined;
  readonly blocks: readonly StoredBlock[];
  /** The block the reading position is on. */
  readonly current: number;
  readonly onClose: () => void;
}

/** The page a block starts on: its own, else the last page seen before it, else the first. */
export function pageOfBlock(blocks: readonly StoredBlock[], index: number): number {
  for (let i = Math.min(index, blocks.length - 1); i >= 0; i--) {
    const page = blocks[i]?.page;
    if (page !== undefined) return page;
  }
  return 1;
}

/** The picture's width: the panel's, in device pixels, in steps so a resize redraws rarely. */
const WIDTH_STEP = 160;

export function OriginalPage({ state, blocks, current, onClose }: OriginalPageProps) {
  const page = pageOfBlock(blocks, current);
  return (
    <aside className="original-page" aria-label="Original page">
      <header className="original-page-header">
        <h2>Original page</h2>
        <button type="button" onClick={onClose} aria-label="Close original page">
          Close
        </button>
      </header>
      {state === undefined ? (
        <p className="muted" role="status">
          Opening…
        </p>
      ) : state.status === 'stored' ? (
        <PageView original={state.original} page={page} blockText={blocks[current]?.text ?? ''} />
      ) : state.status === 'missing' ? (
        <p className="original-page-missing" role="status">
          This PDF was imported before Rightsmark kept the files it reads (or its text has changed
          since). Re-import the PDF to see its pages.
        </p>
      ) : (
        <p className="original-page-missing" role="status">
          This document was not imported from a PDF: it has no pages to show.
        </p>
      )}
    </aside>
  );
}

interface PageViewProps {
  readonly original: DocumentOriginal;
  readonly page: number;
  readonly blockText: string;
}

/** The last page the worker answered for: drawn, or why not. */
type Drawn =
  | { readonly status: 'drawn'; readonly page: number; readonly rendered: RenderedPage }
  | { readonly status: 'failed'; readonly page: number; readonly message: string };

function PageView({ original, page, blockText }: PageViewProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rendererRef = useRef<PageRenderer | null>(null);
  const [pixelWidth, setPixelWidth] = useState(0);
  const [drawn, setDrawn] = useState<Drawn | null>(null);

  // One worker per stored file, gone with the panel (or when the file is replaced).
  useEffect(
    () => () => {
      rendererRef.current?.dispose();
      rendererRef.current = null;
    },
    [original],
  );

  // The picture is as wide as the panel, in device pixels.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const measure = () => {
      const wanted = frame.clientWidth * (window.devicePixelRatio || 1);
      setPixelWidth(Math.max(WIDTH_STEP, Math.ceil(wanted / WIDTH_STEP) * WIDTH_STEP));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (pixelWidth === 0) return;
    rendererRef.current ??= createPageRenderer(
      `${original.docId}:${original.contentHash}`,
      original.bytes,
    );
    let current = true;
    rendererRef.current.render(page, pixelWidth).then(
      (rendered) => {
        if (!current || !rendered) {
          rendered?.bitmap.close();
          return;
        }
        const canvas = canvasRef.current;
        canvas?.getContext('bitmaprenderer')?.transferFromImageBitmap(rendered.bitmap);
        setDrawn({ status: 'drawn', page, rendered });
      },
      (error: unknown) => {
        if (!current) return;
        setDrawn({
          status: 'failed',
          page,
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
    return () => {
      current = false;
    };
  }, [original, page, pixelWidth]);

  // The picture and outline shown are the wanted page's; another page's are kept on screen
  // (no flash of an empty frame) but not described as this one.
  const rendered = drawn?.status === 'drawn' && drawn.page === page ? drawn.rendered : null;
  const outline: PageRect[] = useMemo(() => {
    if (!rendered) return [];
    const found = locateOnPage(rendered.items, blockText);
    return found ? outlineRects(rendered.items, found) : [];
  }, [rendered, blockText]);

  const pageCount = rendered?.pageCount;
  return (
    <div className="original-page-body">
      <p className="original-page-status" role="status" aria-live="polite">
        {drawn?.status === 'failed' && drawn.page === page
          ? `Page ${page} could not be drawn: ${drawn.message}.`
          : rendered
            ? `Page ${page} of ${pageCount}`
            : `Drawing page ${page}…`}
      </p>
      <div
        ref={frameRef}
        className="original-page-frame"
        style={{
          aspectRatio: drawn?.status === 'drawn' ? `1 / ${drawn.rendered.aspect}` : '1 / 1.414',
        }}
      >
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={
            rendered
              ? `Page ${rendered.page} of the original PDF${outline.length > 0 ? ', the current passage outlined' : ''}`
              : 'The original PDF page'
          }
          data-page={rendered?.page}
        />
        {outline.map((rect, i) => (
          <div
            key={i}
            className="original-page-outline"
            aria-hidden="true"
            style={{
              left: `${rect.x * 100}%`,
              top: `${rect.y * 100}%`,
              width: `${rect.width * 100}%`,
              height: `${rect.height * 100}%`,
            }}
          />
        ))}
      </div>
    </div>
  );
}
