/**
 * Reads the collection a briefing PDF carries as an embedded file (`*.rightsmark.json`), with
 * pdf.js configured for untrusted input: no eval, no network, no system fonts.
 */
import { openUntrustedPdf } from '../../dom/open-pdf';

/** An attachment found in a PDF. */
export interface PdfAttachment {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

interface RawAttachment {
  readonly filename?: unknown;
  readonly content?: unknown;
}

/** Whether the bytes are a PDF (by its header, wherever the name says otherwise). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  // "%PDF-"; readers accept it within the first 1024 bytes.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * The PDF's `*.rightsmark.json` attachment, or null when it carries none.
 *
 * @throws Error when the bytes are not a PDF pdf.js can open.
 */
export async function findCollectionAttachment(bytes: Uint8Array): Promise<PdfAttachment | null> {
  const task = await openUntrustedPdf(bytes);
  const pdf = await task.promise;
  try {
    const attachments = (await pdf.getAttachments()) as Record<string, RawAttachment> | null;
    for (const entry of Object.values(attachments ?? {})) {
      const name = typeof entry.filename === 'string' ? entry.filename : '';
      if (name.toLowerCase().endsWith('.rightsmark.json') && entry.content instanceof Uint8Array) {
        return { fileName: name, bytes: entry.content };
      }
    }
    return null;
  } finally {
    await task.destroy();
  }
}
