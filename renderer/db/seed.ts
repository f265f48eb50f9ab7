/**
 * First-run seeding: the sample library and the built-in rights, written once in one
 * transaction. A marker in settings records that it happened, so a restart never seeds again
 * and a sample document the analyst deleted never comes back.
 */
import { BUILT_IN_RIGHTS, type DocumentFormat, type Right } from '../../shared/model';
import { withStructure } from '../../shared/structure';
import { parseDocument } from '../../shared/text';
import type { RightsmarkDatabase } from './database';
import { prepareDocument, putPreparedDocuments } from './documents-repo';
import { systemEnvironment, type Environment } from '../platform/environment';

/** One document of the bundled sample library, as listed in its manifest. */
export interface SampleDocument {
  readonly file: string;
  readonly format: Extract<DocumentFormat, 'text' | 'markdown'>;
  readonly title: string;
  readonly publisher: string | null;
  readonly year: number | null;
  readonly kind: string | null;
  readonly source: string;
}

/** Bump when the bundled sample library changes in a way existing libraries should not see. */
export const SAMPLE_LIBRARY_VERSION = 1;

/**
 * Seeds the library on first run. Resolves to true when it seeded, false when the library had
 * been seeded before (whatever the analyst has done with it since).
 */
export async function seedLibrary(
  db: RightsmarkDatabase,
  samples: readonly SampleDocument[],
  env: Environment = systemEnvironment,
): Promise<boolean> {
  if (await db.settings.get('sample-library')) return false;

  // Parse and hash outside the transaction: only IndexedDB work may happen inside it.
  const prepared = await Promise.all(
    samples.map((sample) =>
      prepareDocument(
        {
          meta: {
            title: sample.title,
            publisher: sample.publisher,
            year: sample.year,
            kind: sample.kind,
            language: 'en',
          },
          format: sample.format,
          sourceName: sample.file,
          sourceSize: new TextEncoder().encode(sample.source).length,
          sampleKey: sample.file,
          blocks: withStructure(parseDocument(sample.source, sample.format).blocks),
        },
        env,
      ),
    ),
  );
  const now = env.now();
  const libraryId = env.newId();
  const rights: Right[] = BUILT_IN_RIGHTS.map((right) => ({
    ...right,
    createdAt: now,
    modifiedAt: now,
  }));

  return db.transaction('rw', [db.documents, db.blocks, db.rights, db.settings], async () => {
    // Checked again inside the transaction: two windows starting at once seed only once.
    if (await db.settings.get('sample-library')) return false;
    await putPreparedDocuments(db, prepared);
    for (const right of rights) {
      if (!(await db.rights.get(right.id))) await db.rights.add(right);
    }
    if (!(await db.settings.get('library-id'))) {
      await db.settings.put({ key: 'library-id', value: libraryId });
    }
    await db.settings.put({
      key: 'sample-library',
      value: { seededAt: now, version: SAMPLE_LIBRARY_VERSION },
    });
    return true;
  });
}
