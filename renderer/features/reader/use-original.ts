/** Whether a document's original PDF pages can be shown, live; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { LibraryDocument } from '../../../shared/model';
import { db } from '../../db/database';
import { originalState, type OriginalState } from '../../db/originals-repo';

export function useOriginal(
  document: Pick<LibraryDocument, 'id' | 'format' | 'contentHash'> | undefined,
): OriginalState | undefined {
  const id = document?.id;
  const format = document?.format;
  const contentHash = document?.contentHash;
  return useLiveQuery(
    async () =>
      id === undefined || format === undefined || contentHash === undefined
        ? undefined
        : originalState(db, { id, format, contentHash }),
    [id, format, contentHash],
  );
}
