/**
 * Names of the automatic backups in the user-data folder, and which ones rotation removes. Pure:
 * the file system part is electron/main/backup-store.ts. A name is trusted only when it matches
 * the exact pattern below, so a name from the renderer can never be a path.
 */

/** Every automatic backup file starts with this. */
export const AUTO_BACKUP_PREFIX = 'rightsmark-backup-';

/** …and ends with this. */
export const AUTO_BACKUP_EXTENSION = '.json';

/**
 * `rightsmark-backup-2026-11-25T10-00-00-000Z.json`: an ISO time (UTC, milliseconds) with ':' and
 * '.' replaced by '-' (neither is allowed in Windows file names). Anchored, ASCII digits only: no
 * separators, dots or anything else can get through.
 */
const AUTO_BACKUP_NAME =
  /^rightsmark-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/;

/** Longest name the pattern allows; anything longer is refused before the regex runs. */
const AUTO_BACKUP_NAME_LENGTH = 'rightsmark-backup-2026-11-25T10-00-00-000Z.json'.length;

/** A backup file name with the time it encodes. */
export interface ParsedBackupName {
  readonly name: string;
  /** ISO 8601 UTC, as Date#toISOString writes it. */
  readonly createdAt: string;
}

/** The file name for a backup made at `time` (UTC, to the millisecond). */
export function autoBackupName(time: Date): string {
  const iso = time.toISOString();
  // Years beyond 9999 or before 0 serialise as ±YYYYYY, which the pattern (rightly) refuses.
  if (!/^\d{4}-/.test(iso)) throw new RangeError(`Backup time out of range: ${iso}`);
  return `${AUTO_BACKUP_PREFIX}${iso.replace(/[:.]/g, '-')}${AUTO_BACKUP_EXTENSION}`;
}

/**
 * The time a backup name encodes, or null when the name is not exactly one of ours (wrong shape,
 * a path, an impossible date like month 13, anything not a string).
 */
export function parseAutoBackupName(name: unknown): ParsedBackupName | null {
  if (typeof name !== 'string' || name.length !== AUTO_BACKUP_NAME_LENGTH) return null;
  const match = AUTO_BACKUP_NAME.exec(name);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, millis] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}Z`;
  const time = new Date(iso);
  // Date accepts "2026-02-30" by rolling over; a round trip catches every impossible date.
  if (Number.isNaN(time.getTime()) || time.toISOString() !== iso) return null;
  return { name, createdAt: iso };
}

/** True when `name` is exactly an automatic backup file name. */
export function isAutoBackupName(name: unknown): name is string {
  return parseAutoBackupName(name) !== null;
}

/** Backup names among `names` (others ignored), newest first. */
export function sortBackupsNewestFirst(names: readonly string[]): ParsedBackupName[] {
  const parsed = names.flatMap((name) => {
    const backup = parseAutoBackupName(name);
    return backup === null ? [] : [backup];
  });
  // Same-length, zero-padded UTC times: string order is time order.
  return [...new Map(parsed.map((b) => [b.name, b])).values()].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  );
}

/**
 * A name for a backup made at `time` that is not among `taken`: two backups in the same
 * millisecond must not overwrite each other, so the time moves on by a millisecond until free.
 */
export function uniqueAutoBackupName(time: Date, taken: ReadonlySet<string>): string {
  let ms = time.getTime();
  let name = autoBackupName(new Date(ms));
  while (taken.has(name)) {
    ms += 1;
    name = autoBackupName(new Date(ms));
  }
  return name;
}

/** Which backups rotation keeps and which it deletes. */
export interface RotationPlan {
  /** Newest first. */
  readonly keep: readonly string[];
  /** Oldest beyond `keepCount`; only names that are exactly backup names ever appear here. */
  readonly remove: readonly string[];
}

/**
 * Keeps the newest `keepCount` backups among `names`. Names that are not backup names are neither
 * kept nor removed: a file we did not write is never deleted.
 */
export function planRotation(names: readonly string[], keepCount: number): RotationPlan {
  if (!Number.isSafeInteger(keepCount) || keepCount < 1) {
    throw new RangeError(`keepCount must be a positive integer, got ${keepCount}`);
  }
  const sorted = sortBackupsNewestFirst(names).map((b) => b.name);
  return { keep: sorted.slice(0, keepCount), remove: sorted.slice(keepCount) };
}

/** Temporary files are hidden (leading dot) so they never match the backup pattern. */
const TEMP_NAME = /^\.rightsmark-backup-tmp-[0-9a-f]{16}$/;

/** A temporary file name for a backup being written; `random` is 8 random bytes as 16 hex digits. */
export function autoBackupTempName(randomHex: string): string {
  const name = `.rightsmark-backup-tmp-${randomHex}`;
  if (!TEMP_NAME.test(name)) throw new RangeError('randomHex must be 16 lower-case hex digits');
  return name;
}

/** True for a temporary file left by an interrupted backup (safe to delete between writes). */
export function isAutoBackupTempName(name: unknown): boolean {
  return typeof name === 'string' && TEMP_NAME.test(name);
}
