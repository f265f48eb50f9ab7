/**
 * Exports a collection as CSV for spreadsheets: one row per excerpt, RFC 4180 quoting, CRLF
 * line ends, optionally with a byte-order mark so Excel reads it as UTF-8.
 */
import { gatherExcerpts, type ExportInput } from './export-input';

export interface CsvOptions {
  /** Leave the analysts' notes out (the column stays, empty). */
  readonly includeNotes: boolean;
  /** Start with U+FEFF: Excel otherwise reads UTF-8 CSV as the system's legacy code page. */
  readonly byteOrderMark: boolean;
}

export const DEFAULT_CSV_OPTIONS: CsvOptions = { includeNotes: true, byteOrderMark: true };

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'Quote',
  'Rights',
  'Note',
  'Comment',
  'Document',
  'Publisher',
  'Year',
  'Paragraph',
  'Page',
  'Author',
  'Created',
  'Modified',
] as const;

/**
 * A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
 * ("CSV injection"): `=HYPERLINK(…)` in a shared quote could leak data or run commands. Such
 * cells get a leading apostrophe, which spreadsheets show as text and hide. Tab and CR are in
 * OWASP's list too. A quote that really starts with "-" or "+" therefore reads "'- item" in a
 * text editor; that is the price of opening safely.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula starts defused, then quoted if it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The collection as CSV text (encode it as UTF-8). */
export function buildCsv(input: ExportInput, options: CsvOptions = DEFAULT_CSV_OPTIONS): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const excerpt of gatherExcerpts(input)) {
    const { annotation, document } = excerpt;
    const { place, pages } = excerpt.citation;
    rows.push([
      annotation.quote.exact,
      excerpt.rights.map((r) => r.name).join('; '),
      options.includeNotes ? annotation.note : '',
      excerpt.comment,
      document.title,
      document.publisher ?? '',
      document.year === null ? '' : String(document.year),
      place ?? '',
      // The page column holds numbers only ("4", "4–5"), as it always has.
      pages === null ? '' : pages.replace(/^pp?\. /u, ''),
      annotation.author,
      annotation.createdAt,
      annotation.modifiedAt,
    ]);
  }
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return `${options.byteOrderMark ? '\uFEFF' : ''}${body}\r\n`;
}
