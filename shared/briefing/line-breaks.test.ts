import { describe, expect, it } from 'vitest';
import { hyphenatorFor } from './hyphenation';
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

describe('breakSegments follows UAX #14', () => {
  it('breaks after the slashes of a URL, never inside its words or before its punctuation', () => {
    expect(pieces('see https://example.org/a/b?x=1 now')).toEqual([
      'see ',
      'https://',
      'example.org/',
      'a/',
      'b?',
      'x=1 ',
      'now',
    ]);
  });

  it('keeps quotation marks with their words', () => {
    expect(pieces('“free” and ‘open’ speech')).toEqual(['“free” ', 'and ', '‘open’ ', 'speech']);
    expect(pieces('"free" press')).toEqual(['"free" ', 'press']);
  });

  it('keeps French guillemets with their words across the spaces French sets inside them', () => {
    expect(pieces('« droits humains » reconnus')).toEqual(['« droits ', 'humains » ', 'reconnus']);
    expect(pieces('«\u202fdroits\u202f»')).toEqual(['«\u202fdroits\u202f»']);
  });

  it('keeps punctuation, figures and units together', () => {
    expect(pieces('2,000 excerpts (E12), 45% faster!')).toEqual([
      '2,000 ',
      'excerpts ',
      '(E12), ',
      '45% ',
      'faster!',
    ]);
  });

  it('breaks Chinese and Korean as well as Japanese, and keeps closing marks with what they close', () => {
    expect(pieces('人人有权享有主张和发表意见的自由。')).toHaveLength(16);
    expect(pieces('表现自由」。')).toEqual(['表', '现', '自', '由」。']);
    // Korean breaks at spaces (UAX #14 treats Hangul syllables as ideographs unless tailored).
    expect(breakSegments('표현의 자유').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps Thai words whole: without a dictionary UAX #14 breaks Thai only at spaces', () => {
    expect(pieces('สิทธิมนุษยชน ออนไลน์')).toEqual(['สิทธิมนุษยชน ', 'ออนไลน์']);
  });

  it('ends lines at CR LF once, and after a zero-width space', () => {
    expect(pieces('a\r\nb')).toEqual(['a\r\n', 'b']);
    expect(breakSegments('a\r\nb')[0]).toMatchObject({ contentEnd: 1, hard: true });
    expect(pieces('long\u200bword')).toEqual(['long\u200b', 'word']);
  });

  it('marks a typed soft hyphen as a hyphenation point', () => {
    const segments = breakSegments('account\u00adability');
    expect(segments.map((s) => s.hyphen)).toEqual([true, false]);
  });
});

describe('breakSegments with hyphenation', () => {
  const english = hyphenatorFor('en-GB');

  it('adds the patterns’ points inside long words, marked as hyphen breaks', () => {
    const text = 'discrimination is';
    const segments = breakSegments(text, english);
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual([
      'dis',
      'crim',
      'in',
      'a',
      'tion ',
      'is',
    ]);
    expect(segments.map((s) => s.hyphen)).toEqual([true, true, true, true, false, false]);
  });

  it('never hyphenates URLs, addresses, numbers or words in other scripts', () => {
    for (const text of [
      'https://example.org/representation',
      'representatives@example.org',
      'A/HRC/RES/32/13',
      'Конституционный',
    ]) {
      expect(breakSegments(text, english).some((s) => s.hyphen)).toBe(false);
    }
  });

  it('hyphenates words inside punctuation and after a hard hyphen', () => {
    const text = '(surveillance), human-discrimination';
    const hyphenated = breakSegments(text, english).filter((s) => s.hyphen);
    expect(hyphenated.length).toBeGreaterThan(2);
    // The parts still join back into the whole text.
    expect(
      breakSegments(text, english)
        .map((s) => text.slice(s.start, s.end))
        .join(''),
    ).toBe(text);
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
