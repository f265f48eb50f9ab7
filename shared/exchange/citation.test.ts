/** Exports and briefings cite an excerpt by the document's own numbering when it has one. */
import { describe, expect, it } from 'vitest';
import { placeInDocument } from '../briefing/citation';
import { paragraphLabel } from './citation';
import type { ExportedExcerpt } from './export-input';

const annotation = { blockIndex: 6 } as ExportedExcerpt['annotation'];

describe('citing by structure', () => {
  it('uses the block’s reference, else its ¶ number', () => {
    const block = {
      kind: 'paragraph',
      text: '5. Urges all States…',
      ref: { unit: 'operative', path: ['5'] },
    } as const;
    expect(paragraphLabel({ annotation, block })).toBe('OP 5');
    expect(paragraphLabel({ annotation, block: { kind: 'paragraph', text: 'Prose.' } })).toBe(
      '¶ 7',
    );
    expect(paragraphLabel({ annotation, block: null })).toBe('¶ 7');
  });

  it('prints the reference in briefing citations, kept whole at line ends', () => {
    expect(placeInDocument({ paragraph: 7, page: 3, reference: 'Art. 19(3)' })).toBe(
      'Art.\u00a019(3), p.\u00a03',
    );
    expect(placeInDocument({ paragraph: 7, page: null })).toBe('¶\u00a07');
  });
});
