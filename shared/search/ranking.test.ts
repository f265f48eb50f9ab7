/**
 * The index ranks as MiniSearch ranked when the app used it (BM25+ over text and title, exact,
 * prefix and typo matches weighted alike): the same blocks match every query, with the same
 * scores. MiniSearch is kept as a development dependency for this comparison only.
 */
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters';
import { fold } from './fold';
import { LibraryIndex, MAX_SHOWN_HITS, type DocumentToIndex } from './library-index';
import { allowedEdits, allowsPrefix, FUZZY_RATIO, parseQuery } from './query';
import { tokenize } from './tokenize';

const WORD = fc.constantFrom(
  'freedom',
  'freedoms',
  'free',
  'Expression',
  'expressions',
  'surveillance',
  'surveilance',
  'privacy',
  'private',
  'déclaration',
  'declarations',
  'rights',
  'right',
  'Право',
  'свободу',
  '人権',
  'law',
  'lawful',
  'encryption',
);
const TEXT = fc.array(WORD, { minLength: 1, maxLength: 30 }).map((words) => `${words.join(' ')}.`);
const QUERY = fc.oneof(
  WORD,
  fc.tuple(WORD, WORD).map(([a, b]) => `${a} ${b}`),
  WORD.map((w) => w.slice(0, 4)),
);

/** The app's MiniSearch configuration before this index replaced it. */
function miniSearchOf(documents: readonly DocumentToIndex[]) {
  const mini = new MiniSearch<{ id: number; text: string; title: string }>({
    fields: ['text', 'title'],
    storeFields: [],
    tokenize,
    processTerm: (term) => fold(term) || null,
    searchOptions: { processTerm: (term) => fold(term) || null },
  });
  const keys: string[] = [];
  for (const { meta, blocks } of documents) {
    for (const block of blocks) {
      mini.add({ id: keys.length, text: block.text, title: meta.title });
      keys.push(`${meta.id}#${block.index}`);
    }
  }
  return {
    search: (input: string) => {
      const query = parseQuery(input);
      return mini
        .search(
          { combineWith: 'AND', queries: [...query.terms] },
          {
            prefix: (term) => allowsPrefix(term),
            fuzzy: (term) => (allowedEdits(term) > 0 ? FUZZY_RATIO : false),
            boost: { title: 0.3 },
          },
        )
        .map((r) => ({ key: keys[r.id as number]!, score: r.score }));
    },
  };
}

describe('ranking', () => {
  it('matches the blocks MiniSearch matched, with the same scores and order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.array(TEXT, { minLength: 1, maxLength: 4 }),
            fc.array(WORD, { maxLength: 3 }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        fc.array(QUERY, { minLength: 1, maxLength: 4 }),
        async (docs, queries) => {
          const documents: DocumentToIndex[] = docs.map(([texts, title], d) => {
            let start = 0;
            return {
              meta: {
                id: `d${d}`,
                title: ['Report', ...title].join(' '),
                kind: null,
                year: null,
                version: 1,
              },
              blocks: texts.map((text, index) => {
                const block = { index, start, text };
                start += text.length + 2;
                return block;
              }),
            };
          });
          const index = new LibraryIndex();
          // Two segments, so their statistics are combined as one index's would be.
          const half = Math.ceil(documents.length / 2);
          index.addDocuments(documents.slice(0, half));
          index.addDocuments(documents.slice(half));
          const mini = miniSearchOf(documents);
          for (const query of queries) {
            const expected = mini.search(query);
            const results = await index.search(query, NO_FILTERS);
            expect(results.total).toBe(expected.length);
            const scores = new Map(expected.map((r) => [r.key, r.score]));
            const hits = results.groups.flatMap((g) => g.hits);
            expect(hits.length).toBe(Math.min(expected.length, MAX_SHOWN_HITS));
            for (const hit of hits) {
              expect(hit.score).toBeCloseTo(scores.get(`${hit.docId}#${hit.blockIndex}`) ?? -1, 9);
            }
            // Documents in order of their best match.
            const best = results.groups.map((g) => Math.max(...g.hits.map((h) => h.score)));
            expect(best).toEqual([...best].sort((a, b) => b - a));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
