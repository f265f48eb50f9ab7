/** Collections: the list, one collection's view, and saving the excerpts filter as a smart one. */
export { CollectionsView } from './CollectionsView';
export { CollectionView } from './CollectionView';
export { SaveSmartCollectionButton } from './SaveSmartCollectionButton';
export { findCollectionAttachment } from './pdf-attachment';
export { requestCollectionImport } from './collection-open-requests';
