/**
 * Index build time and query latency over a generated library, deterministic for a seed. Not
 * part of the app: `npm run bench` and the tests import this file directly (index.ts does not).
 * The clock (and, optionally, a heap reading) is injected, so this stays pure TypeScript.
 */
import { NO_FILTERS } from '../shared/search/filters';
import {
  LibraryIndex,
  type BlockTexts,
  type IndexedBlock,
  type IndexedDocument,
  type StoredSegment,
} from '../shared/search/library-index';

/** A generated document with its blocks. */
export interface GeneratedDocument {
  readonly meta: IndexedDocument;
  readonly blocks: readonly IndexedBlock[];
}

/** Figures from one run; times in milliseconds. */
export interface SearchBenchmark {
  readonly documents: number;
  readonly blocks: number;
  /** Segments the index holds after building. */
  readonly segments: number;
  readonly buildMs: number;
  /** The stored segments' size, and the time to read them and load them into a new index. */
  readonly storedBytes: number | null;
  readonly restartMs: number | null;
  readonly queries: number;
  /** Queries that found nothing. */
  readonly zeroHitQueries: number;
  readonly queryMedianMs: number;
  readonly queryP95Ms: number;
  readonly queryMaxMs: number;
  /** The p95 of the CPU time queries took, when a CPU clock was injected (load hides less). */
  readonly queryCpuP95Ms: number | null;
  /** Heap growth from building the index, when a heap reading was injected. */
  readonly heapBytes: number | null;
}

export interface BenchmarkOptions {
  /** A monotonic clock in milliseconds (performance.now). */
  readonly now: () => number;
  /** The heap in use, in bytes, after a garbage collection when possible. */
  readonly heapUsed?: () => number;
  /** CPU time this thread has used, in milliseconds (on a loaded machine wall time is not). */
  readonly cpu?: () => number;
  /**
   * Storage standing in for the app's database: `save` writes the segments and says how many
   * bytes they took; `load` reads them back (timed, as the restart).
   */
  readonly store?: {
    readonly save: (segments: readonly StoredSegment[]) => {
      readonly bytes: number;
      readonly load: () => StoredSegment[];
    };
  };
}

/** A seeded pseudo-random generator (mulberry32) returning numbers in [0, 1). */
function createRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of the domain, used most often, as in real policy texts. */
const DOMAIN_WORDS = (
  'the of and to in a is that for on by with as be are states shall rights right human ' +
  'freedom expression opinion assembly association privacy data protection online offline ' +
  'access information interference frontiers media discrimination equality law remedy ' +
  'surveillance encryption platforms content moderation companies diligence children women ' +
  'minorities journalists defenders civil society participation digital technologies ' +
  'artificial intelligence safeguards necessary proportionate legitimate restrictions internet ' +
  'shutdowns censorship government resolution council declaration covenant article report ' +
  'security cyber accountability transparency oversight judicial independent national ' +
  'international cooperation development sustainable inclusion gender disability elections'
).split(' ');

/** Syllables for rarer made-up words, so the vocabulary is as large as a real library's. */
const SYLLABLES = 'ra to mi ke su lo pri va cy dem tion al ist er on ment ous ive ab con'.split(
  ' ',
);
/** Made-up words in the vocabulary besides the domain words. */
const RARE_WORDS = 20_000;

function vocabulary(random: () => number): string[] {
  const words = [...DOMAIN_WORDS];
  for (let i = 0; i < RARE_WORDS; i += 1) {
    let word = '';
    const length = 2 + Math.floor(random() * 3);
    for (let j = 0; j < length; j += 1) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.push(word);
  }
  return words;
}

/**
 * Picks a word with a Zipf-like skew: cubing a uniform number puts most picks among the first
 * (domain) words and leaves a long tail of rare ones, as in natural language.
 */
function pickWord(random: () => number, words: readonly string[]): string {
  return words[Math.floor(random() ** 3 * words.length)]!;
}

/**
 * Words of the other languages a library holds (every few documents is in one of them), so
 * queries in those languages have something to find: French, Spanish, German, Russian, Arabic,
 * Chinese (CJK has no spaces; its words are joined as written).
 */
const LANGUAGES: readonly { readonly words: readonly string[]; readonly joiner: string }[] = [
  {
    words:
      'les états doivent respecter la liberté d’expression et le droit à la vie privée en ligne comme hors ligne surveillance données personnelles réunion pacifique'.split(
        ' ',
      ),
    joiner: ' ',
  },
  {
    words:
      'los estados deben respetar la libertad de expresión y el derecho a la privacidad en línea vigilancia datos personales reunión pacífica periodistas'.split(
        ' ',
      ),
    joiner: ' ',
  },
  {
    words:
      'die staaten müssen die meinungsfreiheit und das recht auf privatsphäre online wie offline achten überwachung datenschutz versammlungsfreiheit'.split(
        ' ',
      ),
    joiner: ' ',
  },
  {
    words:
      'государства должны уважать свободу выражения мнений и право на неприкосновенность частной жизни в интернете слежка данные собраний'.split(
        ' ',
      ),
    joiner: ' ',
  },
  {
    words:
      'يجب على الدول احترام حرية التعبير والحق في الخصوصية على الإنترنت المراقبة البيانات الشخصية التجمع السلمي'.split(
        ' ',
      ),
    joiner: ' ',
  },
  {
    words: '各国 应当 尊重 网上 言论 自由 隐私 权利 监控 个人 数据 和平 集会 记者'.split(' '),
    joiner: '',
  },
];
/** One document in this many is written in one of LANGUAGES. */
const OTHER_LANGUAGE_EVERY = 8;

/** Words per generated paragraph: 30 to 90, about 60 on average (≈ 400 characters). */
const MIN_WORDS = 30;
const EXTRA_WORDS = 60;

/** A library of `documentCount` documents of `blocksPerDocument` paragraphs each. */
export function generateLibrary(
  seed: number,
  documentCount: number,
  blocksPerDocument: number,
): GeneratedDocument[] {
  const random = createRandom(seed);
  const words = vocabulary(random);
  const documents: GeneratedDocument[] = [];
  for (let d = 0; d < documentCount; d += 1) {
    const blocks: IndexedBlock[] = [];
    let start = 0;
    const language =
      d % OTHER_LANGUAGE_EVERY === OTHER_LANGUAGE_EVERY - 1
        ? LANGUAGES[Math.floor(d / OTHER_LANGUAGE_EVERY) % LANGUAGES.length]
        : undefined;
    for (let index = 0; index < blocksPerDocument; index += 1) {
      const count = MIN_WORDS + Math.floor(random() * EXTRA_WORDS);
      const parts = Array.from({ length: count }, () =>
        language
          ? language.words[Math.floor(random() * language.words.length)]!
          : pickWord(random, words),
      );
      const text = `${parts.join(language?.joiner ?? ' ')}.`;
      blocks.push({ index, start, text });
      start += text.length + 2;
    }
    documents.push({
      meta: {
        id: `doc-${d}`,
        title: `Statement ${d} on ${pickWord(random, words)} and ${pickWord(random, words)}`,
        kind: d % 3 === 0 ? 'resolution' : 'report',
        year: 1990 + (d % 35),
        version: 1,
      },
      blocks,
    });
  }
  return documents;
}

/**
 * Queries an analyst types: single words, prefixes as typed, words with a typo, two words, and
 * quoted phrases, in turn.
 */
export function typicalQueries(seed: number, count: number): string[] {
  const random = createRandom(seed);
  const word = () => DOMAIN_WORDS[10 + Math.floor(random() * (DOMAIN_WORDS.length - 10))]!;
  const queries: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const w = word();
    switch (i % 5) {
      case 0:
        queries.push(w);
        break;
      case 1:
        queries.push(w.slice(0, Math.max(3, Math.ceil(w.length / 2))));
        break;
      case 2: {
        const at = Math.floor(w.length / 2);
        queries.push(w.length >= 5 ? w.slice(0, at) + w.slice(at + 1) : w);
        break;
      }
      case 3:
        queries.push(`${w} ${word()}`);
        break;
      default:
        queries.push(`"${w} ${word()}"`);
    }
  }
  return queries;
}

/** Queries that find nothing in a generated library, in several languages and scripts. */
const ZERO_HIT_QUERIES = [
  'zyxwvut',
  '"freedom of zyxwvut"',
  'liberté syndicale',
  'derechos laborales',
  'Pressefreiheit',
  'цензура',
  'الرقابة',
  '审查',
  '検閲',
  '검열',
];

/**
 * The queries the benchmark times: the typical ones above, and as many again that are harder
 * for an index: rare words of the library's long tail, phrases copied from its paragraphs (so
 * they have hits, often one), words and phrases in its other languages, and queries that find
 * nothing, in several languages and scripts.
 */
export function benchmarkQueries(
  seed: number,
  count: number,
  documents: readonly GeneratedDocument[],
): string[] {
  const random = createRandom(seed);
  const typical = typicalQueries(seed, Math.ceil(count / 2));
  const pickText = () => {
    const doc = documents[Math.floor(random() * documents.length)];
    return doc?.blocks[Math.floor(random() * doc.blocks.length)]?.text ?? '';
  };
  const wordsOf = (text: string) => text.replace(/\.$/, '').split(' ');
  const rareWord = () => {
    // The long tail: a word of a paragraph that is none of the common domain words.
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const words = wordsOf(pickText());
      const candidate = words[Math.floor(random() * words.length)];
      if (candidate && !DOMAIN_WORDS.includes(candidate)) return candidate;
    }
    return 'zyxwvut';
  };
  const phrase = () => {
    const words = wordsOf(pickText());
    const length = 2 + Math.floor(random() * 3);
    const at = Math.floor(random() * Math.max(1, words.length - length));
    return `"${words.slice(at, at + length).join(' ')}"`;
  };
  const otherLanguage = (asPhrase: boolean) => {
    const language = LANGUAGES[Math.floor(random() * LANGUAGES.length)]!;
    const word = () => language.words[Math.floor(random() * language.words.length)]!;
    if (!asPhrase) return word();
    const words = [word(), word()];
    return language.joiner === '' ? words.join('') : `"${words.join(' ')}"`;
  };
  const hard: string[] = [];
  for (let i = 0; hard.length < count - typical.length; i += 1) {
    switch (i % 5) {
      case 0:
        hard.push(rareWord());
        break;
      case 1:
        hard.push(phrase());
        break;
      case 2:
        hard.push(otherLanguage(false));
        break;
      case 3:
        hard.push(otherLanguage(true));
        break;
      default:
        hard.push(ZERO_HIT_QUERIES[Math.floor(i / 5) % ZERO_HIT_QUERIES.length]!);
    }
  }
  // Interleaved, so a warm or cold moment of the machine does not fall on one kind only.
  return typical.flatMap((query, i) => (hard[i] === undefined ? [query] : [query, hard[i]!]));
}

/**
 * Documents indexed per segment while building, as the app's search engine reads them
 * (renderer/features/search/search-engine.ts, BATCH_DOCUMENTS).
 */
export const BUILD_BATCH = 200;

/**
 * Builds an index of the documents in batches, as the app does, keeping the segments it hands
 * over as the app's database would; then, when a store is given, "restarts": the stored segments
 * are written and read back and a new index loads them. Each query is run once on the index
 * that answers after the restart and timed.
 */
export async function benchmarkSearch(
  documents: readonly GeneratedDocument[],
  queries: readonly string[],
  options: BenchmarkOptions,
): Promise<SearchBenchmark> {
  const byId = new Map(documents.map((d) => [d.meta.id, d.blocks]));
  // The library's database, for snippets: blocks are read by document and index.
  const texts: BlockTexts = (refs) =>
    Promise.resolve(refs.map((r) => byId.get(r.docId)?.[r.index]?.text));
  const heapBefore = options.heapUsed?.() ?? null;
  const started = options.now();
  const built = new LibraryIndex(texts);
  const stored = new Map<number, StoredSegment>();
  for (let i = 0; i < documents.length; i += BUILD_BATCH) {
    built.addDocuments(documents.slice(i, i + BUILD_BATCH));
    const changes = built.takeChanges();
    for (const id of changes.deleted) stored.delete(id);
    for (const segment of changes.put) stored.set(segment.id, segment);
  }
  const buildMs = options.now() - started;
  const heapAfter = options.heapUsed?.() ?? null;

  let index = built;
  let restartMs: number | null = null;
  let storedBytes: number | null = null;
  if (options.store) {
    const saved = options.store.save([...stored.values()]);
    storedBytes = saved.bytes;
    const t0 = options.now();
    index = new LibraryIndex(texts);
    index.load(saved.load());
    restartMs = options.now() - t0;
  }

  let zeroHitQueries = 0;
  const latencies: number[] = [];
  const cpuTimes: number[] = [];
  for (const query of queries) {
    const t0 = options.now();
    const c0 = options.cpu?.() ?? 0;
    const results = await index.search(query, NO_FILTERS);
    latencies.push(options.now() - t0);
    cpuTimes.push((options.cpu?.() ?? 0) - c0);
    if (results.total === 0) zeroHitQueries += 1;
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const cpuSorted = [...cpuTimes].sort((a, b) => a - b);
  return {
    documents: index.documentCount,
    blocks: index.blockCount,
    segments: index.segmentCount,
    buildMs,
    storedBytes,
    restartMs,
    queries: queries.length,
    zeroHitQueries,
    queryMedianMs: at(0.5),
    queryP95Ms: at(0.95),
    queryMaxMs: sorted.at(-1) ?? 0,
    queryCpuP95Ms: options.cpu
      ? (cpuSorted[Math.min(cpuSorted.length - 1, Math.floor(0.95 * cpuSorted.length))] ?? 0)
      : null,
    heapBytes: heapBefore !== null && heapAfter !== null ? heapAfter - heapBefore : null,
  };
}
