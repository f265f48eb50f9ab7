/** Notes on a whole document: the reader's panel. */
export { DocumentNotesPanel } from './DocumentNotesPanel';
