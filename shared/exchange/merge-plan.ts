/** What importing a file would do, excerpt by excerpt, before anything is written. */
import type { AnchorOutcome } from './anchor-incoming';
import type { SnapshotAnnotation } from './library-snapshot';
import type { DocumentMatch } from './locate-document';
import type {
  ExchangeFormat,
  IncomingBriefingArgument,
  IncomingDocument,
  IncomingDocumentNote,
  IncomingExcerpt,
  SkippedEntry,
} from './parsed-exchange';

/**
 * What happens to one incoming excerpt (see docs/collection-format.md, "Merging"):
 * - `new`: no excerpt with its id here: add it;
 * - `present`: the same excerpt is already here (same id, same content): nothing to do;
 * - `updated`: same id, different content, and the file's copy was changed later than ours:
 *   replace ours (the plan carries ours as `local`, so the change can be shown first);
 * - `outdated`: same id, and the file holds the original, never-edited version of an excerpt
 *   changed here since: keep ours;
 * - `conflict`: same id, different content, and ours was changed at or after the file's copy:
 *   keep both; the incoming one is added under a new id with `conflictOf` naming ours.
 */
export type MergeAction = 'new' | 'present' | 'updated' | 'outdated' | 'conflict';

/** Who made an excerpt, when, and which file it came from. */
export interface Provenance {
  readonly creator: string | null;
  readonly created: string | null;
  readonly modified: string | null;
  readonly fileName: string;
}

export interface PlannedExcerpt {
  readonly action: MergeAction;
  /** The id to write it under: the incoming id, or for a conflict a new id derived from it. */
  readonly id: string;
  /** For a conflict: the id of our excerpt it conflicts with. */
  readonly conflictOf: string | null;
  readonly incoming: IncomingExcerpt;
  /** Our excerpt with the same id (it may be deleted: see `deletedAt`), or null. */
  readonly local: SnapshotAnnotation | null;
  readonly document: DocumentMatch;
  /** Where it lies in the receiver's (or the carried) text; `none` keeps it as an orphan. */
  readonly anchoring: AnchorOutcome;
  /** Its rights that the library has, by id. */
  readonly rightIds: readonly string[];
  /** Its rights the library lacks, as keys into `MergePlan.unknownRights`. */
  readonly unknownRightKeys: readonly string[];
  readonly provenance: Provenance;
}

/**
 * A document the file carries and the library lacks: the import adds it from these blocks.
 * Its `contentHash` is the file's claim: the caller must hash `text` (SHA-256) and refuse the
 * document if they differ, since a file could otherwise pass off a changed text as the original.
 */
export interface DocumentToAdd {
  readonly contentHash: string;
  readonly document: IncomingDocument;
  /** The plain text: the blocks joined by "\n\n". */
  readonly text: string;
}

/**
 * A right named in the file that the library has neither by id nor by name. The caller asks the
 * analyst to map it to an existing right or to create it, then applies the choice to every
 * excerpt listing its `key`.
 */
export interface UnknownRight {
  readonly key: string;
  readonly id: string | null;
  readonly name: string;
  readonly description: string | null;
  readonly legalBasis: string | null;
  readonly color: string | null;
  /** How many incoming excerpts carry it. */
  readonly excerptCount: number;
}

/** How many excerpts each action (and how many orphans) the plan holds, for a summary. */
export interface MergeCounts {
  readonly new: number;
  readonly present: number;
  readonly updated: number;
  readonly outdated: number;
  readonly conflict: number;
  /** Excerpts to be written (new, updated or conflict) that could not be anchored. */
  readonly orphaned: number;
}

/**
 * What happens to one incoming document note (a Hypothesis page note, a W3C annotation on a
 * whole document), by its id, which is derived from the file's id:
 * - `new`: no note with its id here: add it;
 * - `present`: the note is here already (deleted or not), saying the same, or changed here
 *   since the file's copy: nothing to do, so a second import adds nothing and brings nothing
 *   back from the Trash;
 * - `updated`: the file's copy was changed later than ours: its text replaces ours.
 */
export type DocumentNoteAction = 'new' | 'present' | 'updated';

export interface PlannedDocumentNote {
  readonly action: DocumentNoteAction;
  readonly incoming: IncomingDocumentNote;
  /** The document it is on; `none` keeps it under the file's name for the document. */
  readonly document: DocumentMatch;
}

/** How many document notes each action holds, and how many to write whose document is not here. */
export interface DocumentNoteCounts {
  readonly new: number;
  readonly present: number;
  readonly updated: number;
  /** Notes to be written (new or updated) whose document is neither in the library nor the file. */
  readonly unplaced: number;
}

export interface MergePlan {
  readonly fileName: string;
  readonly format: ExchangeFormat;
  readonly collection: {
    readonly id: string | null;
    readonly name: string | null;
    readonly description: string;
    /** The briefing's argument and cover details the file carries, if any. */
    readonly briefing?: IncomingBriefingArgument;
    /** When the file was exported: the briefing's time when it names none. */
    readonly exportedAt: string | null;
  };
  /** Every incoming excerpt, in the file's order; none is dropped. */
  readonly excerpts: readonly PlannedExcerpt[];
  readonly documentsToAdd: readonly DocumentToAdd[];
  readonly unknownRights: readonly UnknownRight[];
  /** Every note on a whole document the file holds, in the file's order. */
  readonly documentNotes: readonly PlannedDocumentNote[];
  /** What the file held that is neither an excerpt nor a document note, passed on from parsing. */
  readonly skipped: readonly SkippedEntry[];
  readonly counts: MergeCounts;
  readonly documentNoteCounts: DocumentNoteCounts;
}
