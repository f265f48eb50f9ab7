/**
 * The import's progress: one row per file with its state (a progress bar while it is read), a
 * "Cancel import" button while the batch runs, and the "new version?" question when one comes.
 */
import { memo } from 'react';
import { Link } from 'wouter';
import { formatSize } from '../../../shared/import';
import { isFinal, stateMessage } from './import-messages';
import type { ImportController, ImportEntry } from './use-import';
import { VersionDialog } from './VersionDialog';
import './import.css';

function documentLink(entry: ImportEntry) {
  const { state } = entry;
  const doc =
    state.status === 'imported' || state.status === 'replaced'
      ? state.document
      : state.status === 'duplicate'
        ? state.existing
        : null;
  if (!doc) return null;
  return (
    <Link
      href={`/doc/${encodeURIComponent(doc.id)}`}
      className="import-open"
      aria-label={`Open “${doc.title}”`}
    >
      Open
    </Link>
  );
}

/**
 * One file's row. Memoised: an entry keeps its identity until its state changes, so a batch of
 * a thousand files re-renders only the rows that moved on.
 */
const ImportFileRow = memo(function ImportFileRow({ entry }: { entry: ImportEntry }) {
  const { state } = entry;
  return (
    <li className={`import-file import-${state.status}`}>
      <span className="import-file-name" title={entry.name}>
        {entry.name}
      </span>
      <span className="import-file-size">{formatSize(entry.size)}</span>
      {state.status === 'reading' || state.status === 'saving' ? (
        <progress
          className="import-progress"
          aria-label={`Importing ${entry.name}`}
          max={1}
          {...(state.status === 'reading' && state.fraction !== null
            ? { value: state.fraction }
            : {})}
        />
      ) : null}
      <span
        className="import-file-state"
        role="status"
        aria-label={`${entry.name}: ${stateMessage(state)}`}
      >
        {stateMessage(state)}
      </span>
      {documentLink(entry)}
    </li>
  );
});

export function ImportPanel({ importer }: { importer: ImportController }) {
  const { entries, running, question } = importer;
  if (entries.length === 0) return null;
  const done = entries.filter((e) => isFinal(e.state)).length;
  return (
    <section className="import-panel" aria-labelledby="import-heading">
      <div className="import-panel-header">
        <h2 id="import-heading">
          {running
            ? `Importing ${done + 1 > entries.length ? entries.length : done + 1} of ${entries.length}`
            : 'Import finished'}
        </h2>
        {running ? (
          <button type="button" className="button" onClick={importer.cancel}>
            Cancel import
          </button>
        ) : (
          <button
            type="button"
            className="button"
            aria-label="Close the import summary"
            onClick={importer.dismiss}
          >
            Close
          </button>
        )}
      </div>
      <ul className="import-files" aria-label="Files to import">
        {entries.map((entry, index) => (
          <ImportFileRow key={index} entry={entry} />
        ))}
      </ul>
      {question && <VersionDialog question={question} onAnswer={importer.answer} />}
    </section>
  );
}
