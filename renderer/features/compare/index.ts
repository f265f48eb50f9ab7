/** Compare versions: two documents paragraph by paragraph, exported, excerpts carried. */
export { CompareView, compareLocation } from './CompareView';
export { ComparisonRows } from './ComparisonRows';
