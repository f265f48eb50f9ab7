/** Unit tests for choosing the parser, finding the title and normalising sources. */
import { describe, expect, it } from 'vitest';
import { normaliseSourceText } from './normalise-source-text';
import { parseDocument } from './parse-document';

describe('parseDocument', () => {
  it('reads markdown as markdown and text as text', () => {
    expect(parseDocument('# Title\n\n**bold** text.', 'markdown').blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'bold text.', marks: [{ type: 'strong', start: 0, end: 4 }] },
    ]);
    expect(parseDocument('Title\n**bold** text.', 'text').blocks[1]?.text).toBe('**bold** text.');
  });

  it('takes the first level-1 heading as the title', () => {
    expect(parseDocument('Intro.\n\n## Part\n\n# Real Title\n\nText.', 'markdown').title).toBe(
      'Real Title',
    );
    expect(parseDocument('Human rights online\nProse follows.', 'text').title).toBe(
      'Human rights online',
    );
  });

  it('has no title when nothing reads as one', () => {
    expect(parseDocument('', 'text')).toEqual({ blocks: [], title: null });
    expect(parseDocument('Only a sentence.', 'markdown').title).toBeNull();
  });
});

describe('normaliseSourceText', () => {
  it('drops byte-order marks, unifies line ends and no-break spaces, composes characters', () => {
    expect(normaliseSourceText('\uFEFFa\r\nb\rc\u2028d\u00a0e\u202Ff')).toBe('a\nb\nc\nd e f');
    expect(normaliseSourceText('Cafe\u0301')).toBe('Café');
    expect(normaliseSourceText('Café')).toHaveLength(4);
  });

  it('leaves other text alone', () => {
    const text = 'テクノロジー(技術)は、\t人権\u3000— ¹²';
    expect(normaliseSourceText(text)).toBe(text);
  });
});
