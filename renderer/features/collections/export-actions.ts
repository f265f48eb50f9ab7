/** Exporting a collection: gather it from the library, build the file, save it via the platform. */
import { gatherExportInput } from '../../db/collections-repo';
import { db } from '../../db/database';
import type { Platform, SavedFile } from '../../platform/platform';
import { buildExportFile, type CollectionExportChoices } from './export-file';

/** Exports the collection as chosen; resolves to the saved file, or null when cancelled. */
export async function exportCollectionToFile(
  platform: Pick<Platform, 'saveFile' | 'appVersion'>,
  collectionId: string,
  choices: CollectionExportChoices,
): Promise<SavedFile | null> {
  const [input, appVersion] = await Promise.all([
    gatherExportInput(db, collectionId),
    platform.appVersion(),
  ]);
  const file = buildExportFile(input, choices, {
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
    appVersion,
  });
  return platform.saveFile({
    suggestedName: file.suggestedName,
    filters: [file.filter],
    bytes: file.bytes,
  });
}
