/**
 * Wording search over the sample library: the offline/online formula is found where it is
 * repeated and where it is varied, with the differences marked; look-alikes below the floor are
 * not shown; the index follows additions and deletions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../text/parse-document';
import { alignmentSimilarity, alignWords } from './align-words';
import { CANDIDATES_ALIGNED, rankSimilar, SIMILARITY_FLOOR } from './find-similar';
import { fingerprintBlocks, WordingIndex } from './wording-index';
import { wordsOf } from './words';

const CORPUS = path.join(import.meta.dirname, '../../resources/corpus');
const FORMULA = 'the same rights that people have offline must also be protected online';

function sampleLibrary(): Map<string, string[]> {
  const manifest = JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as {
    documents: { file: string; format: 'text' | 'markdown' }[];
  };
  return new Map(
    manifest.documents.map((document) => [
      document.file,
      parseDocument(
        readFileSync(path.join(CORPUS, document.file), 'utf8'),
        document.format,
      ).blocks.map((block) => block.text),
    ]),
  );
}

function search(index: WordingIndex, library: Map<string, string[]>, quote: string) {
  const candidates = index.candidates(quote, CANDIDATES_ALIGNED);
  return rankSimilar(
    quote,
    candidates.map((candidate) => ({
      ...candidate,
      text: library.get(candidate.docId)?.[candidate.index] ?? '',
    })),
  );
}

describe('where else does this wording appear', () => {
  const library = sampleLibrary();
  const index = new WordingIndex();
  index.add(
    [...library].map(([docId, texts]) => ({
      docId,
      passages: fingerprintBlocks(texts.map((text) => ({ text }))),
    })),
  );

  it('finds the formula’s four exact repeats first, then its variants, and nothing else', () => {
    const found = search(index, library, FORMULA);
    expect(found.slice(0, 4).every((f) => f.exact && f.similarity === 1)).toBe(true);
    expect(
      found
        .slice(0, 4)
        .map((f) => f.docId)
        .sort(),
    ).toEqual([
      'bhrrc-technology-and-digital-freedom.txt',
      'eprs-multilateral-initiatives-digital-rights.md',
      'eprs-multilateral-initiatives-digital-rights.md',
      'foc-stresses-human-rights-online.txt',
    ]);
    expect(found.slice(4).map((f) => f.docId)).toEqual([
      'canada-human-rights-online.txt', // "The rights and freedoms that individuals have offline…"
      'foc-joint-action-free-expression.txt', // "the human rights that people have offline…"
    ]);
    expect(found.every((f) => f.similarity >= SIMILARITY_FLOOR)).toBe(true);
  });

  it('marks the variant’s words against the selection', () => {
    const canada = search(index, library, FORMULA).find((f) => f.docId.startsWith('canada'));
    const text = library.get('canada-human-rights-online.txt')?.[canada?.index ?? -1] ?? '';
    expect(text.slice(canada?.start, canada?.end)).toBe(
      'The rights and freedoms that individuals have offline must also be protected online',
    );
    expect(canada?.words.filter((w) => w.op !== 'same')).toEqual([
      { op: 'removed', text: 'same' },
      { op: 'added', text: 'and' },
      { op: 'added', text: 'freedoms' },
      { op: 'changed', text: 'individuals', was: 'people' },
    ]);
  });

  it('forgets deleted documents and picks up new ones', () => {
    const copy = new WordingIndex();
    copy.add(
      [...library].map(([docId, texts]) => ({
        docId,
        passages: fingerprintBlocks(texts.map((text) => ({ text }))),
      })),
    );
    copy.remove('bhrrc-technology-and-digital-freedom.txt');
    expect(search(copy, library, FORMULA).some((f) => f.docId.startsWith('bhrrc'))).toBe(false);
    const added = new Map(library).set('new.txt', [`Recalling that ${FORMULA}, the Council acts.`]);
    copy.add([
      {
        docId: 'new.txt',
        passages: fingerprintBlocks([{ text: `Recalling that ${FORMULA}, the Council acts.` }]),
      },
    ]);
    expect(search(copy, added, FORMULA).some((f) => f.docId === 'new.txt' && f.exact)).toBe(true);
    // Re-adding a deleted document brings it back once, not twice.
    copy.add([
      {
        docId: 'bhrrc-technology-and-digital-freedom.txt',
        passages: fingerprintBlocks(
          (library.get('bhrrc-technology-and-digital-freedom.txt') ?? []).map((text) => ({ text })),
        ),
      },
    ]);
    expect(search(copy, added, FORMULA).filter((f) => f.docId.startsWith('bhrrc'))).toHaveLength(1);
  });
});

describe('local alignment', () => {
  it('scores fall as the passage departs from the quote', () => {
    const quote = wordsOf(FORMULA);
    const score = (text: string) => {
      const alignment = alignWords(quote, wordsOf(text));
      return alignment === null ? 0 : alignmentSimilarity(alignment, quote.length);
    };
    const exact = score(FORMULA);
    const oneEdit = score('the same rights that people have offline must also be respected online');
    const threeEdits = score(
      'the same freedoms that persons have offline should also be respected online',
    );
    const lookAlike = score('the same companies that people use offline also sell products online');
    expect(exact).toBe(1);
    expect(oneEdit).toBeLessThan(exact);
    expect(threeEdits).toBeLessThan(oneEdit);
    expect(lookAlike).toBeLessThan(SIMILARITY_FLOOR);
  });
});
