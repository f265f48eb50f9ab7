/** Reading a backup the analyst chose (a file or an automatic backup) and restoring it. */
import { useState } from 'react';
import {
  readBackup,
  serializeBackup,
  type LibraryBackup,
  type RestoreMode,
  type RestorePlan,
} from '../../../shared/backup';
import { backUpLibrary, previewRestore, restoreLibrary } from '../../db/backup-repo';
import { db } from '../../db/database';
import { sha256Hex } from '../../db/hash';
import type { Platform } from '../../platform';
import { messageOf } from '../../ui/message-of';
import { refusedFilesMessage } from '../../platform/platform';

/** What a restore did, and where the library it replaced was saved (replace only). */
export interface AppliedRestore {
  readonly plan: RestorePlan;
  /** The name of the backup written before a replace; null for a merge. */
  readonly safetyBackup: string | null;
}

/**
 * Writes a backup of the library as it is now, before a replace; resolves to its name, or null
 * when the analyst cancelled saving it.
 */
async function writeSafetyBackup(platform: Platform): Promise<string | null> {
  const backup = await backUpLibrary(db, `Rightsmark ${await platform.appVersion()}`);
  const bytes = new TextEncoder().encode(serializeBackup(backup));
  if (platform.autoBackups) return (await platform.autoBackups.write(bytes)).name;
  const stamp = backup.createdAt.slice(0, 19).replace(/[:T]/g, '-');
  const saved = await platform.saveFile({
    suggestedName: `rightsmark-library-before-replace-${stamp}.json`,
    filters: [{ name: 'Rightsmark backup', extensions: ['json'] }],
    bytes,
  });
  return saved?.name ?? null;
}

export interface PendingRestore {
  readonly fileName: string;
  readonly backup: LibraryBackup;
  readonly merge: RestorePlan;
  readonly replace: RestorePlan;
}

/** Decodes strictly: a backup that is not valid UTF-8 is damaged, not something to guess at. */
const decoder = new TextDecoder('utf-8', { fatal: true });

export function useRestore(platform: Platform) {
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async (fileName: string, bytes: Uint8Array) => {
    setError(null);
    try {
      const backup = await readBackup(decoder.decode(bytes), fileName, sha256Hex);
      const [merge, replace] = await Promise.all([
        previewRestore(db, backup, 'merge'),
        previewRestore(db, backup, 'replace'),
      ]);
      setPending({ fileName, backup, merge, replace });
    } catch (problem) {
      setPending(null);
      setError(
        problem instanceof TypeError
          ? `${fileName}: not a text file (it is not UTF-8)`
          : problem instanceof Error
            ? problem.message
            : String(problem),
      );
    }
  };

  const chooseFile = async () => {
    const { files, refused } = await platform.openFiles({
      title: 'Restore from backup',
      filters: [{ name: 'Rightsmark backup', extensions: ['json'] }],
      multiple: false,
    });
    const [file] = files;
    if (file) await load(file.name, file.bytes);
    else if (refused.length > 0) setError(refusedFilesMessage(refused));
  };

  const chooseAutoBackup = async (name: string) => {
    if (!platform.autoBackups) return;
    await load(name, await platform.autoBackups.read(name));
  };

  /**
   * Restores the pending backup. Replace first writes a backup of the library as it is (to the
   * automatic backups on the desktop, as a download in the browser) and does not replace
   * anything unless that backup was written.
   */
  const apply = async (mode: RestoreMode): Promise<AppliedRestore | null> => {
    if (!pending) return null;
    let safetyBackup: string | null = null;
    if (mode === 'replace') {
      try {
        safetyBackup = await writeSafetyBackup(platform);
      } catch (problem) {
        setError(
          `The library was not replaced: the backup of it as it is could not be written first (${messageOf(problem)}).`,
        );
        return null;
      }
      if (safetyBackup === null) {
        setError('The library was not replaced: the backup of it as it is was not saved.');
        return null;
      }
    }
    try {
      const plan = await restoreLibrary(db, pending.backup, mode);
      setPending(null);
      return { plan, safetyBackup };
    } catch (problem) {
      setError(`The restore did not happen, and the library is as it was: ${messageOf(problem)}`);
      return null;
    }
  };

  return { pending, error, chooseFile, chooseAutoBackup, apply, cancel: () => setPending(null) };
}
