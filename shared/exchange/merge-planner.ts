/**
 * Plans an import: classifies every incoming excerpt against the receiver's library (new,
 * present, updated, outdated, conflict), finds and anchors its document, resolves its rights.
 * Pure: it reads plain data and writes nothing.
 */
import { documentText } from '../model/document';
import { anchorIncoming, type AnchorOutcome } from './anchor-incoming';
import { contentUuid } from './content-uuid';
import { normaliseName, type LibrarySnapshot, type SnapshotAnnotation } from './library-snapshot';
import { DocumentIndex, type DocumentMatch } from './locate-document';
import type {
  DocumentNoteCounts,
  DocumentToAdd,
  MergeAction,
  MergeCounts,
  MergePlan,
  PlannedDocumentNote,
  PlannedExcerpt,
  UnknownRight,
} from './merge-plan';
import type { IncomingExcerpt, IncomingRight, ParsedExchange } from './parsed-exchange';

interface ResolvedRights {
  readonly rightIds: string[];
  readonly unknownKeys: string[];
}

function rightResolver(
  incoming: ParsedExchange,
  library: LibrarySnapshot,
): {
  resolve: (excerpt: IncomingExcerpt) => ResolvedRights;
  unknown: () => UnknownRight[];
} {
  const ids = new Set(library.rights.map((r) => r.id));
  const byName = new Map(library.rights.map((r) => [normaliseName(r.name), r.id]));
  // What the file says about its rights, by id and by normalised name.
  const describedById = new Map<string, IncomingRight>();
  const describedByName = new Map<string, IncomingRight>();
  for (const right of incoming.rights) {
    if (right.id !== null) describedById.set(right.id, right);
    describedByName.set(normaliseName(right.name), right);
  }
  const unknown = new Map<string, UnknownRight>();
  return {
    resolve(excerpt) {
      const rightIds: string[] = [];
      const unknownKeys: string[] = [];
      for (const ref of excerpt.rights) {
        // By id first (our built-in and shared rights), then by name (tags, or the same right
        // created separately in two libraries).
        const name = normaliseName(ref.name);
        const id = ref.id !== null && ids.has(ref.id) ? ref.id : byName.get(name);
        if (id !== undefined) {
          if (!rightIds.includes(id)) rightIds.push(id);
          continue;
        }
        const key = `name:${name}`;
        // The same right twice in one excerpt (two spellings of its name) counts once.
        if (unknownKeys.includes(key)) continue;
        unknownKeys.push(key);
        const found = unknown.get(key);
        if (found !== undefined) {
          unknown.set(key, { ...found, excerptCount: found.excerptCount + 1 });
        } else {
          const about =
            (ref.id === null ? undefined : describedById.get(ref.id)) ?? describedByName.get(name);
          unknown.set(key, {
            key,
            id: ref.id,
            name: ref.name,
            description: about?.description ?? null,
            legalBasis: about?.legalBasis ?? null,
            color: about?.color ?? null,
            excerptCount: 1,
          });
        }
      }
      return { rightIds, unknownKeys };
    },
    unknown: () => [...unknown.values()],
  };
}

/** The time of an ISO string in ms, or NaN when missing or unreadable. */
function time(value: string | null): number {
  return value === null ? Number.NaN : Date.parse(value);
}

/**
 * True when the incoming excerpt says the same as ours: same quote, same rights, same note
 * (unless the file left notes out). Positions and collection comments are not content: the
 * first follow the text, the second belong to one collection.
 */
export function sameContent(
  incoming: IncomingExcerpt,
  rights: ResolvedRights,
  local: SnapshotAnnotation,
): boolean {
  if (incoming.quote.exact !== local.quote.exact) return false;
  if (incoming.note !== null && incoming.note !== local.note) return false;
  const ours = new Set(local.rightIds);
  const theirs = new Set([...rights.rightIds, ...rights.unknownKeys]);
  return ours.size === theirs.size && [...ours].every((id) => theirs.has(id));
}

/**
 * The merge rule for an excerpt whose id we already have (documented in
 * docs/collection-format.md): without a shared history, timestamps decide.
 */
export function classifyExisting(
  incoming: Pick<IncomingExcerpt, 'created' | 'modified'>,
  local: Pick<SnapshotAnnotation, 'modifiedAt'>,
  same: boolean,
): Exclude<MergeAction, 'new'> {
  if (same) return 'present';
  const theirs = time(incoming.modified);
  const ours = time(local.modifiedAt);
  if (theirs > ours) return 'updated';
  if (theirs < ours && theirs === time(incoming.created)) return 'outdated';
  return 'conflict';
}

/** A stable fingerprint of what an excerpt says, for deriving its conflict copy's id. */
function fingerprint(excerpt: IncomingExcerpt, rights: ResolvedRights): string {
  return JSON.stringify([
    excerpt.quote.exact,
    excerpt.note,
    [...rights.rightIds, ...rights.unknownKeys].sort(),
    excerpt.modified,
  ]);
}

function countActions(excerpts: readonly PlannedExcerpt[]): MergeCounts {
  const counts = { new: 0, present: 0, updated: 0, outdated: 0, conflict: 0, orphaned: 0 };
  for (const excerpt of excerpts) {
    counts[excerpt.action] += 1;
    const written = excerpt.action !== 'present' && excerpt.action !== 'outdated';
    if (written && excerpt.anchoring.kind === 'none') counts.orphaned += 1;
  }
  return counts;
}

/**
 * Plans importing `incoming` into `library`. Every excerpt is in the plan, in the file's order:
 * classified by its id (see MergeAction), its document found (by content hash, a carried text,
 * uri, title, or by searching its quote), anchored in that document's text (exact, fuzzy with
 * the two versions side by side, or none: kept as an orphan), its rights resolved by id then
 * name. Carried documents the library lacks are listed to add; rights it lacks are listed for
 * the analyst to map or create.
 *
 * A conflict copy's id is derived from the incoming id and content, so planning the same file
 * again after importing it finds the copy and reports it as present: nothing is duplicated.
 */
export function planMerge(incoming: ParsedExchange, library: LibrarySnapshot): MergePlan {
  const localById = new Map(library.annotations.map((a) => [a.id, a]));
  const libraryHashes = new Set(library.documents.map((d) => d.contentHash.toLowerCase()));
  const documentsToAdd: DocumentToAdd[] = [];
  const carriedText = new Map<string, string>();
  for (const document of incoming.documents) {
    const hash = document.contentHash;
    if (hash === null || document.blocks === null || libraryHashes.has(hash)) continue;
    if (carriedText.has(hash)) continue;
    const text = documentText(document.blocks);
    carriedText.set(hash, text);
    documentsToAdd.push({ contentHash: hash, document, text });
  }
  const index = new DocumentIndex(library.documents, new Set(carriedText.keys()));
  const rights = rightResolver(incoming, library);

  const excerpts = incoming.excerpts.map((excerpt): PlannedExcerpt => {
    const resolved = rights.resolve(excerpt);
    const local = localById.get(excerpt.id) ?? null;
    let action: MergeAction = 'new';
    let id = excerpt.id;
    let conflictOf: string | null = null;
    if (local !== null) {
      action = classifyExisting(excerpt, local, sameContent(excerpt, resolved, local));
      if (action === 'conflict') {
        id = contentUuid(`conflict:${excerpt.id}:${fingerprint(excerpt, resolved)}`);
        conflictOf = local.id;
        // Imported before: the copy is here already.
        if (localById.has(id)) action = 'present';
      }
    }
    const document = index.locate(excerpt);
    return {
      action,
      id,
      conflictOf,
      incoming: excerpt,
      local,
      document,
      anchoring: anchorIn(document, excerpt, index, carriedText, incoming.format),
      rightIds: resolved.rightIds,
      unknownRightKeys: resolved.unknownKeys,
      provenance: {
        creator: excerpt.creator,
        created: excerpt.created,
        modified: excerpt.modified,
        fileName: incoming.fileName,
      },
    };
  });

  // After the excerpts: a note on a page whose excerpts were found by their quotes is placed
  // on the same document (the index remembers it by the page's uri and title).
  const documentNotes = planDocumentNotes(incoming, library, index);

  return {
    fileName: incoming.fileName,
    format: incoming.format,
    collection: {
      id: incoming.collectionId,
      name: incoming.name,
      description: incoming.description,
      ...(incoming.briefing === undefined ? {} : { briefing: incoming.briefing }),
      exportedAt: incoming.exportedAt,
    },
    excerpts,
    documentsToAdd,
    unknownRights: rights.unknown(),
    documentNotes,
    skipped: incoming.skipped,
    counts: countActions(excerpts),
    documentNoteCounts: countNotes(documentNotes),
  };
}

/** The empty quote a document note is located with: only its document's names can find it. */
const NO_QUOTE = { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } as const;

/**
 * Classifies each incoming document note by its id (see DocumentNoteAction) and finds its
 * document by content hash, a carried text, uri or title.
 */
function planDocumentNotes(
  incoming: ParsedExchange,
  library: LibrarySnapshot,
  index: DocumentIndex,
): PlannedDocumentNote[] {
  const localById = new Map((library.documentNotes ?? []).map((n) => [n.id, n]));
  const seen = new Set<string>();
  const planned: PlannedDocumentNote[] = [];
  for (const note of incoming.documentNotes) {
    // The same note twice in one file (a W3C page listing it again) is written once.
    if (seen.has(note.id)) continue;
    seen.add(note.id);
    const local = localById.get(note.id);
    const theirs = time(note.modified ?? note.created);
    const action =
      local === undefined
        ? 'new'
        : local.text !== note.text && theirs > time(local.modifiedAt)
          ? 'updated'
          : 'present';
    const document = index.locate({ docRef: note.docRef, quote: NO_QUOTE, position: null });
    planned.push({ action, incoming: note, document });
  }
  return planned;
}

function countNotes(notes: readonly PlannedDocumentNote[]): DocumentNoteCounts {
  const counts = { new: 0, present: 0, updated: 0, unplaced: 0 };
  for (const note of notes) {
    counts[note.action] += 1;
    if (note.action !== 'present' && note.document.kind === 'none') counts.unplaced += 1;
  }
  return counts;
}

function anchorIn(
  document: DocumentMatch,
  excerpt: IncomingExcerpt,
  index: DocumentIndex,
  carriedText: ReadonlyMap<string, string>,
  format: ParsedExchange['format'],
): AnchorOutcome {
  if (document.kind === 'none') {
    return {
      kind: 'none',
      reason: document.reason === 'ambiguous' ? 'ambiguous-document' : 'no-document',
      status: 'orphaned',
    };
  }
  const text =
    document.kind === 'from-file'
      ? carriedText.get(document.contentHash)
      : index.document(document.docId)?.text;
  if (text === undefined) return { kind: 'none', reason: 'no-document', status: 'orphaned' };
  // Our positions count over exactly this text when the document is the same content.
  const trustPosition =
    format === 'rightsmark' && (document.kind === 'from-file' || document.by === 'content-hash');
  return anchorIncoming(text, excerpt, trustPosition);
}
