/**
 * Disclosure: what leaves the analyst's desk with an export. The options and their defaults per
 * kind of export, the functions every exporter's input passes through (collection exports,
 * briefings, attached collection files), and the "What will leave" summary. Pure.
 */
export * from './disclosure-options';
export { authorLabel } from './author-label';
export {
  bareFileName,
  discloseExportInput,
  isPrivateExcerpt,
  isShareableDocumentNote,
  isShareableNote,
  withinRights,
} from './disclose-export-input';
export { discloseCollectionData, discloseCollectionFile } from './disclose-collection-file';
export {
  discloseAttachment,
  discloseBriefingInput,
  sharesEverything,
  type AttachmentOutcome,
  type DisclosedBriefing,
} from './disclose-briefing-input';
export {
  KINDS_WITH_DOCUMENT_NOTES,
  describeDisclosure,
  subjectOfBriefingInput,
  subjectOfExportInput,
  argumentPartsOf,
  summarizeDisclosure,
  type DisclosureSubject,
  type DisclosureSummary,
  type MetadataEntry,
  type SubjectDocumentNote,
  type SubjectExcerpt,
} from './summarize-disclosure';
export {
  collectionAttachment,
  exportCollectionFile,
  type CollectionExportKind,
  type LayoutChoices,
} from './export-collection-file';
