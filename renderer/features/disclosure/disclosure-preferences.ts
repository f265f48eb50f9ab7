/**
 * The "What will leave" switches remembered per kind of export (settings key
 * 'export-disclosure'), read back with every field checked. The rights choice is not kept here:
 * a briefing remembers its rights itself, and collection exports have none.
 */
import {
  readDisclosureOptions,
  type DisclosureOptions,
  type ExportKind,
} from '../../../shared/disclosure';
import type { RightsmarkDatabase } from '../../db/database';
import { getSetting, updateSetting } from '../../db/settings-repo';

/** The switches last used for this kind of export (the defaults the first time). */
export async function loadDisclosure(
  db: RightsmarkDatabase,
  kind: ExportKind,
): Promise<DisclosureOptions> {
  const stored = await getSetting(db, 'export-disclosure');
  return readDisclosureOptions(stored?.[kind]);
}

/** Remembers the switches for the next export of this kind. */
export async function saveDisclosure(
  db: RightsmarkDatabase,
  kind: ExportKind,
  options: DisclosureOptions,
): Promise<void> {
  await updateSetting(db, 'export-disclosure', (stored) => ({
    ...stored,
    [kind]: { ...options, rightIds: [] },
  }));
}
