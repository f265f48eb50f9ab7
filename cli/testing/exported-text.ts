/**
 * Everything an exported file holds, as searchable text, for tests that prove something is
 * absent: a PDF's every object (each stream inflated, each string decoded, including
 * annotation contents, outline titles, metadata and XMP), its text as pdf.js extracts it and
 * each embedded file; a zip's every entry; any other file as UTF-8.
 */
import { strFromU8, unzipSync } from 'fflate';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { readPdf } from './pdf-read-back';

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return out;
}

/** A byte string read both ways: as UTF-8 (JSON, XMP) and byte by byte (PDF operators). */
function bothWays(bytes: Uint8Array): string {
  return `${strFromU8(bytes)}\n${latin1(bytes)}`;
}

function objectText(object: PDFObject, seen: Set<PDFObject>, out: string[]): void {
  if (seen.has(object)) return;
  seen.add(object);
  if (object instanceof PDFString || object instanceof PDFHexString) {
    out.push(object.decodeText());
  } else if (object instanceof PDFName) {
    out.push(object.decodeText());
  } else if (object instanceof PDFArray) {
    for (const item of object.asArray()) objectText(item, seen, out);
  } else if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      out.push(key.decodeText());
      objectText(value, seen, out);
    }
  } else if (object instanceof PDFStream) {
    objectText(object.dict, seen, out);
    if (object instanceof PDFRawStream) {
      try {
        out.push(bothWays(decodePDFRawStream(object).decode()));
      } catch {
        out.push(bothWays(object.getContents()));
      }
    } else {
      out.push(bothWays(object.getContents()));
    }
  }
}

/** A PDF's every part as text. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const out: string[] = [bothWays(bytes)];
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const seen = new Set<PDFObject>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) objectText(object, seen, out);
  objectText(doc.context.trailerInfo.Info ?? PDFDict.withContext(doc.context), seen, out);
  const read = await readPdf(bytes);
  for (const page of read.pages) {
    out.push(page.text, page.items.map((item) => item.str).join(''));
    for (const highlight of page.highlights) out.push(highlight.contents, highlight.author);
  }
  const titles = (items: typeof read.outline): string[] =>
    items.flatMap((item) => [item.title, ...titles(item.items)]);
  out.push(...titles(read.outline), JSON.stringify(read.info));
  for (const attachment of Object.values(read.attachments)) {
    out.push(attachment.filename, bothWays(attachment.content));
  }
  return out.join('\n');
}

/** A zip's every entry (name and content) as text. */
export function zipText(bytes: Uint8Array): string {
  return Object.entries(unzipSync(bytes))
    .map(([name, content]) => `${name}\n${bothWays(content)}`)
    .join('\n');
}

/** Any export's every part as text, by its bytes' signature. */
export async function exportedText(bytes: Uint8Array): Promise<string> {
  const head = latin1(bytes.subarray(0, 8));
  if (head.startsWith('%PDF-')) return pdfText(bytes);
  if (head.startsWith('PK\u0003\u0004')) return `${bothWays(bytes)}\n${zipText(bytes)}`;
  return bothWays(bytes);
}
