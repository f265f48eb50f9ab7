/**
 * Briefing PDFs: from plain input (rights, documents, excerpts, options) to a finished PDF with
 * cover, summary charts, linked contents, sections, sources, an annotated appendix, bookmarks,
 * metadata and the collection file attached. Pure: fonts come in as bytes.
 */
export {
  BriefingCancelledError,
  buildBriefing,
  type BriefingProgress,
  type BuildBriefingOptions,
  type CancelSignal,
} from './build-briefing';
export {
  BRIEFING_FONT_FILES,
  FACE_KEYS,
  LATIN_FACE_KEYS,
  type BriefingFonts,
  type FaceFetcher,
  type FaceKey,
  type FontSubsetter,
} from './briefing-fonts';
export {
  MissingGlyphsError,
  codePointLabel,
  describeMissingGlyph,
  type GlyphPlace,
  type MissingGlyph,
} from './glyph-coverage';
export {
  BriefingInputError,
  DEFAULT_BRIEFING_OPTIONS,
  checkBriefingInput,
  type BriefingAttachment,
  type BriefingBlock,
  type BriefingDocument,
  type BriefingExcerpt,
  type BriefingGrouping,
  type BriefingInput,
  type BriefingInputErrorCode,
  type BriefingOptions,
  type BriefingRight,
} from './briefing-input';
export { PART_IDS, planBriefing, type BriefingPlan, type PlannedSection } from './briefing-plan';
export { citationText, citeExcerpt, placeInDocument, publication, type Citation } from './citation';
export { briefingInputFromCollection, type CollectionBriefingSettings } from './from-collection';
export { briefingText } from './briefing-text';
export type { BriefingTextParts } from './briefing-text';
