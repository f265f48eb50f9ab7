/** Full-text search over the library: word splitting, folding, queries, the index, snippets. */
export * from './filters';
export * from './fold';
export * from './library-index';
export * from './matches';
export * from './query';
export * from './snippet';
export * from './tokenize';
export * from './find-in-text';
