/** Citing references singly and as ranges, and reading them back from what an analyst types. */
import { describe, expect, it } from 'vitest';
import { readRefQuery, refWithin } from './ref-query';
import { formatRef, formatRefRange, type StructuralRef } from './structural-ref';

const art = (...path: string[]): StructuralRef => ({ unit: 'article', path });
const op = (...path: string[]): StructuralRef => ({ unit: 'operative', path });

describe('formatting references', () => {
  it('cites each unit the way analysts write it', () => {
    expect(formatRef(art('19', '3', 'a'))).toBe('Art. 19(3)(a)');
    expect(formatRef(op('5'))).toBe('OP 5');
    expect(formatRef({ unit: 'preambular', path: ['3'] })).toBe('PP 3');
    expect(formatRef({ unit: 'paragraph', path: ['23'] })).toBe('para. 23');
    expect(formatRef({ unit: 'section', path: ['II'] })).toBe('sec. II');
    expect(formatRef({ unit: 'page', path: ['4'] })).toBe('p. 4');
  });

  it('cites a passage over several paragraphs as a range sharing its stem', () => {
    expect(formatRefRange(art('19', '2'), art('19', '3'))).toBe('Art. 19(2)–(3)');
    expect(formatRefRange(art('19', '3', 'a'), art('19', '3', 'b'))).toBe('Art. 19(3)(a)–(b)');
    expect(formatRefRange(op('5'), op('7'))).toBe('OP 5–7');
    expect(
      formatRefRange({ unit: 'paragraph', path: ['23'] }, { unit: 'paragraph', path: ['25'] }),
    ).toBe('paras. 23–25');
    expect(formatRefRange({ unit: 'page', path: ['4'] }, { unit: 'page', path: ['5'] })).toBe(
      'pp. 4–5',
    );
    expect(formatRefRange({ unit: 'preambular', path: ['8'] }, op('1'))).toBe('PP 8 – OP 1');
    expect(formatRefRange(op('3'), op('3'))).toBe('OP 3');
    expect(formatRefRange(art('19'), art('20', '1'))).toBe('Art. 19–20(1)');
  });
});

describe('reading references typed in search', () => {
  it('reads the usual spellings', () => {
    expect(readRefQuery('art 19(3)')).toEqual(art('19', '3'));
    expect(readRefQuery('Art. 19 (3) (a)')).toEqual(art('19', '3', 'a'));
    expect(readRefQuery('article premier')).toEqual(art('1'));
    expect(readRefQuery('OP 5')).toEqual(op('5'));
    expect(readRefQuery('op5')).toEqual(op('5'));
    expect(readRefQuery('PP 3')).toEqual({ unit: 'preambular', path: ['3'] });
    expect(readRefQuery('para. 23')).toEqual({ unit: 'paragraph', path: ['23'] });
    expect(readRefQuery('p. 4')).toEqual({ unit: 'page', path: ['4'] });
    expect(readRefQuery('page 12')).toEqual({ unit: 'page', path: ['12'] });
    expect(readRefQuery('sec. ii')).toEqual({ unit: 'section', path: ['II'] });
  });

  it('leaves ordinary queries alone', () => {
    for (const query of ['privacy', 'article about privacy', 'op-ed', '19', 'art', 'p 4 5']) {
      expect(readRefQuery(query)).toBeNull();
    }
  });

  it('finds the queried place and everything inside it', () => {
    expect(refWithin(art('19', '3', 'a'), art('19'))).toBe(true);
    expect(refWithin(art('19', '3'), art('19', '3'))).toBe(true);
    expect(refWithin(art('19'), art('19', '3'))).toBe(false);
    expect(refWithin(art('1', '9'), art('19'))).toBe(false);
    expect(refWithin(op('19'), art('19'))).toBe(false);
    expect(refWithin(null, art('19'))).toBe(false);
  });
});
