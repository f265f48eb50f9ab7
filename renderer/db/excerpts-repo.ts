/**
 * What the excerpts view reads in one go: every live annotated passage of every live document,
 * the titles of those documents and the rights taxonomy; and the excerpts one of its filters
 * lists, with what an export of them needs.
 */
import type { ExportInput } from '../../shared/exchange';
import type { Annotation, LibraryDocument, Right } from '../../shared/model';
import {
  filterExcerpts,
  toExcerptRows,
  type ExcerptQuery,
} from '../../shared/model/excerpt-filter';
import { allAnnotations } from './annotations-repo';
import { citationsOf } from './citations-repo';
import type { RightsmarkDatabase } from './database';
import { getBlocksOf, listDocuments } from './documents-repo';
import { listRights } from './rights-repo';

export interface ExcerptSource {
  readonly annotations: readonly Annotation[];
  /** Live documents with at least one live annotation. */
  readonly documents: readonly Pick<LibraryDocument, 'id' | 'title'>[];
  /** Every right in order, archived ones included (their passages still list). */
  readonly rights: readonly Right[];
  /**
   * Documents in the Trash that carry live excerpts, with how many: the view does not list
   * those excerpts, and says so with a way to restore each document.
   */
  readonly trashedDocuments: readonly TrashedDocumentExcerpts[];
  /** Each annotation's citation ("Art. 19(2)–(3)", "¶ 4"), by annotation id. */
  readonly citations: ReadonlyMap<string, string>;
}

/** A document in the Trash and the number of its own (not separately deleted) excerpts. */
export interface TrashedDocumentExcerpts {
  readonly id: string;
  readonly title: string;
  readonly excerpts: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Reads annotations, documents and rights in one read transaction, so they agree. */
export async function loadExcerptSource(db: RightsmarkDatabase): Promise<ExcerptSource> {
  return db.transaction('r', [db.annotations, db.documents, db.blocks, db.rights], async () => {
    const [annotations, documents, rights, trashed] = await Promise.all([
      allAnnotations(db),
      listDocuments(db),
      listRights(db),
      db.documents.where('deletedAt').above('').toArray(),
    ]);
    const annotated = new Set(annotations.map((a) => a.docId));
    const carried = new Map<string, number>();
    if (trashed.length > 0) {
      await db.annotations
        .where('docId')
        .anyOf(trashed.map((d) => d.id))
        .each((a) => {
          if (a.deletedAt === null) carried.set(a.docId, (carried.get(a.docId) ?? 0) + 1);
        });
    }
    return {
      annotations,
      citations: await citationsOf(db, annotations),
      documents: documents
        .filter((d) => annotated.has(d.id))
        .map((d) => ({ id: d.id, title: d.title })),
      rights,
      trashedDocuments: trashed
        .flatMap((d) => {
          const excerpts = carried.get(d.id) ?? 0;
          return excerpts > 0 ? [{ id: d.id, title: d.title, excerpts }] : [];
        })
        .sort((a, b) => collator.compare(a.title, b.title)),
    };
  });
}

/** The excerpts a query lists, as an export reads them (without a collection), and titles. */
export interface QueryExcerpts extends Omit<ExportInput, 'collection'> {
  /** The title of every live document, to name the selection after the one it filters by. */
  readonly titles: ReadonlyMap<string, string>;
}

/**
 * The excerpts the excerpts view lists for `query`, in its order (by document title, then
 * position), with their documents and blocks and every right, read in one transaction.
 */
export async function loadQueryExcerpts(
  db: RightsmarkDatabase,
  query: ExcerptQuery,
): Promise<QueryExcerpts> {
  return db.transaction('r', [db.annotations, db.documents, db.blocks, db.rights], async () => {
    const [annotations, documents, rights] = await Promise.all([
      allAnnotations(db),
      listDocuments(db),
      listRights(db),
    ]);
    const titles = new Map(documents.map((d) => [d.id, d.title]));
    const byId = new Map(annotations.map((a) => [a.id, a]));
    const chosen = filterExcerpts(toExcerptRows(annotations, titles), query).flatMap((row) => {
      const annotation = byId.get(row.id);
      return annotation ? [annotation] : [];
    });
    const docIds = new Set(chosen.map((a) => a.docId));
    return {
      annotations: chosen,
      documents: documents.filter((d) => docIds.has(d.id)),
      blocks: await getBlocksOf(db, docIds),
      rights,
      titles,
    };
  });
}
