/**
 * How much an import may cost: file size, decompressed size, parts, pages, text and time. Each
 * limit stops a hostile or broken file early with a clear message, well before memory runs out.
 */
import { MAX_FILE_BYTES } from '../ipc/contract';

/**
 * Largest file imported: the same 200 MB the desktop shell reads for the renderer, so a file the
 * shell hands over is never refused later for its size.
 */
export const MAX_IMPORT_BYTES = MAX_FILE_BYTES;

/**
 * Most parts a DOCX (a zip) may hold. Word writes 10–40 parts plus one per image; 2,000 leaves
 * room for picture-heavy reports while a zip of millions of empty entries is refused at once.
 */
export const MAX_ZIP_ENTRIES = 2_000;

/**
 * Most bytes all of a DOCX's parts may inflate to, counted while inflating (never trusting the
 * sizes the zip declares). Images are stored nearly uncompressed, so an honest 200 MB DOCX
 * inflates to little more than 200 MB; 512 MB leaves room and stops zip bombs, whose point is to
 * expand a thousandfold.
 */
export const MAX_ZIP_INFLATED_BYTES = 512 * 1024 * 1024;

/**
 * Most bytes the XML parts (the ones mammoth parses into a tree) may inflate to. The
 * document.xml of a 1,000-page report is about 20 MB; an XML tree costs about ten times its
 * text in memory, so 64 MB keeps the worker under a gigabyte.
 */
export const MAX_ZIP_XML_BYTES = 64 * 1024 * 1024;

/** Most pages read from a PDF: long reports run to hundreds of pages, not thousands. */
export const MAX_PDF_PAGES = 5_000;

/**
 * Most characters of reading text per document, about twenty long books; past that the library
 * and reader would slow for everyone, and the file is more likely a data dump than a document.
 */
export const MAX_TEXT_CHARS = 20_000_000;

/**
 * How long one file may take to parse in the import worker before it is stopped. A 300-page PDF
 * takes a few seconds here; two minutes allows a slow machine and a huge honest file, and still
 * ends a file crafted to make the parser spin.
 */
export const IMPORT_TIME_LIMIT_MS = 120_000;

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * A size in the units people read (1024-based, as file managers show them): "2.1 GB", "200 MB",
 * "512 bytes". One decimal below 10 units, none above.
 */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  // Stryker disable next-line EqualityOperator: at exactly 10 both roundings give 10 (the
  // reversed test goes with it; the one-decimal tests catch that one).
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded} ${UNITS[unit]}`;
}

/** A duration as people say it: "2 minutes", "30 seconds". */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  if (seconds % 60 === 0 && seconds >= 60) {
    const minutes = seconds / 60;
    return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  }
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

/** The size problem of a file, before anything reads it: empty or too large; null when fine. */
export function sizeProblem(size: number): { code: 'empty' | 'too-large'; message: string } | null {
  if (size === 0) return { code: 'empty', message: 'empty file' };
  if (size > MAX_IMPORT_BYTES) {
    return {
      code: 'too-large',
      message: `too large: ${formatSize(size)}, the limit is ${formatSize(MAX_IMPORT_BYTES)}`,
    };
  }
  return null;
}
