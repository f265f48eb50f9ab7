/**
 * The one way the renderer opens PDF bytes with pdf.js: configured for untrusted input (no eval,
 * no network, no system fonts), its parser in its own same-origin worker (CSP worker-src 'self'),
 * loaded on demand because pdf.js is large. Used by the briefing preview and by collection
 * imports that read a briefing's attachment.
 */
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** Starts loading a PDF; the bytes are copied, since pdf.js may transfer its buffer. */
export async function openUntrustedPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
}
