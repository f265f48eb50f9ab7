import { describe, expect, it } from 'vitest';
import { breakSegments, characterBreaks, emergencyBreaks } from './line-breaks';

const pieces = (text: string) => breakSegments(text).map((s) => text.slice(s.start, s.end));

describe('breakSegments', () => {
  it('breaks after spaces, which hang outside the content', () => {
    expect(pieces('Freedom of  expression')).toEqual(['Freedom ', 'of  ', 'expression']);
    const [first] = breakSegments('of  expression');
    expect(first).toMatchObject({ start: 0, contentEnd: 2, end: 4, hard: false });
  });

  it('never breaks at a no-break space', () => {
    expect(pieces('¶\u00a014 [3]')).toEqual(['¶\u00a014 ', '[3]']);
  });

  it('ends lines at newlines, keeping blank lines', () => {
    const segments = breakSegments('a\n\nb');
    expect(segments.map((s) => s.hard)).toEqual([true, true, false]);
    expect(pieces('a\n\nb')).toEqual(['a\n', '\n', 'b']);
  });

  it('breaks between CJK characters but not before closing or after opening punctuation', () => {
    expect(pieces('人権に、（技術）は')).toEqual(['人', '権', 'に、', '（技', '術）', 'は']);
    // Long vowel marks (ー) and small kana never start a line.
    expect(pieces('ツールになります。')).toEqual(['ツー', 'ル', 'に', 'な', 'り', 'ま', 'す。']);
  });

  it('breaks after hyphens and dashes between words only', () => {
    expect(pieces('human-rights')).toEqual(['human-', 'rights']);
    expect(pieces('-5 and a--b')).toEqual(['-5 ', 'and ', 'a--b']);
    expect(pieces('online—offline')).toEqual(['online—', 'offline']);
  });
});

describe('emergency breaks', () => {
  it('offers URL separators first, then every character boundary but inside pairs and before marks', () => {
    const url = 'https://example.org/very/long/path';
    expect(emergencyBreaks(url, 0, url.length).map((at) => url.slice(0, at))).toContain(
      'https://example.',
    );
    const text = 'e\u0301😀x';
    expect(characterBreaks(text, 0, text.length)).toEqual([2, 4]);
  });
});
