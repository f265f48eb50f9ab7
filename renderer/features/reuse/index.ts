/** "Where else does this wording appear?": the wording index and its panel. */
export { WhereElsePanel } from './WhereElsePanel';
export { WordingEngine, type WordingIndexStats, type WordingMatch } from './wording-engine';
export { useWordingIndexSync } from './use-wording-index';
export { wordingService, type WordingService } from './wording-service';
