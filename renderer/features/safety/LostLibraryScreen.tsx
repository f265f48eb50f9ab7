/**
 * The empty-library guard: the database opened empty, but the marker kept outside it says it
 * held the analyst's work. Instead of an empty library that looks new, offer the backups.
 */
import { useEffect, useState } from 'react';
import type { AutoBackupInfo, LibraryMarker } from '../../../shared/ipc/contract';
import type { Platform } from '../../platform';
import { RestorePreview } from './RestorePreview';
import { useRestore } from './use-restore';
import './safety.css';

interface LostLibraryScreenProps {
  readonly marker: LibraryMarker;
  readonly platform: Platform;
  /** Called after a restore, or when the analyst chooses to start a new library. */
  readonly onDone: (startNew: boolean) => void;
}

export function LostLibraryScreen({ marker, platform, onDone }: LostLibraryScreenProps) {
  const restore = useRestore(platform);
  const [autoBackups, setAutoBackups] = useState<AutoBackupInfo[]>([]);
  const [confirmNew, setConfirmNew] = useState(false);

  useEffect(() => {
    void platform.autoBackups?.list().then(setAutoBackups);
  }, [platform]);

  const { documents, annotations, collections } = marker.counts;
  return (
    <section className="fatal lost-library" aria-labelledby="lost-heading">
      <h1 id="lost-heading">Your library could not be found</h1>
      <p>
        Rightsmark’s database opened empty, but it held {documents} documents, {annotations}{' '}
        annotations and {collections} collections
        {marker.lastBackupAt
          ? ` (last backup ${new Date(marker.lastBackupAt).toLocaleString()})`
          : ''}
        . The storage may have been cleared or damaged. Restore it from a backup.
      </p>
      {autoBackups.length > 0 && (
        <ul className="auto-backups" aria-label="Automatic backups">
          {autoBackups.map((backup) => (
            <li key={backup.name}>
              <button type="button" onClick={() => void restore.chooseAutoBackup(backup.name)}>
                Restore the backup of {new Date(backup.createdAt).toLocaleString()}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" onClick={() => void restore.chooseFile()}>
          Restore from a backup file…
        </button>
      </p>
      {restore.error && (
        <p className="safety-error" role="alert">
          {restore.error}
        </p>
      )}
      {restore.pending && (
        <RestorePreview
          pending={restore.pending}
          onApply={(mode) => void restore.apply(mode).then((plan) => plan && onDone(false))}
          onCancel={restore.cancel}
        />
      )}
      <p className="muted">
        {confirmNew ? (
          <>
            A new library starts with the sample documents only.{' '}
            <button type="button" onClick={() => onDone(true)}>
              Yes, start a new library
            </button>{' '}
            <button type="button" onClick={() => setConfirmNew(false)}>
              Keep looking for a backup
            </button>
          </>
        ) : (
          <button type="button" className="link-button" onClick={() => setConfirmNew(true)}>
            Start a new, empty library instead
          </button>
        )}
      </p>
    </section>
  );
}
