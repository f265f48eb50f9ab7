/** Typed access to the key–value settings table. */
import type { SettingKey, SettingValues } from '../../shared/model';
import type { RightsmarkDatabase } from './database';

export async function getSetting<K extends SettingKey>(
  db: RightsmarkDatabase,
  key: K,
): Promise<SettingValues[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as SettingValues[K] | undefined;
}

export async function putSetting<K extends SettingKey>(
  db: RightsmarkDatabase,
  key: K,
  value: SettingValues[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

/** Reads, changes and writes one setting in a single transaction, so no other write is lost. */
export async function updateSetting<K extends SettingKey>(
  db: RightsmarkDatabase,
  key: K,
  update: (current: SettingValues[K] | undefined) => SettingValues[K],
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await putSetting(db, key, update(await getSetting(db, key)));
  });
}
