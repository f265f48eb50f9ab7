import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters';
import { fold } from './fold';
import { LibraryIndex, type BlockTexts, type SearchResults } from './library-index';
import { findMatches } from './matches';
import { characterMask, maskDistanceBound, parseQuery } from './query';
import { buildSnippet, querySnippet } from './snippet';
import { wordTokens } from './tokenize';
import { propertyRuns } from '../testing/mutation-run';

/** Words from several scripts, accented and not, so folding and segmentation are exercised. */
const WORD = fc.constantFrom(
  'freedom',
  'Expression',
  'surveillance',
  'privacy',
  'déclaration',
  'NAÏVE',
  'assembly',
  'rights',
  'Право',
  'свободу',
  '人権',
  'ワシントン大学',
  'テクノロジー',
  'encryption',
  'law',
);
const SEPARATOR = fc.constantFrom(' ', ', ', '. ', ' — ', '\u00a0', ' (', ') ');
const BLOCK = fc
  .array(fc.tuple(WORD, SEPARATOR), { minLength: 1, maxLength: 25 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('search properties', () => {
  it('any word taken from an indexed block finds that block', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(BLOCK, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        async (docs, d, b, w) => {
          const index = new LibraryIndex();
          docs.forEach((texts, i) => {
            let start = 0;
            const blocks = texts.map((text, index) => {
              const block = { index, start, text };
              start += text.length + 2;
              return block;
            });
            index.addDocument(
              { id: `d${i}`, title: `Document ${i}`, kind: null, year: null, version: 1 },
              blocks,
            );
          });
          const docIndex = d % docs.length;
          const texts = docs[docIndex]!;
          const blockIndex = b % texts.length;
          const tokens = wordTokens(texts[blockIndex]!);
          fc.pre(tokens.length > 0);
          const word = tokens[w % tokens.length]!.text;
          const results = await index.search(word, NO_FILTERS);
          const group = results.groups.find((g) => g.docId === `d${docIndex}`);
          // Shown hits are bounded; the group's count still includes the block.
          expect(group?.count ?? 0).toBeGreaterThan(0);
          const all = await index.search(`"${word}"`, NO_FILTERS);
          expect(all.total).toBeGreaterThan(0);
        },
      ),
      { numRuns: propertyRuns(150) },
    );
  });

  // The oracle below does not use findMatches: a snippet word matches a one-word query when it
  // folds to the query word or starts with it (prefixes of three letters or more), and a query
  // that splits into several words (CJK) is a phrase whose words must all appear, in order.
  it('snippet highlights cover text that matches the query, and every matching word is highlighted', () => {
    fc.assert(
      fc.property(BLOCK, WORD, fc.integer({ min: 40, max: 300 }), (text, word, length) => {
        const query = parseQuery(word);
        const queryWords = wordTokens(word).map((token) => fold(token.text));
        const isMatch = (folded: string) =>
          queryWords.length === 1
            ? folded === queryWords[0] ||
              (queryWords[0]!.length >= 3 && folded.startsWith(queryWords[0]!))
            : queryWords.includes(folded);
        const snippet = buildSnippet(text, findMatches(text, query).ranges, length);
        expect(text).toContain(snippet.text);
        // Words cut by the snippet's edges are partial and judged by neither rule.
        const whole = wordTokens(snippet.text).filter(
          (t) =>
            !(snippet.cutBefore && t.start === 0) &&
            !(snippet.cutAfter && t.end === snippet.text.length),
        );
        for (const mark of snippet.highlights) {
          expect(mark.start).toBeGreaterThanOrEqual(0);
          expect(mark.end).toBeLessThanOrEqual(snippet.text.length);
          expect(mark.end).toBeGreaterThan(mark.start);
          const inside = whole.filter((t) => t.start < mark.end && t.end > mark.start);
          for (const t of inside) {
            // A highlight starts and ends on word boundaries and covers only matching words.
            expect(t.start).toBeGreaterThanOrEqual(mark.start);
            expect(t.end).toBeLessThanOrEqual(mark.end);
            expect(isMatch(fold(t.text))).toBe(true);
          }
          const partial =
            (snippet.cutBefore && mark.start === 0) ||
            (snippet.cutAfter && mark.end === snippet.text.length);
          if (!partial) expect(inside.length).toBeGreaterThan(0);
        }
        // Completeness: a whole matching word of a one-word query is inside some highlight.
        if (queryWords.length === 1) {
          for (const t of whole.filter((token) => isMatch(fold(token.text)))) {
            expect(snippet.highlights.some((m) => m.start <= t.start && m.end >= t.end)).toBe(true);
          }
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  // The index is built in segments, merged, masked and stored; none of that may change what a
  // search finds or how it ranks: the oracle is an index built once from the surviving documents.
  it('segments, merges, removals and a stored copy answer as one index built at once', async () => {
    const DOC = fc.array(BLOCK, { minLength: 1, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(DOC, fc.boolean(), fc.integer({ min: 1, max: 3 })), {
          minLength: 1,
          maxLength: 12,
        }),
        WORD,
        WORD,
        async (docs, word, other) => {
          const source = docs.map(([texts], i) => ({
            meta: { id: `d${i}`, title: `Document ${i}`, kind: null, year: null, version: 1 },
            blocks: toBlocks(texts),
          }));
          const byId = new Map(source.map((d) => [d.meta.id, d.blocks]));
          const texts: BlockTexts = (refs) =>
            Promise.resolve(refs.map((r) => byId.get(r.docId)?.[r.index]?.text));

          // Built in batches of varied sizes, with some documents removed along the way.
          const stepwise = new LibraryIndex(texts);
          for (let i = 0; i < source.length;) {
            const size = docs[i]![2];
            stepwise.addDocuments(source.slice(i, i + size));
            i += size;
          }
          docs.forEach(([, removed], i) => {
            if (removed) stepwise.removeDocument(`d${i}`);
          });
          stepwise.compact();
          const stored = structuredClone(stepwise.takeChanges().put);
          const restarted = new LibraryIndex(texts);
          restarted.load(stored);
          docs.forEach(([, removed], i) => {
            if (removed) restarted.removeDocument(`d${i}`);
          });

          const oracle = new LibraryIndex(texts);
          oracle.addDocuments(source.filter((_, i) => !docs[i]![1]));

          for (const query of [word, `${word} ${other}`, `"${word} ${other}"`, word.slice(0, 4)]) {
            const expected = summary(await oracle.search(query, NO_FILTERS));
            expect(summary(await stepwise.search(query, NO_FILTERS))).toEqual(expected);
            expect(summary(await restarted.search(query, NO_FILTERS))).toEqual(expected);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('search shortcuts', () => {
  // Phrases are checked on stored word positions; the oracle reads the texts themselves.
  it('a phrase query finds exactly the blocks whose text holds every phrase', async () => {
    const DOC = fc.array(BLOCK, { minLength: 1, maxLength: 5 });
    const PHRASE = fc
      .array(WORD, { minLength: 2, maxLength: 3 })
      .map((words) => `"${words.join(' ')}"`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(DOC, fc.boolean()), { minLength: 1, maxLength: 10 }),
        fc.array(PHRASE, { minLength: 1, maxLength: 2 }),
        async (docs, phrases) => {
          // Two segments, and removed documents masked in them.
          const index = new LibraryIndex();
          const source = docs.map(([texts], i) => ({
            meta: { id: `d${i}`, title: `Document ${i}`, kind: null, year: null, version: 1 },
            blocks: toBlocks(texts),
          }));
          const half = Math.ceil(source.length / 2);
          index.addDocuments(source.slice(0, half));
          index.addDocuments(source.slice(half));
          docs.forEach(([, removed], i) => {
            if (removed) index.removeDocument(`d${i}`);
          });
          const input = phrases.join(' ');
          const query = parseQuery(input);
          const expected = source
            .filter((_, i) => !docs[i]![1])
            .flatMap((d) =>
              d.blocks
                .filter((b) => findMatches(b.text, query).allPhrasesFound)
                .map((b) => `${d.meta.id}#${b.index}`),
            );
          const results = await index.search(input, NO_FILTERS);
          expect(results.total).toBe(expected.length);
          const found = results.groups.flatMap((g) =>
            g.hits.map((h) => `${h.docId}#${h.blockIndex}`),
          );
          // At most five blocks a document: every match is shown.
          expect(found.sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: propertyRuns(150) },
    );
  });

  // Snippets read a block's words only as far as the snippet reaches; the oracle reads them all.
  it('a query snippet equals the snippet of every match found in the whole text', () => {
    // Short words near the window's edges, and unspaced words side by side (their matches
    // touch and merge into one range).
    const PIECE = fc.oneof(WORD, fc.constantFrom('law', 'of', 'on', '人権', '大学', 'ワシントン'));
    const LONG = fc
      .array(fc.tuple(PIECE, fc.constantFrom(' ', ' ', '', ', ', '. ', ' — ')), {
        minLength: 1,
        maxLength: 80,
      })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    const QUERY = fc.oneof(
      PIECE,
      PIECE.map((w) => w.slice(0, 4)),
      WORD.map((w) => w.slice(0, 3) + w.slice(4)),
      fc.tuple(PIECE, PIECE).map(([a, b]) => `${a} ${b}`),
      fc.tuple(PIECE, PIECE).map(([a, b]) => `"${a} ${b}"`),
      fc.tuple(PIECE, PIECE, PIECE).map(([a, b, c]) => `"${a} ${b} ${c}" ${a.slice(0, 5)}`),
      fc.tuple(PIECE, PIECE, PIECE).map(([a, b, c]) => `"${a} ${b}" "${b} ${c}"`),
    );
    // Every window length over texts of short words and touching unspaced matches, so matches
    // fall on the window's edges.
    const texts = [
      'law on of '.repeat(30),
      `${'of the law '.repeat(12)}ワシントン大学 on law ${'of the law '.repeat(12)}`,
      `${'x '.repeat(100)}ワシントン大学人権`,
    ];
    for (const text of texts) {
      for (const input of ['law', 'on', '"on of"', 'ワシントン 大学', '大学 人権', '"law on" of']) {
        const query = parseQuery(input);
        for (let length = 5; length <= 260; length += 1) {
          expect(querySnippet(text, query, length)).toEqual(
            buildSnippet(text, findMatches(text, query).ranges, length),
          );
        }
      }
    }
    fc.assert(
      fc.property(LONG, QUERY, fc.integer({ min: 10, max: 300 }), (text, input, length) => {
        const query = parseQuery(input);
        expect(querySnippet(text, query, length)).toEqual(
          buildSnippet(text, findMatches(text, query).ranges, length),
        );
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  // Searching reuses per-block score arrays and keeps each word's vocabulary matches.
  it('a search leaves nothing behind: each query answers as on a fresh index', async () => {
    const QUERY = fc.oneof(
      WORD,
      fc.tuple(WORD, WORD).map(([a, b]) => `${a} ${b}`),
      fc.tuple(WORD, WORD).map(([a, b]) => `"${a} ${b}"`),
      WORD.map((w) => w.slice(0, 4)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(BLOCK, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.array(QUERY, { minLength: 2, maxLength: 6 }),
        async (docs, queries) => {
          const source = docs.map((texts, i) => ({
            meta: { id: `d${i}`, title: `Document ${i}`, kind: null, year: null, version: 1 },
            blocks: toBlocks(texts),
          }));
          const used = new LibraryIndex();
          used.addDocuments(source);
          for (const query of queries) {
            const fresh = new LibraryIndex();
            fresh.addDocuments(source);
            expect(summary(await used.search(query, NO_FILTERS))).toEqual(
              summary(await fresh.search(query, NO_FILTERS)),
            );
          }
        },
      ),
      { numRuns: propertyRuns(100) },
    );
  });

  // Typo matching skips words whose character classes alone rule them out; the bound must
  // never exceed the true distance, or a typo match would be lost.
  it('the distance bound from character masks never exceeds the edit distance', () => {
    const TEXT = fc.string({
      unit: fc.constantFrom('a', 'b', 'e', 'r', 'z', 'A', 'é', 'ж', 'ч', '人', '1', '\u0101'),
      maxLength: 9,
    });
    fc.assert(
      fc.property(TEXT, TEXT, (a, b) => {
        expect(maskDistanceBound(characterMask(a), characterMask(b))).toBeLessThanOrEqual(
          levenshtein(a, b),
        );
      }),
      { numRuns: propertyRuns(1000) },
    );
    expect(maskDistanceBound(characterMask('privacy'), characterMask('privacy'))).toBe(0);
    expect(maskDistanceBound(characterMask('abc'), characterMask('xyz'))).toBe(3);
  });
});

/** The edit distance, computed in full (the oracle for the bound above). */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min(row[j - 1]! + cost, row[j]! + 1, next[j - 1]! + 1));
    }
    row = next;
  }
  return row[b.length]!;
}

function toBlocks(texts: readonly string[]) {
  let start = 0;
  return texts.map((text, index) => {
    const block = { index, start, text };
    start += text.length + 2;
    return block;
  });
}

/** What a search shows, scores rounded (sums may be added in another order). */
function summary(results: SearchResults) {
  return {
    total: results.total,
    documentCount: results.documentCount,
    groups: results.groups.map((g) => ({
      docId: g.docId,
      count: g.count,
      hits: g.hits.map((h) => [h.blockIndex, h.score.toFixed(9), h.snippet.text]),
    })),
  };
}
