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
  /**
   * What the briefing PDF dialog remembers between briefings: the cover's lasting details and
   * the options. Not the title, subtitle or date, which belong to one briefing. Read through
   * renderer/features/briefing/briefing-preferences.ts, which checks every field.
   */
  readonly 'briefing-options': BriefingPreferences;
  /** Days a deleted document, excerpt, right or collection stays in the Trash (default 30). */
  readonly 'trash-days': number;
  /**
   * The "What will leave" switches, remembered per kind of export ('briefing', 'csv', …). Read
   * through shared/disclosure's readDisclosureOptions, which checks every field.
   */
  readonly 'export-disclosure': Readonly<Record<string, unknown>>;
  /**
   * The documents the analyst opened, most recent first, each with the paragraph they were
   * last at: the library's "Recently opened" list and the reading position kept across
   * restarts. Read through renderer/db/reading-history-repo.ts, which checks every entry.
   */
  readonly 'reading-history': readonly ReadingHistoryEntry[];
}

/** One document in the reading history (see SettingValues['reading-history']). */
export interface ReadingHistoryEntry {
  readonly docId: string;
  /** ISO date and time the document was last opened. */
  readonly openedAt: string;
  /** 0-based index of the block the analyst was last at. */
  readonly block: number;
}

/** The briefing dialog's remembered choices (see SettingValues['briefing-options']). */
export interface BriefingPreferences {
  readonly author: string;
  readonly organisation: string;
  /** e.g. "Internal — not for distribution"; empty for none. */
  readonly classification: string;
  readonly grouping: 'right' | 'document' | 'collection';
  readonly includeNotes: boolean;
  readonly includeLegalBasis: boolean;
  readonly includeSummary: boolean;
  readonly includeAppendix: boolean;
  /** Rights to include; empty means all. Ids of rights since deleted are dropped on reading. */
  readonly selectedRightIds: readonly string[];
}

export type SettingKey = keyof SettingValues;

export interface SettingRow<K extends SettingKey = SettingKey> {
  readonly key: K;
  readonly value: SettingValues[K];
}
