/** Zod pieces shared by the schemas of the formats we read: bounded text, dates, selectors. */
import { z } from 'zod';
import { MAX_CONTEXT_LENGTH, MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH } from './limits';

/**
 * A schema's message for a value of the wrong type only. Given as a plain string, zod uses it for
 * every check of the schema too, so a list over its limit would read "expected a list of tags";
 * this way a limit keeps its own wording ("more than the limit of 10000 entries").
 */
export function wrongType(message: string): (issue: { code?: string }) => string | undefined {
  return (issue) => (issue.code === 'invalid_type' ? message : undefined);
}

/** Text of at most `max` UTF-16 code units. */
export function boundedText(max: number): z.ZodString {
  return z.string().max(max);
}

/** A one-line field: a name, a title, an id. */
export const label = boundedText(MAX_LABEL_LENGTH);

/** A note or comment. */
export const noteText = boundedText(MAX_NOTE_LENGTH);

/** A date and time that `Date.parse` understands (ISO 8601 in every file we have seen). */
export const dateTime = z
  .string()
  .max(64)
  .refine((value) => Number.isFinite(Date.parse(value)), 'expected a date and time (ISO 8601)');

/** A position: a whole number of UTF-16 code units, not negative. */
const offset = z
  .number({ error: 'expected a whole number' })
  .int('expected a whole number')
  .min(0, 'must not be negative');

/** W3C TextQuoteSelector; prefix and suffix may be absent (other tools omit them). */
export const quoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: boundedText(MAX_QUOTE_LENGTH).min(1, 'the quote must not be empty'),
  prefix: boundedText(MAX_CONTEXT_LENGTH).optional(),
  suffix: boundedText(MAX_CONTEXT_LENGTH).optional(),
});

/** W3C TextPositionSelector; end exclusive, not before start. */
export const positionSelectorSchema = z
  .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
  .check((ctx) => {
    if (ctx.value.start > ctx.value.end) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['start'],
        message: `start (${ctx.value.start}) is after end (${ctx.value.end})`,
      });
    }
  });

/** Any selector: only its type is checked here; readers check the kinds they use. */
export const anySelectorSchema = z.looseObject({ type: label });
