/**
 * Our `.rightsmark.json` against the W3C Web Annotation test suite's own MUST assertions
 * (docs/standards/w3c-web-annotation-tests, copied unchanged with its licence): every assertion
 * of annotationMusts.test holds for every annotation we write, and every assertion of
 * collectionMusts.test and pageMusts.test for the collection with its embedded page. The suite's
 * assertions are JSON Schema draft-04, run here with Ajv's draft-04 class and ajv-formats, so
 * `format: date-time` and `format: uri` are checked too. Each assertion expects "valid".
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { exportCollection } from './export-collection';
import { serializeCollection } from './serialize-collection';
import {
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from './testing/fixtures';

const SUITE = new URL('../../docs/standards/w3c-web-annotation-tests/', import.meta.url);

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(path, SUITE), 'utf8')) as Record<string, unknown>;
}

/** The assertions a `.test` file lists, each with its file name. */
function assertions(testFile: string): { file: string; schema: Record<string, unknown> }[] {
  const list = readJson(testFile).assertions as string[];
  return list.map((file) => ({ file, schema: readJson(file) }));
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const name of [
  'annotations',
  'bodyTarget',
  'choiceSet',
  'collections',
  'id',
  'otherProperties',
  'specificResource',
]) {
  ajv.addSchema(readJson(`definitions/${name}.json`));
}

const annotationMusts = assertions('annotations/annotationMusts.test');
const collectionMusts = assertions('collections/collectionMusts.test');
const pageMusts = assertions('collections/pages/pageMusts.test');

const doc = makeDocument('d', 'Report on encryption', [
  { kind: 'heading', level: 1, text: 'Report on encryption' },
  'Strong encryption protects journalists, activists and everyone else.',
  'Do not mandate backdoors in messaging services 😀.',
]);
const tagged = makeAnnotation(doc, sequentialUuid(1), 'protects journalists', {
  rightIds: ['right:expression', 'right:privacy'],
  note: 'Cite in the summary.',
});
const bare = makeAnnotation(doc, sequentialUuid(2), 'backdoors');
const orphan = {
  ...makeAnnotation(doc, sequentialUuid(3), 'messaging'),
  status: 'orphaned' as const,
};
const input = {
  ...makeInput(
    makeCollection('c', 'Encryption', [
      tagged.id,
      { annotationId: bare.id, comment: 'Lead.' },
      orphan.id,
    ]),
    [doc],
    [tagged, bare, orphan],
  ),
  // A note on the whole document: written (with notes) as an annotation on the document itself.
  documentNotes: [
    {
      id: sequentialUuid(20),
      docId: doc.document.id,
      text: 'Read with the 2022 statement.',
      author: 'Ana',
      tags: ['to-check'],
      createdAt: '2024-05-01T09:00:00.000Z',
      modifiedAt: '2024-05-01T09:00:00.000Z',
      deletedAt: null,
    },
  ],
};

/**
 * One annotation as a W3C tool sees it on its own. Annotations embedded in our collection's page
 * share the collection's `@context` (JSON-LD scoping), so they are checked with it, as the
 * suite's harness checks a standalone annotation.
 *
 * One assertion needs a note: 3.3.5-bodyEWRNoPurpose recognises an External Web Resource as any
 * body with an `id` and no `source`, which also catches an Embedded Textual Body with an `id`
 * (the model, §3.2.4, lets a TextualBody have one; ours carry the right's IRI). That assertion
 * runs on bodies whose `type` says TextualBody with the `id` set aside, and the test below
 * checks that every body we write is a TextualBody, so a real External Web Resource with a
 * purpose would still fail it.
 */
function standalone(
  annotation: Record<string, unknown>,
  context: unknown,
): Record<string, unknown> {
  return { '@context': context, ...annotation };
}

const TEXTUAL_BODY_ID_FALSE_POSITIVE = 'annotations/bodiesTargets/3.3.5-bodyEWRNoPurpose.json';

function withoutTextualBodyIds(annotation: Record<string, unknown>): Record<string, unknown> {
  const bodies = annotation.body as Record<string, unknown>[] | undefined;
  if (bodies === undefined) return annotation;
  return {
    ...annotation,
    body: bodies.map((body) => {
      if (body.type !== 'TextualBody') return body;
      const { id: _id, ...rest } = body;
      return rest;
    }),
  };
}

/** Our export, as a W3C tool would read it. */
function exported(includeNotes: boolean, includeSourceTexts: boolean): Record<string, unknown> {
  const file = exportCollection(input, { includeNotes, includeSourceTexts }, fixedEnv());
  return JSON.parse(serializeCollection(file)) as Record<string, unknown>;
}

function check(schema: Record<string, unknown>, value: unknown): string | null {
  const validate = ajv.compile(schema);
  if (validate(value)) return null;
  return `${String(schema.errorMessage)} ${ajv.errorsText(validate.errors)}`;
}

describe('W3C Web Annotation test suite: MUST assertions', () => {
  it('reads all three lists of MUST assertions from the suite', () => {
    expect(annotationMusts.length).toBe(54);
    expect(collectionMusts.length).toBe(10);
    expect(pageMusts.length).toBe(15);
    for (const { file, schema } of [...annotationMusts, ...collectionMusts, ...pageMusts]) {
      expect(schema.assertionType, file).toBe('must');
      expect(schema.expectedResult, file).toBe('valid');
    }
  });

  describe.each([
    ['with notes and source texts', true, true],
    ['without notes or texts', false, false],
  ])('an export %s', (_label, withNotes, texts) => {
    const file = exported(withNotes, texts);
    const items = (file.first as { items: Record<string, unknown>[] }).items;

    it('holds three annotations', () => {
      expect(items).toHaveLength(3);
    });

    it.each(annotationMusts)('every annotation satisfies $file', ({ file: name, schema }) => {
      for (const item of items) {
        const annotation = standalone(item, file['@context']);
        const checked =
          name === TEXTUAL_BODY_ID_FALSE_POSITIVE ? withoutTextualBodyIds(annotation) : annotation;
        expect(check(schema, checked)).toBeNull();
      }
    });

    const notes = ((file.rightsmark as { documentNotes?: Record<string, unknown>[] })
      .documentNotes ?? []) as Record<string, unknown>[];

    it('holds the document note exactly when it carries notes', () => {
      expect(notes.map((note) => note.target)).toEqual(
        withNotes ? [`urn:sha256:${doc.document.contentHash}`] : [],
      );
    });

    it.each(annotationMusts)('every document note satisfies $file', ({ file: name, schema }) => {
      for (const note of notes) {
        const annotation = standalone(note, file['@context']);
        const checked =
          name === TEXTUAL_BODY_ID_FALSE_POSITIVE ? withoutTextualBodyIds(annotation) : annotation;
        expect(check(schema, checked)).toBeNull();
      }
    });

    it('writes only Embedded Textual Bodies (what 3.3.5-bodyEWRNoPurpose is read with)', () => {
      const bodies = items.flatMap((item) => (item.body ?? []) as Record<string, unknown>[]);
      expect(bodies.length).toBeGreaterThan(0);
      for (const body of bodies) expect(body.type).toBe('TextualBody');
    });

    it.each(collectionMusts)('the collection satisfies $file', ({ schema }) => {
      expect(check(schema, file)).toBeNull();
    });

    it.each(pageMusts)('the collection with its embedded page satisfies $file', ({ schema }) => {
      expect(check(schema, file)).toBeNull();
    });
  });

  it('the assertions do catch what they are about (a file that breaks three of them)', () => {
    const file = exported(true, false);
    const items = (file.first as { items: Record<string, unknown>[] }).items;
    const first = withoutTextualBodyIds(items[0] ?? {});
    const broken = {
      ...first,
      '@context': 'http://example.org/ctx',
      bodyValue: 'x',
      created: 'yesterday',
    };
    const failed = annotationMusts.filter(({ schema }) => check(schema, broken) !== null);
    expect(failed.map((a) => a.file)).toEqual([
      'annotations/3.1-annotationContextValidated.json',
      'annotations/3.2.5-notBodyBodyValue.json',
      'annotations/3.3.1-annotationCreatedValidated.json',
    ]);
  });
});
