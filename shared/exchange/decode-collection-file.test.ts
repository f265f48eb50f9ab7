/**
 * Collection files are decoded like documents, held to what JSON is saved in: UTF-8 with or
 * without a byte-order mark, UTF-16 LE or BE with one (Windows PowerShell's `Out-File`, Notepad's
 * "Unicode"). Anything else is refused with the file's name.
 */
import { describe, expect, it } from 'vitest';
import { ExchangeError } from './exchange-error';
import { decodeCollectionFile } from './decode-collection-file';
import { parseCollectionFile } from './parse-collection-file';

const json = JSON.stringify({
  total: 1,
  rows: [
    {
      id: 'u1',
      user: 'acct:zoë@hypothes.is',
      uri: 'https://example.org/r',
      tags: ['liberté d’expression', '言论自由'],
      target: [
        {
          source: 'https://example.org/r',
          selector: [{ type: 'TextQuoteSelector', exact: 'naïve — “x” 😀' }],
        },
      ],
    },
  ],
});

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(endian === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(bytes);
}

const utf8 = new TextEncoder().encode(json);

describe('decodeCollectionFile', () => {
  it.each([
    ['UTF-8', utf8],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])],
    ['UTF-16 LE with BOM', utf16(json, 'le', true)],
    ['UTF-16 BE with BOM', utf16(json, 'be', true)],
  ])('reads %s to the same text, without the BOM', (_, bytes) => {
    const text = decodeCollectionFile(bytes, 'notes.json');
    expect(text).toBe(json);
    const parsed = parseCollectionFile(text, 'notes.json');
    expect(parsed.excerpts[0]?.quote.exact).toBe('naïve — “x” 😀');
    expect(parsed.excerpts[0]?.rights.map((r) => r.name)).toEqual([
      'liberté d’expression',
      '言论自由',
    ]);
  });

  it.each([
    ['UTF-16 LE without a BOM', utf16(json, 'le', false)],
    ['UTF-16 BE without a BOM', utf16(json, 'be', false)],
    ['Windows-1252', Uint8Array.from([...new TextEncoder().encode('{"a":"caf'), 0xe9, 0x22, 0x7d])],
    ['binary data', Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 256)],
  ])('refuses %s, naming the file', (_, bytes) => {
    let caught: unknown;
    try {
      decodeCollectionFile(bytes, 'From Windows.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExchangeError);
    expect((caught as Error).message).toBe(
      'From Windows.json: not UTF-8 or UTF-16 text (UTF-16 needs a byte-order mark)',
    );
  });
});
