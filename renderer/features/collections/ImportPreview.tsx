/**
 * The import preview: what importing a file would do, before anything is written. Counts by
 * outcome, the documents it would add, rights to map or create, and every excerpt with how it
 * was placed (exactly, fuzzily with both versions side by side, or not: kept as an orphan).
 */
import { useId, useRef } from 'react';
import type { PlannedExcerpt, RightMatch } from '../../../shared/exchange';
import type { RightChoice } from '../../../shared/exchange';
import type { ImportPreviewState } from './use-collection-import';
import { Dialog } from '../../ui/Dialog';
import { plural } from '../../ui/plural';

interface ImportPreviewProps {
  readonly state: ImportPreviewState;
  readonly applying: boolean;
  readonly onChooseRight: (key: string, choice: RightChoice) => void;
  readonly onImport: () => void;
  readonly onCancel: () => void;
}

/** Why a tag was matched to a right, in the analyst's words. */
function matchReason(match: RightMatch, rightName: string): string {
  switch (match.rule) {
    case 'exact':
    case 'folded':
      return `the same name as “${rightName}”`;
    case 'alias':
      return `an alias of “${rightName}” (“${match.matched}”)`;
    case 'translation':
      return `“${rightName}” in another UN language (“${match.matched}”)`;
    case 'part':
      return `part of the name “${rightName}”`;
    case 'similar':
      return `a near spelling of “${match.matched}”`;
  }
}

const ACTION_LABEL: Record<PlannedExcerpt['action'], string> = {
  new: 'New',
  present: 'Already here',
  updated: 'Updated (their later edit replaces yours)',
  outdated: 'Outdated (your later edit is kept)',
  conflict: 'Conflict (both kept, marked)',
};

const NOT_FOUND_REASON = {
  'no-document': 'its document is not in your library or the file',
  'ambiguous-document': 'several documents fit equally well',
  'not-found': 'the passage is not in the document',
} as const;

/** How much of a quote a row shows. */
const QUOTE_PREVIEW = 140;

function short(text: string, length = QUOTE_PREVIEW): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

function Anchoring({ excerpt }: { excerpt: PlannedExcerpt }) {
  const { anchoring } = excerpt;
  switch (anchoring.kind) {
    case 'exact':
      return <span>{anchoring.moved ? 'Found exactly, at another place' : 'Found exactly'}</span>;
    case 'fuzzy':
      return (
        <span>
          Found approximately ({Math.round(anchoring.score * 100)}% alike). The copies differ:
          <span className="import-diff">
            <span>
              <span className="import-diff-label">File: </span>
              <q>{short(anchoring.incomingText)}</q>
            </span>
            <span>
              <span className="import-diff-label">Yours: </span>
              <q>{short(anchoring.receiverText)}</q>
            </span>
          </span>
        </span>
      );
    case 'none':
      return (
        <span className="import-orphan">
          Not found: kept as an orphan with its quote and note ({NOT_FOUND_REASON[anchoring.reason]}
          )
        </span>
      );
  }
}

export function ImportPreview({
  state,
  applying,
  onChooseRight,
  onImport,
  onCancel,
}: ImportPreviewProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { plan, unknownRights, rightChoices, rightMatches, snapshot } = state;
  const { counts, documentNoteCounts: noteCounts } = plan;
  const written = counts.new + counts.updated + counts.conflict;

  const rows: [string, number][] = [
    ['New excerpts', counts.new],
    ['Already in your library', counts.present],
    ['Updated from the file', counts.updated],
    ['Outdated in the file (yours kept)', counts.outdated],
    ['Conflicts (both kept)', counts.conflict],
    ['Documents to add from the file', plan.documentsToAdd.length],
    ['Passages that cannot be anchored', counts.orphaned],
    ['Rights your library lacks', unknownRights.length],
  ];
  if (plan.documentNotes.length > 0) {
    rows.push(['New document notes', noteCounts.new]);
    if (noteCounts.present > 0) rows.push(['Document notes already here', noteCounts.present]);
    if (noteCounts.updated > 0) rows.push(['Document notes updated', noteCounts.updated]);
    if (noteCounts.unplaced > 0)
      rows.push(['Document notes on documents not in your library', noteCounts.unplaced]);
  }
  if (plan.skipped.length > 0)
    rows.push(['Entries that are not excerpts (skipped)', plan.skipped.length]);

  return (
    <Dialog
      dialogRef={dialogRef}
      className="collection-dialog import-preview"
      aria-labelledby={`${id}-title`}
      onClose={onCancel}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onImport();
        }}
      >
        <h2 id={`${id}-title`}>Import “{plan.collection.name ?? plan.fileName}”</h2>
        <p className="muted">
          From {plan.fileName}. {plan.excerpts.length}{' '}
          {plan.excerpts.length === 1 ? 'excerpt' : 'excerpts'}
          {plan.documentNotes.length > 0 && (
            <>
              , {plural(plan.documentNotes.length, 'document note', 'document notes')} (notes on a
              whole document, kept in its Document notes)
            </>
          )}
          {plan.collection.description !== '' && <> · {plan.collection.description}</>}
        </p>

        <table className="import-counts">
          <caption className="visually-hidden">What the import will do</caption>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label} className={value === 0 ? 'import-zero' : undefined}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>

        {plan.documentsToAdd.length > 0 && (
          <section aria-labelledby={`${id}-docs`}>
            <h3 id={`${id}-docs`}>Documents the file carries</h3>
            <ul className="import-list">
              {plan.documentsToAdd.map((d) => (
                <li key={d.contentHash}>
                  {d.document.title ?? d.document.sourceName ?? 'Untitled'}
                  {d.document.year !== null && <span className="muted"> ({d.document.year})</span>}
                </li>
              ))}
            </ul>
          </section>
        )}

        {unknownRights.length > 0 && (
          <section aria-labelledby={`${id}-rights`}>
            <h3 id={`${id}-rights`}>Rights your library lacks</h3>
            <ul className="import-rights">
              {unknownRights.map((right) => {
                const choice = rightChoices.get(right.key);
                const match = rightMatches.get(right.key);
                const matchedName = snapshot.rights.find((r) => r.id === match?.rightId)?.name;
                return (
                  <li key={right.key}>
                    <label>
                      <span className="import-right-name">
                        {right.color !== null && (
                          <span
                            className="swatch"
                            style={{ backgroundColor: right.color }}
                            aria-hidden="true"
                          />
                        )}
                        {right.name}{' '}
                        <span className="muted">
                          ({right.excerptCount} {right.excerptCount === 1 ? 'excerpt' : 'excerpts'})
                        </span>
                      </span>
                      <select
                        aria-label={`Right “${right.name}”`}
                        value={choice?.kind === 'existing' ? choice.rightId : ''}
                        onChange={(event) =>
                          onChooseRight(
                            right.key,
                            event.target.value === ''
                              ? { kind: 'create' }
                              : { kind: 'existing', rightId: event.target.value },
                          )
                        }
                      >
                        <option value="">Create this right</option>
                        {snapshot.rights.map((r) => (
                          <option key={r.id} value={r.id}>
                            Use “{r.name}”
                          </option>
                        ))}
                      </select>
                    </label>
                    {match !== undefined && matchedName !== undefined && (
                      <p className="muted import-right-match">
                        Suggested: {matchReason(match, matchedName)}.
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        )}

        <details className="import-excerpts">
          <summary>Each excerpt and where it was found ({plan.excerpts.length})</summary>
          <ol aria-label="Excerpts in the file">
            {plan.excerpts.map((excerpt) => (
              <li key={excerpt.id} className={`import-excerpt import-${excerpt.action}`}>
                <span className="import-action">{ACTION_LABEL[excerpt.action]}</span>
                <q className="import-quote" dir="auto">
                  {short(excerpt.incoming.quote.exact)}
                </q>
                <span className="import-anchoring">
                  <Anchoring excerpt={excerpt} />
                </span>
              </li>
            ))}
          </ol>
        </details>

        <div className="collection-form-actions">
          <button type="submit" className="button primary" disabled={applying}>
            {applying ? 'Importing…' : 'Import'}
          </button>
          <button
            type="button"
            className="button"
            disabled={applying}
            onClick={() => dialogRef.current?.close()}
          >
            Cancel
          </button>
          <span className="muted import-summary">
            {written === 0
              ? 'Nothing to write: the library has all of it.'
              : `${written} ${written === 1 ? 'excerpt' : 'excerpts'} will be written.`}
          </span>
        </div>
      </form>
    </Dialog>
  );
}
