/**
 * Properties of the sharing format over generated libraries: what is exported comes back the
 * same, and importing a file twice never duplicates anything.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/describe';
import type { Annotation } from '../model/annotation';
import type { Right } from '../model/right';
import { exportCollection } from './export-collection';
import type { ExportInput } from './export-input';
import type { LibrarySnapshot } from './library-snapshot';
import { parseCollectionFile } from './parse-collection-file';
import { planMerge } from './merge-planner';
import { serializeCollection } from './serialize-collection';
import {
  RIGHTS,
  T0,
  applyPlan,
  fixedEnv,
  makeCollection,
  makeDocument,
  sequentialUuid,
  type TestDocument,
} from './testing/fixtures';
import { propertyRuns } from '../testing/mutation-run';

// Letters, spaces, punctuation that JSON and HTML care about, combining marks, CJK, and
// characters outside the BMP (two UTF-16 code units each).
const ALPHABET = [
  'a',
  'b',
  'c',
  ' ',
  ' ',
  'é',
  'e\u0301',
  '"',
  '\\',
  '<',
  '&',
  '日',
  '本',
  '😀',
  '𠮷',
  '🇺🇳',
];
const CUSTOM: Right = {
  id: 'right:custom-1',
  name: 'Right to education',
  description: '',
  legalBasis: '',
  color: '#123456',
  order: 9,
  builtIn: false,
  archived: false,
  createdAt: T0,
  modifiedAt: T0,
};
const ALL_RIGHTS = [...RIGHTS, CUSTOM];
const TIMES = ['2024-01-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'];

const paragraph = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 3, maxLength: 40 })
  .map((chars) => `x${chars.join('')}`);

const annotationSpec = fc.record({
  doc: fc.nat(),
  from: fc.nat(),
  length: fc.integer({ min: 1, max: 30 }),
  rights: fc.subarray(ALL_RIGHTS.map((r) => r.id)),
  note: fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 30 })),
  comment: fc.oneof(fc.constant(''), fc.string({ maxLength: 20 })),
  author: fc.constantFrom('Amina', 'Ben', ''),
  created: fc.nat(TIMES.length - 1),
  edited: fc.nat(TIMES.length - 1),
});

const library = fc
  .record({
    docs: fc.array(fc.array(paragraph, { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 3,
    }),
    specs: fc.array(annotationSpec, { minLength: 1, maxLength: 8 }),
  })
  .map(({ docs, specs }) => {
    const documents: TestDocument[] = docs.map((paragraphs, i) =>
      makeDocument(
        `doc-${i}`,
        `Document ${i}`,
        paragraphs.map((p) => `${i}${p}`),
      ),
    );
    const annotations: Annotation[] = [];
    const comments: string[] = [];
    for (const [i, spec] of specs.entries()) {
      const doc = documents[spec.doc % documents.length];
      if (doc === undefined) continue;
      const start = spec.from % doc.text.length;
      const end = Math.min(doc.text.length, start + spec.length);
      let selectors;
      try {
        selectors = describeRange(doc.text, start, end);
      } catch {
        continue; // whitespace only
      }
      const created = TIMES[spec.created] ?? T0;
      const modified = TIMES[Math.max(spec.created, spec.edited)] ?? T0;
      annotations.push({
        id: sequentialUuid(i + 1),
        docId: doc.document.id,
        blockIndex: doc.text.slice(0, selectors.position.start).split('\n\n').length - 1,
        ...selectors,
        rightIds: spec.rights,
        note: spec.note,
        author: spec.author,
        createdAt: created,
        modifiedAt: modified,
        status: 'anchored',
        deletedAt: null,
      });
      comments.push(spec.comment);
    }
    const collection = makeCollection(
      sequentialUuid(999),
      'Generated',
      annotations.map((a, i) => ({ annotationId: a.id, comment: comments[i] ?? '' })),
    );
    const input: ExportInput = {
      collection,
      annotations,
      documents: documents.map((d) => d.document),
      blocks: new Map(documents.map((d) => [d.document.id, d.blocks])),
      rights: ALL_RIGHTS,
    };
    return { input, annotations, comments };
  });

const EMPTY: LibrarySnapshot = { documents: [], annotations: [], rights: RIGHTS };

describe('sharing format round trip', () => {
  it('gives back the same excerpts, rights, notes, comments and anchors', () => {
    fc.assert(
      fc.property(library, ({ input, annotations, comments }) => {
        const text = serializeCollection(exportCollection(input, undefined, fixedEnv()));
        const parsed = parseCollectionFile(text, 'gen.rightsmark.json');
        expect(parsed.excerpts).toHaveLength(annotations.length);
        for (const [i, excerpt] of parsed.excerpts.entries()) {
          const original = annotations[i];
          if (original === undefined) throw new Error('missing');
          expect(excerpt.id).toBe(original.id);
          expect(excerpt.quote).toEqual(original.quote);
          expect(excerpt.position).toEqual(original.position);
          expect(excerpt.rights.map((r) => r.id)).toEqual(original.rightIds);
          expect(excerpt.note).toBe(original.note);
          expect(excerpt.comment).toBe(comments[i]);
          expect(excerpt.creator).toBe(original.author === '' ? null : original.author);
          expect(excerpt.created).toBe(original.createdAt);
          expect(excerpt.modified).toBe(original.modifiedAt);
        }
        // Anchored in the carried texts exactly where they were made.
        const plan = planMerge(parsed, EMPTY);
        for (const [i, planned] of plan.excerpts.entries()) {
          expect(planned.anchoring).toMatchObject({
            kind: 'exact',
            start: annotations[i]?.position.start,
            end: annotations[i]?.position.end,
            blockIndex: annotations[i]?.blockIndex,
          });
        }
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it('duplicates nothing when the same file is imported twice', () => {
    fc.assert(
      fc.property(library, fc.boolean(), fc.boolean(), ({ input }, notes, texts) => {
        const text = serializeCollection(
          exportCollection(input, { includeNotes: notes, includeSourceTexts: texts }, fixedEnv()),
        );
        const parsed = parseCollectionFile(text, 'gen.rightsmark.json');
        const once = applyPlan(EMPTY, planMerge(parsed, EMPTY));
        const again = planMerge(parsed, once);
        expect(again.counts.new).toBe(0);
        expect(again.counts.conflict).toBe(0);
        expect(again.counts.updated).toBe(0);
        expect(again.documentsToAdd).toEqual([]);
        expect(again.unknownRights).toEqual([]);
        const twice = applyPlan(once, again);
        expect(twice.annotations).toHaveLength(once.annotations.length);
      }),
      { numRuns: propertyRuns(100) },
    );
  });
});
