import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type SearchFilters } from './filters';
import { fold } from './fold';
import {
  LibraryIndex,
  MAX_HITS_PER_DOCUMENT,
  type IndexedBlock,
  type SearchResults,
} from './library-index';
import { findMatches } from './matches';
import { parseQuery, withinEdits, wordMatches } from './query';
import { buildSnippet, SNIPPET_LENGTH } from './snippet';
import { tokenize, wordTokens } from './tokenize';

function blocks(texts: readonly string[]): IndexedBlock[] {
  let start = 0;
  return texts.map((text, index) => {
    const block = { index, start, text };
    start += text.length + 2;
    return block;
  });
}

const DECLARATION = [
  'Freedom Online: Joint Action for Free Expression on the Internet',
  'We call on States to refrain from mass surveillance of their citizens.',
  'Digital freedom depends on the rule of law and on strong encryption.',
  'La Déclaration des droits de l’homme protège la vie privée.',
];
const BRIEFING = [
  'Multilateral initiatives for upholding human rights',
  'Targeted surveillance of journalists and human rights defenders is a growing concern.',
  'Freedom is digital when the law protects it.',
];
const JAPANESE = [
  'Author: Business & Human Rights Resource Centre、Open Global Rights及びワシントン大学*法の支配イニシアチブ',
  'テクノロジー(技術)は、人権にとって強力なツールになります。',
];

function library(): LibraryIndex {
  const index = new LibraryIndex();
  index.addDocument(
    { id: 'foc', title: 'Freedom Online', kind: 'declaration', year: 2011, version: 1 },
    blocks(DECLARATION),
  );
  index.addDocument(
    { id: 'eprs', title: 'Multilateral initiatives', kind: 'briefing', year: 2022, version: 1 },
    blocks(BRIEFING),
  );
  index.addDocument(
    { id: 'bhrrc', title: 'Technology and Human Rights', kind: null, year: null, version: 1 },
    blocks(JAPANESE),
  );
  return index;
}

const where = (results: SearchResults) =>
  results.groups.flatMap((g) => g.hits.map((h) => `${h.docId}#${h.blockIndex}`));

describe('fold', () => {
  it('lowercases and strips diacritics, composed or decomposed', () => {
    expect(fold('Déclaration')).toBe('declaration');
    expect(fold('De\u0301claration')).toBe('declaration');
    expect(fold('NAÏVE Ça')).toBe('naive ca');
    expect(fold('İstanbul')).toBe('istanbul');
  });
  it('keeps kana voicing marks, which are letters, not accents', () => {
    expect(fold('ガ')).toBe('ガ');
    expect(fold('ブロックチェーン')).toBe('ブロックチェーン');
  });
});

describe('tokenize', () => {
  it('splits spaced scripts on letters and digits, keeping inner apostrophes', () => {
    expect(tokenize("States don't, U.N. e-mail 2011!")).toEqual([
      'States',
      "don't",
      'U',
      'N',
      'e',
      'mail',
      '2011',
    ]);
  });
  it('segments Japanese into dictionary words, with offsets into the text', () => {
    const text = 'Rights及びワシントン大学*法の支配イニシアチブ';
    const tokens = wordTokens(text);
    expect(tokens.map((t) => t.text)).toEqual(
      expect.arrayContaining(['ワシントン', '大学', '法', '支配']),
    );
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('parseQuery', () => {
  it('folds words, keeps quoted phrases, and treats unspaced multi-word chunks as phrases', () => {
    expect(parseQuery('Surveillance "Digital  Freedom" 法の支配')).toEqual({
      terms: ['surveillance', 'digital', 'freedom', '法', 'の', '支配'],
      words: ['surveillance'],
      phrases: [
        ['digital', 'freedom'],
        ['法', 'の', '支配'],
      ],
    });
  });
  it('does not make a phrase of an unclosed quote', () => {
    expect(parseQuery('"digital fre').phrases).toEqual([]);
    expect(parseQuery('"digital fre').words).toEqual(['digital', 'fre']);
  });
  it('matches words exactly, by prefix from three letters, with one typo in five letters', () => {
    expect(wordMatches('surveillance', 'sur')).toBe(true);
    expect(wordMatches('surveillance', 'su')).toBe(false);
    expect(wordMatches('surveillance', 'survelance')).toBe(true);
    expect(wordMatches('surveillance', 'survalence')).toBe(false);
    expect(wordMatches('law', 'lay')).toBe(false);
    expect(withinEdits('kitten', 'sitting', 3)).toBe(true);
    expect(withinEdits('kitten', 'sitting', 2)).toBe(false);
  });
});

describe('findMatches and snippets', () => {
  it('marks matching words as written, and phrase occurrences as one range', () => {
    const text = DECLARATION[3]!;
    const { ranges } = findMatches(text, parseQuery('declaration'));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Déclaration']);
    const phrase = findMatches(DECLARATION[2]!, parseQuery('"rule of law"'));
    expect(phrase.allPhrasesFound).toBe(true);
    expect(phrase.ranges.map((r) => DECLARATION[2]!.slice(r.start, r.end))).toEqual([
      'rule of law',
    ]);
  });

  it('cuts long texts around the first match, at word boundaries, with marks inside', () => {
    const filler = 'Lorem ipsum dolor sit amet consectetur. '.repeat(20);
    const text = `${filler}Mass surveillance chills expression. ${filler}`;
    const ranges = findMatches(text, parseQuery('surveillance')).ranges;
    const snippet = buildSnippet(text, ranges);
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(snippet.cutBefore && snippet.cutAfter).toBe(true);
    expect(snippet.text).toContain('Mass surveillance chills');
    expect(snippet.text.startsWith(' ')).toBe(false);
    const [mark] = snippet.highlights;
    expect(mark && snippet.text.slice(mark.start, mark.end)).toBe('surveillance');
  });

  it('shows a match at the very end with full context before it', () => {
    const text = `${'word '.repeat(100)}surveillance`;
    const snippet = buildSnippet(text, findMatches(text, parseQuery('surveillance')).ranges);
    expect(snippet.cutAfter).toBe(false);
    expect(snippet.text.endsWith('surveillance')).toBe(true);
    expect(snippet.text.length).toBeGreaterThan(SNIPPET_LENGTH - 10);
  });
  it('never cuts the match it is about, even where the window would end inside it', () => {
    // A window of 45 ends two characters into the only match.
    const text = 'freedom déclaration, assembly (Expression, テクノロジー freedom ';
    const snippet = buildSnippet(text, findMatches(text, parseQuery('テクノロジー')).ranges, 45);
    const [mark] = snippet.highlights;
    expect(mark && snippet.text.slice(mark.start, mark.end)).toBe('テクノロジー');
    expect(snippet.cutAfter).toBe(true);
  });
});

describe('LibraryIndex.search', () => {
  it('finds a word in several documents, grouped by document, with highlighted snippets', async () => {
    const results = await library().search('surveillance', NO_FILTERS);
    expect(where(results).sort()).toEqual(['eprs#1', 'foc#1']);
    expect(results.documentCount).toBe(2);
    for (const group of results.groups) {
      expect(group.count).toBe(1);
      const hit = group.hits[0]!;
      const mark = hit.snippet.highlights[0]!;
      expect(hit.snippet.text.slice(mark.start, mark.end)).toBe('surveillance');
    }
  });

  it('matches by prefix and despite small typos', async () => {
    expect(where(await library().search('surveil', NO_FILTERS)).sort()).toEqual([
      'eprs#1',
      'foc#1',
    ]);
    expect(where(await library().search('survelance', NO_FILTERS)).sort()).toEqual([
      'eprs#1',
      'foc#1',
    ]);
    expect(where(await library().search('jurnalists', NO_FILTERS))).toEqual(['eprs#1']);
  });

  it('folds diacritics both ways', async () => {
    expect(where(await library().search('declaration', NO_FILTERS))).toEqual(['foc#3']);
    expect(where(await library().search('PROTÈGE privée', NO_FILTERS))).toEqual(['foc#3']);
  });

  it('requires a phrase’s words adjacent and in order', async () => {
    // "Freedom is digital" has both words, in the wrong order: only the declaration matches.
    expect(where(await library().search('"digital freedom"', NO_FILTERS))).toEqual(['foc#2']);
    expect(where(await library().search('digital freedom', NO_FILTERS)).sort()).toEqual([
      'eprs#2',
      'foc#2',
    ]);
  });

  it('finds Japanese words and phrases', async () => {
    expect(where(await library().search('法の支配', NO_FILTERS))).toEqual(['bhrrc#0']);
    expect(where(await library().search('ワシントン大学', NO_FILTERS))).toEqual(['bhrrc#0']);
    const hit = (await library().search('人権', NO_FILTERS)).groups[0]!.hits[0]!;
    expect(hit.blockIndex).toBe(1);
    const mark = hit.snippet.highlights[0]!;
    expect(hit.snippet.text.slice(mark.start, mark.end)).toBe('人権');
  });

  it('filters by kind and by a range of years, leaving out documents without a year', async () => {
    const kind: SearchFilters = { ...NO_FILTERS, kind: 'briefing' };
    expect(where(await library().search('surveillance', kind))).toEqual(['eprs#1']);
    const years: SearchFilters = { ...NO_FILTERS, yearFrom: 2000, yearTo: 2015 };
    expect(where(await library().search('surveillance', years))).toEqual(['foc#1']);
    expect(
      where(await library().search('rights', { ...NO_FILTERS, yearFrom: 1900 })),
    ).not.toContain('bhrrc#0');
  });

  it('filters by right: only matches inside passages carrying it', async () => {
    const index = library();
    const block = blocks(DECLARATION)[1]!;
    const at = block.start + block.text.indexOf('mass surveillance');
    const passages = new Map([['foc', [{ start: at, end: at + 'mass surveillance'.length }]]]);
    const filters = { ...NO_FILTERS, rightId: 'right:privacy' };
    expect(where(await index.search('surveillance', filters, passages))).toEqual(['foc#1']);
    // "citizens" is in the same block but outside the passage.
    expect(where(await index.search('citizens', filters, passages))).toEqual([]);
    expect(where(await index.search('surveillance', filters, new Map()))).toEqual([]);
  });

  it('centres a right-filtered snippet on the match inside the passage', async () => {
    const index = new LibraryIndex();
    const text = `Surveillance first. ${'Filler words here. '.repeat(20)}Then unlawful surveillance.`;
    index.addDocument({ id: 'd', title: 'T', kind: null, year: null, version: 1 }, blocks([text]));
    const at = text.indexOf('unlawful surveillance');
    const passages = new Map([['d', [{ start: at, end: at + 21 }]]]);
    const results = await index.search('surveillance', { ...NO_FILTERS, rightId: 'r' }, passages);
    const snippet = results.groups[0]!.hits[0]!.snippet;
    expect(snippet.text).toContain('unlawful surveillance');
    expect(snippet.text).not.toContain('Surveillance first');
  });

  it('forgets removed documents and re-indexes replaced ones', async () => {
    const index = library();
    index.removeDocument('eprs');
    expect(where(await index.search('surveillance', NO_FILTERS))).toEqual(['foc#1']);
    index.addDocument(
      { id: 'foc', title: 'Freedom Online', kind: 'declaration', year: 2011, version: 2 },
      blocks(['Nothing about it any more.']),
    );
    expect(where(await index.search('surveillance', NO_FILTERS))).toEqual([]);
    expect(index.indexed('foc')?.version).toBe(2);
    expect(index.blockCount).toBe(3);
  });

  it('counts every match but shows a bounded number per document', async () => {
    const index = new LibraryIndex();
    const many = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} on encryption.`);
    index.addDocument({ id: 'd', title: 'Long', kind: null, year: null, version: 1 }, blocks(many));
    const results = await index.search('encryption', NO_FILTERS);
    expect(results.total).toBe(30);
    expect(results.groups[0]!.count).toBe(30);
    expect(results.groups[0]!.hits).toHaveLength(MAX_HITS_PER_DOCUMENT);
    expect(results.truncated).toBe(true);
    const order = results.groups[0]!.hits.map((h) => h.blockIndex);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  // Only the best few hundred matches are ordered at first; a document holding more of the top
  // scores than that fills its share of hits, and the rest are ordered as far as they are read.
  it('shows other documents’ hits when one document holds more top scores than are ordered at first', async () => {
    const index = new LibraryIndex();
    const top = Array.from({ length: 500 }, () => 'encryption encryption.');
    index.addDocument({ id: 'a', title: 'Top', kind: null, year: null, version: 1 }, blocks(top));
    const others = Array.from({ length: 150 }, (_, i) => `b${String(i).padStart(3, '0')}`);
    index.addDocuments(
      others.map((id) => ({
        meta: { id, title: 'Other', kind: null, year: null, version: 1 },
        blocks: blocks(['Strong encryption protects journalists and their sources.']),
      })),
    );
    const results = await index.search('encryption', NO_FILTERS);
    expect(results.total).toBe(650);
    expect(results.documentCount).toBe(151);
    expect(results.groups[0]!.docId).toBe('a');
    expect(results.groups[0]!.count).toBe(500);
    // Equal scores: in reading order, then by document id.
    expect(results.groups[0]!.hits.map((h) => h.blockIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const rest = results.groups.slice(1);
    expect(rest.map((g) => g.docId)).toEqual(others.slice(0, 100 - MAX_HITS_PER_DOCUMENT));
    expect(rest.every((g) => g.count === 1)).toBe(true);
    expect(results.truncated).toBe(true);
  });

  it('finds nothing for an empty query', async () => {
    expect((await library().search('  " ', NO_FILTERS)).total).toBe(0);
  });
});
