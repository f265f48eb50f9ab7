/** Small readers for metadata values found in documents: years in dates, language tags. */

/** Years accepted from document dates; anything else is more likely a number than a date. */
const YEAR = /(?:^|[^\d])((?:18|19|20)\d{2})(?!\d)/;

/**
 * The year in a date as documents write it: ISO 8601 ("2021-03-04T…"), PDF ("D:20210304…"),
 * or prose ("4 March 2021"). Null when there is none.
 */
export function yearFrom(value: string | null | undefined): number | null {
  if (!value) return null;
  const pdfDate = /^D:((?:18|19|20)\d{2})/.exec(value.trim());
  if (pdfDate?.[1]) return Number(pdfDate[1]);
  const match = YEAR.exec(value);
  return match?.[1] ? Number(match[1]) : null;
}

/** A well-formed BCP 47 language tag in canonical case ("en-GB"), or null. */
export function languageTag(value: string | null | undefined): string | null {
  const raw = value?.trim().replace(/_/g, '-');
  if (!raw || raw.length > 35) return null;
  try {
    return Intl.getCanonicalLocales(raw)[0] ?? null;
  } catch {
    return null;
  }
}

/** Collapses whitespace and trims a metadata string; null when nothing is left. */
export function cleanMetaText(value: string | null | undefined, maxLength = 300): string | null {
  const cleaned = value
    ?.replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .trim();
  return cleaned ? cleaned : null;
}
