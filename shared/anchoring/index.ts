/** Anchoring: describing a selected passage, and finding it again after its document changed. */
export { anchor, reanchorAll } from './anchor';
export type { AnchorOptions, AnchorResult } from './anchor';
export type { PassageSelectors } from '../model/annotation';
export { annotationOn, annotationsAt, coversExactly, liesAt } from './annotations-at';
export type { PlacedAnnotation, TextSpan } from './annotations-at';
export { blockIndexAt } from './block-of';
export type { BlockSpan } from './block-of';
export { CONTEXT_LENGTH, DescribeRangeError, describeRange } from './describe';
export type { DescribeRangeErrorCode } from './describe';
export {
  LONG_QUOTE_LENGTH,
  MIN_CONTEXT_AGREEMENT,
  MIN_QUOTE_SIMILARITY,
  SHORT_QUOTE_LENGTH,
  matchQuote,
} from './match-quote';
export type { Match, MatchOptions, QuoteToFind } from './match-quote';
