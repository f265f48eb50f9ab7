/** Settings kept in the library's key–value table, with their value types. */

export type Theme = 'light' | 'dark' | 'system';

export interface SettingValues {
  /** Set once the sample library was seeded, so it is never seeded twice. */
  readonly 'sample-library': { readonly seededAt: string; readonly version: number };
  readonly theme: Theme;
  /** A random id naming this library in backups and in the empty-library guard's marker. */
  readonly 'library-id': string;
  /** The analyst's name, recorded as the author of their annotations. */
  readonly 'author-name': string;
}

export type SettingKey = keyof SettingValues;

export interface SettingRow<K extends SettingKey = SettingKey> {
  readonly key: K;
  readonly value: SettingValues[K];
}
