/**
 * The briefing's pages as the PDF will show them: pdf.js draws each page into a canvas when it
 * scrolls into view, so a briefing of hundreds of pages opens as fast as one of three.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { openPreview, type PreviewDocument } from './pdf-preview';
import { messageOf } from '../../ui/message-of';

/** Width a preview page is drawn at, in CSS pixels. */
const PAGE_WIDTH_CSS = 216;
/** A4's height over its width: placeholders keep their size before their page is drawn. */
const PAGE_ASPECT = 297 / 210;

interface BriefingPreviewProps {
  readonly bytes: Uint8Array;
  /** Called with the page count once the PDF is open. */
  readonly onPageCount?: (count: number) => void;
}

export function BriefingPreview({ bytes, onPageCount }: BriefingPreviewProps) {
  const [preview, setPreview] = useState<PreviewDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reportPageCount = useEffectEvent((count: number) => onPageCount?.(count));

  useEffect(() => {
    let opened: PreviewDocument | null = null;
    let cancelled = false;
    openPreview(bytes).then(
      (document) => {
        if (cancelled) {
          void document.destroy();
          return;
        }
        opened = document;
        setPreview(document);
        setError(null);
        reportPageCount(document.pageCount);
      },
      (caught: unknown) => {
        if (!cancelled) setError(messageOf(caught));
      },
    );
    return () => {
      cancelled = true;
      void opened?.destroy();
    };
  }, [bytes]);

  if (error !== null) {
    return (
      <p className="briefing-message" role="alert">
        The preview could not be drawn: {error}
      </p>
    );
  }
  if (preview === null) return <p className="briefing-message muted">Drawing pages…</p>;
  const count = preview.pageCount;
  return (
    <ol className="briefing-pages" aria-label="Pages">
      {Array.from({ length: count }, (_, index) => (
        <li key={index} className="briefing-page">
          <PreviewPage preview={preview} pageNumber={index + 1} pageCount={count} />
          <span className="briefing-page-number" aria-hidden="true">
            {index + 1}
          </span>
        </li>
      ))}
    </ol>
  );
}

interface PreviewPageProps {
  readonly preview: PreviewDocument;
  readonly pageNumber: number;
  readonly pageCount: number;
}

function PreviewPage({ preview, pageNumber, pageCount }: PreviewPageProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    let done = false;
    const observer = new IntersectionObserver(
      (entries) => {
        if (done || !entries.some((entry) => entry.isIntersecting)) return;
        done = true;
        observer.disconnect();
        preview.renderPage(pageNumber, canvas, PAGE_WIDTH_CSS).then(
          () => setDrawn(true),
          // A page whose document was replaced mid-draw is simply not shown.
          () => undefined,
        );
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [preview, pageNumber]);

  return (
    <canvas
      ref={canvasRef}
      role="img"
      aria-label={`Page ${pageNumber} of ${pageCount}`}
      data-drawn={drawn ? 'true' : 'false'}
      className="briefing-canvas"
      style={{ width: PAGE_WIDTH_CSS, height: Math.round(PAGE_WIDTH_CSS * PAGE_ASPECT) }}
    />
  );
}
