/** The reader: a document's clean text with contents, annotations and keyboard reading. */
export { ReaderView } from './ReaderView';
