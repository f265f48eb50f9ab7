/**
 * Zod schemas for plain W3C Web Annotation documents, as other tools write them: lenient about
 * what the model leaves open (one value or a list, strings or objects), bounded in size.
 */
import { z } from 'zod';
import { MAX_EXCERPTS, MAX_LIST_LENGTH } from './limits';
import { anySelectorSchema, dateTime, label, noteText, wrongType } from './schema-parts';

/** One value or a list of them, as JSON-LD allows almost everywhere. */
function oneOrMany<T extends z.ZodType>(schema: T, what: string) {
  return z.union([schema, z.array(schema).max(MAX_LIST_LENGTH)], {
    error: `expected ${what} or a list of them`,
  });
}

/** `type` as a string or a list of strings. */
export const typeSchema = oneOrMany(label, 'a type name');

const agentSchema = z.union([
  label,
  z.looseObject({ id: label.optional(), name: label.optional(), nickname: label.optional() }),
]);

const bodySchema = z.union([
  label,
  z.looseObject({
    id: label.optional(),
    type: typeSchema.optional(),
    purpose: oneOrMany(label, 'a purpose').optional(),
    value: noteText.optional(),
    format: label.optional(),
  }),
]);

const targetObjectSchema = z.looseObject({
  id: label.optional(),
  source: label.optional(),
  selector: oneOrMany(anySelectorSchema, 'a selector').optional(),
});

const targetSchema = z.union([label, targetObjectSchema]);

/** One W3C annotation (only the members we read). */
export const w3cAnnotationSchema = z.looseObject({
  id: label.optional(),
  type: typeSchema,
  created: dateTime.optional(),
  modified: dateTime.optional(),
  creator: oneOrMany(agentSchema, 'a creator').optional(),
  body: oneOrMany(bodySchema, 'a body').optional(),
  bodyValue: noteText.optional(),
  target: z.union([targetSchema, z.array(targetSchema).max(MAX_LIST_LENGTH)], {
    error: 'expected a target or a list of targets',
  }),
});

export type W3cAnnotation = z.infer<typeof w3cAnnotationSchema>;
export type W3cAgent = z.infer<typeof agentSchema>;
export type W3cBody = z.infer<typeof bodySchema>;
export type W3cTarget = z.infer<typeof targetSchema>;

/** A page of annotations; `items` is read annotation by annotation. */
export const w3cPageSchema = z.looseObject({
  type: typeSchema,
  items: z
    .array(z.unknown(), { error: wrongType('expected a list of annotations') })
    .max(MAX_EXCERPTS)
    .optional(),
  next: z.unknown().optional(),
});

/** A collection; its first page must be in the file (we never fetch anything). */
export const w3cCollectionSchema = z.looseObject({
  id: label.optional(),
  type: typeSchema,
  label: oneOrMany(label, 'a label').optional(),
  first: z.union([label, w3cPageSchema]).optional(),
  generator: z.unknown().optional(),
  generated: dateTime.optional(),
});
