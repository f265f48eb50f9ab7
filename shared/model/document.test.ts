import { describe, expect, it } from 'vitest';
import { documentText, paragraphNumber, placeBlocks } from './document';

describe('placeBlocks', () => {
  it('counts each block start over the joined plain text', () => {
    const blocks = placeBlocks('d1', [
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'First paragraph.' },
      { kind: 'list-item', text: 'item' },
    ]);
    const text = documentText(blocks);
    for (const block of blocks) {
      expect(text.slice(block.start, block.start + block.text.length)).toBe(block.text);
    }
    expect(blocks.map(paragraphNumber)).toEqual([1, 2, 3]);
  });
});
