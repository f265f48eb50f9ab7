/** Exports and briefings cite an excerpt by the document's own numbering when it has one. */
import { describe, expect, it } from 'vitest';
import { placeInDocument } from '../briefing/citation';
import { documentText, placeBlocks, type ParsedBlock } from '../model/document';
import { citeExcerpt, citersFor } from './citation';

const blocks: ParsedBlock[] = [
  { kind: 'heading', level: 1, text: 'Resolution' },
  { kind: 'paragraph', text: '5. Urges all States…', ref: { unit: 'operative', path: ['5'] } },
  { kind: 'paragraph', text: '6. Calls upon…', ref: { unit: 'operative', path: ['6'] } },
];
const prose: ParsedBlock[] = [
  { kind: 'heading', level: 1, text: 'Briefing' },
  { kind: 'paragraph', text: 'First.' },
  { kind: 'paragraph', text: 'Second.' },
];

function at(doc: readonly ParsedBlock[], from: number, to: number) {
  const placed = placeBlocks('d', doc);
  const first = placed[from];
  const last = placed[to];
  if (!first || !last) throw new Error('fixture');
  return {
    blockIndex: from,
    position: {
      type: 'TextPositionSelector' as const,
      start: first.start,
      end: last.start + last.text.length,
    },
  };
}

describe('citing exported excerpts', () => {
  const citerOf = citersFor(
    new Map([
      ['res', blocks],
      ['prose', prose],
    ]),
  );

  it('cites by the document’s own numbering, as a range across paragraphs', () => {
    expect(citeExcerpt(citerOf('res'), at(blocks, 1, 1)).place).toBe('OP 5');
    expect(citeExcerpt(citerOf('res'), at(blocks, 1, 2)).place).toBe('OP 5–6');
  });

  it('counts paragraphs, not headings, where the document numbers nothing', () => {
    expect(documentText(prose)).toContain('Second.');
    expect(citeExcerpt(citerOf('prose'), at(prose, 2, 2)).place).toBe('¶ 2');
    expect(citeExcerpt(citerOf('prose'), at(prose, 1, 2)).place).toBe('¶¶ 1–2');
  });

  it('falls back to the starting block’s number when the blocks were not given', () => {
    expect(citerOf('elsewhere')).toBeNull();
    expect(citeExcerpt(null, at(prose, 2, 2)).place).toBe('¶ 3');
  });

  it('prints the reference in briefing citations, kept whole at line ends', () => {
    expect(placeInDocument({ paragraph: 7, page: 3, reference: 'Art. 19(3)' })).toBe(
      'Art.\u00a019(3), p.\u00a03',
    );
    expect(placeInDocument({ paragraph: 7, page: null })).toBe('¶\u00a07');
  });
});
