/**
 * Importing documents: the pipeline's hook, its progress panel, dropping files on the library
 * and the menu's "Import…" request.
 */
export { ImportPanel } from './ImportPanel';
export { beginImport, importRunning, useImportRunning } from './import-activity';
export { requestImport, subscribeImportRequests, type ImportRequest } from './import-requests';
export { useFileDrop } from './use-file-drop';
export { useImport } from './use-import';
export { FOLLOW_DURING_IMPORT_MS, useLibraryFollower } from './use-library-follower';
