/**
 * A collection's excerpts in order: quote, rights, note, the collection's comment, source and
 * "¶ n" (or page), a link into the reader. In an ordinary collection each can be moved by drag
 * and drop or from the keyboard (@dnd-kit/sortable, which announces each step to screen
 * readers), by "Move up"/"Move down", or with Alt+↑/↓ on the focused excerpt, and removed.
 */
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS as DndCss } from '@dnd-kit/utilities';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { Link } from 'wouter';
import type { Right } from '../../../shared/model';
import {
  moveCollectionItem,
  removeFromCollection,
  shiftCollectionItem,
  restoreCollectionItem,
  setItemComment,
  type CollectionEntry,
} from '../../db/collections-repo';
import { db } from '../../db/database';
import { restoreFromTrash } from '../../db/trash-repo';
import { ExcerptNote, RightChips } from '../../ui/RightChips';
import { useToast } from '../../ui/toast';
import { autosaveLabel, useAutosave } from '../../ui/use-autosave';
import { shortQuote } from '../../ui/quote-label';

interface CollectionItemListProps {
  readonly collectionId: string;
  readonly entries: readonly CollectionEntry[];
  readonly rightsById: ReadonlyMap<string, Right>;
  /** Smart collections choose and order their excerpts themselves. */
  readonly editable: boolean;
}

const STATUS_LABEL = {
  anchored: null,
  reanchored: 'Moved: check its place',
  orphaned: 'Not found in the current text',
} as const;

/** Which control to focus once a move has re-rendered the list. */
interface PendingFocus {
  readonly annotationId: string;
  /** Where the move put it: focus waits until the list shows it there. */
  readonly index: number;
  readonly control: 'item' | 'up' | 'down';
}

/** Pressing on these inside an excerpt uses them; it never starts a drag. */
const CONTROLS = 'button, a, input, textarea, select, label, [contenteditable="true"]';

/** The mouse, pen or finger picks an excerpt up anywhere but on its controls. */
class ExcerptPointerSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent }: ReactPointerEvent) =>
        nativeEvent.isPrimary &&
        nativeEvent.button === 0 &&
        !(nativeEvent.target instanceof Element && nativeEvent.target.closest(CONTROLS)),
    },
  ];
}

const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this excerpt, press Space or Enter, then the up and down arrows, then Space or Enter to drop it, or Escape to cancel. Alt+Up and Alt+Down also move it.',
};

export function CollectionItemList({
  collectionId,
  entries,
  rightsById,
  editable,
}: CollectionItemListProps) {
  const toast = useToast();
  const listRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pendingFocus, setPendingFocus] = useState<PendingFocus | null>(null);
  /** The order a drop just made, shown until the database's order arrives. */
  const [dropped, setDropped] = useState<{
    readonly from: readonly CollectionEntry[];
    readonly order: readonly string[];
  } | null>(null);
  const sensors = useSensors(
    useSensor(ExcerptPointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const shown = useMemo(() => {
    if (!dropped || dropped.from !== entries) return entries;
    const byId = new Map(entries.map((entry) => [entry.annotation.id, entry]));
    return dropped.order.flatMap((id) => byId.get(id) ?? []);
  }, [entries, dropped]);
  const ids = useMemo(() => shown.map((entry) => entry.annotation.id), [shown]);

  // After a move the list re-renders in its new order; focus follows the moved excerpt.
  useEffect(() => {
    if (!pendingFocus) return;
    if (entries[pendingFocus.index]?.annotation.id !== pendingFocus.annotationId) return;
    const item = listRef.current?.querySelector<HTMLElement>(
      `[data-annotation-id="${CSS.escape(pendingFocus.annotationId)}"]`,
    );
    if (!item) return;
    const button =
      pendingFocus.control === 'item'
        ? null
        : item.querySelector<HTMLButtonElement>(`[data-move="${pendingFocus.control}"]`);
    const target =
      button && !button.disabled
        ? button
        : (item.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)') ?? item);
    if (pendingFocus.control === 'item') item.focus();
    else target.focus();
    setPendingFocus(null);
  }, [entries, pendingFocus]);

  /** Moves to an index (a drop) or by a step from where it is stored now (keys, buttons). */
  const move = async (
    entry: CollectionEntry,
    target: { readonly to: number } | { readonly by: number },
    control: PendingFocus['control'],
  ) => {
    const at =
      'to' in target
        ? await moveCollectionItem(db, collectionId, entry.annotation.id, target.to)
        : await shiftCollectionItem(db, collectionId, entry.annotation.id, target.by);
    if (at < 0) return;
    setPendingFocus({ annotationId: entry.annotation.id, index: at, control });
    // A drop is announced by the sortable list itself.
    if ('by' in target) {
      setAnnouncement(
        `Moved “${shortQuote(entry.annotation.quote.exact)}” to position ${at + 1} of ${entries.length}`,
      );
    }
  };

  const remove = async (entry: CollectionEntry) => {
    const removed = await removeFromCollection(db, collectionId, entry.annotation.id);
    if (!removed) return;
    toast.show({
      message: 'Excerpt removed from the collection',
      undo: () => restoreCollectionItem(db, collectionId, removed),
    });
  };

  /** One click brings back what put the excerpt in the Trash: its document, or itself. */
  const restore = async (entry: CollectionEntry) => {
    const documentInTrash = entry.trashed === 'document-in-trash';
    const done = documentInTrash
      ? await restoreFromTrash(db, 'documents', entry.annotation.docId)
      : await restoreFromTrash(db, 'excerpts', entry.annotation.id);
    if (done) {
      toast.show({
        message: documentInTrash
          ? `Restored “${entry.document?.title ?? 'the document'}” with its excerpts`
          : 'Excerpt restored',
      });
    }
  };

  const onItemKeyDown = (event: KeyboardEvent<HTMLLIElement>, entry: CollectionEntry) => {
    if (!editable || !event.altKey || event.target instanceof HTMLTextAreaElement) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    void move(
      entry,
      { by: event.key === 'ArrowUp' ? -1 : 1 },
      event.target === event.currentTarget ? 'item' : event.key === 'ArrowUp' ? 'up' : 'down',
    );
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const from = ids.indexOf(String(active.id));
    const to = over ? ids.indexOf(String(over.id)) : -1;
    const entry = shown[from];
    if (!entry || to < 0 || to === from) return;
    setDropped({ from: entries, order: arrayMove([...ids], from, to) });
    void move(entry, { to }, 'item');
  };

  /** "excerpt 2 of 5, “The same rights…”", for the drag announcements. */
  const describe = (id: string | number) => {
    const index = ids.indexOf(String(id));
    const quote = shortQuote(shown[index]?.annotation.quote.exact ?? '');
    return { position: index + 1, quote };
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const { position, quote } = describe(active.id);
      return `Picked up excerpt ${position} of ${ids.length}: “${quote}”.`;
    },
    onDragOver: ({ active, over }) => {
      if (!over) return `“${describe(active.id).quote}” is no longer over the list.`;
      return `“${describe(active.id).quote}” is over position ${describe(over.id).position} of ${ids.length}.`;
    },
    onDragEnd: ({ active, over }) => {
      const { quote, position } = describe(active.id);
      return over
        ? `Moved “${quote}” to position ${describe(over.id).position} of ${ids.length}.`
        : `“${quote}” was dropped outside the list: it stays at position ${position}.`;
    },
    onDragCancel: ({ active }) => {
      const { quote, position } = describe(active.id);
      return `Moving cancelled: “${quote}” stays at position ${position} of ${ids.length}.`;
    },
  };

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={!editable}>
          <ol className="collection-items" aria-label="Excerpts in this collection" ref={listRef}>
            {shown.map((entry, index) => (
              <CollectionItem
                key={entry.annotation.id}
                entry={entry}
                index={index}
                count={shown.length}
                collectionId={collectionId}
                rightsById={rightsById}
                editable={editable}
                onKeyDown={(event) => onItemKeyDown(event, entry)}
                onMove={(by) => void move(entry, { by }, by < 0 ? 'up' : 'down')}
                onRemove={() => void remove(entry)}
                onRestore={() => void restore(entry)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {editable && (
        <p id={`${collectionId}-reorder-hint`} className="visually-hidden">
          Alt+Up and Alt+Down move this excerpt.
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

interface CollectionItemProps {
  readonly entry: CollectionEntry;
  readonly index: number;
  readonly count: number;
  readonly collectionId: string;
  readonly rightsById: ReadonlyMap<string, Right>;
  readonly editable: boolean;
  readonly onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  readonly onMove: (by: -1 | 1) => void;
  readonly onRemove: () => void;
  readonly onRestore: () => void;
}

/** One excerpt of the list, sortable when the collection is ordered by hand. */
function CollectionItem({
  entry,
  index,
  count,
  collectionId,
  rightsById,
  editable,
  onKeyDown,
  onMove,
  onRemove,
  onRestore,
}: CollectionItemProps) {
  const { annotation, document } = entry;
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: annotation.id, disabled: !editable });
  const quote = shortQuote(annotation.quote.exact);
  const rights = annotation.rightIds.flatMap((id) => rightsById.get(id) ?? []);
  const statusLabel = STATUS_LABEL[annotation.status];
  const paragraph = annotation.blockIndex + 1;
  const classes = [
    'collection-item',
    editable ? 'sortable' : '',
    isDragging ? 'dragging' : '',
    entry.trashed ? 'in-trash' : '',
  ];
  const setRef = (element: HTMLLIElement | null) => {
    setNodeRef(element);
    // Space and Enter pick the excerpt up only when it has the focus itself, not its fields.
    setActivatorNodeRef(element);
  };
  return (
    <li
      ref={setRef}
      className={classes.filter(Boolean).join(' ')}
      style={{ transform: DndCss.Translate.toString(transform), transition }}
      data-annotation-id={annotation.id}
      tabIndex={0}
      aria-label={`Excerpt ${index + 1} of ${count}: “${quote}”`}
      aria-describedby={
        editable ? `${collectionId}-reorder-hint ${attributes['aria-describedby']}` : undefined
      }
      {...(editable ? listeners : {})}
      onKeyDown={(event) => {
        onKeyDown(event);
        if (!event.defaultPrevented) listeners?.onKeyDown?.(event);
      }}
    >
      <div className="collection-item-head">
        <span className="collection-item-number" aria-hidden="true">
          {index + 1}
        </span>
        {editable && (
          <span className="drag-handle" aria-hidden="true" title="Drag to reorder">
            ⠿
          </span>
        )}
        <blockquote className="excerpt-quote" dir="auto">
          {annotation.quote.exact}
        </blockquote>
      </div>
      <RightChips rights={rights} />
      <ExcerptNote note={annotation.note} />
      {editable ? <CommentField collectionId={collectionId} entry={entry} quote={quote} /> : null}
      <div className="excerpt-meta">
        <span className="excerpt-citation">
          {document ? (
            <>
              <cite>{document.title}</cite>
              {document.year !== null && <>, {document.year}</>},{' '}
              {(entry.citation ?? `¶ ${paragraph}`).replace(/ /gu, '\u00a0')}
            </>
          ) : (
            <span className="muted">Source document not in your library</span>
          )}
        </span>
        {statusLabel && <span className="excerpt-status">{statusLabel}</span>}
        {annotation.conflictOf !== undefined && (
          <span className="collection-badge conflict">Conflicting copy</span>
        )}
        {annotation.origin && <span className="muted">From {annotation.origin.fileName}</span>}
        {entry.trashed && (
          <>
            <span className="collection-badge trashed">
              {entry.trashed === 'document-in-trash'
                ? 'Its document is in the Trash: left out of exports and briefings'
                : 'In the Trash: left out of exports and briefings'}
            </span>
            <button
              type="button"
              className="button small"
              aria-label={
                entry.trashed === 'document-in-trash'
                  ? `Restore document “${document?.title ?? ''}” from the Trash`
                  : `Restore excerpt from the Trash: “${quote}”`
              }
              onClick={onRestore}
            >
              {entry.trashed === 'document-in-trash' ? 'Restore document' : 'Restore excerpt'}
            </button>
          </>
        )}
        {document && !entry.trashed && (
          <Link
            href={`/doc/${encodeURIComponent(annotation.docId)}/p/${paragraph}`}
            className="excerpt-open"
            aria-label={`Open in reader: “${quote}”`}
          >
            Open in reader
          </Link>
        )}
      </div>
      {editable && (
        <div className="collection-item-actions">
          <button
            type="button"
            data-move="up"
            disabled={index === 0}
            aria-label={`Move up: “${quote}”`}
            onClick={() => onMove(-1)}
          >
            Move up
          </button>
          <button
            type="button"
            data-move="down"
            disabled={index === count - 1}
            aria-label={`Move down: “${quote}”`}
            onClick={() => onMove(1)}
          >
            Move down
          </button>
          <button
            type="button"
            className="danger"
            aria-label={`Remove from collection: “${quote}”`}
            onClick={onRemove}
          >
            Remove
          </button>
        </div>
      )}
    </li>
  );
}

function CommentField({
  collectionId,
  entry,
  quote,
}: {
  collectionId: string;
  entry: CollectionEntry;
  quote: string;
}) {
  const comment = useAutosave(entry.comment, (value) =>
    setItemComment(db, collectionId, entry.annotation.id, value),
  );

  return (
    <label className="collection-comment">
      <span className="visually-hidden">Comment on “{quote}”</span>
      <textarea
        value={comment.value}
        placeholder="Comment for this briefing…"
        rows={Math.min(6, Math.max(1, comment.value.split('\n').length))}
        onChange={(event) => comment.change(event.target.value)}
        onBlur={comment.flush}
      />
      <span className="save-status" role="status">
        {autosaveLabel(comment.status)}
      </span>
    </label>
  );
}
