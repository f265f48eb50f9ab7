/** What the exporters read: plain data the app gathers from its library for one collection. */
import type { Annotation } from '../model/annotation';
import type { Collection } from '../model/collection';
import type { LibraryDocument, ParsedBlock } from '../model/document';
import type { DocumentNote } from '../model/document-note';
import type { Right } from '../model/right';
import type { PassageCitation } from '../structure/cite-passage';
import { citeExcerpt, citersFor } from './citation';

/**
 * One collection with everything its excerpts refer to. Extra rows are ignored, so callers may
 * pass whole tables. For a smart collection (one with a `filter`, whose `items` are empty),
 * `annotations` are the excerpts it matches now, in the order to export them.
 */
export interface ExportInput {
  readonly collection: Collection;
  /** At least every annotation the collection's items name; deleted ones are left out. */
  readonly annotations: readonly Annotation[];
  /** At least every document those annotations are on (deleted documents included). */
  readonly documents: readonly LibraryDocument[];
  /** Each exported document's blocks in reading order, by document id. */
  readonly blocks: ReadonlyMap<string, readonly ParsedBlock[]>;
  /** The library's rights; annotations name them by id. */
  readonly rights: readonly Right[];
  /**
   * Notes on whole documents: those on the documents the excerpts quote leave with the
   * collection (deleted ones are left out). Absent means none.
   */
  readonly documentNotes?: readonly DocumentNote[];
}

/** Time, identity and the app's name, injected so exports are deterministic in tests. */
export interface ExportEnvironment {
  /** The current time as an ISO 8601 string. */
  now(): string;
  /** A new globally unique id (a UUID). */
  newId(): string;
  /** The app's version, recorded as the file's generator. */
  readonly appVersion: string;
}

/** One exported excerpt with everything a row or a paragraph about it shows. */
export interface ExportedExcerpt {
  readonly annotation: Annotation;
  readonly document: LibraryDocument;
  readonly rights: readonly Right[];
  /** The collection's comment on this excerpt ('' when none). */
  readonly comment: string;
  /** The block the excerpt starts in, when the document's blocks were given. */
  readonly block: ParsedBlock | null;
  /**
   * Where it is cited: the range of the document's own numbering it spans, else its ¶ numbers,
   * and its pages (by the document's blocks; "¶ n" of its first block when they were not given).
   */
  readonly citation: PassageCitation;
}

/** Thrown when the input is inconsistent (a programming error in the caller, not bad data). */
export class ExportInputError extends Error {
  override readonly name = 'ExportInputError';
}

function excerptsInOrder(input: ExportInput): { annotation: Annotation; comment: string }[] {
  const byId = new Map(input.annotations.map((a) => [a.id, a]));
  const chosen =
    input.collection.filter === null
      ? input.collection.items.map((item) => ({
          annotation: byId.get(item.annotationId),
          comment: item.comment,
        }))
      : input.annotations.map((annotation) => ({ annotation, comment: '' }));
  const seen = new Set<string>();
  const out: { annotation: Annotation; comment: string }[] = [];
  for (const { annotation, comment } of chosen) {
    // An item whose excerpt was deleted (or never given) is not part of the collection any more.
    if (annotation === undefined || annotation.deletedAt !== null || seen.has(annotation.id)) {
      continue;
    }
    seen.add(annotation.id);
    out.push({ annotation, comment });
  }
  return out;
}

/**
 * The collection's live excerpts in its order, each with its document, rights (in the order the
 * annotation lists them), comment and starting block.
 *
 * @throws ExportInputError when an excerpt's document is missing from the input.
 */
export function gatherExcerpts(input: ExportInput): ExportedExcerpt[] {
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const rights = new Map(input.rights.map((r) => [r.id, r]));
  const citerOf = citersFor(input.blocks);
  return excerptsInOrder(input).map(({ annotation, comment }) => {
    const document = documents.get(annotation.docId);
    if (document === undefined) {
      throw new ExportInputError(
        `Annotation ${annotation.id} is on document ${annotation.docId}, which was not given.`,
      );
    }
    const blocks = input.blocks.get(annotation.docId);
    return {
      annotation,
      document,
      rights: annotation.rightIds.flatMap((id) => {
        const right = rights.get(id);
        return right === undefined ? [] : [right];
      }),
      comment,
      block: blocks?.[annotation.blockIndex] ?? null,
      citation: citeExcerpt(citerOf(annotation.docId), annotation),
    };
  });
}
