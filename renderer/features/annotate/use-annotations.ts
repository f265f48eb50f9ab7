/** Live annotations and rights for the reader; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Annotation, Right } from '../../../shared/model';
import { db } from '../../db/database';
import { annotationsOf } from '../../db/annotations-repo';
import { listRights } from '../../db/rights-repo';

export function useDocumentAnnotations(docId: string): Annotation[] | undefined {
  return useLiveQuery(() => annotationsOf(db, docId), [docId]);
}

/** Every right in order, archived ones included (their passages still need colours). */
export function useRights(): Right[] | undefined {
  return useLiveQuery(() => listRights(db), []);
}
