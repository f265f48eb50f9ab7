/** Reading text from sources: text and markdown parsed into the blocks the reader shows. */
export { blockProblems } from './block-invariants';
export { normaliseSourceText } from './normalise-source-text';
export { parseDocument, type ParsedDocument, type TextSourceFormat } from './parse-document';
export { parseMarkdown } from './parse-markdown';
export { parsePlainText } from './parse-plain-text';
