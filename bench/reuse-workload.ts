/**
 * Benchmarks of agreed-language tracing, run by `npm run bench` (bench/reuse.bench.ts) and
 * checked small in reuse-workload.test.ts: a generated library with planted reuse (exact copies, copies
 * with 1–5 word edits, reordered clauses, unrelated look-alikes) for wording search precision,
 * recall and speed; pairs of generated resolution drafts with planted moves, edits, verb changes,
 * additions and removals for version comparison; and the sample library's offline/online formula.
 */
import { withStructure } from '../shared/structure/recognise-structure';
import { parseDocument, type TextSourceFormat } from '../shared/text/parse-document';
import { compareVersions } from '../shared/reuse/compare-versions';
import { CANDIDATES_ALIGNED, rankSimilar, SIMILARITY_FLOOR } from '../shared/reuse/find-similar';
import { packFingerprints, unpackFingerprints } from '../shared/reuse/stored-fingerprints';
import { fingerprintBlocks, WordingIndex } from '../shared/reuse/wording-index';

/** Mulberry32: a small seeded generator, so every run plants the same library. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS =
  'the of and to in that for on with by as all its their at from which be or are is this'.split(
    ' ',
  );
const SYLLABLES =
  'ra to mi ke su lo pri va cy dem tion al ist er on ment ous ive ab con hu man dig it'.split(' ');

/** Content words of made-up syllables; picked with a Zipf-like skew, as in real prose. */
function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i += 1)
      word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function zipfWord(random: () => number, words: readonly string[]): string {
  if (random() < 0.4) return pick(random, FUNCTION_WORDS);
  return words[Math.floor(words.length * random() ** 2.5)] as string;
}

function sentence(random: () => number, words: readonly string[], length: number): string[] {
  return Array.from({ length }, () => zipfWord(random, words));
}

/** How a formula was planted, and whether a search for it should find the paragraph. */
export type PlantKind = 'exact' | 'edited' | 'reordered' | 'look-alike';

export interface ReuseLibrary {
  readonly documents: readonly { readonly id: string; readonly paragraphs: string[] }[];
  readonly formulas: readonly string[];
  /** Per formula: the paragraphs it was planted in, and how. */
  readonly plants: readonly { formula: number; docId: string; index: number; kind: PlantKind }[];
}

function edit(
  random: () => number,
  words: string[],
  vocabularyWords: readonly string[],
  edits: number,
): string[] {
  const out = [...words];
  for (let n = 0; n < edits; n += 1) {
    const at = Math.floor(random() * out.length);
    const roll = random();
    if (roll < 0.5) out[at] = pick(random, vocabularyWords);
    else if (roll < 0.75) out.splice(at, 0, pick(random, vocabularyWords));
    else if (out.length > 8) out.splice(at, 1);
  }
  return out;
}

/**
 * A library of `documents` × `paragraphsPerDocument` paragraphs (~40 words each) with `formulas`
 * planted formulas of 16–24 words: each copied exactly 3 times, with 1–5 word edits 3 times, with
 * its two clauses swapped once, and imitated by 3 look-alikes (its words shuffled, or its opening
 * three words followed by others) that a search must not return.
 */
export function generateReuseLibrary(
  seed: number,
  documents: number,
  paragraphsPerDocument: number,
  formulas: number,
): ReuseLibrary {
  const random = createRandom(seed);
  const words = vocabulary(random, 6_000);
  const library = Array.from({ length: documents }, (_, d) => ({
    id: `doc-${d}`,
    paragraphs: Array.from({ length: paragraphsPerDocument }, () =>
      sentence(random, words, 25 + Math.floor(random() * 30)).join(' '),
    ),
  }));
  const formulaWords = Array.from({ length: formulas }, () =>
    sentence(random, words, 16 + Math.floor(random() * 9)),
  );
  const plants: { formula: number; docId: string; index: number; kind: PlantKind }[] = [];
  const used = new Set<string>();
  const plant = (formula: number, kind: PlantKind, text: string[]): void => {
    let document;
    let index;
    do {
      document = pick(random, library);
      index = Math.floor(random() * paragraphsPerDocument);
    } while (used.has(`${document.id}:${index}`));
    used.add(`${document.id}:${index}`);
    const around = (document.paragraphs[index] ?? '').split(' ');
    const cut = Math.floor(random() * around.length);
    document.paragraphs[index] = [...around.slice(0, cut), ...text, ...around.slice(cut)].join(' ');
    plants.push({ formula, docId: document.id, index, kind });
  };
  formulaWords.forEach((formula, f) => {
    for (let n = 0; n < 3; n += 1) plant(f, 'exact', formula);
    for (let n = 0; n < 3; n += 1)
      plant(f, 'edited', edit(random, formula, words, 1 + Math.floor(random() * 5)));
    const middle = Math.floor(formula.length / 2);
    plant(f, 'reordered', [...formula.slice(middle), ...formula.slice(0, middle)]);
    const shuffled = [...formula].sort(() => random() - 0.5);
    plant(f, 'look-alike', shuffled);
    plant(f, 'look-alike', [
      ...formula.slice(0, 3),
      ...sentence(random, words, formula.length - 3),
    ]);
    plant(f, 'look-alike', [...sentence(random, words, formula.length - 3), ...formula.slice(-3)]);
  });
  return { documents: library, formulas: formulaWords.map((w) => w.join(' ')), plants };
}

/** What a timing needs from its host. */
export interface ReuseBenchOptions {
  readonly now: () => number;
  readonly heapUsed?: () => number;
}

export interface WordingSearchFigures {
  readonly documents: number;
  readonly paragraphs: number;
  readonly buildMs: number;
  readonly indexMB: number;
  readonly heapMB: number;
  /** The stored rows (one per document, as the app keeps them in IndexedDB), in MB. */
  readonly storedMB: number;
  /** Rebuilding the index from the stored rows, as the app does at start-up (no text read). */
  readonly restartMs: number;
  readonly queries: number;
  readonly queryMedianMs: number;
  readonly queryP95Ms: number;
  readonly precision: number;
  readonly recall: number;
  readonly recallExact: number;
  readonly recallEdited: number;
  readonly recallReordered: number;
  /** Share of planted look-alikes a search returned (should be 0). */
  readonly lookAlikesShown: number;
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

/** Builds the index over the library, searches every formula, and scores the results. */
export function benchmarkWordingSearch(
  library: ReuseLibrary,
  options: ReuseBenchOptions,
): WordingSearchFigures {
  const heapBefore = options.heapUsed?.() ?? 0;
  const started = options.now();
  // As the app indexes: fingerprint each document, pack its row for storage, add it.
  const rows = library.documents.map((document, version) =>
    packFingerprints(
      document.id,
      version,
      `hash-${version}`,
      fingerprintBlocks(document.paragraphs.map((text) => ({ text }))),
    ),
  );
  const built = new WordingIndex();
  built.add(rows.map((row) => ({ docId: row.docId, passages: unpackFingerprints(row) ?? [] })));
  const buildMs = options.now() - started;
  const heapMB = ((options.heapUsed?.() ?? 0) - heapBefore) / 1024 / 1024;
  const storedMB =
    rows.reduce((sum, row) => sum + row.offsets.byteLength + row.fingerprints.byteLength, 0) /
    1024 /
    1024;
  // A restart: a new index from the stored rows alone. The searches below use it.
  const restartStarted = options.now();
  const index = new WordingIndex();
  index.add(rows.map((row) => ({ docId: row.docId, passages: unpackFingerprints(row) ?? [] })));
  const restartMs = options.now() - restartStarted;
  const texts = new Map(library.documents.map((document) => [document.id, document.paragraphs]));
  const search = (formula: string) =>
    rankSimilar(
      formula,
      index.candidates(formula, CANDIDATES_ALIGNED).map((candidate) => ({
        ...candidate,
        text: texts.get(candidate.docId)?.[candidate.index] ?? '',
      })),
    );
  // One untimed query first, so the figures measure searching rather than compiling it.
  search(library.formulas[0] ?? '');
  const times: number[] = [];
  let retrieved = 0;
  let correct = 0;
  const found = new Map<PlantKind, number>();
  const planted = new Map<PlantKind, number>();
  library.formulas.forEach((formula, f) => {
    const queryStarted = options.now();
    const results = search(formula);
    times.push(options.now() - queryStarted);
    const shown = new Set(results.map((result) => `${result.docId}:${result.index}`));
    retrieved += shown.size;
    for (const plant of library.plants) {
      if (plant.formula !== f) continue;
      planted.set(plant.kind, (planted.get(plant.kind) ?? 0) + 1);
      if (!shown.has(`${plant.docId}:${plant.index}`)) continue;
      found.set(plant.kind, (found.get(plant.kind) ?? 0) + 1);
      if (plant.kind !== 'look-alike') correct += 1;
    }
  });
  const share = (kind: PlantKind): number => (found.get(kind) ?? 0) / (planted.get(kind) ?? 1);
  const relevant =
    (planted.get('exact') ?? 0) + (planted.get('edited') ?? 0) + (planted.get('reordered') ?? 0);
  times.sort((a, b) => a - b);
  return {
    documents: library.documents.length,
    paragraphs: library.documents.reduce((sum, document) => sum + document.paragraphs.length, 0),
    buildMs,
    indexMB: index.byteSize / 1024 / 1024,
    heapMB,
    storedMB,
    restartMs,
    queries: times.length,
    queryMedianMs: percentile(times, 0.5),
    queryP95Ms: percentile(times, 0.95),
    precision: retrieved === 0 ? 0 : correct / retrieved,
    recall: relevant === 0 ? 0 : correct / relevant,
    recallExact: share('exact'),
    recallEdited: share('edited'),
    recallReordered: share('reordered'),
    lookAlikesShown: share('look-alike'),
  };
}

/** The formula of the sample library and where it recurs (files and the wording they use). */
export const SAMPLE_FORMULA =
  'the same rights that people have offline must also be protected online';

/**
 * The passages of the sample library that repeat the formula or vary it, by file and a phrase of
 * the passage: the named case's ground truth. Paraphrases that keep fewer than five words in a
 * row ("the same rights that apply offline also apply online") are not counted as reuse.
 */
export const SAMPLE_FORMULA_PASSAGES: readonly (readonly [string, string])[] = [
  [
    'bhrrc-technology-and-digital-freedom.txt',
    'the same rights that people have offline must also be protected online',
  ],
  [
    'foc-stresses-human-rights-online.txt',
    'the same rights that people have offline must also be protected online',
  ],
  [
    'eprs-multilateral-initiatives-digital-rights.md',
    'The silver thread in relevant UNGA resolutions',
  ],
  ['eprs-multilateral-initiatives-digital-rights.md', 'As early as 2012'],
  ['canada-human-rights-online.txt', 'The rights and freedoms that individuals have offline'],
  [
    'foc-joint-action-free-expression.txt',
    'the human rights that people have offline enjoy the same protection online',
  ],
];

/** Precision and recall of the formula's search over the sample library (files as given). */
export function benchmarkSampleFormula(
  corpus: readonly {
    readonly file: string;
    readonly format: TextSourceFormat;
    readonly source: string;
  }[],
): { precision: number; recall: number; found: number; expected: number } {
  const texts = new Map(
    corpus.map((entry) => [
      entry.file,
      parseDocument(entry.source, entry.format).blocks.map((b) => b.text),
    ]),
  );
  const index = new WordingIndex();
  index.add(
    [...texts].map(([docId, paragraphs]) => ({
      docId,
      passages: fingerprintBlocks(paragraphs.map((text) => ({ text }))),
    })),
  );
  const results = rankSimilar(
    SAMPLE_FORMULA,
    index.candidates(SAMPLE_FORMULA, CANDIDATES_ALIGNED).map((candidate) => ({
      ...candidate,
      text: texts.get(candidate.docId)?.[candidate.index] ?? '',
    })),
    SIMILARITY_FLOOR,
  );
  const expected = new Set(
    SAMPLE_FORMULA_PASSAGES.map(([file, phrase]) => {
      const index = texts.get(file)?.findIndex((text) => text.includes(phrase)) ?? -1;
      return `${file}:${index}`;
    }),
  );
  const shown = new Set(results.map((result) => `${result.docId}:${result.index}`));
  const hits = [...shown].filter((key) => expected.has(key)).length;
  return {
    precision: shown.size === 0 ? 0 : hits / shown.size,
    recall: hits / expected.size,
    found: shown.size,
    expected: expected.size,
  };
}

const PREAMBLE_OPENERS = [
  'Recalling',
  'Reaffirming',
  'Noting',
  'Recognizing',
  'Stressing',
  'Welcoming',
  'Deeply concerned by',
  'Mindful of',
];
const OPERATIVE_VERBS = [
  'Invites',
  'Encourages',
  'Requests',
  'Calls upon',
  'Urges',
  'Demands',
  'Condemns',
  'Strongly condemns',
  'Decides',
  'Reaffirms',
];
/** Verb changes planted, with the direction the scale gives them. */
const VERB_CHANGES: readonly (readonly [string, string, 'stronger' | 'weaker'])[] = [
  ['Encourages', 'Calls upon', 'stronger'],
  ['Urges', 'Encourages', 'weaker'],
  ['Invites', 'Urges', 'stronger'],
  ['Condemns', 'Strongly condemns', 'stronger'],
  ['Demands', 'Requests', 'weaker'],
];

interface Paragraph {
  readonly id: number;
  readonly kind: 'pp' | 'op';
  text: string;
}

function renderResolution(paragraphs: readonly Paragraph[]): string {
  let op = 0;
  return [
    'Draft resolution on human rights online',
    'The Human Rights Council,',
    ...paragraphs.map((p) => (p.kind === 'pp' ? `${p.text},` : `${(op += 1)}. ${p.text};`)),
  ].join('\n\n');
}

export interface ComparisonFigures {
  readonly pairs: number;
  readonly precision: number;
  readonly recall: number;
  /** Planted verb changes named with the right direction. */
  readonly verbChangesNamed: number;
}

/**
 * `pairs` pairs of drafts (8 PP, 12 OP) with, in each: an OP moved far, three paragraphs with 1–3
 * words edited, two leading verbs changed, a paragraph added and one removed. Every old
 * paragraph's fate (paired with which new one and how, or removed) and every added one is an
 * item; precision and recall are over those items.
 */
export function benchmarkVersionComparison(seed: number, pairs: number): ComparisonFigures {
  const random = createRandom(seed);
  const words = vocabulary(random, 3_000);
  let reported = 0;
  let truthCount = 0;
  let correct = 0;
  let verbsPlanted = 0;
  let verbsNamed = 0;
  for (let n = 0; n < pairs; n += 1) {
    let id = 0;
    const paragraphs: Paragraph[] = [
      ...Array.from({ length: 8 }, () => ({
        id: id++,
        kind: 'pp' as const,
        text: `${pick(random, PREAMBLE_OPENERS)} ${sentence(random, words, 18).join(' ')}`,
      })),
      ...Array.from({ length: 12 }, () => ({
        id: id++,
        kind: 'op' as const,
        text: `${pick(random, OPERATIVE_VERBS)} ${sentence(random, words, 22).join(' ')}`,
      })),
    ];
    const before = paragraphs.map((p) => ({ ...p }));
    const after = paragraphs.map((p) => ({ ...p }));
    const changed = new Set<number>();
    const verbChanges = new Map<number, [string, string, string]>();
    // Two leading verbs changed (OPs 2 and 6 of the old draft).
    for (const [at, change] of [
      [9, pick(random, VERB_CHANGES)],
      [13, pick(random, VERB_CHANGES)],
    ] as const) {
      const old = before[at] as Paragraph;
      const rest = old.text
        .split(' ')
        .slice(
          OPERATIVE_VERBS.some((v) => old.text.startsWith(`${v} `) && v.includes(' ')) ? 2 : 1,
        );
      old.text = `${change[0]} ${rest.join(' ')}`;
      (after[at] as Paragraph).text = `${change[1]} ${rest.join(' ')}`;
      changed.add(old.id);
      verbChanges.set(old.id, [change[0], change[1], change[2]]);
    }
    // Three paragraphs with 1–3 words edited.
    for (const at of [2, 11, 17]) {
      const target = after[at] as Paragraph;
      target.text = edit(random, target.text.split(' '), words, 1 + Math.floor(random() * 3)).join(
        ' ',
      );
      if (target.text !== (before[at] as Paragraph).text) changed.add(target.id);
    }
    // One paragraph removed, one added, one OP moved far.
    const removedId = (after[15] as Paragraph).id;
    after.splice(15, 1);
    const addedId = id++;
    after.splice(5, 0, {
      id: addedId,
      kind: 'pp',
      text: `Welcoming ${sentence(random, words, 18).join(' ')}`,
    });
    const [moving] = after.splice(9, 1);
    if (moving === undefined) continue;
    after.push(moving);
    const movedId = moving.id;
    const oldBlocks = withStructure(parseDocument(renderResolution(before), 'text').blocks);
    const newBlocks = withStructure(parseDocument(renderResolution(after), 'text').blocks);
    const comparison = compareVersions(oldBlocks, newBlocks);
    // Which planted paragraph each block holds (the parser decides where blocks break).
    const idsOf = (blocks: readonly { text: string }[], list: readonly Paragraph[]) =>
      blocks.map((block, index) => list.find((p) => block.text.includes(p.text))?.id ?? -1 - index);
    const oldIds = idsOf(oldBlocks, before);
    const newIds = idsOf(newBlocks, after);
    const oldId = (index: number): number => oldIds[index] ?? -99;
    const newId = (index: number): number => newIds[index] ?? -98;
    const truth = new Set<string>(['pair:-1:same', 'pair:-2:same']);
    for (const p of before) {
      if (p.id === removedId) truth.add(`removed:${p.id}`);
      else
        truth.add(
          `pair:${p.id}:${p.id === movedId ? 'moved' : changed.has(p.id) ? 'changed' : 'same'}`,
        );
    }
    truth.add(`added:${addedId}`);
    const items = new Set<string>();
    for (const pair of comparison.pairs) {
      const from = oldId(pair.oldIndex);
      items.add(
        from === newId(pair.newIndex)
          ? `pair:${from}:${pair.change}`
          : `pair:${from}->${newId(pair.newIndex)}`,
      );
      const planted = verbChanges.get(from);
      if (
        planted !== undefined &&
        pair.leadVerb?.old === planted[0] &&
        pair.leadVerb.new === planted[1] &&
        pair.leadVerb.direction === planted[2]
      ) {
        verbsNamed += 1;
      }
    }
    for (const added of comparison.added) items.add(`added:${newId(added.index)}`);
    for (const removed of comparison.removed) items.add(`removed:${oldId(removed.index)}`);
    verbsPlanted += verbChanges.size;
    reported += items.size;
    truthCount += truth.size;
    correct += [...items].filter((item) => truth.has(item)).length;
  }
  return {
    pairs,
    precision: reported === 0 ? 0 : correct / reported,
    recall: truthCount === 0 ? 0 : correct / truthCount,
    verbChangesNamed: verbsPlanted === 0 ? 0 : verbsNamed / verbsPlanted,
  };
}
