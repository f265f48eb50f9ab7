/**
 * Random edit scenarios and a timing run for anchoring, deterministic for a given seed: the
 * work `npm run bench -- anchoring` measures.
 */
import { BLOCK_SEPARATOR } from '../shared/model/document';
import { reanchorAll, anchor } from '../shared/anchoring/anchor';
import type { PassageSelectors } from '../shared/model/annotation';
import type { AnchorResult } from '../shared/anchoring/anchor';
import { DescribeRangeError, describeRange } from '../shared/anchoring/describe';
import {
  createRandom,
  integer,
  pick,
  randomBlocks,
  WORDS,
  type Random,
} from '../shared/anchoring/testing/random-text';

function randomPassage(random: Random, text: string, minLength: number, maxLength: number) {
  for (;;) {
    const start = integer(random, 0, Math.max(0, text.length - minLength));
    const end = Math.min(text.length, start + integer(random, minLength, maxLength));
    try {
      return describeRange(text, start, end);
    } catch (error) {
      if (!(error instanceof DescribeRangeError)) throw error;
    }
  }
}

function randomEdit(random: Random, size: number): string {
  return Array.from({ length: size }, () =>
    pick(random, [...'abcdefghijklmnopqrstuvwxyz ,.']),
  ).join('');
}

/** The kinds of change a scenario makes to a document after an excerpt was made in it. */
export type ScenarioKind =
  | 'edit-elsewhere'
  | 'edit-next-to-it'
  | 'typo-inside'
  | 'reword-inside'
  | 'moved'
  | 'deleted'
  | 'rewritten';

const SCENARIO_KINDS: readonly ScenarioKind[] = [
  'edit-elsewhere',
  'edit-next-to-it',
  'typo-inside',
  'reword-inside',
  'moved',
  'deleted',
  'rewritten',
];

interface Scenario {
  readonly kind: ScenarioKind;
  readonly selectors: PassageSelectors;
  readonly newText: string;
  /** Where the passage now is, or null when it no longer exists. */
  readonly expected: { readonly start: number; readonly end: number } | null;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** Builds one random scenario: a document, an excerpt in it, and a changed document. */
function makeScenario(random: Random, kind: ScenarioKind): Scenario {
  const text = randomBlocks(random, integer(random, 2000, 8000)).join(BLOCK_SEPARATOR);
  const selectors = randomPassage(random, text, 8, 240);
  const { start, end } = selectors.position;
  const exact = selectors.quote.exact;
  switch (kind) {
    case 'edit-elsewhere': {
      // An insertion or deletion well away from the passage and its context.
      const before = random() < 0.5 && start > 80;
      const at = before ? integer(random, 0, start - 80) : integer(random, end + 40, text.length);
      const cut = Math.min(integer(random, 0, 200), before ? start - 40 - at : text.length - at);
      const insert = random() < 0.5 ? randomEdit(random, integer(random, 1, 200)) : '';
      const newText = splice(text, at, at + Math.max(0, cut), insert);
      const shift = before ? insert.length - Math.max(0, cut) : 0;
      return { kind, selectors, newText, expected: { start: start + shift, end: end + shift } };
    }
    case 'edit-next-to-it': {
      // A few characters changed inside the stored prefix and suffix.
      const suffixAt = integer(random, end, Math.min(text.length, end + 32));
      const suffixCut = Math.min(integer(random, 0, 4), text.length - suffixAt);
      const suffixInsert = randomEdit(random, integer(random, 0, 4));
      const prefixAt = integer(random, Math.max(0, start - 32), start);
      const prefixCut = Math.min(integer(random, 0, 4), start - prefixAt);
      const insert = randomEdit(random, integer(random, 0, 4));
      const newText = splice(
        splice(text, suffixAt, suffixAt + suffixCut, suffixInsert),
        prefixAt,
        prefixAt + prefixCut,
        insert,
      );
      const shift = insert.length - prefixCut;
      return { kind, selectors, newText, expected: { start: start + shift, end: end + shift } };
    }
    case 'typo-inside':
    case 'reword-inside': {
      // One or two characters changed, or one word replaced by another.
      const length = kind === 'typo-inside' ? integer(random, 1, 2) : integer(random, 3, 10);
      const at = integer(random, start, Math.max(start, end - length));
      const insert =
        kind === 'typo-inside' ? randomEdit(random, integer(random, 0, 2)) : pick(random, WORDS);
      const newText = splice(text, at, Math.min(end, at + length), insert);
      const delta = insert.length - (Math.min(end, at + length) - at);
      return { kind, selectors, newText, expected: { start, end: end + delta } };
    }
    case 'moved': {
      // The passage's paragraphs are cut and pasted elsewhere in the document.
      const blockStart = text.lastIndexOf(BLOCK_SEPARATOR, start);
      const from = blockStart === -1 ? 0 : blockStart;
      const blockEnd = text.indexOf(BLOCK_SEPARATOR, end);
      const to = blockEnd === -1 ? text.length : blockEnd;
      const rest = text.slice(0, from) + text.slice(to);
      const separators = [...rest.matchAll(/\n\n/g)].map((m) => m.index);
      const at = separators.length === 0 ? rest.length : pick(random, separators);
      const newText = rest.slice(0, at) + text.slice(from, to) + rest.slice(at);
      const offset = at - from;
      return { kind, selectors, newText, expected: { start: start + offset, end: end + offset } };
    }
    case 'deleted': {
      const newText = splice(text, start, end, '');
      return { kind, selectors, newText, expected: null };
    }
    case 'rewritten': {
      // Most words of the passage replaced: what it said is gone.
      const rewritten = exact.replace(/[\p{L}\p{N}]+/gu, (word) =>
        random() < 0.7 ? pick(random, WORDS) : word,
      );
      // Found where the rewrite now stands counts as found (fuzzily); anywhere else is misplaced.
      const newText = splice(text, start, end, rewritten);
      return { kind, selectors, newText, expected: { start, end: start + rewritten.length } };
    }
  }
}

/** How one scenario came out. */
export type ScenarioOutcome = 'exact' | 'fuzzy' | 'orphaned' | 'misplaced';

function outcomeOf(scenario: Scenario, result: AnchorResult): ScenarioOutcome {
  if (result.status === 'orphaned') return 'orphaned';
  const { expected, newText, selectors } = scenario;
  const foundText = newText.slice(result.start, result.end);
  const overlaps = expected !== null && result.start < expected.end && expected.start < result.end;
  // Found elsewhere with the very same text (a duplicate of the passage) is still a fair answer.
  if (!overlaps && foundText !== selectors.quote.exact) return 'misplaced';
  return result.how === 'fuzzy' ? 'fuzzy' : 'exact';
}

/**
 * Runs `count` random edit scenarios (an excerpt made, the document changed in one of the
 * `ScenarioKind` ways, the excerpt anchored again) and returns the share of each outcome, over
 * all scenarios (`all.exact`, …) and per kind (`typo-inside.fuzzy`, …). `misplaced` counts
 * excerpts attached to text that is neither where the passage went nor a copy of it.
 */
export function runEditScenarios(count: number, seed = 1): Record<string, number> {
  const random = createRandom(seed);
  const tally = new Map<string, number>();
  const bump = (key: string): void => {
    tally.set(key, (tally.get(key) ?? 0) + 1);
  };
  for (let i = 0; i < count; i += 1) {
    const kind = SCENARIO_KINDS[i % SCENARIO_KINDS.length] ?? 'edit-elsewhere';
    const scenario = makeScenario(random, kind);
    const outcome = outcomeOf(scenario, anchor(scenario.newText, scenario.selectors));
    bump(`all.${outcome}`);
    bump(`${kind}.${outcome}`);
    bump(`${kind}.count`);
  }
  const figures: Record<string, number> = { scenarios: count };
  for (const [key, value] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
    if (key.endsWith('.count')) continue;
    const total = key.startsWith('all.') ? count : (tally.get(`${key.split('.')[0]}.count`) ?? 1);
    figures[key] = Math.round((value / total) * 1000) / 1000;
  }
  return figures;
}

/** Timed rounds of each case; the figure is their median. */
const ROUNDS = 3;
/** Excerpts re-anchored once, untimed, before the timed rounds. */
const WARM_UP_ANNOTATIONS = 1000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

/** Options for `runAnchoringBenchmark`. */
export interface BenchmarkOptions {
  /** A clock in milliseconds (`performance.now` in the bench script). */
  readonly now: () => number;
  readonly seed?: number;
  /** Plain-text length of the document; about 300 pages of 3,000 characters by default. */
  readonly textLength?: number;
  readonly annotations?: number;
}

/**
 * Times `reanchorAll` on a long document: an unchanged copy, then a revised one (a paragraph
 * added at the top so every excerpt moves, 2% of paragraphs with a typo, 1% deleted, a few
 * moved). Returns the timings in milliseconds and how the excerpts came out.
 */
export function runAnchoringBenchmark(options: BenchmarkOptions): Record<string, number> {
  const { now, seed = 1, textLength = 900_000, annotations: count = 5000 } = options;
  const random = createRandom(seed);
  const blocks = randomBlocks(random, textLength);
  const text = blocks.join(BLOCK_SEPARATOR);
  const annotations = Array.from({ length: count }, () => randomPassage(random, text, 20, 400));

  const revised: string[] = ['A new introductory paragraph added by the editors.'];
  for (const block of blocks) {
    const roll = random();
    if (roll < 0.01) continue;
    if (roll < 0.03 && block.length > 10) {
      const at = integer(random, 0, block.length - 2);
      revised.push(splice(block, at, at + 1, randomEdit(random, 1)));
    } else {
      revised.push(block);
    }
  }
  for (let moves = 0; moves < 5; moves += 1) {
    const [moved] = revised.splice(integer(random, 1, revised.length - 1), 1);
    if (moved !== undefined) revised.splice(integer(random, 1, revised.length), 0, moved);
  }
  const newText = revised.join(BLOCK_SEPARATOR);

  // Warm up both paths first (JIT, caches), then alternate which one runs first, so neither
  // pays the cold start; each figure is the median of its rounds.
  reanchorAll(text, annotations.slice(0, WARM_UP_ANNOTATIONS));
  reanchorAll(newText, annotations.slice(0, WARM_UP_ANNOTATIONS));
  const unchangedRuns: number[] = [];
  const revisedRuns: number[] = [];
  let results: AnchorResult[] = [];
  const timeUnchanged = () => {
    const started = now();
    reanchorAll(text, annotations);
    unchangedRuns.push(now() - started);
  };
  const timeRevised = () => {
    const started = now();
    results = reanchorAll(newText, annotations);
    revisedRuns.push(now() - started);
  };
  for (let round = 0; round < ROUNDS; round += 1) {
    if (round % 2 === 0) {
      timeUnchanged();
      timeRevised();
    } else {
      timeRevised();
      timeUnchanged();
    }
  }
  const unchangedMs = median(unchangedRuns);
  const revisedMs = median(revisedRuns);
  const by = (how: AnchorResult['how']): number => results.filter((r) => r.how === how).length;

  // The excerpts the revised text holds verbatim (found by quote), re-anchored on their own:
  // the exact-quote path the issue asks to be a linear scan.
  const byQuote = annotations.filter((_, i) => results[i]?.how === 'quote');
  const quoteRuns: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = now();
    reanchorAll(newText, byQuote);
    quoteRuns.push(now() - started);
  }
  const quoteMs = median(quoteRuns);

  const orphans = results.flatMap((r, i) => (r.status === 'orphaned' ? [annotations[i]] : []));
  const sample = orphans.slice(0, 10);
  const started = now();
  for (const selectors of sample) if (selectors !== undefined) anchor(newText, selectors);
  const orphanMs = sample.length === 0 ? 0 : (now() - started) / sample.length;

  const round = (value: number): number => Math.round(value * 10) / 10;
  return {
    textLength: text.length,
    annotations: count,
    unchangedMs: round(unchangedMs),
    revisedMs: round(revisedMs),
    quoteMs: round(quoteMs),
    revisedPosition: by('position'),
    revisedQuote: by('quote'),
    revisedFuzzy: by('fuzzy'),
    revisedOrphaned: by('none'),
    msPerOrphanLookup: round(orphanMs),
  };
}
