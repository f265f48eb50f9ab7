/**
 * How an excerpt is cited under its quotation: document title, publisher, year, then where in
 * the document (¶ 14, p. 7), and the source's number in the list of sources.
 */
import type { BriefingDocument, BriefingExcerpt } from './briefing-input';

/** The parts of a citation, so the title can be set in italics. */
export interface Citation {
  readonly title: string;
  /** Publisher, year and place, joined with commas ("Freedom Online Coalition, 2011, ¶ 4"). */
  readonly details: string;
  /** "[3]", the source's number in the list of sources. */
  readonly source: string;
}

/**
 * "OP 5", "Art. 19(3), p. 7", "¶ 14, p. 7", "¶ 14", "p. 7" or "" for an excerpt whose place is
 * unknown: the document's own numbering when it has one, else the paragraph's number.
 */
export function placeInDocument(
  excerpt: Pick<BriefingExcerpt, 'paragraph' | 'page' | 'reference'> &
    Partial<Pick<BriefingExcerpt, 'pages'>>,
): string {
  const parts: string[] = [];
  // No-break spaces keep "¶ 14", "OP 5" and "p. 7" whole at line ends.
  if (excerpt.reference !== undefined) parts.push(excerpt.reference.replace(/ /g, '\u00a0'));
  else if (excerpt.paragraph !== null) parts.push(`¶\u00a0${excerpt.paragraph}`);
  if (excerpt.pages !== undefined) parts.push(excerpt.pages.replace(/ /g, '\u00a0'));
  else if (excerpt.page !== null) parts.push(`p.\u00a0${excerpt.page}`);
  return parts.join(', ');
}

/** Publisher and year of a document, as a list of sources prints them ("" when neither is known). */
export function publication(document: Pick<BriefingDocument, 'publisher' | 'year'>): string {
  return [document.publisher, document.year === null ? null : String(document.year)]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .join(', ');
}

/** The citation of an excerpt. */
export function citeExcerpt(
  document: BriefingDocument,
  excerpt: Pick<BriefingExcerpt, 'paragraph' | 'page' | 'reference'> &
    Partial<Pick<BriefingExcerpt, 'pages'>>,
  sourceNumber: number,
): Citation {
  const details = [publication(document), placeInDocument(excerpt)].filter((part) => part !== '');
  return { title: document.title, details: details.join(', '), source: `[${sourceNumber}]` };
}

/** The citation as one plain string ("Title, Publisher, 2011, ¶ 4 [2]"). */
export function citationText(citation: Citation): string {
  return `${citation.title}${citation.details ? `${afterTitle(citation.title, ',')}${citation.details}` : ''}\u00a0${citation.source}`;
}

/**
 * What follows a title before the next part: `mark` and a space ("Title, …", "Title. …"), or
 * only the space when the title ends in its own ?, ! or . ("democracies? Freedom House"),
 * so punctuation never doubles.
 */
export function afterTitle(title: string, mark: ',' | '.'): string {
  return /[?!.…]["'”’»)]*$/.test(title.trim()) ? ' ' : `${mark} `;
}
