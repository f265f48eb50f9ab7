/** The documents to choose from, and two versions compared paragraph by paragraph. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { LibraryDocument, StoredBlock } from '../../../shared/model';
import { compareVersions, type VersionComparison } from '../../../shared/reuse';
import { db } from '../../db/database';
import { getBlocks, getDocument, listDocuments } from '../../db/documents-repo';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Live documents by title; undefined while loading. */
export function useComparableDocuments(): LibraryDocument[] | undefined {
  return useLiveQuery(
    async () => (await listDocuments(db)).sort((a, b) => collator.compare(a.title, b.title)),
    [],
  );
}

/** One side of a comparison. */
export interface ComparedVersion {
  readonly document: LibraryDocument;
  readonly blocks: readonly StoredBlock[];
}

/** Two versions and their comparison; undefined while loading, null when one is missing. */
export interface Comparison {
  readonly older: ComparedVersion;
  readonly newer: ComparedVersion;
  readonly result: VersionComparison;
}

async function version(id: string): Promise<ComparedVersion | null> {
  const document = await getDocument(db, id);
  return document ? { document, blocks: await getBlocks(db, id) } : null;
}

/** The comparison of two documents, kept current as they change. */
export function useComparison(
  olderId: string | null,
  newerId: string | null,
): Comparison | null | undefined {
  const versions = useLiveQuery(async () => {
    if (olderId === null || newerId === null) return null;
    const [older, newer] = await Promise.all([version(olderId), version(newerId)]);
    return older && newer ? { older, newer } : null;
  }, [olderId, newerId]);
  return useMemo(() => {
    if (versions === undefined || versions === null) return versions;
    return {
      ...versions,
      result: compareVersions(versions.older.blocks, versions.newer.blocks),
    };
  }, [versions]);
}
