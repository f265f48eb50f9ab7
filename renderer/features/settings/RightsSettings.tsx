/**
 * The rights taxonomy in settings: every right in order with its colour, description, legal
 * basis and usage; add, edit in place, recolour, reorder, archive, and delete into the Trash
 * after a question (which, for a right in use, also asks where its passages move), with undo.
 */
import { useEffect, useRef, useState } from 'react';
import type { Right } from '../../../shared/model';
import { db } from '../../db/database';
import {
  addRight,
  deleteRight,
  moveRight,
  restoreRight,
  updateRight,
  type RightUsage,
} from '../../db/rights-repo';
import { useToast } from '../../ui/toast';
import { DEFAULT_TRASH_DAYS } from '../../db/trash-repo';
import { useTrashDays } from '../trash';
import { DeleteRightDialog } from './DeleteRightDialog';
import { RightForm } from './RightForm';
import { aliasesText, parseAliases, suggestColour, type RightDraft } from './right-form';
import { useRightsWithUsage, type RightWithUsage } from './use-settings';

const numberFormat = new Intl.NumberFormat();

function passages(count: number): string {
  return count === 0
    ? 'Not used yet'
    : `${numberFormat.format(count)} ${count === 1 ? 'passage' : 'passages'}`;
}

function emptyDraft(rights: readonly Pick<Right, 'color'>[]): RightDraft {
  return { name: '', color: suggestColour(rights), description: '', legalBasis: '', aliases: '' };
}

export function RightsSettings() {
  const entries = useRightsWithUsage();
  const trashDays = useTrashDays();
  const toast = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<RightWithUsage | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Reordering and deleting move or remove the focused button's row: focus is put back on a
  // named control once the list has re-rendered.
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null || entries === undefined) return;
    pendingFocus.current = null;
    document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
  }, [entries, editing]);

  if (entries === undefined) {
    return (
      <p className="muted" role="status">
        Loading rights…
      </p>
    );
  }
  const rights = entries.map((e) => e.right);

  /** After a right disappears, focus its neighbour's Edit button (or the add form). */
  const focusNeighbourOf = (id: string) => {
    const index = rights.findIndex((r) => r.id === id);
    const neighbour = rights[index + 1] ?? rights[index - 1];
    pendingFocus.current = neighbour && neighbour.id !== id ? `edit:${neighbour.id}` : 'add-name';
  };

  const move = async (right: Right, step: -1 | 1) => {
    const index = rights.findIndex((r) => r.id === right.id);
    const target = index + step;
    if (target < 0 || target >= rights.length) return;
    pendingFocus.current = `${step < 0 ? 'up' : 'down'}:${right.id}`;
    await moveRight(db, right.id, step);
    setAnnouncement(
      `Moved ${right.name} ${step < 0 ? 'up' : 'down'}: ${target + 1} of ${rights.length}.`,
    );
  };

  const toggleArchived = async (right: Right) => {
    pendingFocus.current = `archive:${right.id}`;
    await updateRight(db, right.id, { archived: !right.archived });
    setAnnouncement(
      right.archived
        ? `${right.name} is offered for tagging again.`
        : `Archived ${right.name}: its passages keep it, but it is no longer offered for tagging.`,
    );
  };

  /** Deleting always asks first, naming what goes and for how long the Trash keeps it. */
  const remove = (entry: RightWithUsage) => setDeleting(entry);

  const confirmDelete = async (right: Right, usage: RightUsage, replacement: Right | null) => {
    focusNeighbourOf(right.id);
    setDeleting(null);
    try {
      await deleteRight(db, right.id, replacement?.id ?? null);
    } catch {
      // Tagged in the meantime (in another window): ask where its passages go instead.
      pendingFocus.current = null;
      setDeleting({ right, usage: { live: usage.live, tagged: Math.max(1, usage.tagged) } });
      return;
    }
    if (replacement === null) {
      toast.show({
        message: `Moved “${right.name}” to the Trash`,
        undo: async () => {
          await restoreRight(db, right.id);
          toast.show({ message: `Restored “${right.name}”` });
        },
      });
      return;
    }
    const moved =
      usage.live === 0
        ? 'its deleted passages now carry'
        : usage.live === 1
          ? 'its passage now carries'
          : `its ${numberFormat.format(usage.live)} passages now carry`;
    toast.show({
      message: `Moved “${right.name}” to the Trash: ${moved} “${replacement.name}”`,
      undo: async () => {
        await restoreRight(db, right.id);
        toast.show({ message: `Restored “${right.name}” and its passages` });
      },
    });
  };

  return (
    <>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ol className="rights-list" aria-label="Rights">
        {entries.map((entry, index) => (
          <RightItem
            key={entry.right.id}
            entry={entry}
            rights={rights}
            first={index === 0}
            last={index === entries.length - 1}
            editing={editing === entry.right.id}
            onEdit={() => setEditing(entry.right.id)}
            onEditDone={() => {
              pendingFocus.current = `edit:${entry.right.id}`;
              setEditing(null);
            }}
            onMove={(step) => void move(entry.right, step)}
            onToggleArchived={() => void toggleArchived(entry.right)}
            onDelete={() => remove(entry)}
          />
        ))}
      </ol>

      <section className="add-right" aria-labelledby="add-right-heading">
        <h3 id="add-right-heading">Add a right</h3>
        <RightForm
          label="Add a right"
          initial={emptyDraft(rights)}
          rights={rights}
          selfId={null}
          submitLabel="Add right"
          nameFocusKey="add-name"
          onSubmit={async (draft) => {
            const right = await addRight(db, { ...draft, aliases: parseAliases(draft.aliases) });
            setAnnouncement(`Added ${right.name}.`);
          }}
          clearOnSubmit={(saved) => emptyDraft([...rights, saved])}
        />
      </section>

      {deleting && (
        <DeleteRightDialog
          right={deleting.right}
          usage={deleting.usage}
          others={rights.filter((r) => r.id !== deleting.right.id)}
          trashDays={trashDays ?? DEFAULT_TRASH_DAYS}
          onCancel={() => setDeleting(null)}
          onConfirm={(replacement) =>
            void confirmDelete(deleting.right, deleting.usage, replacement)
          }
        />
      )}
    </>
  );
}

interface RightItemProps {
  readonly entry: RightWithUsage;
  readonly rights: readonly Right[];
  readonly first: boolean;
  readonly last: boolean;
  readonly editing: boolean;
  readonly onEdit: () => void;
  readonly onEditDone: () => void;
  readonly onMove: (step: -1 | 1) => void;
  readonly onToggleArchived: () => void;
  readonly onDelete: () => void;
}

function RightItem({
  entry,
  rights,
  first,
  last,
  editing,
  onEdit,
  onEditDone,
  onMove,
  onToggleArchived,
  onDelete,
}: RightItemProps) {
  const { right, usage } = entry;
  const nameId = `right-name-${right.id}`;
  return (
    <li className={`right-item ${right.archived ? 'archived' : ''}`} aria-labelledby={nameId}>
      {editing ? (
        <>
          <p className="right-editing">
            <span className="right-editing-label">Editing</span>
            <span id={nameId}>{right.name}</span>
          </p>
          <RightForm
            label={`Edit ${right.name}`}
            className="right-edit"
            initial={{
              name: right.name,
              color: right.color,
              description: right.description,
              legalBasis: right.legalBasis,
              aliases: aliasesText(right.aliases),
            }}
            rights={rights}
            selfId={right.id}
            submitLabel="Save"
            autoFocus
            onSubmit={async (draft) => {
              await updateRight(db, right.id, {
                name: draft.name.trim(),
                color: draft.color,
                description: draft.description.trim(),
                legalBasis: draft.legalBasis.trim(),
                aliases: parseAliases(draft.aliases),
              });
              onEditDone();
            }}
            onCancel={onEditDone}
          />
        </>
      ) : (
        <>
          <ColourInput right={right} />
          <div className="right-body">
            <div className="right-title">
              <h3 id={nameId}>{right.name}</h3>
              {right.builtIn && <span className="badge">Built in</span>}
              {right.archived && <span className="badge badge-archived">Archived</span>}
              <span className="right-usage">{passages(usage.live)}</span>
            </div>
            {right.description !== '' && <p className="right-description">{right.description}</p>}
            <p className="right-legal">
              <span className="muted">Legal basis: </span>
              {right.legalBasis === '' ? (
                <span className="muted">not given</span>
              ) : (
                right.legalBasis
              )}
            </p>
            {(right.aliases ?? []).length > 0 && (
              <p className="right-legal">
                <span className="muted">Aliases: </span>
                {aliasesText(right.aliases)}
              </p>
            )}
          </div>
          <div className="right-actions">
            <button
              type="button"
              className="button icon"
              aria-label={`Move ${right.name} up`}
              title="Move up"
              aria-disabled={first ? true : undefined}
              data-focus-key={`up:${right.id}`}
              onClick={() => onMove(-1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="button icon"
              aria-label={`Move ${right.name} down`}
              title="Move down"
              aria-disabled={last ? true : undefined}
              data-focus-key={`down:${right.id}`}
              onClick={() => onMove(1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              className="button"
              aria-label={`Edit ${right.name}`}
              data-focus-key={`edit:${right.id}`}
              onClick={onEdit}
            >
              Edit
            </button>
            <button
              type="button"
              className="button"
              aria-label={`${right.archived ? 'Unarchive' : 'Archive'} ${right.name}`}
              data-focus-key={`archive:${right.id}`}
              onClick={onToggleArchived}
            >
              {right.archived ? 'Unarchive' : 'Archive'}
            </button>
            {right.builtIn ? (
              <span className="right-note muted">
                Built-in rights can be archived, not deleted.
              </span>
            ) : (
              <button
                type="button"
                className="button danger"
                aria-label={`Delete ${right.name}`}
                onClick={onDelete}
              >
                Delete
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
}

/** The right's swatch, a colour picker that saves as the analyst picks. */
function ColourInput({ right }: { right: Right }) {
  // While the picker is open the input keeps its own value, so database round trips do not
  // fight the analyst's dragging.
  const [picking, setPicking] = useState<string | null>(null);
  return (
    <input
      type="color"
      className="right-colour"
      aria-label={`Colour of ${right.name}`}
      value={picking ?? right.color}
      onChange={(event) => {
        const color = event.target.value;
        setPicking(color);
        if (/^#[0-9a-f]{6}$/i.test(color)) void updateRight(db, right.id, { color });
      }}
      onBlur={() => setPicking(null)}
    />
  );
}
