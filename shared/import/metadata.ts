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

const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** Dates as documents print them: "16 December 1966", "December 16, 1966", "March 2023", ISO. */
const PRINTED_DATE = new RegExp(
  [
    `\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH_NAME},? ((?:18|19|20)\\d{2})\\b`,
    `\\b${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?, ((?:18|19|20)\\d{2})\\b`,
    `\\b${MONTH_NAME} ((?:18|19|20)\\d{2})\\b`,
    '\\b((?:18|19|20)\\d{2})-[01]\\d-[0-3]\\d\\b',
  ].join('|'),
  'u',
);
/** How far into a document its first page lasts when the format has no pages (DOCX). */
const FIRST_PAGE_CHARS = 3000;

/**
 * The year of the first date printed on a document's first page ("adopted on 16 December
 * 1966", "March 2023"): the year of the text itself, unlike the file's creation date. Null
 * when the first page prints no full date.
 */
export function yearOnFirstPage(blocks: readonly { readonly text: string }[]): number | null {
  let seen = 0;
  for (const block of blocks) {
    if (seen > FIRST_PAGE_CHARS) break;
    seen += block.text.length;
    const match = PRINTED_DATE.exec(block.text);
    const year = match?.slice(1).find((group) => group !== undefined);
    if (year) return Number(year);
  }
  return null;
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
