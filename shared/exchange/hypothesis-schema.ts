/** Zod schema for Hypothesis annotation exports (the client's JSON export, or API rows). */
import { z } from 'zod';
import { MAX_EXCERPTS, MAX_LIST_LENGTH } from './limits';
import { anySelectorSchema, dateTime, label, noteText, wrongType } from './schema-parts';

const targetSchema = z.looseObject({
  source: label.optional(),
  selector: z
    .array(anySelectorSchema, { error: wrongType('expected a list of selectors') })
    .max(MAX_LIST_LENGTH)
    .optional(),
});

/** One Hypothesis annotation (only the members we read). */
export const hypothesisAnnotationSchema = z.looseObject({
  id: label.min(1),
  created: dateTime.optional(),
  updated: dateTime.optional(),
  user: label.optional(),
  user_info: z.looseObject({ display_name: label.nullable().optional() }).nullable().optional(),
  uri: label.optional(),
  text: noteText.optional(),
  tags: z
    .array(label, { error: wrongType('expected a list of tags') })
    .max(MAX_LIST_LENGTH)
    .optional(),
  document: z
    .looseObject({
      title: z.union([label, z.array(label).max(MAX_LIST_LENGTH)]).optional(),
    })
    .nullable()
    .optional(),
  references: z.array(label).max(MAX_LIST_LENGTH).optional(),
  target: z
    .array(targetSchema, { error: wrongType('expected a list of targets') })
    .max(MAX_LIST_LENGTH),
});

export type HypothesisAnnotation = z.infer<typeof hypothesisAnnotationSchema>;

/** The list itself: a bare array, or the client's export object around it. */
export const hypothesisListSchema = z
  .array(z.unknown(), { error: wrongType('expected a list of annotations') })
  .max(MAX_EXCERPTS);
