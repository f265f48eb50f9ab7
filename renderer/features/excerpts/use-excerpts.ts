/** Live excerpts: every annotated passage as a row, with the rights and documents to filter by. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { LibraryDocument, Right } from '../../../shared/model';
import { db } from '../../db/database';
import { loadExcerptSource, type TrashedDocumentExcerpts } from '../../db/excerpts-repo';
import { toExcerptRows, type ExcerptRow } from '../../../shared/model/excerpt-filter';

export interface ExcerptLibrary {
  readonly rows: readonly ExcerptRow[];
  readonly rights: readonly Right[];
  /** Documents that have passages, sorted by title. */
  readonly documents: readonly Pick<LibraryDocument, 'id' | 'title'>[];
  /** Documents in the Trash whose excerpts are not listed, with how many. */
  readonly trashedDocuments: readonly TrashedDocumentExcerpts[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The excerpt library, kept current as passages change; undefined while loading. */
export function useExcerptLibrary(): ExcerptLibrary | undefined {
  const source = useLiveQuery(() => loadExcerptSource(db), []);
  return useMemo(() => {
    if (!source) return undefined;
    const titles = new Map(source.documents.map((d) => [d.id, d.title]));
    return {
      rows: toExcerptRows(source.annotations, titles, source.citations),
      rights: source.rights,
      documents: [...source.documents].sort((a, b) => collator.compare(a.title, b.title)),
      trashedDocuments: source.trashedDocuments,
    };
  }, [source]);
}
