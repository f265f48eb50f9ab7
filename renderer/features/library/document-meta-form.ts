/** Checking what the analyst typed into a document's details before it is saved. */
import type { DocumentMeta } from '../../../shared/model';

export interface MetaFields {
  readonly title: string;
  readonly publisher: string;
  readonly year: string;
  readonly kind: string;
  readonly language: string;
}

export type MetaResult =
  | { readonly ok: true; readonly meta: DocumentMeta }
  | { readonly ok: false; readonly errors: Partial<Record<keyof MetaFields, string>> };

/** Years a document can plausibly carry: from the UDHR era's predecessors to next year. */
const EARLIEST_YEAR = 1800;

export function fieldsFromMeta(meta: DocumentMeta): MetaFields {
  return {
    title: meta.title,
    publisher: meta.publisher ?? '',
    year: meta.year === null ? '' : String(meta.year),
    kind: meta.kind ?? '',
    language: meta.language ?? '',
  };
}

/** Validates the fields; empty optional fields become null. */
export function validateMeta(fields: MetaFields, currentYear: number): MetaResult {
  const errors: Partial<Record<keyof MetaFields, string>> = {};
  const title = fields.title.trim();
  if (title === '') errors.title = 'A title is required.';
  const yearText = fields.year.trim();
  const year = yearText === '' ? null : Number(yearText);
  if (
    year !== null &&
    (!Number.isInteger(year) || year < EARLIEST_YEAR || year > currentYear + 1)
  ) {
    errors.year = `A year between ${EARLIEST_YEAR} and ${currentYear + 1}, or empty.`;
  }
  const language = fields.language.trim();
  if (language !== '' && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) {
    errors.language = 'A language tag such as en, fr or pt-BR, or empty.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    ok: true,
    meta: {
      title,
      publisher: orNull(fields.publisher),
      year,
      kind: orNull(fields.kind),
      language: orNull(language),
    },
  };
}
