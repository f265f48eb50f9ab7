/**
 * Exporting a collection: gather it from the library (once, so the review and the file see the
 * same excerpts), build the file through the disclosure, save it via the platform.
 */
import type { DisclosureOptions } from '../../../shared/disclosure';
import type { ExportInput } from '../../../shared/exchange';
import { gatherExportInput, type GatheredExport } from '../../db/collections-repo';
import { db } from '../../db/database';
import type { Platform, SavedFile } from '../../platform/platform';
import { buildExportFile, type CollectionExportChoices } from './export-file';

/**
 * The collection as the exporters read it (before anything is withheld), with the excerpts it
 * leaves out because they or their documents are in the Trash.
 */
export function loadCollectionExport(collectionId: string): Promise<GatheredExport> {
  return gatherExportInput(db, collectionId);
}

/** Saves the export as chosen; resolves to the saved file, or null when cancelled. */
export async function saveCollectionExport(
  platform: Pick<Platform, 'saveFile' | 'appVersion'>,
  input: ExportInput,
  choices: CollectionExportChoices,
  disclosure: DisclosureOptions,
): Promise<SavedFile | null> {
  const appVersion = await platform.appVersion();
  const file = buildExportFile(
    input,
    choices,
    { now: () => new Date().toISOString(), newId: () => crypto.randomUUID(), appVersion },
    disclosure,
  );
  return platform.saveFile({
    suggestedName: file.suggestedName,
    filters: [file.filter],
    bytes: file.bytes,
  });
}
