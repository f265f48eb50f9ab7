/**
 * What the excerpts view reads in one go: every live annotated passage of every live document,
 * the titles of those documents and the rights taxonomy.
 */
import type { Annotation, LibraryDocument, Right } from '../../shared/model';
import { allAnnotations } from './annotations-repo';
import type { RightsmarkDatabase } from './database';
import { listDocuments } from './documents-repo';
import { listRights } from './rights-repo';

export interface ExcerptSource {
  readonly annotations: readonly Annotation[];
  /** Live documents with at least one live annotation. */
  readonly documents: readonly Pick<LibraryDocument, 'id' | 'title'>[];
  /** Every right in order, archived ones included (their passages still list). */
  readonly rights: readonly Right[];
}

/** Reads annotations, documents and rights in one read transaction, so they agree. */
export async function loadExcerptSource(db: RightsmarkDatabase): Promise<ExcerptSource> {
  return db.transaction('r', [db.annotations, db.documents, db.rights], async () => {
    const [annotations, documents, rights] = await Promise.all([
      allAnnotations(db),
      listDocuments(db),
      listRights(db),
    ]);
    const annotated = new Set(annotations.map((a) => a.docId));
    return {
      annotations,
      documents: documents
        .filter((d) => annotated.has(d.id))
        .map((d) => ({ id: d.id, title: d.title })),
      rights,
    };
  });
}
