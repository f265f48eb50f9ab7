/**
 * Documents' own structure: the numbering each block carries ("Art. 19(3)", "OP 5", "PP 3",
 * "para. 23", "p. 4"), recognised on import, formatted for citations and read back from queries.
 */
export {
  citationLabel,
  citePassage,
  documentCiter,
  paragraphNumbers,
  type CitableBlock,
  type DocumentCiter,
  type PassageCitation,
} from './cite-passage';
export {
  citedRef,
  recogniseStructure,
  withStructure,
  type StructureInput,
} from './recognise-structure';
export { blocksAt, readPlaceQuery, titleMatches, type PlaceQuery } from './find-place';
export { readRefQuery, refWithin } from './ref-query';
export {
  formatRef,
  formatRefRange,
  sameRef,
  type StructuralRef,
  type StructuralUnit,
} from './structural-ref';
