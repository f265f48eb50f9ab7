/**
 * Keeps the library's safety nets up to date while the app runs: the marker outside IndexedDB
 * (so a lost database is noticed) and, in the desktop app, automatic backups after activity
 * (at most every few hours) and when the window closes.
 */
import { serializeBackup } from '../../../shared/backup';
import { backUpLibrary } from '../../db/backup-repo';
import type { RightsmarkDatabase } from '../../db/database';
import { currentMarker, watchLibraryChanges } from '../../db/library-state';
import type { Platform } from '../../platform';

/** Automatic backups are taken at most this often while the analyst works. */
export const AUTO_BACKUP_INTERVAL_MS = 3 * 60 * 60 * 1000;
/** How often the guardian looks whether a backup is due. */
const CHECK_INTERVAL_MS = 10 * 60 * 1000;
/** Marker writes wait for a pause in changes, so a large import writes it once. */
const MARKER_DEBOUNCE_MS = 1500;

export interface GuardianOptions {
  readonly generator: string;
  readonly now?: () => Date;
}

/** Starts the guardian; returns a function that stops it. */
export function startLibraryGuardian(
  db: RightsmarkDatabase,
  platform: Platform,
  { generator, now = () => new Date() }: GuardianOptions,
): () => void {
  let lastBackupAt: string | null = null;
  let lastBackupSignature: string | null = null;
  let signature: string | null = null;
  let markerTimer: ReturnType<typeof setTimeout> | null = null;

  const writeMarker = async () => {
    await platform.writeLibraryMarker(await currentMarker(db, now().toISOString(), lastBackupAt));
  };

  const backUpIfChanged = async () => {
    const backups = platform.autoBackups;
    if (!backups || signature === lastBackupSignature) return;
    const taken = signature;
    const backup = await backUpLibrary(db, generator);
    await backups.write(new TextEncoder().encode(serializeBackup(backup)));
    lastBackupAt = backup.createdAt;
    lastBackupSignature = taken;
    await writeMarker();
  };

  const stopWatching = watchLibraryChanges(db, {
    next: (value) => {
      const first = signature === null;
      signature = value;
      // The library as it opened counts as backed up only if a backup of it exists already.
      if (first) lastBackupSignature = null;
      if (markerTimer) clearTimeout(markerTimer);
      markerTimer = setTimeout(() => void writeMarker().catch(reportError), MARKER_DEBOUNCE_MS);
    },
    error: reportError,
  });

  const backups = platform.autoBackups;
  void backups
    ?.list()
    .then((list) => {
      lastBackupAt = list[0]?.createdAt ?? null;
    })
    .catch(reportError);

  const interval = setInterval(() => {
    const due =
      !lastBackupAt || now().getTime() - Date.parse(lastBackupAt) >= AUTO_BACKUP_INTERVAL_MS;
    if (due) void backUpIfChanged().catch(reportError);
  }, CHECK_INTERVAL_MS);
  const unsubscribeClose =
    backups?.beforeClose(() => backUpIfChanged().catch(reportError)) ?? (() => {});

  return () => {
    stopWatching();
    clearInterval(interval);
    if (markerTimer) clearTimeout(markerTimer);
    unsubscribeClose();
  };
}

function reportError(error: unknown): void {
  console.warn('Rightsmark could not update its safety copy', error);
}
