/**
 * Document notes: a note on a whole document rather than on a passage (what Hypothesis calls a
 * page note, and a W3C annotation whose target is only the document). Kept beside the document,
 * never turned into an excerpt.
 */
import type { AnnotationOrigin } from './annotation';

export interface DocumentNote {
  readonly id: string;
  readonly docId: string;
  /** Plain text; may contain line breaks. Replies from other tools are appended to it. */
  readonly text: string;
  /** Who wrote it ('' when unknown). */
  readonly author: string;
  /** Labels it carried in the file it came from (Hypothesis tags); empty for the analyst's own. */
  readonly tags: readonly string[];
  readonly createdAt: string;
  readonly modifiedAt: string;
  /** Set when deleted; the row stays so the delete can be undone. */
  readonly deletedAt: string | null;
  /** Set on notes that came from a file: which file, and when it was imported. */
  readonly origin?: AnnotationOrigin;
  /** The analyst keeps the note to themselves: no export carries it. Absent means shareable. */
  readonly privateNote?: boolean;
}
