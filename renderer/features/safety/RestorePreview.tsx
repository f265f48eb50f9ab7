/** What a restore would do, table by table, before anything is written. */
import { useState } from 'react';
import { BACKUP_TABLES, type RestoreMode } from '../../../shared/backup';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { plannedRowLines, rowsWith } from './restore-wording';
import type { PendingRestore } from './use-restore';

const TABLE_LABELS: Record<(typeof BACKUP_TABLES)[number], string> = {
  documents: 'Documents',
  blocks: 'Paragraphs',
  annotations: 'Annotations',
  rights: 'Rights',
  collections: 'Collections',
  settings: 'Settings',
  documentNotes: 'Document notes',
};

interface RestorePreviewProps {
  readonly pending: PendingRestore;
  readonly onApply: (mode: RestoreMode) => void;
  readonly onCancel: () => void;
}

/** Lists longer than this in the preview show their first lines and how many more. */
const PREVIEW_LINES = 10;

export function RestorePreview({ pending, onApply, onCancel }: RestorePreviewProps) {
  const { backup, merge, replace } = pending;
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  const bringsBack = plannedRowLines(rowsWith(merge.rows, 'restore', 'add'));
  const updates = plannedRowLines(rowsWith(merge.rows, 'update'));
  const loses = plannedRowLines(replace.rows);
  const backupDate = new Date(backup.createdAt).toLocaleString();
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
        <strong>Merge</strong> adds what the library lacks, brings back what was deleted since the
        backup (or is in the Trash) and keeps everything newer in it; it deletes nothing.{' '}
        <strong>Replace</strong> makes the library exactly the backup.
      </p>
      <h4 id="restore-brings-back">A merge brings back or adds</h4>
      {bringsBack.length === 0 ? (
        <p className="muted">Nothing: the library holds everything in the backup.</p>
      ) : (
        <PreviewList lines={bringsBack} labelledBy="restore-brings-back" />
      )}
      {updates.length > 0 && (
        <>
          <h4 id="restore-updates">A merge takes the backup’s newer version of</h4>
          <PreviewList lines={updates} labelledBy="restore-updates" />
        </>
      )}
      <div className="restore-actions">
        <button type="button" onClick={() => onApply('merge')}>
          Merge into library
        </button>
        <button type="button" className="danger" onClick={() => setConfirmingReplace(true)}>
          Replace library
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {confirmingReplace && (
        <ConfirmDialog
          title="Replace the library with the backup?"
          sentences={[
            `The library becomes exactly the backup of ${backupDate}.`,
            loses.length === 0
              ? 'It loses nothing the backup does not hold.'
              : 'It loses what was added or changed since, or is not in the backup:',
          ]}
          items={loses}
          confirmLabel="Replace library"
          onConfirm={() => {
            setConfirmingReplace(false);
            onApply('replace');
          }}
          onCancel={() => setConfirmingReplace(false)}
        >
          <p>
            First, a backup of the library as it is now is written, so this too can be undone by
            restoring it.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function PreviewList({ lines, labelledBy }: { lines: readonly string[]; labelledBy: string }) {
  return (
    <ul className="restore-rows" aria-labelledby={labelledBy}>
      {lines.slice(0, PREVIEW_LINES).map((line, index) => (
        <li key={`${index}-${line}`}>{line}</li>
      ))}
      {lines.length > PREVIEW_LINES && <li>and {lines.length - PREVIEW_LINES} more</li>}
    </ul>
  );
}
