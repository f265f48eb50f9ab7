/**
 * The Trash: deleted documents (with the excerpts they carry), excerpts, document notes, rights and
 * collections, each restorable with everything it carried or deletable for good; emptied by
 * the analyst, or row by row once older than the period set in Settings.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { db } from '../../db/database';
import {
  emptyTrash,
  purgeDate,
  purgeFromTrash,
  restoreFromTrash,
  type TrashContents,
  type TrashKind,
} from '../../db/trash-repo';
import { useToast } from '../../ui/toast';
import { shortQuote } from '../../ui/quote-label';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { prose } from './trash-wording';
import { plural } from '../../ui/plural';
import { useTrash } from './use-trash';
import './trash.css';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

/** One row of the Trash, as the view lists it. */
interface TrashRow {
  readonly kind: TrashKind;
  readonly id: string;
  readonly name: string;
  readonly deletedAt: string;
  /** What comes back with it on restore, and goes with it for good otherwise. */
  readonly carries: string;
}

const SECTIONS: readonly { kind: TrashKind; title: string }[] = [
  { kind: 'documents', title: 'Documents' },
  { kind: 'excerpts', title: 'Excerpts' },
  { kind: 'documentNotes', title: 'Document notes' },
  { kind: 'rights', title: 'Rights' },
  { kind: 'collections', title: 'Collections' },
];

/** Rows named by a quote say what they are when restored ("Restored excerpt “…”"). */
const RESTORED_PREFIX: Partial<Record<TrashKind, string>> = {
  excerpts: 'excerpt ',
  documentNotes: 'document note ',
};

/** The Trash's rows by section, each saying what it carries. */
export function trashRows(trash: TrashContents): Record<TrashKind, TrashRow[]> {
  return {
    documents: trash.documents.map((d) => ({
      kind: 'documents',
      id: d.document.id,
      name: d.document.title,
      deletedAt: d.document.deletedAt ?? '',
      carries:
        d.excerpts === 0
          ? 'No excerpts'
          : `${plural(d.excerpts, 'excerpt', 'excerpts')}${d.notes > 0 ? ` (${plural(d.notes, 'with a note', 'with notes')})` : ''}` +
            (d.collections.length > 0
              ? `, used in ${prose(d.collections.map((c) => `“${c.name}”`))}`
              : ''),
    })),
    excerpts: trash.excerpts.map((e) => ({
      kind: 'excerpts',
      id: e.annotation.id,
      name: `“${shortQuote(e.annotation.quote.exact)}”`,
      deletedAt: e.annotation.deletedAt ?? '',
      carries: e.documentTitle
        ? `From “${e.documentTitle}”${e.annotation.note.trim() !== '' ? ', with a note' : ''}`
        : 'Its document is no longer in the library',
    })),
    documentNotes: trash.documentNotes.map((n) => ({
      kind: 'documentNotes',
      id: n.note.id,
      name: `“${shortQuote(n.note.text)}”`,
      deletedAt: n.note.deletedAt ?? '',
      carries: n.documentTitle
        ? `On “${n.documentTitle}”${n.note.author !== '' ? `, by ${n.note.author}` : ''}`
        : 'Its document is no longer in the library',
    })),
    rights: trash.rights.map((r) => ({
      kind: 'rights',
      id: r.right.id,
      name: r.right.name,
      deletedAt: r.right.deletedAt ?? '',
      carries:
        r.movedTo === null || r.movedExcerpts === 0
          ? 'Tagged no excerpts'
          : `${plural(r.movedExcerpts, 'excerpt', 'excerpts')} moved to “${r.movedTo}”; restoring moves ${r.movedExcerpts === 1 ? 'it' : 'them'} back`,
    })),
    collections: trash.collections.map((c) => ({
      kind: 'collections',
      id: c.collection.id,
      name: c.collection.name,
      deletedAt: c.collection.deletedAt ?? '',
      carries:
        c.collection.filter !== null
          ? 'A smart collection (a saved filter)'
          : `${plural(c.collection.items.length, 'excerpt', 'excerpts')}, which stay in the library`,
    })),
  };
}

/** A question pending before something leaves the Trash for good. */
type Pending =
  | { readonly kind: 'one'; readonly row: TrashRow }
  | { readonly kind: 'all'; readonly rows: readonly TrashRow[] };

export function TrashView() {
  const trash = useTrash();
  const toast = useToast();
  const [pending, setPending] = useState<Pending | null>(null);

  if (trash === undefined) {
    return (
      <section className="trash">
        <h1>Trash</h1>
        <p className="muted">Loading…</p>
      </section>
    );
  }
  const rows = trashRows(trash);
  const all = SECTIONS.flatMap(({ kind }) => rows[kind]);

  const restore = async (row: TrashRow) => {
    if (await restoreFromTrash(db, row.kind, row.id)) {
      toast.show({ message: `Restored ${RESTORED_PREFIX[row.kind] ?? ''}${row.name}` });
    }
  };

  const purge = async (done: Pending) => {
    setPending(null);
    if (done.kind === 'all') {
      const gone = await emptyTrash(db);
      const total =
        gone.documents + gone.excerpts + gone.documentNotes + gone.rights + gone.collections;
      toast.show({
        message: `Emptied the Trash: ${plural(total, 'item', 'items')} deleted for good`,
      });
    } else {
      await purgeFromTrash(db, done.row.kind, [done.row.id]);
      toast.show({ message: `Deleted ${done.row.name} for good` });
    }
  };

  return (
    <section className="trash" aria-labelledby="trash-heading">
      <header className="view-header">
        <h1 id="trash-heading">Trash</h1>
        <p className="muted" role="status">
          {all.length === 0 ? 'The Trash is empty' : plural(all.length, 'item', 'items')}
        </p>
        <button
          type="button"
          className="button danger"
          disabled={all.length === 0}
          onClick={() => setPending({ kind: 'all', rows: all })}
        >
          Empty Trash
        </button>
      </header>
      <p className="muted">
        Deleted things stay here for {plural(trash.days, 'day', 'days')}, then go for good (
        <Link href="/settings">change in Settings</Link>). Restoring brings each back with
        everything it carried. A merge restore of a backup also brings back what was deleted since.
      </p>
      {SECTIONS.map(({ kind, title }) =>
        rows[kind].length === 0 ? null : (
          <section key={kind} className="trash-section" aria-labelledby={`trash-${kind}`}>
            <h2 id={`trash-${kind}`}>{title}</h2>
            <ul className="trash-list" aria-label={`${title} in the Trash`}>
              {rows[kind].map((row) => (
                <li key={row.id} className="trash-item">
                  <span className="trash-item-name">{row.name}</span>
                  <span className="trash-item-meta muted">
                    {row.carries}. Deleted{' '}
                    <time dateTime={row.deletedAt}>
                      {dateFormat.format(new Date(row.deletedAt))}
                    </time>
                    ; goes for good on {dateFormat.format(purgeDate(row.deletedAt, trash.days))}.
                  </span>
                  <span className="trash-item-actions">
                    <button
                      type="button"
                      className="button small"
                      aria-label={`Restore ${row.name}`}
                      onClick={() => void restore(row)}
                    >
                      Restore
                    </button>
                    <button
                      type="button"
                      className="button small danger"
                      aria-label={`Delete ${row.name} for good`}
                      onClick={() => setPending({ kind: 'one', row })}
                    >
                      Delete for good
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
      {pending && (
        <ConfirmDialog
          title={
            pending.kind === 'all' ? 'Empty the Trash?' : `Delete ${pending.row.name} for good?`
          }
          sentences={
            pending.kind === 'all'
              ? [
                  `${plural(pending.rows.length, 'item is', 'items are')} deleted for good, with everything they carry:`,
                  'Only a backup made before now can bring them back.',
                ]
              : [
                  `${pending.row.carries}.`,
                  pending.row.kind === 'documents'
                    ? 'The document, its text and its excerpts are deleted for good; only a backup made before now can bring them back.'
                    : 'It is deleted for good; only a backup made before now can bring it back.',
                ]
          }
          items={pending.kind === 'all' ? pending.rows.map((r) => `${r.name}: ${r.carries}`) : []}
          confirmLabel={pending.kind === 'all' ? 'Empty Trash' : 'Delete for good'}
          onConfirm={() => void purge(pending)}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
