/**
 * Rendering briefing pages for the dialog's preview with pdf.js, configured as for untrusted
 * input although the bytes are our own: no eval, no network, no system fonts. pdf.js runs its
 * parser in its own worker (a same-origin module file; CSP worker-src 'self').
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { openUntrustedPdf } from '../../dom/open-pdf';

/** An opened PDF and how to release it. */
export interface PreviewDocument {
  readonly pageCount: number;
  /** Draws page `pageNumber` (1-based) into `canvas`, `cssWidth` CSS pixels wide. */
  renderPage(pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<void>;
  destroy(): Promise<void>;
}

/** Opens PDF bytes for previewing (the bytes are copied: pdf.js may transfer its buffer). */
export async function openPreview(bytes: Uint8Array): Promise<PreviewDocument> {
  const task = await openUntrustedPdf(bytes);
  const pdf: PDFDocumentProxy = await task.promise;
  return {
    pageCount: pdf.numPages,
    async renderPage(pageNumber, canvas, cssWidth) {
      const page = await pdf.getPage(pageNumber);
      const unscaled = page.getViewport({ scale: 1 });
      const pixelRatio = Math.min(2, globalThis.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale: (cssWidth / unscaled.width) * pixelRatio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      page.cleanup();
    },
    destroy: () => task.destroy(),
  };
}
