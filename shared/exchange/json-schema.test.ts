/** The published JSON Schema (docs/schema) and our zod schema agree on what a file may be. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exportCollection } from './export-collection';
import { rightsmarkFileSchema } from './rightsmark-schema';
import { serializeCollection } from './serialize-collection';
import {
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from './testing/fixtures';

const schema = JSON.parse(
  readFileSync(
    new URL('../../docs/schema/rightsmark-collection.schema.json', import.meta.url),
    'utf8',
  ),
) as object;
// Strict, except that tuples may end early: an orphan's selector list holds only the quote.
const validate = new Ajv2020({ strict: true, strictTuples: false, allErrors: true }).compile(
  schema,
);

const doc = makeDocument('d', 'Doc 😀', [
  { kind: 'heading', level: 2, text: 'Title' },
  'Body text with 𠮷 in it.',
]);
const kept = makeAnnotation(doc, sequentialUuid(1), 'Body text', {
  rightIds: ['right:privacy'],
  note: 'n',
});
const orphan = { ...makeAnnotation(doc, 'not-a-uuid', 'in it'), status: 'orphaned' as const };
const input = {
  ...makeInput(
    makeCollection('c', 'C', [kept.id, { annotationId: orphan.id, comment: 'c' }]),
    [doc],
    [kept, orphan],
  ),
  // A note on the whole document: with notes, the file carries it (rightsmark.documentNotes).
  documentNotes: [
    {
      id: sequentialUuid(9),
      docId: doc.document.id,
      text: 'About the whole document 😀',
      author: 'Ana',
      tags: ['to-check'],
      createdAt: '2024-05-01T09:00:00.000Z',
      modifiedAt: '2024-05-01T09:00:00.000Z',
      deletedAt: null,
    },
  ],
};

function exported(includeNotes: boolean, includeSourceTexts: boolean): Record<string, unknown> {
  const file = exportCollection(input, { includeNotes, includeSourceTexts }, fixedEnv());
  return JSON.parse(serializeCollection(file)) as Record<string, unknown>;
}

function bothAccept(json: unknown): [boolean, boolean] {
  return [validate(json), rightsmarkFileSchema.safeParse(json).success];
}

describe('JSON Schema and zod schema', () => {
  it.each([
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ])('both accept an export (notes %s, texts %s)', (notes, texts) => {
    const json = exported(notes, texts);
    expect('documentNotes' in (json.rightsmark as object)).toBe(notes);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(rightsmarkFileSchema.safeParse(json).success).toBe(true);
  });

  const DELETE = Symbol('delete');
  type Change = [name: string, path: readonly (string | number)[], value: unknown];
  const broken: Change[] = [
    ['another position unit', ['rightsmark', 'positionUnit'], 'code-point'],
    [
      'selectors not in a list',
      ['first', 'items', 0, 'target', 'selector'],
      { type: 'TextQuoteSelector', exact: 'x' },
    ],
    ['a negative start', ['first', 'items', 0, 'target', 'selector', 1, 'start'], -1],
    ['a bad content hash', ['rightsmark', 'documents', 0, 'contentHash'], 'abc'],
    ['an unknown body purpose', ['first', 'items', 0, 'body', 0, 'purpose'], 'bookmarking'],
    ['a colour that is not #rrggbb', ['rightsmark', 'rights', 0, 'color'], 'blue'],
    ['a missing label', ['label'], DELETE],
    ['an empty quote', ['first', 'items', 0, 'target', 'selector', 0, 'exact'], ''],
    ['a document note on no document', ['rightsmark', 'documentNotes', 0, 'target'], {}],
    ['a document note without a body', ['rightsmark', 'documentNotes', 0, 'body'], DELETE],
  ];

  /** Sets (or deletes) the value at `path` inside parsed JSON. */
  function change(json: unknown, path: readonly (string | number)[], value: unknown): void {
    let node = json as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path.at(-1);
    if (last === undefined) return;
    if (value === DELETE) delete node[last];
    else node[last] = value;
  }

  it.each(broken)('both refuse %s', (_name, path, value) => {
    const json = exported(true, true);
    change(json, path, value);
    expect(bothAccept(json)).toEqual([false, false]);
  });
});
