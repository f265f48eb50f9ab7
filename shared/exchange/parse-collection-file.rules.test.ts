/**
 * Which reader a shared file goes to, decided by its shape alone: ours only when our extension
 * names our format, W3C by its `type`, Hypothesis rows by a list of targets with `uri` or `user`
 * and no `type`, in each of the three Hypothesis shapes; anything else is refused. Rights named
 * only by tags become one right per name, however it is capitalised or spaced.
 */
import { describe, expect, it } from 'vitest';
import type { ExchangeError } from './exchange-error';
import { rightIri } from './iri';
import { detectFormat, hypothesisShape, parseCollectionFile } from './parse-collection-file';

const ROW = { id: 'h1', uri: 'https://example.org/r', target: [] };

describe('detectFormat', () => {
  it('is ours only when our extension names our format', () => {
    expect(detectFormat({ rightsmark: { format: 'rightsmark-collection' } })).toBe('rightsmark');
    expect(
      detectFormat({ type: 'AnnotationCollection', rightsmark: { format: 'other-tool' } }),
    ).toBe('w3c');
    expect(
      detectFormat({ type: 'AnnotationCollection', rightsmark: 'rightsmark-collection' }),
    ).toBe('w3c');
    expect(detectFormat({ rightsmark: { format: 'other-tool' } })).toBeNull();
  });

  it('is W3C for an annotation, a page or a collection, the type alone or in a list', () => {
    for (const type of [
      'Annotation',
      'AnnotationPage',
      'AnnotationCollection',
      ['x', 'Annotation'],
    ]) {
      expect(detectFormat({ type }), JSON.stringify(type)).toBe('w3c');
    }
    expect(detectFormat([{ type: 'Annotation' }])).toBe('w3c');
    expect(detectFormat([{ type: ['oa:Thing', 'Annotation'] }])).toBe('w3c');
    expect(detectFormat([{ type: 'AnnotationPage' }])).toBeNull();
    expect(detectFormat({ type: 'Annotations' })).toBeNull();
  });

  it('is Hypothesis for rows with a list of targets and a uri or a user, and no type', () => {
    expect(detectFormat([ROW])).toBe('hypothesis');
    expect(detectFormat([{ user: 'acct:a@hypothes.is', target: [] }])).toBe('hypothesis');
    expect(detectFormat([{ id: 'h1', target: [] }])).toBeNull();
    expect(detectFormat([{ ...ROW, target: {} }])).toBeNull();
    expect(detectFormat([{ ...ROW, type: 'Highlight' }])).toBeNull();
    expect(detectFormat([null])).toBeNull();
    expect(detectFormat([[ROW]])).toBeNull();
  });
});

describe('hypothesisShape', () => {
  it('tells a bare list, the client export and the API search response apart', () => {
    expect(hypothesisShape([ROW])).toBe('list');
    expect(hypothesisShape({ annotations: [ROW] })).toBe('export');
    expect(hypothesisShape({ total: 1, rows: [ROW] })).toBe('search');
  });

  it('takes an empty export or search response as Hypothesis, but not an empty list', () => {
    expect(hypothesisShape({ annotations: [] })).toBe('export');
    expect(hypothesisShape({ total: 0, rows: [] })).toBe('search');
    expect(hypothesisShape([])).toBeNull();
  });

  it('is none of them when the rows are not Hypothesis rows or the wrapper is not its own', () => {
    expect(hypothesisShape({ annotations: [{ name: 'x' }] })).toBeNull();
    expect(hypothesisShape({ annotations: 'all' })).toBeNull();
    expect(hypothesisShape({ total: '1', rows: [ROW] })).toBeNull();
    expect(hypothesisShape({ total: 1, rows: [{ name: 'x' }] })).toBeNull();
    expect(hypothesisShape({ type: 'Export', annotations: [ROW] })).toBeNull();
    expect(hypothesisShape({ type: 'Export', total: 1, rows: [ROW] })).toBeNull();
    expect(hypothesisShape('rows')).toBeNull();
    expect(hypothesisShape(null)).toBeNull();
  });
});

describe('parseCollectionFile: rights named by tags', () => {
  const quoted = (id: string, tags: string[]) => ({
    id,
    uri: 'https://example.org/r',
    tags,
    target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }],
  });

  it('ignores case as Unicode lower-cases it (the Kelvin sign is a capital k)', () => {
    // U+212A KELVIN SIGN lower-cases to "k" but upper-cases to itself.
    const parsed = parseCollectionFile(
      JSON.stringify([quoted('a', ['\u212Aenya']), quoted('b', ['kenya'])]),
      'h.json',
    );
    expect(parsed.rights.map((r) => r.name)).toEqual(['\u212Aenya']);
  });

  it('makes one right per name, in first use, whatever its case or spacing', () => {
    const parsed = parseCollectionFile(
      JSON.stringify([
        quoted('a', ['Privacy', 'FoE']),
        quoted('b', [' privacy ', 'PRIVACY', 'Health']),
      ]),
      'h.json',
    );
    expect(parsed.rights).toEqual([
      { id: null, name: 'Privacy', description: null, legalBasis: null, color: null },
      { id: null, name: 'FoE', description: null, legalBasis: null, color: null },
      { id: null, name: 'Health', description: null, legalBasis: null, color: null },
    ]);
    expect(parsed.excerpts[1]?.rights.map((r) => r.name)).toEqual([
      ' privacy ',
      'PRIVACY',
      'Health',
    ]);
  });

  it('keeps our right id when a W3C tag names it by our IRI', () => {
    const parsed = parseCollectionFile(
      JSON.stringify({
        type: 'Annotation',
        body: [
          { purpose: 'tagging', value: 'Privacy', id: rightIri('right:privacy') },
          { purpose: 'tagging', value: 'privacy' },
        ],
        target: { source: 's', selector: { type: 'TextQuoteSelector', exact: 'x' } },
      }),
      'w.json',
    );
    expect(parsed.rights).toEqual([
      { id: 'right:privacy', name: 'Privacy', description: null, legalBasis: null, color: null },
    ]);
  });
});

describe('parseCollectionFile: routing', () => {
  it('hands each shape of Hypothesis file to the reader with its place names', () => {
    const bad = { ...ROW, tags: 'x' };
    const message = (json: unknown) => {
      try {
        parseCollectionFile(JSON.stringify(json), 'h.json');
      } catch (error) {
        return (error as ExchangeError).message;
      }
      return 'read';
    };
    expect(message([bad])).toBe('h.json: [0].tags: expected a list of tags');
    expect(message({ annotations: [bad] })).toBe(
      'h.json: annotations[0].tags: expected a list of tags',
    );
    expect(message({ total: 1, rows: [bad] })).toBe(
      'h.json: rows[0].tags: expected a list of tags',
    );
  });

  it('says a list of things it does not know is not a format it reads', () => {
    try {
      parseCollectionFile('[{}]', 'x.json');
      throw new Error('read');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'unknown-format',
        path: '',
        problem: 'not a Rightsmark, W3C Web Annotation or Hypothesis file',
      });
    }
  });
});
