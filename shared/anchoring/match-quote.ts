/**
 * Finds a quoted passage in a document's plain text: exact occurrences first, then approximate
 * ones, each judged by the quote, its stored context and a position hint. Pure string work.
 */
import type { TextQuoteSelector } from '../model/annotation';
import { searchApproximately } from './approximate-search';
import { snapOutward } from './code-units';
import { CONTEXT_LENGTH } from './describe';
import { distanceFromStart, distanceToEnd } from './edit-distance';

/** Where a quote was found, and how well it fits (1 = the quote and its context, at the hint). */
export interface Match {
  readonly start: number;
  readonly end: number;
  /** 0..1, weighted from quote, prefix, suffix and hint agreement; see the weights below. */
  readonly score: number;
  /** `exact` when the text at the match is the quote itself, `fuzzy` when it differs. */
  readonly kind: 'exact' | 'fuzzy';
}

/** The parts of a quote selector the matcher reads. */
export type QuoteToFind = Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>;

export interface MatchOptions {
  /** Where the passage is expected to start; breaks ties between equally good matches. */
  readonly hint?: number;
}

// Score weights, as in the Hypothesis client: the quote matters most; prefix and suffix together
// nearly as much, so the same passage quoted twice resolves to the copy whose surroundings
// agree; the hint only breaks ties, so a passage that moved is not held back by its old place.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * A fuzzy match is accepted only if at least 3/4 of the quote agrees (1 − edits/length ≥ 0.75).
 * A corrected typo or a reworded word in a sentence stays well above it (two edits in a
 * 40-character quote: 0.95); a passage rewritten to say something else falls below it and is
 * better shown as an orphan than attached to text the analyst never read. The same bound caps
 * the errors the approximate search looks for, which keeps that search fast.
 */
export const MIN_QUOTE_SIMILARITY = 0.75;

/**
 * Below this length (about three words) a quote on its own is weak evidence: "right to work"
 * is three edits from "right to food", and "Article 5" occurs in many places. Such quotes, even
 * found exactly, are accepted only where their stored context agrees too, so they do not jump to
 * a look-alike elsewhere.
 */
export const SHORT_QUOTE_LENGTH = 20;

/**
 * An edited (fuzzy) match of a quote shorter than this (about ten words) must have its context
 * agree as well: formulaic texts are full of near-identical phrases ("the right to freedom of
 * peaceful assembly" / "of association"), and in random-edit trials fuzzy matches of 20–60
 * character quotes without agreeing context were mostly look-alikes. Beyond 64 characters a
 * passage three-quarters the same is the same passage, wherever it went.
 */
export const LONG_QUOTE_LENGTH = 64;

/**
 * Context agreement needed by a short quote, or by a fuzzy match of a quote that is not long:
 * 1 − (prefix + suffix edits) / stored context length (at least CONTEXT_LENGTH).
 * Measured over 5,000 random pairs of places in the sample corpus, unrelated surroundings agree
 * at 0.23 (median), 0.36 (99th percentile), 0.45 (99.9th): shared letters and spaces line up by
 * chance. One side kept intact already gives 0.5, as do a dozen edits spread over both sides;
 * so 0.5 accepts "the neighbourhood is recognisably the same" and rejects chance likeness.
 */
export const MIN_CONTEXT_AGREEMENT = 0.5;

// Quotes up to this length are searched for whole: at most 32 errors, so the bit-parallel
// search keeps one or two 32-bit blocks active per text character.
const DIRECT_SEARCH_MAX_LENGTH = 128;
// Longer quotes are searched by their first and last 64 characters (16 errors each), and each
// hit is then verified against the whole quote in a small window; a passage edited at both ends
// and moved far away at the same time may be missed, and becomes an orphan.
const SEARCH_PIECE_LENGTH = 64;
// At most this many piece hits are verified (nearest the hint first): long boilerplate repeated
// hundreds of times should not turn one lookup into hundreds of window searches.
const MAX_VERIFIED_HITS = 32;
// When a hint is given, the whole quote is also searched for in this many characters either side
// of it: cheap, and it finds a passage edited in place even if a closer look-alike exists
// elsewhere (the global search reports only the matches with the fewest errors).
const LOCAL_MARGIN = 2048;
// The stored context is compared with a window this much longer, so text inserted right next
// to the passage costs its length in edits rather than shifting every character.
const CONTEXT_SLACK = CONTEXT_LENGTH / 2;
// See `mostPromising`: 256 full context comparisons take well under a millisecond.
const MAX_SCORED_OCCURRENCES = 256;
// Stored context that would lie beyond the start or end of the document counts as half an edit
// per character: unknown rather than different. A passage moved to the top of a document keeps
// the part of its prefix that is still visible, and should beat a copy elsewhere whose full-length
// prefix disagrees in the words that matter ("Article 18" for "Article 19").
const EDGE_COST = 0.5;
// The exact occurrence nearest the hint is looked for this far before it (and anywhere after):
// an edit moves a passage by a few paragraphs at most, and a farther one goes the full way.
const NEAR_HINT = 4096;
// Contexts longer than this (from other tools) are compared by their nearest part only.
const MAX_CONTEXT_COMPARED = CONTEXT_LENGTH * 2;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

interface ScoredCandidate extends Candidate {
  readonly score: number;
  readonly quoteSimilarity: number;
  readonly contextAgreement: number;
}

function prefixDistance(text: string, start: number, prefix: string): number {
  // An empty prefix is found intact by the shortcut below.
  // Stryker disable next-line EqualityOperator: equivalent mutant; at start === prefix.length both
  // branches compare the whole prefix with the same text, nothing missing.
  if (start >= prefix.length) {
    // Stryker disable next-line ConditionalExpression: equivalent mutant; a shortcut, an intact
    // prefix is 0 edits away either way.
    if (text.startsWith(prefix, start - prefix.length)) return 0;
    return distanceToEnd(
      prefix,
      text.slice(Math.max(0, start - prefix.length - CONTEXT_SLACK), start),
    );
  }
  // The candidate is nearer the start of the document than the prefix is long.
  const missing = prefix.length - start;
  return distanceToEnd(prefix.slice(missing), text.slice(0, start)) + missing * EDGE_COST;
}

function suffixDistance(text: string, end: number, suffix: string): number {
  // Stryker disable next-line ConditionalExpression: equivalent mutant; shortcuts, the next line
  // finds an empty suffix at any end, and an intact suffix is 0 edits away either way.
  if (suffix.length === 0) return 0;
  // Stryker disable next-line ConditionalExpression: equivalent mutant (see above).
  if (text.startsWith(suffix, end)) return 0;
  const available = text.length - end;
  // Stryker disable next-line EqualityOperator: equivalent mutant; with exactly the suffix's
  // length left, both branches compare the whole suffix with the same text.
  if (available >= suffix.length) {
    return distanceFromStart(suffix, text.slice(end, end + suffix.length + CONTEXT_SLACK));
  }
  const missing = suffix.length - available;
  return distanceFromStart(suffix.slice(0, available), text.slice(end)) + missing * EDGE_COST;
}

function scoreCandidate(
  text: string,
  quote: QuoteToFind,
  candidate: Candidate,
  hint: number | undefined,
): ScoredCandidate {
  const prefix = quote.prefix.slice(-MAX_CONTEXT_COMPARED);
  const suffix = quote.suffix.slice(0, MAX_CONTEXT_COMPARED);
  const prefixEdits = prefixDistance(text, candidate.start, prefix);
  const suffixEdits = suffixDistance(text, candidate.end, suffix);
  const prefixSimilarity = prefix.length === 0 ? 1 : 1 - prefixEdits / prefix.length;
  const suffixSimilarity = suffix.length === 0 ? 1 : 1 - suffixEdits / suffix.length;
  // Counted over at least a full context's length: near the start or end of a document the
  // stored context is short, and two edits in a three-character prefix are not a disagreement.
  const contextAgreement =
    1 - (prefixEdits + suffixEdits) / Math.max(prefix.length + suffix.length, CONTEXT_LENGTH);
  const quoteSimilarity = Math.max(0, 1 - candidate.errors / quote.exact.length);
  const positionScore =
    hint === undefined ? 1 : 1 - Math.min(1, Math.abs(candidate.start - hint) / text.length);
  const score =
    (QUOTE_WEIGHT * quoteSimilarity +
      PREFIX_WEIGHT * prefixSimilarity +
      SUFFIX_WEIGHT * suffixSimilarity +
      POSITION_WEIGHT * positionScore) /
    TOTAL_WEIGHT;
  return { ...candidate, score, quoteSimilarity, contextAgreement };
}

function isAcceptable(candidate: ScoredCandidate, quoteLength: number): boolean {
  // Stryker disable next-line all: equivalent mutant; every search is bounded to the same quarter
  // of the quote in edits, so no candidate falls below this floor. The floor is stated here too.
  if (candidate.quoteSimilarity < MIN_QUOTE_SIMILARITY) return false;
  const needsContext =
    quoteLength < SHORT_QUOTE_LENGTH || (candidate.errors > 0 && quoteLength < LONG_QUOTE_LENGTH);
  return !needsContext || candidate.contextAgreement >= MIN_CONTEXT_AGREEMENT;
}

function best(candidates: readonly ScoredCandidate[], quoteLength: number): ScoredCandidate | null {
  let found: ScoredCandidate | null = null;
  for (const candidate of candidates) {
    if (!isAcceptable(candidate, quoteLength)) continue;
    if (found === null || candidate.score > found.score) found = candidate;
  }
  return found;
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/**
 * The exact occurrence nearest the hint (the earlier of two equally near), when its whole stored
 * context surrounds it; else null. Such an occurrence is the one the full search would choose: no
 * other can agree better with the quote or its context, none is nearer the hint (position only
 * ever lowers a score), and of equals the earlier wins. Two scans outward from the hint, instead
 * of finding and scoring every occurrence in the text.
 */
function nearestIntactOccurrence(text: string, quote: QuoteToFind, hint: number): Candidate | null {
  const { exact } = quote;
  // Scan forward from a little before the hint: the last occurrence before it and the first
  // from it on. An occurrence before the scanned stretch is farther than NEAR_HINT.
  // Mutants here and below that only make the shortcut give up (return null) more often, or find
  // the same nearest intact occurrence by a longer scan, are equivalent: null leads to the full
  // search, which returns the same (match-quote.shortcut.test.ts); only the time differs.
  let before = -1;
  // Stryker disable next-line MethodExpression: equivalent mutant; scanning from the start of the
  // text finds the same nearest occurrence, and one farther than NEAR_HINT is still the answer.
  let after = text.indexOf(exact, Math.max(0, hint - NEAR_HINT));
  // Stryker disable next-line EqualityOperator: equivalent mutant; an occurrence right at the
  // hint, counted as before it, is still chosen (nothing after it can be nearer).
  while (after !== -1 && after < hint) {
    before = after;
    after = text.indexOf(exact, after + 1);
  }
  let start = before;
  // Stryker disable next-line ConditionalExpression: equivalent mutants; taking -1 for `after`
  // (no occurrence after the hint) or passing over `after` when none is before it only gives up
  // (see above). The sign mutants of -1 are killed by tests with occurrences at 0 and 1.
  if (after !== -1 && (before === -1 || after - hint < hint - before)) start = after;
  // Stryker disable next-line EqualityOperator,ConditionalExpression,LogicalOperator,ArithmeticOperator:
  // equivalent mutants; at exactly NEAR_HINT an occurrence before the scanned stretch would be
  // farther still, and the others only give up more often (see above).
  if (start === -1 || (before === -1 && start - hint > NEAR_HINT)) return null;
  const candidate = { start, end: start + exact.length, errors: 0 };
  const whole = quote.prefix.length + quote.suffix.length;
  // Stryker disable next-line ConditionalExpression: equivalent mutant (giving up, see above).
  return boundaryAgreement(text, quote, candidate) === whole ? candidate : null;
}

/** How many characters right before `start` and right after `end` agree with the context. */
function boundaryAgreement(text: string, quote: QuoteToFind, candidate: Candidate): number {
  let agreed = 0;
  const { prefix, suffix } = quote;
  while (
    // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent mutant; one
    // step further (or no bound at all) reads charCodeAt(-1), NaN, which equals no character and
    // ends the loop the same way. (The bound's `false` twin goes with it; the tests of
    // "a quote that occurs hundreds of times" kill it.)
    agreed < prefix.length &&
    text.charCodeAt(candidate.start - agreed - 1) === prefix.charCodeAt(prefix.length - agreed - 1)
  ) {
    agreed += 1;
  }
  let after = 0;
  while (
    // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent mutant (NaN
    // past the end, as above).
    after < suffix.length &&
    text.charCodeAt(candidate.end + after) === suffix.charCodeAt(after)
  ) {
    after += 1;
  }
  return agreed + after;
}

/**
 * Keeps the occurrences worth a full context comparison. A short quote ("the", "Article 5") can
 * occur thousands of times in a long document; comparing each context costs a small quadratic
 * edit distance, so beyond MAX_SCORED_OCCURRENCES only those whose neighbouring characters agree
 * longest with the stored context are compared (then the nearest to the hint).
 */
function mostPromising(
  text: string,
  quote: QuoteToFind,
  occurrences: Candidate[],
  hint: number | undefined,
): Candidate[] {
  // Stryker disable next-line all: equivalent mutant; up to the cap every occurrence is kept in
  // either branch (sorting them changes no score), and past it the cap only saves time.
  if (occurrences.length <= MAX_SCORED_OCCURRENCES) return occurrences;
  const target = hint ?? 0;
  return occurrences
    .map((candidate) => ({ candidate, agreed: boundaryAgreement(text, quote, candidate) }))
    .sort(
      (a, b) =>
        b.agreed - a.agreed ||
        Math.abs(a.candidate.start - target) - Math.abs(b.candidate.start - target),
    )
    .slice(0, MAX_SCORED_OCCURRENCES)
    .map(({ candidate }) => candidate);
}

/** Approximate matches of `pattern` within text[from, to), in document offsets. */
function searchWindow(
  text: string,
  from: number,
  to: number,
  pattern: string,
  maxErrors: number,
): Candidate[] {
  const start = Math.max(0, from);
  // Stryker disable next-line all: equivalent mutant; slicing the whole text gives the same string,
  // the condition only saves a copy (and a window from 0 searched whole reports only the
  // fewest-error matches, which the callers have already).
  const window = start === 0 && to >= text.length ? text : text.slice(start, to);
  return searchApproximately(window, pattern, maxErrors).map((m) => ({
    start: m.start + start,
    end: m.end + start,
    errors: m.errors,
  }));
}

/** Approximate matches of a long quote: find its ends, then verify the whole quote near them. */
function searchByPieces(
  text: string,
  exact: string,
  maxErrors: number,
  hint: number | undefined,
): Candidate[] {
  const pieceErrors = Math.floor(SEARCH_PIECE_LENGTH * (1 - MIN_QUOTE_SIMILARITY));
  const head = exact.slice(0, SEARCH_PIECE_LENGTH);
  const tail = exact.slice(-SEARCH_PIECE_LENGTH);
  // Each hit becomes the window where the whole quote could lie: a head hit starts it, a tail
  // hit ends it; `maxErrors` either side allows for insertions and deletions within the quote.
  const windows: [number, number][] = [
    ...searchApproximately(text, head, pieceErrors).map((m): [number, number] => [
      m.start - maxErrors,
      m.start + exact.length + maxErrors,
    ]),
    ...searchApproximately(text, tail, pieceErrors).map((m): [number, number] => [
      m.end - exact.length - maxErrors,
      m.end + maxErrors,
    ]),
  ];
  const target = hint ?? 0;
  windows.sort((a, b) => Math.abs(a[0] - target) - Math.abs(b[0] - target));
  const chosen = windows.slice(0, MAX_VERIFIED_HITS).sort((a, b) => a[0] - b[0]);
  // Overlapping windows (runs of neighbouring hits, or a head and tail hit of the same passage)
  // are verified once.
  const merged: [number, number][] = [];
  for (const [from, to] of chosen) {
    // Stryker disable next-line UnaryOperator: equivalent mutant; merging with another window
    // than the last only leaves windows unmerged, searched twice with the same results.
    const last = merged.at(-1);
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged.flatMap(([from, to]) => searchWindow(text, from, to, exact, maxErrors));
}

function toMatch(text: string, candidate: ScoredCandidate): Match {
  const [start, end] =
    candidate.errors === 0
      ? [candidate.start, candidate.end]
      : snapOutward(text, candidate.start, candidate.end);
  return { start, end, score: candidate.score, kind: candidate.errors === 0 ? 'exact' : 'fuzzy' };
}

/**
 * Finds `quote.exact` in `text`. Every exact occurrence is scored by how well the text around it
 * agrees with the stored prefix and suffix and by its distance from `hint`, and the best one
 * wins. If none is acceptable, approximate occurrences (up to a quarter of the quote's length in
 * edits) are scored the same way, and the best is returned only if it clears the floors above;
 * otherwise `null`, which callers show as an orphaned excerpt.
 */
export function matchQuote(
  text: string,
  quote: QuoteToFind,
  options: MatchOptions = {},
): Match | null {
  const { exact } = quote;
  // Stryker disable next-line ConditionalExpression: equivalent mutant; an empty text holds no
  // exact or approximate occurrence, so the search returns null anyway.
  if (exact.length === 0 || text.length === 0) return null;
  const hint =
    options.hint === undefined || !Number.isFinite(options.hint)
      ? undefined
      : Math.min(Math.max(0, Math.round(options.hint)), text.length);
  // Stryker disable next-line BlockStatement: equivalent mutant; without the shortcut the full
  // search returns the same (match-quote.shortcut.test.ts), only more slowly.
  if (hint !== undefined) {
    const intact = nearestIntactOccurrence(text, quote, hint);
    if (intact !== null) return toMatch(text, scoreCandidate(text, quote, intact, hint));
  }
  return searchQuote(text, quote, hint);
}

/**
 * `matchQuote` without its shortcut: every exact occurrence scored, then approximate ones.
 * Exported for the test that shows the shortcut changes no result.
 */
export function searchQuote(
  text: string,
  quote: QuoteToFind,
  hint: number | undefined,
): Match | null {
  const { exact } = quote;
  const length = exact.length;
  const occurrences = exactOccurrences(text, exact);
  const exactCandidates = mostPromising(text, quote, occurrences, hint).map((c) =>
    scoreCandidate(text, quote, c, hint),
  );
  const bestExact = best(exactCandidates, length);
  // An exact occurrence whose surroundings also agree cannot be beaten by an edited copy.
  if (bestExact !== null && bestExact.contextAgreement >= MIN_CONTEXT_AGREEMENT) {
    return toMatch(text, bestExact);
  }

  const maxErrors = Math.floor(length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return bestExact === null ? null : toMatch(text, bestExact);

  const scored = [...exactCandidates];
  const seen = new Set<string>();
  const addFuzzy = (candidates: readonly Candidate[]): void => {
    for (const candidate of candidates) {
      const key = `${candidate.start}:${candidate.end}`;
      // Zero-error hits are the exact occurrences, already scored.
      // Stryker disable next-line all: equivalent mutant; a candidate scored twice scores the
      // same, and `best` keeps the first of equals: skipping repeats only saves time.
      if (candidate.errors === 0 || seen.has(key)) continue;
      seen.add(key);
      scored.push(scoreCandidate(text, quote, candidate, hint));
    }
  };
  if (hint !== undefined) {
    const from = hint - maxErrors - LOCAL_MARGIN;
    addFuzzy(searchWindow(text, from, hint + length + maxErrors + LOCAL_MARGIN, exact, maxErrors));
    // A passage edited in place, whose surroundings still agree, is taken without searching the
    // whole text (the common case, and the search that costs the most).
    const nearby = best(scored, length);
    if (nearby !== null && nearby.contextAgreement >= MIN_CONTEXT_AGREEMENT) {
      return toMatch(text, nearby);
    }
  }
  // With an exact occurrence somewhere, a whole-text search would only report exact ones again.
  // Stryker disable next-line ConditionalExpression: equivalent mutant, for that reason.
  if (occurrences.length === 0) {
    addFuzzy(
      length <= DIRECT_SEARCH_MAX_LENGTH
        ? searchWindow(text, 0, text.length, exact, maxErrors)
        : searchByPieces(text, exact, maxErrors, hint),
    );
  }
  const winner = best(scored, length);
  return winner === null ? null : toMatch(text, winner);
}

/**
 * Scores the quote as found exactly at `start` (for an excerpt confirmed by its stored
 * position), on the same 0..1 scale as `matchQuote`.
 */
export function scoreExactAt(text: string, quote: QuoteToFind, start: number): number {
  return scoreCandidate(text, quote, { start, end: start + quote.exact.length, errors: 0 }, start)
    .score;
}
