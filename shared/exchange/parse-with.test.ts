/**
 * parseWith turns a schema's first complaint into an import error that names the file, the
 * place (where the checked part sits in the file, then the place inside it) and the problem,
 * telling a value of the wrong type from a missing one; a value the schema accepts comes back as
 * the schema outputs it.
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ExchangeError } from './exchange-error';
import { invalidAt, parseWith } from './parse-with';
import { wrongType } from './schema-parts';

const row = z.object({ id: z.string(), tags: z.array(z.string()).optional() });

function failure(
  value: unknown,
  path: readonly PropertyKey[] = [],
  schema: z.ZodType = row,
): ExchangeError {
  try {
    parseWith(schema, value, 'notes.json', path);
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseWith', () => {
  it('returns what the schema outputs (unknown members dropped)', () => {
    expect(parseWith(row, { id: 'a', extra: 1 }, 'notes.json')).toEqual({ id: 'a' });
  });

  it('says which type a wrong value has, and that a missing one is missing', () => {
    const wrong = failure({ id: 7 });
    expect(wrong.message).toBe('notes.json: id: expected text, found number');
    expect(failure({ id: 'a', tags: 'x' }).problem).toBe('expected a list, found text');
    expect(failure({ id: 'a', tags: [null] }).problem).toBe('expected text, found null');
    expect(failure({}).problem).toBe('missing (expected text)');
  });

  it('puts the place of the checked part in front of the place inside it', () => {
    const error = failure({ id: 'a', tags: ['ok', 3] }, ['rows', 4]);
    expect(error).toMatchObject({
      code: 'invalid',
      fileName: 'notes.json',
      path: 'rows[4].tags[1]',
      problem: 'expected text, found number',
    });
    expect(failure('x', ['annotations', 0]).path).toBe('annotations[0]');
    expect(failure('x').message).toBe('notes.json: expected an object, found text');
  });
});

describe('parseWith: limits keep their own wording', () => {
  const tags = z.array(z.string(), { error: wrongType('expected a list of tags') }).max(2);
  const oneOrMany = z.union([z.string().min(1), z.array(z.string()).max(2)], {
    error: 'expected a tag or a list of them',
  });

  it('says what a list should be only when the value is not a list', () => {
    expect(failure('x', [], tags).problem).toBe('expected a list of tags');
    expect(failure(['a', 'b', 'c'], [], tags).problem).toBe('more than the limit of 2 entries');
  });

  it('names the broken limit of the union branch whose type the value has', () => {
    expect(failure(['a', 'b', 'c'], [], oneOrMany).problem).toBe(
      'more than the limit of 2 entries',
    );
    expect(failure('', [], oneOrMany).problem).toBe('must not be empty');
    expect(failure(3, [], oneOrMany).problem).toBe('expected a tag or a list of them');
  });

  it('still prefers the branch that got deepest into the value', () => {
    const error = failure(['a', 4], [], oneOrMany);
    expect(error).toMatchObject({ path: '[1]', problem: 'expected text, found number' });
  });
});

describe('invalidAt', () => {
  it('is an "invalid" error at a place in the file', () => {
    const error = invalidAt('notes.json', ['first', 'items', 2, 'id'], 'duplicate id "x"');
    expect(error).toBeInstanceOf(ExchangeError);
    expect(error).toMatchObject({ code: 'invalid', path: 'first.items[2].id' });
    expect(error.message).toBe('notes.json: first.items[2].id: duplicate id "x"');
  });
});
