/**
 * Exchange: sharing excerpt collections as files (our `.rightsmark.json`, a W3C Web Annotation
 * collection), reading W3C and Hypothesis files, planning how an import merges into a library,
 * and exporting to CSV, Markdown and REFI-QDA. Pure: callers read and write the files.
 */
export { ExchangeError } from './exchange-error';
export type { ExchangeErrorCode } from './exchange-error';
export * from './limits';

export {
  COLLECTION_FILE_EXTENSION,
  FORMAT_NAME,
  FORMAT_VERSION,
  POSITION_UNIT,
} from './rightsmark-format';
export type { RightsmarkCollectionFile } from './rightsmark-format';
export { ExportInputError } from './export-input';
export type { ExportEnvironment, ExportInput } from './export-input';
export { DEFAULT_EXPORT_OPTIONS, exportCollection } from './export-collection';
export type { ExportOptions } from './export-collection';
export { serializeCollection } from './serialize-collection';

export { decodeCollectionFile } from './decode-collection-file';
export { parseCollectionFile, detectFormat, hypothesisShape } from './parse-collection-file';
export { foldName, matchRight, SIMILARITY_FLOOR } from './match-right';
export type { MatchableRight, RightMatch, RightMatchRule } from './match-right';
export { appendReplies, formatReply, type Reply } from './replies';
export type {
  DocumentRef,
  ExchangeFormat,
  IncomingDocument,
  IncomingDocumentNote,
  IncomingExcerpt,
  IncomingRight,
  IncomingRightRef,
  ParsedExchange,
  SkippedEntry,
} from './parsed-exchange';

export { planMerge } from './merge-planner';
export type {
  LibrarySnapshot,
  SnapshotAnnotation,
  SnapshotDocument,
  SnapshotDocumentNote,
} from './library-snapshot';
export type { AnchorOutcome } from './anchor-incoming';
export type { DocumentMatch } from './locate-document';
export type {
  DocumentNoteAction,
  DocumentNoteCounts,
  DocumentToAdd,
  MergeAction,
  MergeCounts,
  MergePlan,
  PlannedDocumentNote,
  PlannedExcerpt,
  Provenance,
  UnknownRight,
} from './merge-plan';
export {
  UNRESOLVED_DOCUMENT_PREFIX,
  collectionTargets,
  documentNotesToWrite,
  excerptsToWrite,
  fileStem,
  planMergeWrites,
} from './merge-writes';
export type { MergeReads, MergeWrites, RightChoice } from './merge-writes';

export { CSV_COLUMNS, DEFAULT_CSV_OPTIONS, buildCsv } from './csv-export';
export type { CsvOptions } from './csv-export';
export { DEFAULT_MARKDOWN_OPTIONS, buildMarkdown } from './markdown-export';
export type { MarkdownOptions } from './markdown-export';
export {
  REFI_CODEBOOK_NAMESPACE,
  REFI_PROJECT_NAMESPACE,
  buildRefiCodebook,
  buildRefiProject,
  buildRefiQdpx,
} from './refi-qda-export';
export type { RefiEnvironment, RefiOptions, RefiProject } from './refi-qda-export';
