/** Agreed language in the app: where else a selected wording appears in the library. */
export { WhereElsePanel } from './WhereElsePanel';
export { wordingEngine, WordingEngine, type WordingMatch } from './wording-engine';
