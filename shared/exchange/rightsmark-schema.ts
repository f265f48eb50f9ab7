/** The zod schema of our own `.rightsmark.json` files (the JSON Schema in docs/ says the same). */
import { z } from 'zod';
import {
  MAX_BLOCKS,
  MAX_DESCRIPTION_LENGTH,
  MAX_DOCUMENT_TEXT_LENGTH,
  MAX_EXCERPTS,
  MAX_LIST_LENGTH,
} from './limits';
import { ANNO_CONTEXT, FORMAT_NAME, POSITION_UNIT } from './rightsmark-format';
import {
  boundedText,
  dateTime,
  label,
  noteText,
  positionSelectorSchema,
  quoteSelectorSchema,
  wrongType,
} from './schema-parts';

const bodySchema = z.object({
  type: z.literal('TextualBody'),
  purpose: z.enum(['tagging', 'commenting', 'describing']),
  value: noteText,
  id: label.optional(),
  format: z.literal('text/plain').optional(),
});

const selectorSchema = z.discriminatedUnion('type', [quoteSelectorSchema, positionSelectorSchema]);

const annotationSchema = z.object({
  id: label.min(1),
  type: z.literal('Annotation'),
  motivation: label.optional(),
  created: dateTime,
  modified: dateTime,
  creator: z.object({ type: z.literal('Person'), name: label }).optional(),
  body: z
    .array(bodySchema, { error: wrongType('expected a list of bodies') })
    .max(MAX_LIST_LENGTH)
    .optional(),
  target: z.object({
    source: label,
    selector: z
      .array(selectorSchema, { error: wrongType('expected a list of selectors') })
      .max(2)
      .check((ctx) => {
        const quotes = ctx.value.filter((s) => s.type === 'TextQuoteSelector').length;
        const positions = ctx.value.length - quotes;
        if (quotes !== 1 || positions > 1) {
          ctx.issues.push({
            code: 'custom',
            input: ctx.value,
            message: 'expected one TextQuoteSelector and at most one TextPositionSelector',
          });
        }
      }),
  }),
});

/** A note on a whole document: an annotation whose target is the document, with no selector. */
const documentNoteSchema = z.object({
  id: label.min(1),
  type: z.literal('Annotation'),
  motivation: label.optional(),
  created: dateTime,
  modified: dateTime,
  creator: z.object({ type: z.literal('Person'), name: label }).optional(),
  body: z.array(bodySchema, { error: wrongType('expected a list of bodies') }).max(MAX_LIST_LENGTH),
  target: label,
});

const blockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'list-item', 'quote']),
  level: z.number().int().min(1).max(6).optional(),
  text: boundedText(MAX_DOCUMENT_TEXT_LENGTH),
  page: z.number().int().min(1).optional(),
});

const documentSchema = z.object({
  id: label,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 digest in lowercase hex'),
  title: label,
  publisher: label.nullable(),
  year: z.number().int().min(-9999).max(9999).nullable(),
  kind: label.nullable(),
  language: label.nullable(),
  sourceName: label,
  textLength: z.number().int().min(0).max(MAX_DOCUMENT_TEXT_LENGTH),
  blocks: z
    .array(blockSchema, { error: wrongType('expected a list of blocks') })
    .max(MAX_BLOCKS)
    .optional(),
});

const rightSchema = z.object({
  id: label.min(1),
  name: label.min(1),
  description: boundedText(MAX_DESCRIPTION_LENGTH),
  legalBasis: boundedText(MAX_DESCRIPTION_LENGTH),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb'),
});

/** The analyst's argument and cover details a briefing made from the file prints. */
const briefingArgumentSchema = z.object({
  documentType: label.optional(),
  reference: label.optional(),
  cutOffDate: label.optional(),
  summary: boundedText(MAX_DESCRIPTION_LENGTH).optional(),
  findings: boundedText(MAX_DESCRIPTION_LENGTH).optional(),
  recommendations: boundedText(MAX_DESCRIPTION_LENGTH).optional(),
  modified: dateTime.optional(),
});

const extensionSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.number().int().min(1),
  positionUnit: z.literal(POSITION_UNIT, {
    error: `positions must be counted in "${POSITION_UNIT}"`,
  }),
  blockSeparator: z.literal('\n\n', { error: 'blocks must be joined by a blank line ("\\n\\n")' }),
  exportedAt: dateTime,
  includesNotes: z.boolean(),
  includesSourceTexts: z.boolean(),
  collection: z.object({
    id: label,
    description: boundedText(MAX_DESCRIPTION_LENGTH),
    // Optional (files written before it existed still read): the analyst's own argument and the
    // cover's details, for a briefing made from the file.
    briefing: briefingArgumentSchema.optional(),
  }),
  rights: z
    .array(rightSchema, { error: wrongType('expected a list of rights') })
    .max(MAX_LIST_LENGTH),
  documents: z
    .array(documentSchema, { error: wrongType('expected a list of documents') })
    .max(MAX_LIST_LENGTH),
  // Optional: files written before document notes existed, or with notes left out.
  documentNotes: z
    .array(documentNoteSchema, { error: wrongType('expected a list of document notes') })
    .max(MAX_EXCERPTS)
    .optional(),
});

/** A whole file. Unknown members are ignored (and dropped), so later additions stay readable. */
export const rightsmarkFileSchema = z.object({
  '@context': z
    .array(z.unknown(), { error: wrongType('expected a list of contexts') })
    .max(16)
    .refine((list) => list[0] === ANNO_CONTEXT, `the first context must be "${ANNO_CONTEXT}"`),
  id: label.min(1),
  type: z.literal('AnnotationCollection'),
  label: label,
  total: z.number().int().min(0).optional(),
  created: dateTime.optional(),
  modified: dateTime.optional(),
  generator: z.object({ id: label.optional(), name: label.optional() }).optional(),
  generated: dateTime.optional(),
  first: z.object({
    id: label.optional(),
    type: z.literal('AnnotationPage'),
    items: z
      .array(annotationSchema, { error: wrongType('expected a list of annotations') })
      .max(MAX_EXCERPTS),
  }),
  rightsmark: extensionSchema,
});

export type RightsmarkFileData = z.infer<typeof rightsmarkFileSchema>;
