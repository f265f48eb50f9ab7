/** A document's live document notes for the reader; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentNote } from '../../../shared/model';
import { db } from '../../db/database';
import { documentNotesOf } from '../../db/document-notes-repo';

export function useDocumentNotes(docId: string): DocumentNote[] | undefined {
  return useLiveQuery(() => documentNotesOf(db, docId), [docId]);
}
