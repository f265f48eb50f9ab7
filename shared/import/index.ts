/**
 * Importing documents: files of any supported format (text, markdown, HTML, PDF, DOCX) turned
 * into reading blocks and metadata, with typed errors and limits. Pure: pdf.js is passed in.
 */
export { decodeText, type DecodedText, type TextEncodingName } from './decode-text';
export { htmlToDocument, type HtmlDocument } from './html-blocks';
export {
  importFile,
  type ImportDependencies,
  type ImportedDocument,
  type ImportSource,
} from './import-file';
export {
  ImportError,
  importErrorFromData,
  isImportError,
  type ImportErrorCode,
  type ImportErrorData,
} from './import-error';
export {
  formatDuration,
  formatSize,
  IMPORT_TIME_LIMIT_MS,
  MAX_IMPORT_BYTES,
  MAX_PDF_PAGES,
  MAX_TEXT_CHARS,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_INFLATED_BYTES,
  MAX_ZIP_XML_BYTES,
  sizeProblem,
} from './limits';
export { locateOnPage, outlineRects, type PageRect, type PageTextItem } from './locate-on-page';
export { pdfBlocks, type PdfPageText, type PdfTextRun } from './pdf-paragraphs';
export { readPdf, type PdfJsLike } from './read-pdf';
export { detectFormat, fileExtension, fileTitle, IMPORT_EXTENSIONS } from './sniff';
