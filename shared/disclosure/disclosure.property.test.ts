/**
 * Nothing withheld leaves the desk: for collections whose notes, comments and authors' names
 * carry unique markers, and every combination of the switches (and private marks), the bytes of
 * each export — every PDF stream inflated and string decoded, the text pdf.js extracts,
 * annotation contents, outline, metadata, every attachment and every zip entry — contain no
 * marker of anything withheld. A few positive checks make sure the markers do travel when
 * allowed, so the property cannot pass by exporting nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBriefingFonts } from '../../cli/node-briefing-fonts';
import { exportedText } from '../../cli/testing/exported-text';
import { buildBriefing } from '../briefing/build-briefing';
import {
  BriefingInputError,
  DEFAULT_BRIEFING_OPTIONS,
  type BriefingInput,
} from '../briefing/briefing-input';
import { gatherExcerpts, type ExportInput } from '../exchange/export-input';
import {
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from '../exchange/testing/fixtures';
import type { Annotation } from '../model/annotation';
import { discloseBriefingInput } from './disclose-briefing-input';
import type { DisclosureOptions } from './disclosure-options';
import {
  collectionAttachment,
  exportCollectionFile,
  type CollectionExportKind,
} from './export-collection-file';
import { propertyRuns, UNDER_MUTATION } from '../testing/mutation-run';

const RIGHT_IDS = ['right:expression', 'right:privacy', 'right:assembly-association'];
const PASSAGES = [
  'Everyone has the right to freedom of opinion',
  'No one shall be subjected to arbitrary interference with his privacy',
  'the right to freedom of peaceful assembly',
  'Everyone has the right to receive and impart information',
  'protection of the law against such interference',
];
/**
 * Each document has a paragraph no excerpt quotes: it leaves only with the full source texts.
 * A quote travels with 32 characters of context on each side (its W3C selector), so the filler
 * keeps that paragraph out of every excerpt's reach.
 */
const FILLER = 'This paragraph only keeps the next one well away from any quoted passage.';
const DOC_A = makeDocument('doc-a', 'Declaration A', [
  `${PASSAGES[0]} and expression.`,
  `${PASSAGES[1]}, family or home.`,
  FILLER,
  'Qzsrca only the full text carries this paragraph.',
]);
const DOC_B = makeDocument('doc-b', 'Covenant B', [
  `${PASSAGES[2]} shall be recognized.`,
  `${PASSAGES[3]} through any media.`,
  `Everyone has the right to the ${PASSAGES[4]}.`,
  FILLER,
  'Qzsrcb only the full text carries this paragraph.',
]);
const SOURCE_MARKERS = ['qzsrca', 'qzsrcb'];
const PREPARED_BY = 'Qzprep Person';

const noteMarker = (i: number) => `qznote${i}x`;
const commentMarker = (i: number) => `qzcmt${i}x`;
const authorMarker = (i: number) => `Qzauth${i}`;

interface ExcerptSpec {
  readonly rightIds: readonly string[];
  readonly note: boolean;
  readonly comment: boolean;
  readonly privateNote: boolean;
  readonly privateExcerpt: boolean;
}

/** True three times in four: most excerpts carry a note and a comment and are shareable. */
const often = fc.constantFrom(true, true, true, false);
const rarely = often.map((value) => !value);

const excerptSpec = fc.record({
  rightIds: fc.subarray(RIGHT_IDS),
  note: often,
  comment: often,
  privateNote: rarely,
  privateExcerpt: rarely,
});

const disclosure: fc.Arbitrary<DisclosureOptions> = fc.record({
  notes: fc.boolean(),
  comments: fc.boolean(),
  authors: fc.constantFrom('names' as const, 'initials' as const, 'none' as const),
  sourceTexts: fc.boolean(),
  attachment: fc.boolean(),
  argument: fc.boolean(),
  rightIds: fc.oneof(fc.constant([]), fc.subarray(RIGHT_IDS, { minLength: 1 })),
});

const library = fc.array(excerptSpec, { minLength: 1, maxLength: PASSAGES.length });

function inputOf(specs: readonly ExcerptSpec[]): ExportInput {
  const annotations: Annotation[] = specs.map((spec, i) => {
    const passage = PASSAGES[i] ?? '';
    const doc = DOC_A.text.includes(passage) ? DOC_A : DOC_B;
    return makeAnnotation(doc, sequentialUuid(i + 1), passage, {
      rightIds: spec.rightIds,
      note: spec.note ? `See ${noteMarker(i)} before quoting.` : '',
      author: `${authorMarker(i)} Tester`,
      ...(spec.privateNote ? { privateNote: true } : {}),
      ...(spec.privateExcerpt ? { privateExcerpt: true } : {}),
    });
  });
  const collection = makeCollection(
    sequentialUuid(99),
    'Shared set',
    annotations.map((a, i) => ({
      annotationId: a.id,
      comment: specs[i]?.comment ? `Ask ${commentMarker(i)} first.` : '',
    })),
  );
  return makeInput(collection, [DOC_A, DOC_B], annotations);
}

/** Markers that must not appear, given what the analyst chose. */
function withheldMarkers(
  specs: readonly ExcerptSpec[],
  options: DisclosureOptions,
  kind: CollectionExportKind | 'briefing',
): string[] {
  const out: string[] = [];
  specs.forEach((spec, i) => {
    const leaves =
      !spec.privateExcerpt &&
      (options.rightIds.length === 0 || spec.rightIds.some((id) => options.rightIds.includes(id)));
    if (!(leaves && options.notes && !spec.privateNote)) out.push(noteMarker(i));
    if (!(leaves && options.comments)) out.push(commentMarker(i));
    if (!(leaves && options.authors === 'names')) out.push(authorMarker(i));
  });
  if (options.authors !== 'names') out.push('Qzprep');
  if (kind !== 'qdpx' && !options.sourceTexts) out.push(...SOURCE_MARKERS);
  return out;
}

/**
 * Markers that must appear: what was allowed does travel. A briefing prints an author only
 * beside a note, so it is checked for notes and comments alone.
 */
function sharedMarkers(
  specs: readonly ExcerptSpec[],
  options: DisclosureOptions,
  kind: 'rightsmark' | 'briefing',
): string[] {
  const out: string[] = [];
  specs.forEach((spec, i) => {
    const leaves =
      !spec.privateExcerpt &&
      (options.rightIds.length === 0 || spec.rightIds.some((id) => options.rightIds.includes(id)));
    if (leaves && options.notes && spec.note && !spec.privateNote) out.push(noteMarker(i));
    if (leaves && options.comments && spec.comment) out.push(commentMarker(i));
    if (leaves && options.authors === 'names' && kind === 'rightsmark') out.push(authorMarker(i));
  });
  return out;
}

function expectAbsent(text: string, markers: readonly string[], what: string): void {
  const lower = text.toLowerCase();
  for (const marker of markers) {
    expect(lower.includes(marker.toLowerCase()), `${marker} leaked into the ${what}`).toBe(false);
  }
}

function briefingOf(input: ExportInput): BriefingInput {
  const excerpts = gatherExcerpts(input);
  return {
    title: 'Shared set',
    subtitle: '',
    author: PREPARED_BY,
    organisation: 'Desk',
    date: '1 June 2024',
    classification: '',
    language: 'en-GB',
    rights: input.rights.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      legalBasis: r.legalBasis,
      colour: r.color,
      order: r.order,
    })),
    documents: input.documents.map((d) => ({
      id: d.id,
      title: d.title,
      publisher: d.publisher,
      year: d.year,
      kind: d.kind,
      blocks: input.blocks.get(d.id) ?? [],
    })),
    excerpts: excerpts.map(({ annotation, comment }) => ({
      id: annotation.id,
      docId: annotation.docId,
      quote: annotation.quote.exact,
      rightIds: annotation.rightIds,
      note: annotation.note,
      comment,
      paragraph: annotation.blockIndex + 1,
      page: null,
      author: annotation.author,
      created: annotation.createdAt,
      position: { start: annotation.position.start, end: annotation.position.end },
      ...(annotation.privateNote ? { privateNote: true } : {}),
      ...(annotation.privateExcerpt ? { privateExcerpt: true } : {}),
    })),
    // The appendix shows every source text with the excerpts highlighted (and their notes in
    // the highlights' pop-ups): the hardest case for withholding.
    options: { ...DEFAULT_BRIEFING_OPTIONS, includeAppendix: true },
    now: new Date('2024-06-01T12:00:00Z'),
    attachment: collectionAttachment(input, 'shared-set.rightsmark.json', fixedEnv()),
  };
}

/**
 * Each briefing case builds a PDF and reads every byte of it back (about a second; several under
 * load). Under mutation every disclosure mutant reruns this test, so it tries a few cases there;
 * disclose-briefing-input.test.ts checks each rule on the input the engine is given.
 */
const BRIEFING_RUNS = UNDER_MUTATION ? 3 : 16;

const FORMATS: readonly CollectionExportKind[] = ['rightsmark', 'csv', 'markdown', 'qdpx', 'qdc'];

describe('what is withheld is absent from every byte', () => {
  it('of every collection format, for every combination of switches', async () => {
    await fc.assert(
      fc.asyncProperty(library, disclosure, async (specs, options) => {
        const input = inputOf(specs);
        for (const kind of FORMATS) {
          const text = await exportedText(exportCollectionFile(input, kind, options, fixedEnv()));
          expectAbsent(text, withheldMarkers(specs, options, kind), `${kind} export`);
          if (kind === 'rightsmark') {
            for (const marker of sharedMarkers(specs, options, kind))
              expect(text).toContain(marker);
          }
        }
      }),
      { numRuns: propertyRuns(60) },
    );
  });

  it('of the collection file a briefing attaches, for every combination of switches', async () => {
    await fc.assert(
      fc.asyncProperty(library, disclosure, async (specs, options) => {
        const { input, attachment } = discloseBriefingInput(briefingOf(inputOf(specs)), options);
        expect(attachment.kind).toBe(options.attachment ? 'attached' : 'switched-off');
        expect(input.attachment === undefined).toBe(!options.attachment);
        if (input.attachment === undefined) return;
        const text = await exportedText(input.attachment.bytes);
        expectAbsent(text, withheldMarkers(specs, options, 'briefing'), 'attached collection');
        for (const marker of sharedMarkers(specs, options, 'rightsmark')) {
          expect(text).toContain(marker);
        }
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it('of a briefing PDF: pages, highlight notes, outline, metadata, XMP and the attachment', async () => {
    const fonts = await loadBriefingFonts();
    await fc.assert(
      fc.asyncProperty(library, disclosure, async (specs, options) => {
        const { input, attachment } = discloseBriefingInput(briefingOf(inputOf(specs)), options);
        if (input.excerpts.length === 0) {
          await expect(buildBriefing(input, fonts)).rejects.toBeInstanceOf(BriefingInputError);
          return;
        }
        const bytes = await buildBriefing(input, fonts);
        const text = await exportedText(bytes);
        expectAbsent(text, withheldMarkers(specs, options, 'briefing'), 'briefing PDF');
        expect(attachment.kind).toBe(options.attachment ? 'attached' : 'switched-off');
        expect(text.includes('shared-set.rightsmark.json')).toBe(options.attachment);
        for (const marker of sharedMarkers(specs, options, 'briefing')) {
          expect(text).toContain(marker);
        }
      }),
      { numRuns: BRIEFING_RUNS },
    );
  }, 240_000);
});
