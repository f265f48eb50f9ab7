/**
 * Decides what a file is from its first bytes, and from its name only where the bytes cannot
 * tell (text formats): a PDF renamed .txt still imports as a PDF, and a .pdf that is not one is
 * refused as "not a PDF".
 */
import type { DocumentFormat } from '../model/document';
import { ImportError } from './import-error';

/** The extensions the import accepts, by format (for the file chooser's filters). */
export const IMPORT_EXTENSIONS: Readonly<Record<DocumentFormat, readonly string[]>> = {
  text: ['txt', 'text'],
  markdown: ['md', 'markdown'],
  html: ['html', 'htm', 'xhtml'],
  pdf: ['pdf'],
  docx: ['docx'],
};

/**
 * The format a file's name says it is, by its extension (`text` when it names none of them):
 * for a file whose bytes are not at hand, such as a document carried in a shared collection.
 */
export function formatOfName(name: string): DocumentFormat {
  const extension = fileExtension(name);
  const formats = ['text', 'markdown', 'html', 'pdf', 'docx'] as const satisfies DocumentFormat[];
  return formats.find((format) => IMPORT_EXTENSIONS[format].includes(extension)) ?? 'text';
}

/** PDF readers accept the "%PDF-" header anywhere in the first 1,024 bytes (PDF 1.7, H.3). */
const PDF_HEADER_WINDOW = 1024;

/** The file's extension, lowercased, without the dot; empty when it has none. */
export function fileExtension(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The file name without its extension, as a title of last resort. */
export function fileTitle(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).replace(/[_]+/g, ' ').trim();
  return stem === '' ? 'Untitled document' : stem;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/** Whether the bytes carry a PDF header. */
export function isPdfBytes(bytes: Uint8Array): boolean {
  const window = Math.min(bytes.length, PDF_HEADER_WINDOW);
  // "%PDF-"
  const header = [0x25, 0x50, 0x44, 0x46, 0x2d];
  for (let i = 0; i + header.length <= window; i += 1) {
    if (startsWith(bytes, header, i)) return true;
  }
  return false;
}

/** Whether the bytes open with a zip local file header ("PK\x03\x04"), as every DOCX does. */
export function isZipBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

/** Binary formats people might drop by mistake, so they hear what the file is. */
const KNOWN_BINARIES: readonly { signature: readonly number[]; what: string }[] = [
  {
    signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old Word (.doc) or Office file: save it as .docx',
  },
  { signature: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { signature: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { signature: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { signature: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

/** Whether decoded text opens like an HTML page (after a BOM, spaces and comments). */
export function looksLikeHtml(text: string): boolean {
  // No "^" needed: the pattern matches (if only nothing) at the very start, and replace takes the
  // first match, so only a leading BOM, spaces and comments go.
  const head = text.slice(0, 1024).replace(/\uFEFF?\s*(<!--[\s\S]*?-->\s*)*/, '');
  return /^<(!doctype\s+html|html[\s>])/i.test(head);
}

/**
 * The format to read a file as. Magic bytes win over the name (a PDF or zip whose extension
 * lies is read as what it is); a ".pdf" or ".docx" without the right magic is refused.
 * Throws ImportError for files that are not any supported format.
 */
export function detectFormat(name: string, bytes: Uint8Array): DocumentFormat {
  const extension = fileExtension(name);
  if (isPdfBytes(bytes)) return 'pdf';
  if (isZipBytes(bytes)) {
    if (extension === 'pdf') throw new ImportError('not-pdf', 'not a PDF');
    return 'docx';
  }
  if (extension === 'pdf') throw new ImportError('not-pdf', 'not a PDF');
  if (extension === 'docx') throw new ImportError('not-docx', 'not a Word (.docx) document');
  for (const known of KNOWN_BINARIES) {
    if (startsWith(bytes, known.signature)) {
      throw new ImportError('unsupported-type', `unsupported file type: this is ${known.what}`);
    }
  }
  for (const format of ['text', 'markdown', 'html'] as const) {
    if (IMPORT_EXTENSIONS[format].includes(extension)) return format;
  }
  throw new ImportError(
    'unsupported-type',
    `unsupported file type${extension ? ` (.${extension})` : ''}: import .txt, .md, .html, .pdf or .docx files`,
  );
}
