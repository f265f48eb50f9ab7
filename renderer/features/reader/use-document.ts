/** A document and its blocks, live; undefined while loading, null when it does not exist. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { LibraryDocument, StoredBlock } from '../../../shared/model';
import { db } from '../../db/database';
import { getBlocks, getDocument } from '../../db/documents-repo';

export interface OpenDocument {
  readonly document: LibraryDocument;
  readonly blocks: readonly StoredBlock[];
}

export function useDocument(id: string): OpenDocument | null | undefined {
  return useLiveQuery(async () => {
    const document = await getDocument(db, id);
    if (!document) return null;
    return { document, blocks: await getBlocks(db, id) };
  }, [id]);
}
