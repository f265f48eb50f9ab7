/** One citation rule for every surface: own numbering as ranges, else ¶ counting paragraphs. */
import { describe, expect, it } from 'vitest';
import { placeBlocks, type ParsedBlock } from '../model/document';
import { citationLabel, citePassage, documentCiter, paragraphNumbers } from './cite-passage';
import type { StructuralRef } from './structural-ref';

const art = (...path: string[]): StructuralRef => ({ unit: 'article', path });
const op = (n: string): StructuralRef => ({ unit: 'operative', path: [n] });
const para = (text: string, ref?: StructuralRef, page?: number): ParsedBlock => ({
  kind: 'paragraph',
  text,
  ...(ref ? { ref } : {}),
  ...(page === undefined ? {} : { page }),
});
const heading = (text: string, ref?: StructuralRef): ParsedBlock => ({
  kind: 'heading',
  level: 2,
  text,
  ...(ref ? { ref } : {}),
});

describe('citing a passage', () => {
  const treaty = [
    heading('Covenant'),
    heading('Article 19', art('19')),
    para('1. Everyone shall have the right to hold opinions.', art('19', '1')),
    para('2. Everyone shall have the right to freedom of expression.', art('19', '2')),
    para('3. The exercise of the rights…', art('19', '3')),
    para('(a) For respect of the rights of others;', art('19', '3', 'a')),
    para('(b) For the protection of national security.', art('19', '3', 'b')),
  ];

  it('cites a single block by its own reference', () => {
    expect(citationLabel(citePassage(treaty, 3))).toBe('Art. 19(2)');
    expect(citePassage(treaty, 3).own).toBe(true);
  });

  it('cites a passage over several numbered paragraphs as a range', () => {
    expect(citationLabel(citePassage(treaty, 3, 4))).toBe('Art. 19(2)–(3)');
    expect(citationLabel(citePassage(treaty, 5, 6))).toBe('Art. 19(3)(a)–(b)');
    const resolution = ['5', '6', '7'].map((n) => para(`${n}. Calls upon States…`, op(n)));
    expect(citationLabel(citePassage(resolution, 0, 2))).toBe('OP 5–7');
    const report = ['23', '24', '25'].map((n) =>
      para(`${n}. The Special Rapporteur…`, { unit: 'paragraph', path: [n] }),
    );
    expect(citationLabel(citePassage(report, 0, 2))).toBe('paras. 23–25');
  });

  it('cites an article from its heading into its paragraphs as the article', () => {
    expect(citationLabel(citePassage(treaty, 1, 4))).toBe('Art. 19');
  });

  it('skips un-numbered blocks inside a numbered passage', () => {
    expect(citationLabel(citePassage(treaty, 0, 2))).toBe('Art. 19');
    const resolution = [
      para('5. Urges…', op('5')),
      heading('Follow-up'),
      para('6. Decides…', op('6')),
    ];
    expect(citationLabel(citePassage(resolution, 0, 2))).toBe('OP 5–6');
    expect(citationLabel(citePassage(resolution, 1, 2))).toBe('OP 6');
  });

  it('counts paragraphs only, not headings, where the document numbers nothing', () => {
    const plain = [
      heading('Title'),
      para('First.'),
      heading('Section'),
      para('Second.'),
      { kind: 'list-item', text: 'Third.' } satisfies ParsedBlock,
    ];
    expect(paragraphNumbers(plain)).toEqual([null, 1, null, 2, 3]);
    expect(citationLabel(citePassage(plain, 3))).toBe('¶ 2');
    expect(citationLabel(citePassage(plain, 1, 4))).toBe('¶¶ 1–3');
    // A heading alone is cited by the paragraph it introduces.
    expect(citationLabel(citePassage(plain, 2))).toBe('¶ 2');
  });

  it('does not count navigation lines: short labels without sentence punctuation', () => {
    const page = [
      para('The internet is an increasingly important space for human rights.'),
      para('Get RSS feed of these results'),
      para('3 January 2020'),
      para('Coalition members:'),
      { kind: 'list-item', text: 'Introduction' } satisfies ParsedBlock,
      {
        kind: 'list-item',
        text: 'coordinate diplomatic efforts and engage with civil society',
      } satisfies ParsedBlock,
      para('Short, but a sentence.'),
    ];
    expect(paragraphNumbers(page)).toEqual([1, null, null, 2, null, 3, 4]);
  });

  it('gives the source pages beside the place, as a range across a page break', () => {
    const pdf = [
      para('One.', undefined, 4),
      para('Two.', undefined, 4),
      para('Three.', undefined, 5),
    ];
    expect(citePassage(pdf, 0, 2)).toEqual({ place: '¶¶ 1–3', pages: 'pp. 4–5', own: false });
    expect(citationLabel(citePassage(pdf, 1))).toBe('¶ 2, p. 4');
    const numbered = [para('5. Urges…', op('5'), 2), para('6. Decides…', op('6'), 3)];
    expect(citationLabel(citePassage(numbered, 0, 1))).toBe('OP 5–6, pp. 2–3');
  });

  it('finds the blocks of a passage from its text positions', () => {
    const stored = placeBlocks('d', treaty);
    const citer = documentCiter(stored);
    const second = stored[3];
    const third = stored[4];
    if (!second || !third) throw new Error('fixture');
    // From inside 19(2) to the end of 19(3): a range.
    expect(
      citer.passage({ start: second.start + 3, end: third.start + third.text.length }).place,
    ).toBe('Art. 19(2)–(3)');
    // Ending exactly where 19(3) starts (end exclusive): 19(2) alone.
    expect(citer.passage({ start: second.start, end: third.start }).place).toBe('Art. 19(2)');
    expect(citer.marginLabel(0)).toBeNull();
    expect(citer.marginLabel(3)).toBe('Art. 19(2)');
  });

  it('says nothing for a document without blocks', () => {
    expect(citePassage([], 0)).toEqual({ place: null, pages: null, own: false });
  });
});
