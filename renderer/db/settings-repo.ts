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
