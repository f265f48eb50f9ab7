/**
 * Agreed language across the library and across versions: a wording index (winnowing over word
 * shingles) with local alignment to find where a formula recurs and how it changed, and a
 * paragraph-by-paragraph comparison of two versions with the operative verbs' strength.
 */
export {
  alignWords,
  alignmentSimilarity,
  type WordAlignment,
  type WordDifference,
} from './align-words';
export {
  CANDIDATES_ALIGNED,
  matchPassage,
  rankSimilar,
  SIMILARITY_FLOOR,
  type SimilarPassage,
} from './find-similar';
export {
  fingerprintBlocks,
  WordingIndex,
  type Candidate,
  type PassageFingerprints,
  type PassageKey,
} from './wording-index';
export {
  packFingerprints,
  unpackFingerprints,
  type StoredWordingPrints,
} from './stored-fingerprints';
export { wordsOf, type Word } from './words';
export {
  compareVersions,
  diffWords,
  PAIRING_FLOOR,
  paragraphNames,
  type ComparedBlock,
  type UnpairedParagraph,
  type VersionComparison,
  type VersionPair,
  type VersionTails,
  type VersionWord,
} from './compare-versions';
export {
  comparisonCsv,
  comparisonMarkdown,
  comparisonRows,
  comparisonSummary,
  isChange,
  leadVerbText,
  markedWording,
  sideWording,
  type ComparedTexts,
  type ComparisonRow,
} from './comparison-report';
export {
  leadVerb,
  verbDirection,
  type LeadVerb,
  type VerbDirection,
  type VerbScale,
} from './lead-verb';
