/**
 * Applies the disclosure choices to a briefing's input before the PDF engine sees it: private
 * and unchosen excerpts, switched-off notes and comments, authors' names and the attachment are
 * removed here, so no page, annotation, bookmark, metadata field or embedded file can hold them.
 */
import type {
  BriefingAttachment,
  BriefingExcerpt,
  BriefingInput,
} from '../briefing/briefing-input';
import { authorLabel } from './author-label';
import { discloseCollectionFile } from './disclose-collection-file';
import { isShareableNote, withinRights } from './disclose-export-input';
import { DEFAULT_DISCLOSURE, type DisclosureOptions } from './disclosure-options';

/** What became of the attachment, in words the dialog and the CLI can show. */
export type AttachmentOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'attached'; readonly fileName: string }
  | { readonly kind: 'switched-off'; readonly fileName: string }
  | { readonly kind: 'unfilterable'; readonly fileName: string };

/** Whether the options withhold nothing an attached file could carry. */
export function sharesEverything(options: DisclosureOptions): boolean {
  return (
    options.notes === DEFAULT_DISCLOSURE.notes &&
    options.comments === DEFAULT_DISCLOSURE.comments &&
    options.authors === DEFAULT_DISCLOSURE.authors &&
    options.sourceTexts === DEFAULT_DISCLOSURE.sourceTexts &&
    options.argument === DEFAULT_DISCLOSURE.argument &&
    options.rightIds.length === 0
  );
}

/**
 * The attachment as it may leave. A `.rightsmark.json` file is rebuilt with the same choices as
 * the briefing; any other file (a W3C or Hypothesis export) cannot be filtered, so it goes only
 * when nothing is withheld.
 */
export function discloseAttachment(
  attachment: BriefingAttachment | undefined,
  options: DisclosureOptions,
): { readonly attachment: BriefingAttachment | null; readonly outcome: AttachmentOutcome } {
  if (attachment === undefined) return { attachment: null, outcome: { kind: 'none' } };
  const fileName = attachment.fileName;
  if (!options.attachment) {
    return { attachment: null, outcome: { kind: 'switched-off', fileName } };
  }
  const filtered = discloseCollectionFile(attachment.bytes, fileName, options);
  if (filtered !== null) {
    return {
      attachment: { ...attachment, bytes: filtered },
      outcome: { kind: 'attached', fileName },
    };
  }
  return sharesEverything(options)
    ? { attachment, outcome: { kind: 'attached', fileName } }
    : { attachment: null, outcome: { kind: 'unfilterable', fileName } };
}

function discloseExcerpt(excerpt: BriefingExcerpt, options: DisclosureOptions): BriefingExcerpt {
  const { privateNote: _note, privateExcerpt: _excerpt, ...rest } = excerpt;
  return {
    ...rest,
    note: options.notes && isShareableNote(excerpt) ? excerpt.note : '',
    comment: options.comments ? excerpt.comment : '',
    author: authorLabel(excerpt.author, options.authors),
  };
}

/** A briefing's input with only what may leave, and what became of its attachment. */
export interface DisclosedBriefing {
  readonly input: BriefingInput;
  readonly attachment: AttachmentOutcome;
}

/**
 * The input with only what may leave: private excerpts and those outside the chosen rights
 * gone, notes and comments emptied when switched off (private notes always), every author
 * (the excerpts' and the cover's "prepared by") named, as initials or not at all, the rights
 * choice passed on to the engine, the appendix only with source texts, the analyst's argument
 * only when it may go, and the attachment filtered or left out.
 *
 * @throws ExchangeError when the attachment claims to be a Rightsmark file but is not valid.
 */
export function discloseBriefingInput(
  input: BriefingInput,
  options: DisclosureOptions,
): DisclosedBriefing {
  const { attachment, outcome } = discloseAttachment(input.attachment, options);
  const { attachment: _original, argument, ...rest } = input;
  const excerpts = input.excerpts
    .filter((excerpt) => excerpt.privateExcerpt !== true)
    .filter((excerpt) => withinRights(excerpt.rightIds, options.rightIds))
    .map((excerpt) => discloseExcerpt(excerpt, options));
  return {
    input: {
      ...rest,
      ...(argument !== undefined && options.argument ? { argument } : {}),
      author: authorLabel(input.author, options.authors),
      excerpts,
      options: {
        ...input.options,
        includeNotes: input.options.includeNotes && options.notes,
        // The appendix prints whole source texts: it goes only when they may.
        includeAppendix: input.options.includeAppendix && options.sourceTexts,
        selectedRightIds: options.rightIds,
      },
      ...(attachment === null ? {} : { attachment }),
    },
    attachment: outcome,
  };
}
