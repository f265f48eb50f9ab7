/**
 * The decoder's thresholds at their edges: how many control characters a text may hold, which
 * ones count, when zero bytes mean UTF-16, and the whole Windows-1252 table, past the slice size.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const latin = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const notText = expect.objectContaining({
  code: 'bad-encoding',
  message: 'not UTF-8, UTF-16 or Windows-1252 text',
});

describe('control characters', () => {
  it('up to one in a hundred are blanked; more and the file is not text', () => {
    const words = 'a'.repeat(198);
    expect(decodeText(latin(`${words}\u0001\u0002`))).toEqual({
      text: `${words}  `,
      encoding: 'utf-8',
    });
    expect(() => decodeText(latin(`${words.slice(1)}\u0001\u0002\u0003`))).toThrowError(notText);
  });

  it('tab, line breaks, vertical tab, form feed and the DOS end-of-file mark are not counted', () => {
    const kept = '\t\n\u000b\u000c\r\u001a';
    expect(decodeText(latin(`ab${kept}`)).text).toBe(`ab${kept}`);
  });

  it.each([0x00, 0x08, 0x0e, 0x19, 0x1b, 0x1f, 0x7f])('counts control character %i', (code) => {
    expect(() => decodeText(latin(`ab${String.fromCharCode(code)}`))).toThrowError(notText);
  });

  it('counts C1 controls written as UTF-8', () => {
    expect(() => decodeText(new TextEncoder().encode('ab\u0085'))).toThrowError(notText);
    expect(() => decodeText(new TextEncoder().encode('ab\u009f'))).toThrowError(notText);
  });

  it('refuses any NUL, however long the text around it', () => {
    expect(() => decodeText(latin(`${'a'.repeat(5000)}\u0000`))).toThrowError(notText);
  });
});

describe('byte-order marks', () => {
  it('decide the encoding: no fallback when the marked text is broken', () => {
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]))).toThrowError(notText);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61])).text).toBe(
      '\ufeffa',
    );
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual({
      text: 'a',
      encoding: 'utf-16le',
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))).toEqual({
      text: 'a',
      encoding: 'utf-16be',
    });
  });

  it('need all their bytes', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0x61])).encoding).toBe('windows-1252');
    expect(decodeText(new Uint8Array([0xff, 0x61])).encoding).toBe('windows-1252');
    expect(decodeText(new Uint8Array([0xfe, 0x61])).encoding).toBe('windows-1252');
    // The UTF-8 mark's last two bytes, or its first and last, are not the mark either.
    expect(decodeText(new Uint8Array([0x61, 0xbb, 0xbf]))).toEqual({
      text: 'a»¿',
      encoding: 'windows-1252',
    });
    expect(decodeText(new Uint8Array([0xef, 0x61, 0xbf]))).toEqual({
      text: 'ïa¿',
      encoding: 'windows-1252',
    });
  });
});

describe('UTF-16 without a byte-order mark', () => {
  const le = (text: string) => Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));

  it('needs at least two characters and whole pairs', () => {
    expect(decodeText(le('ab')).encoding).toBe('utf-16le');
    // Too short to tell, so not UTF-16: read as UTF-8, its zero byte is a NUL, and it is refused.
    expect(() => decodeText(le('a'))).toThrowError(notText);
    expect(() => decodeText(le('abc').subarray(1))).toThrowError(notText);
  });

  it('takes 40 % zero high bytes (text with some CJK), and no more than 5 % zero low bytes', () => {
    // 10 pairs: 4 Latin (zero high byte) and 6 kana (non-zero both).
    const mixed = Uint8Array.from([
      ...le('abcd'),
      ...Array.from({ length: 6 }, () => [0x42, 0x30]).flat(),
    ]);
    expect(decodeText(mixed)).toEqual({ text: 'abcdああああああ', encoding: 'utf-16le' });
    // 3 of 10: not enough zeros to call it UTF-16; as UTF-8 its zeros are NULs, so refused.
    const fewer = Uint8Array.from([
      ...le('abc'),
      ...Array.from({ length: 7 }, () => [0x42, 0x30]).flat(),
    ]);
    expect(() => decodeText(fewer)).toThrowError(notText);
  });
});

describe('UTF-16 without a byte-order mark, big-endian and at the 5 % edge', () => {
  const be = (text: string) => Uint8Array.from([...text].flatMap((c) => [0, c.charCodeAt(0)]));
  // "Ā" (U+0100) has a zero low byte: a few of them are what the 5 % allowance is for.
  const aMacron = { le: [0x00, 0x01], be: [0x01, 0x00] };

  it('takes 40 % zero high bytes in big-endian too', () => {
    const mixed = Uint8Array.from([
      ...be('abcd'),
      ...Array.from({ length: 6 }, () => [0x30, 0x42]).flat(),
    ]);
    expect(decodeText(mixed)).toEqual({ text: 'abcdああああああ', encoding: 'utf-16be' });
    const fewer = Uint8Array.from([
      ...be('abc'),
      ...Array.from({ length: 7 }, () => [0x30, 0x42]).flat(),
    ]);
    expect(() => decodeText(fewer)).toThrowError(notText);
  });

  it.each(['le', 'be'] as const)(
    'in %s, allows one pair in twenty with a zero low byte, and refuses two',
    (order) => {
      const pair =
        order === 'le' ? (c: string) => [c.charCodeAt(0), 0] : (c: string) => [0, c.charCodeAt(0)];
      const text = (latin: number, macrons: number) =>
        Uint8Array.from([
          ...[...'a'.repeat(latin)].flatMap(pair),
          ...Array.from({ length: macrons }, () => aMacron[order]).flat(),
        ]);
      expect(decodeText(text(19, 1))).toEqual({
        text: `${'a'.repeat(19)}Ā`,
        encoding: `utf-16${order}`,
      });
      expect(() => decodeText(text(18, 2))).toThrowError(notText);
    },
  );
});

describe('Windows-1252', () => {
  it('maps 0x80–0x9F to their typographic characters, the undefined five to C1 controls', () => {
    const high = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const defined = [...high].filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    expect(decodeText(Uint8Array.from([0x61, ...defined, 0x62]))).toEqual({
      text: 'a€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸb',
      encoding: 'windows-1252',
    });
    expect(decodeText(latin(`${'a'.repeat(200)}\u0081`)).text).toBe(`${'a'.repeat(200)} `);
  });

  it('decodes files longer than one slice whole, and leaves Latin-1 bytes as they are', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? 0x93 : 0xe9));
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('windows-1252');
    expect(text).toBe('“é'.repeat(10_000));
  });
});
