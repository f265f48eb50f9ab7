/**
 * Annotation: tagging a selected passage by right, its notes, the reader's panel and toolbar,
 * and the live reads of a document's annotations and of the rights.
 */
export { AnnotationsPanel } from './AnnotationsPanel';
export { SelectionToolbar } from './SelectionToolbar';
export { annotationForNote, tagPassage } from './annotate-actions';
export { useDocumentAnnotations, useRights } from './use-annotations';
export { usePassageSelection } from './use-passage-selection';
