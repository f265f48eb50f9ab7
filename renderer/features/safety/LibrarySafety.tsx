/**
 * The "Library safety" section of the settings: back up the library to a file, restore one
 * (merged or replaced, after a preview), automatic backups in the desktop app, the integrity
 * check with repair, and how much storage the library uses.
 */
import { useEffect, useState } from 'react';
import { serializeBackup } from '../../../shared/backup';
import type { AutoBackupInfo } from '../../../shared/ipc/contract';
import { usePlatform } from '../../app/platform-context';
import { backUpLibrary } from '../../db/backup-repo';
import { db } from '../../db/database';
import { checkLibrary, repairLibrary, type IntegrityReport } from '../../db/integrity';
import { useToast } from '../../ui/toast';
import { RestorePreview } from './RestorePreview';
import { useRestore } from './use-restore';
import './safety.css';
import { messageOf } from '../../ui/message-of';

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${sizeFormat.format(value)} ${units[unit]}`;
}

function useStorageEstimate() {
  const [estimate, setEstimate] = useState<{
    usage: number;
    quota: number;
    persisted: boolean;
  } | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const storage = navigator.storage;
      if (!storage?.estimate) return;
      const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([
        storage.estimate(),
        storage.persisted?.() ?? false,
      ]);
      if (!cancelled) setEstimate({ usage, quota, persisted });
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return estimate;
}

export function LibrarySafety() {
  const platform = usePlatform();
  const toast = useToast();
  const restore = useRestore(platform);
  const storage = useStorageEstimate();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [autoBackups, setAutoBackups] = useState<AutoBackupInfo[] | null>(null);

  useEffect(() => {
    void platform.autoBackups?.list().then(setAutoBackups);
  }, [platform]);

  const backUp = async () => {
    try {
      const backup = await backUpLibrary(db, `Rightsmark ${await platform.appVersion()}`);
      const saved = await platform.saveFile({
        suggestedName: `rightsmark-library-${backup.createdAt.slice(0, 10)}.json`,
        filters: [{ name: 'Rightsmark backup', extensions: ['json'] }],
        bytes: new TextEncoder().encode(serializeBackup(backup)),
      });
      if (saved) toast.show({ message: `Backup saved: ${saved.name}` });
    } catch (error) {
      toast.show({
        tone: 'error',
        message: `The backup could not be made: ${messageOf(error)}`,
      });
    }
  };

  const applyRestore = async (mode: 'merge' | 'replace') => {
    const applied = await restore.apply(mode);
    if (applied) {
      const { plan, safetyBackup } = applied;
      const count = (action: 'add' | 'restore' | 'update') =>
        plan.rows.filter((row) => row.action === action).length;
      toast.show({
        message:
          mode === 'merge'
            ? `Backup merged: ${count('add')} added, ${count('restore')} brought back, ${count('update')} updated`
            : `Library replaced by the backup; the library as it was is saved as ${safetyBackup ?? 'a backup'}`,
      });
    }
  };

  return (
    <section className="library-safety" aria-labelledby="safety-heading">
      <h2 id="safety-heading">Library safety</h2>

      <div className="safety-row">
        <div>
          <h3>Backups</h3>
          <p className="muted">
            One file with every document, annotation, right, collection and setting, checked when it
            is read back.
          </p>
        </div>
        <div className="safety-actions">
          <button type="button" onClick={() => void backUp()}>
            Back up library
          </button>
          <button type="button" onClick={() => void restore.chooseFile()}>
            Restore from backup…
          </button>
        </div>
      </div>
      {restore.error && (
        <p className="safety-error" role="alert">
          {restore.error}
        </p>
      )}
      {restore.pending && (
        <RestorePreview
          pending={restore.pending}
          onApply={(mode) => void applyRestore(mode)}
          onCancel={restore.cancel}
        />
      )}

      {autoBackups && (
        <div className="safety-row">
          <div>
            <h3>Automatic backups</h3>
            <p className="muted">
              Taken when you close Rightsmark and every few hours while you work; the last ten are
              kept.
            </p>
            {autoBackups.length === 0 ? (
              <p>None yet.</p>
            ) : (
              <ul className="auto-backups" aria-label="Automatic backups">
                {autoBackups.map((backup) => (
                  <li key={backup.name}>
                    {new Date(backup.createdAt).toLocaleString()} · {formatBytes(backup.bytes)}{' '}
                    <button
                      type="button"
                      onClick={() => void restore.chooseAutoBackup(backup.name)}
                    >
                      Restore the backup of {new Date(backup.createdAt).toLocaleString()}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}

      <div className="safety-row">
        <div>
          <h3>Check library</h3>
          <p className="muted">
            Verifies that every annotation points to its document and paragraph, and every
            collection to its excerpts.
          </p>
          {report && (
            <div role="status">
              {report.problems.length === 0 ? (
                <p>
                  No problems found in {report.checked.documents} documents,{' '}
                  {report.checked.annotations} annotations and {report.checked.collections}{' '}
                  collections.
                </p>
              ) : (
                <>
                  <p>{report.problems.length} problems found:</p>
                  <ul className="problems">
                    {report.problems.map((problem, i) => (
                      <li key={`${problem.id}-${i}`}>{problem.detail}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </div>
        <div className="safety-actions">
          <button type="button" onClick={() => void checkLibrary(db).then(setReport)}>
            Check library
          </button>
          {report && report.problems.length > 0 && (
            <button type="button" onClick={() => void repairLibrary(db).then(setReport)}>
              Repair
            </button>
          )}
        </div>
      </div>

      <div className="safety-row">
        <div>
          <h3>Storage</h3>
          <p role="status">
            {storage
              ? `Using ${formatBytes(storage.usage)} of ${formatBytes(storage.quota)} available. ${
                  storage.persisted
                    ? 'Storage is persistent: the system will not clear it to free space.'
                    : 'Storage is not marked persistent; keep backups.'
                }`
              : 'Storage use is not available here.'}
          </p>
        </div>
      </div>
    </section>
  );
}
