/** The domain model shared by the renderer, the Electron shell and the CLI. */
export * from './annotation';
export * from './collection';
export * from './document';
export * from './document-note';
export * from './right';
export * from './settings';
