/**
 * What a briefing PDF is made from: plain data, independent of the database, so the app, the
 * CLI and tests can all build one. `checkBriefingInput` refuses input that cannot make a briefing.
 */

/** A right the briefing groups or tags excerpts by. */
export interface BriefingRight {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Where the right is recognised, e.g. "UDHR art. 19; ICCPR art. 19". Empty when unknown. */
  readonly legalBasis: string;
  /** A CSS hex colour (#rrggbb) for rules, highlights and charts. */
  readonly colour: string;
  /** Position among the rights; smaller first. */
  readonly order: number;
}

/** One block of a source document's reading text (the same shape as the library's blocks). */
export interface BriefingBlock {
  readonly kind: 'heading' | 'paragraph' | 'list-item' | 'quote';
  /** Heading level 1–6; absent for other kinds. */
  readonly level?: number;
  readonly text: string;
  /** 1-based page in the source, when it came from a paged format. */
  readonly page?: number;
}

/** A source document the excerpts come from. */
export interface BriefingDocument {
  readonly id: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly year: number | null;
  /** Free text: "declaration", "parliamentary briefing". */
  readonly kind: string | null;
  /** BCP 47 tag of the document's main language, when known (its quotations are marked with it). */
  readonly language?: string | null;
  /**
   * The full reading text, when the collection carries it. Its plain text is the blocks joined
   * by a blank line ('\n\n'); excerpt positions count UTF-16 code units over that text.
   */
  readonly blocks?: readonly BriefingBlock[];
}

/** An excerpt: a quoted passage of a document, tagged with rights. */
export interface BriefingExcerpt {
  readonly id: string;
  readonly docId: string;
  readonly quote: string;
  readonly rightIds: readonly string[];
  /** The analyst's note; may contain line breaks. Empty when there is none. */
  readonly note: string;
  /** A comment written for this briefing (the collection item's comment). Empty when none. */
  readonly comment: string;
  /** Paragraph number in the document ("¶ 14"), when known. */
  readonly paragraph: number | null;
  /**
   * Where the excerpt starts in the document's own numbering ("OP 5", "Art. 19(3)"), when the
   * document has one: cited instead of the ¶ number.
   */
  readonly reference?: string;
  /** Page in the source ("p. 7"), when known. */
  readonly page: number | null;
  /** The pages the passage spans, formatted ("p. 7", "pp. 7–8"); cited instead of `page`. */
  readonly pages?: string;
  readonly author: string;
  /** ISO 8601 date-time the excerpt was made. */
  readonly created: string;
  /** Offsets over the document's plain text, end exclusive; null when unknown (orphaned). */
  readonly position: { readonly start: number; readonly end: number } | null;
  /** The analyst keeps the note to themselves (shared/disclosure removes it before building). */
  readonly privateNote?: boolean;
  /** The analyst keeps the whole excerpt to themselves (left out before building). */
  readonly privateExcerpt?: boolean;
}

/**
 * How excerpts are arranged into sections: one per right, one per source document, or one
 * section keeping the collection's own order (the order the analyst arranged them in).
 */
export type BriefingGrouping = 'right' | 'document' | 'collection';

/** What the analyst chose to include. */
export interface BriefingOptions {
  readonly grouping: BriefingGrouping;
  readonly includeNotes: boolean;
  readonly includeLegalBasis: boolean;
  readonly includeSummary: boolean;
  /** Full source documents with the excerpted passages highlighted (when their text is known). */
  readonly includeAppendix: boolean;
  /** Rights to include, in the order given by the rights' `order`; empty means all. */
  readonly selectedRightIds: readonly string[];
}

/** A file to embed in the PDF, such as the collection file the briefing was made from. */
export interface BriefingAttachment {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly mimeType: string;
  /** Shown by readers in their attachments panel. */
  readonly description?: string;
}

/**
 * The analyst's own argument, printed after the cover. Each part is plain paragraphs separated
 * by blank lines; lines starting "- " are list items. Empty parts are left out.
 */
export interface BriefingArgument {
  readonly summary?: string;
  readonly findings?: string;
  readonly recommendations?: string;
}

/** Everything a briefing is built from. */
export interface BriefingInput {
  readonly title: string;
  readonly subtitle: string;
  readonly author: string;
  readonly organisation: string;
  /** The date printed on the cover, as the analyst wants it written ("14 March 2025"). */
  readonly date: string;
  /** e.g. "Internal — not for distribution"; empty for none. */
  readonly classification: string;
  /** Printed above the title: "Policy brief", "Briefing note". */
  readonly documentType?: string;
  /** A reference or version number printed on the cover: "RM/2025/014 v2". */
  readonly reference?: string;
  /** The date the evidence runs to, as the analyst writes it ("28 February 2025"). */
  readonly cutOffDate?: string;
  /** The analyst's executive summary, key findings and recommendations. */
  readonly argument?: BriefingArgument;
  /** BCP 47 language tag of the briefing's own text, e.g. "en-GB". */
  readonly language: string;
  readonly rights: readonly BriefingRight[];
  readonly documents: readonly BriefingDocument[];
  /** In the order the analyst arranged them; sections keep this order. */
  readonly excerpts: readonly BriefingExcerpt[];
  readonly options: BriefingOptions;
  /** The moment of creation (metadata dates); injected so output is reproducible. */
  readonly now: Date;
  readonly attachment?: BriefingAttachment;
}

/** The defaults the dialog starts from. */
export const DEFAULT_BRIEFING_OPTIONS: BriefingOptions = {
  grouping: 'right',
  includeNotes: true,
  includeLegalBasis: true,
  includeSummary: true,
  includeAppendix: false,
  selectedRightIds: [],
};

/** Why a briefing cannot be built; the UI may word its message by it. */
export type BriefingInputErrorCode =
  'no-excerpts' | 'unknown-document' | 'invalid-colour' | 'invalid-date';

/** Input that cannot make a briefing. `message` is meant to be shown to the analyst. */
export class BriefingInputError extends Error {
  override readonly name = 'BriefingInputError';
  readonly code: BriefingInputErrorCode;

  constructor(code: BriefingInputErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * Throws a BriefingInputError when the input cannot make a sensible briefing. A collection with
 * no rights at all can: its excerpts are listed as not tagged with a right, or by document.
 */
export function checkBriefingInput(input: BriefingInput): void {
  if (Number.isNaN(input.now.getTime())) {
    throw new BriefingInputError('invalid-date', 'The briefing date is not a valid date.');
  }
  // First: an empty collection is told so, not given some other reason.
  if (input.excerpts.length === 0) {
    throw new BriefingInputError(
      'no-excerpts',
      'The collection has no excerpts: there is nothing to put in a briefing.',
    );
  }
  for (const right of input.rights) {
    if (!HEX_COLOUR.test(right.colour)) {
      throw new BriefingInputError(
        'invalid-colour',
        `The colour of “${right.name}” is not a #rrggbb colour: ${right.colour}`,
      );
    }
  }
  const docIds = new Set(input.documents.map((doc) => doc.id));
  const stray = input.excerpts.find((excerpt) => !docIds.has(excerpt.docId));
  if (stray) {
    throw new BriefingInputError(
      'unknown-document',
      `Excerpt ${stray.id} quotes a document the briefing does not list (${stray.docId}).`,
    );
  }
}
