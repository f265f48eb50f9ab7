/** What a restore would do, table by table, before anything is written. */
import { BACKUP_TABLES, type RestoreMode } from '../../../shared/backup';
import type { PendingRestore } from './use-restore';

const TABLE_LABELS: Record<(typeof BACKUP_TABLES)[number], string> = {
  documents: 'Documents',
  blocks: 'Paragraphs',
  annotations: 'Annotations',
  rights: 'Rights',
  collections: 'Collections',
  settings: 'Settings',
};

interface RestorePreviewProps {
  readonly pending: PendingRestore;
  readonly onApply: (mode: RestoreMode) => void;
  readonly onCancel: () => void;
}

export function RestorePreview({ pending, onApply, onCancel }: RestorePreviewProps) {
  const { backup, merge, replace } = pending;
  return (
    <div
      className="restore-preview"
      role="dialog"
      aria-modal="false"
      aria-labelledby="restore-heading"
    >
      <h3 id="restore-heading">Restore {pending.fileName}</h3>
      <p className="muted">
        Backup of {new Date(backup.createdAt).toLocaleString()} — {backup.manifest.documents.rows}{' '}
        documents, {backup.manifest.annotations.rows} annotations,{' '}
        {backup.manifest.collections.rows} collections.
      </p>
      <table className="restore-table">
        <caption className="visually-hidden">What each kind of restore changes</caption>
        <thead>
          <tr>
            <th scope="col">Table</th>
            <th scope="col">Merge: added</th>
            <th scope="col">Merge: brought back</th>
            <th scope="col">Merge: updated</th>
            <th scope="col">Replace: removed</th>
            <th scope="col">Replace: restored</th>
          </tr>
        </thead>
        <tbody>
          {BACKUP_TABLES.map((table) => (
            <tr key={table}>
              <th scope="row">{TABLE_LABELS[table]}</th>
              <td>{merge.changes[table].added}</td>
              <td>{merge.changes[table].restored}</td>
              <td>{merge.changes[table].updated}</td>
              <td>{replace.changes[table].removed}</td>
              <td>{replace.changes[table].added}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>Merge</strong> adds what the library lacks and keeps everything newer in it.{' '}
        <strong>Replace</strong> makes the library exactly the backup.
      </p>
      <div className="restore-actions">
        <button type="button" onClick={() => onApply('merge')}>
          Merge into library
        </button>
        <button type="button" className="danger" onClick={() => onApply('replace')}>
          Replace library
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
