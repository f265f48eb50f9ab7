/**
 * The untrusted-JSON guard at its edges: the size limit is inclusive, both kinds of bracket open
 * and close a level, a string's escapes never hide or invent a bracket, and the reported place is
 * the line and column of the first bracket past the limit.
 */
import { describe, expect, it } from 'vitest';
import { ExchangeError } from './exchange-error';
import { MAX_FILE_CHARS, MAX_JSON_DEPTH } from './limits';
import { excessiveNestingAt, parseUntrustedJson } from './safe-json';
import { UNDER_MUTATION } from '../testing/mutation-run';

describe('excessiveNestingAt', () => {
  it('counts objects and arrays alike, and lets every close bracket end a level', () => {
    expect(excessiveNestingAt('{'.repeat(3), 2)).toBe(2);
    expect(excessiveNestingAt('[{['.repeat(1), 2)).toBe(2);
    const siblings = (open: string, close: string) => `[${`${open}${close},`.repeat(100)}0]`;
    expect(excessiveNestingAt(siblings('{', '}'), 2)).toBe(-1);
    expect(excessiveNestingAt(siblings('[', ']'), 2)).toBe(-1);
    expect(excessiveNestingAt('[[]]', 2)).toBe(-1);
    expect(excessiveNestingAt('[[[]]]', 2)).toBe(2);
  });

  it('ends a string at an unescaped quote, even after an escaped backslash', () => {
    // The string is a single backslash: the brackets after it are real and counted.
    expect(excessiveNestingAt('["\\\\", [[', 2)).toBe(8);
    // An escaped quote does not end the string: the brackets are text.
    expect(excessiveNestingAt('["\\", [[ "]', 2)).toBe(-1);
  });
});

describe('parseUntrustedJson', () => {
  // 100 million characters: left out of mutation runs, where the boundary tests at small limits
  // check the same inclusive limit.
  it.skipIf(UNDER_MUTATION)('reads a file of exactly the size limit', () => {
    const padded = `[]${' '.repeat(MAX_FILE_CHARS - 2)}`;
    expect(parseUntrustedJson(padded, 'f.json')).toEqual([]);
  });

  it('names the line and column of the first level too deep, after a byte-order mark', () => {
    const text = `\uFEFF{\n"a":\n ${'['.repeat(MAX_JSON_DEPTH)}]`;
    expect(() => parseUntrustedJson(text, 'f.json')).toThrowError(
      new ExchangeError(
        'too-deep',
        'f.json',
        '',
        `nested more than 64 levels deep at line 3, column ${MAX_JSON_DEPTH + 1}`,
      ),
    );
  });

  it('drops each forbidden key on its own, wherever it stands', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(
        parseUntrustedJson(`{"${key}": {"polluted": true}, "b": [{"${key}": 1}]}`, 'f'),
        key,
      ).toEqual({ b: [{}] });
    }
  });

  it('keeps every other key, and values named like the forbidden keys', () => {
    expect(
      parseUntrustedJson('{"proto": 1, "__proto": 2, "Constructor": 3, "k": "__proto__"}', 'f'),
    ).toEqual({ proto: 1, __proto: 2, Constructor: 3, k: '__proto__' });
  });

  it('says what the parser found wrong, with the file name', () => {
    try {
      parseUntrustedJson('{"a": tru}', 'notes.json');
      throw new Error('parsed');
    } catch (error) {
      expect(error).toBeInstanceOf(ExchangeError);
      const { code, fileName, problem } = error as ExchangeError;
      expect({ code, fileName }).toEqual({ code: 'not-json', fileName: 'notes.json' });
      expect(problem).toMatch(/^not valid JSON \(.+\)$/);
      expect(problem).not.toBe('not valid JSON ()');
    }
  });
});

describe('parseUntrustedJson at its edges', () => {
  it('lets a file of exactly the size limit past the size check (it is then read, here as blank)', () => {
    // 100 million spaces: cheap to make and to trim, so this stays in mutation runs.
    const blank = ' '.repeat(MAX_FILE_CHARS);
    expect(() => parseUntrustedJson(blank, 'f.json')).toThrowError(
      new ExchangeError('empty', 'f.json', '', 'the file is empty'),
    );
  });

  it('reads a byte-order mark alone as an empty file', () => {
    expect(() => parseUntrustedJson('\uFEFF', 'f.json')).toThrowError(
      new ExchangeError('empty', 'f.json', '', 'the file is empty'),
    );
  });

  it('gives the JSON parser’s own reason, unaltered', () => {
    const text = '{"a": [1, 2,]}';
    let reason = '';
    try {
      JSON.parse(text);
    } catch (error) {
      reason = (error as Error).message;
    }
    expect(reason).not.toBe('');
    expect(() => parseUntrustedJson(text, 'f.json')).toThrowError(
      new ExchangeError('not-json', 'f.json', '', `not valid JSON (${reason})`),
    );
  });

  it('counts lines by line feeds only, and columns from the start of the line', () => {
    const text = `[\r\n"x",\n  ${'['.repeat(MAX_JSON_DEPTH)}]`;
    expect(() => parseUntrustedJson(text, 'f.json')).toThrow(
      `nested more than 64 levels deep at line 3, column ${MAX_JSON_DEPTH + 2}`,
    );
  });
});
