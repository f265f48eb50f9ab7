import { describe, expect, it } from 'vitest';
import { countWords, documentText, paragraphNumber, placeBlocks } from './document';

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

describe('countWords', () => {
  it('counts spaced and unspaced scripts', () => {
    expect(countWords('Freedom of expression, online.')).toBe(4);
    expect(countWords('')).toBe(0);
    expect(countWords('テクノロジー(技術)')).toBeGreaterThan(1);
  });

  it('counts long texts in chunks exactly as a whole', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `word${i} and more`).join(' ');
    expect(countWords(text)).toBe(9000);
  });
});
