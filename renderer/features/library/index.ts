/** The library: the documents table, details, delete with undo, and importing into it. */
export { LibraryView } from './LibraryView';
