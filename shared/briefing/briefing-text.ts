/**
 * Every character a briefing may draw, gathered from its input: the font subsets (and, in the
 * app, the choice of which fallback faces to load) are made from it.
 */
import type {
  BriefingDocument,
  BriefingExcerpt,
  BriefingInput,
  BriefingRight,
} from './briefing-input';
import { quotationText } from './quotation-text';

/** The parts of a briefing whose text is drawn; a plan passes its selection, callers the input. */
export interface BriefingTextParts {
  readonly rights: readonly BriefingRight[];
  readonly documents: readonly BriefingDocument[];
  readonly excerpts: readonly BriefingExcerpt[];
}

/** The text of the cover, the rights, the documents (their full text with an appendix) and the excerpts. */
export function briefingText(input: BriefingInput, parts: BriefingTextParts = input): string {
  const texts: string[] = [
    input.title,
    input.subtitle,
    input.author,
    input.organisation,
    input.organisation.toLocaleUpperCase(input.language || 'en'),
    input.date,
    input.classification,
    input.documentType ?? '',
    (input.documentType ?? '').toLocaleUpperCase(input.language || 'en'),
    input.reference ?? '',
    input.cutOffDate ?? '',
    input.argument?.summary ?? '',
    input.argument?.findings ?? '',
    input.argument?.recommendations ?? '',
  ];
  for (const right of parts.rights) texts.push(right.name, right.description, right.legalBasis);
  for (const document of parts.documents) {
    texts.push(document.title, document.publisher ?? '', document.kind ?? '');
    if (input.options.includeAppendix)
      for (const block of document.blocks ?? []) texts.push(block.text);
  }
  // Quotations as printed: a Japanese one gains 「」, which only its CJK face draws.
  for (const excerpt of parts.excerpts)
    texts.push(quotationText(excerpt.quote), excerpt.note, excerpt.comment, excerpt.author);
  return texts.join('\n');
}
