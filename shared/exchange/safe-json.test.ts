import { describe, expect, it } from 'vitest';
import { ExchangeError } from './exchange-error';
import { MAX_FILE_CHARS, MAX_JSON_DEPTH } from './limits';
import { excessiveNestingAt, parseUntrustedJson } from './safe-json';

function failure(text: string): ExchangeError {
  try {
    parseUntrustedJson(text, 'f.json');
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('expected an ExchangeError');
}

describe('parseUntrustedJson', () => {
  it('parses JSON and ignores a byte-order mark', () => {
    expect(parseUntrustedJson('\uFEFF{"a":[1,2]}', 'f.json')).toEqual({ a: [1, 2] });
  });

  it('refuses an empty or blank file', () => {
    expect(failure('').message).toBe('f.json: the file is empty');
    expect(failure(' \n\t').code).toBe('empty');
  });

  it('refuses truncated JSON and says it is not JSON', () => {
    const error = failure('{"type": "Annotation", "target": [');
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/^f\.json: not valid JSON \(/);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const error = failure(' '.repeat(MAX_FILE_CHARS + 1));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('f.json: the file is larger than 100 million characters');
  });

  it('refuses nesting deeper than the limit, pointing at where it happens', () => {
    const deep = `{"a":\n${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`;
    const error = failure(deep);
    expect(error.code).toBe('too-deep');
    expect(error.message).toBe(`f.json: nested more than 64 levels deep at line 2, column 64`);
    const ok = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(() => parseUntrustedJson(ok, 'f.json')).not.toThrow();
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ note: `\\"${'['.repeat(500)}` });
    expect(excessiveNestingAt(text)).toBe(-1);
    expect(() => parseUntrustedJson(text, 'f.json')).not.toThrow();
  });

  it('survives a million opening brackets without recursion', () => {
    expect(failure('['.repeat(1_000_000)).code).toBe('too-deep');
  });

  it('drops __proto__, constructor and prototype keys and leaves Object.prototype alone', () => {
    const text =
      '{"__proto__": {"polluted": true}, "a": {"constructor": {"prototype": {"polluted": true}}},' +
      ' "list": [{"__proto__": {"polluted": true}, "ok": 1}]}';
    const parsed = parseUntrustedJson(text, 'f.json') as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['a', 'list']);
    expect(parsed.a).toEqual({});
    expect(parsed.list).toEqual([{ ok: 1 }]);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    // A careless merge of the result cannot reach the prototype either.
    const merged = Object.assign({}, parsed, parsed.list);
    expect(merged).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
