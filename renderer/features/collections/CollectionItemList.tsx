/**
 * A collection's excerpts in order: quote, rights, note, the collection's comment, source and
 * "¶ n" (or page), a link into the reader. In an ordinary collection each can be moved by drag
 * and drop, by "Move up"/"Move down", or with Alt+↑/↓ on the focused excerpt, and removed.
 */
import { ExcerptNote, RightChips } from '../../ui/RightChips';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
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

/** The drag payload's type: an excerpt of this list, by annotation id. */
const DRAG_TYPE = 'application/x-rightsmark-excerpt';

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
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);

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
    setAnnouncement(
      `Moved “${shortQuote(entry.annotation.quote.exact)}” to position ${at + 1} of ${entries.length}`,
    );
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

  const dropIndex = (event: DragEvent<HTMLLIElement>, index: number) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return event.clientY < rect.top + rect.height / 2 ? index : index + 1;
  };

  const onDrop = (event: DragEvent<HTMLLIElement>, index: number) => {
    const id = event.dataTransfer.getData(DRAG_TYPE);
    const from = entries.findIndex((e) => e.annotation.id === id);
    const entry = entries[from];
    setDragging(null);
    setDropAt(null);
    if (!entry) return;
    event.preventDefault();
    const slot = dropIndex(event, index);
    // Dropping below itself shifts the slot by the item taken out.
    const to = slot > from ? slot - 1 : slot;
    if (to !== from) void move(entry, { to }, 'item');
  };

  return (
    <>
      <ol className="collection-items" aria-label="Excerpts in this collection" ref={listRef}>
        {entries.map((entry, index) => {
          const { annotation, document } = entry;
          const quote = shortQuote(annotation.quote.exact);
          const rights = annotation.rightIds.flatMap((id) => rightsById.get(id) ?? []);
          const statusLabel = STATUS_LABEL[annotation.status];
          const paragraph = annotation.blockIndex + 1;
          const classes = [
            'collection-item',
            dragging === annotation.id ? 'dragging' : '',
            dropAt === index ? 'drop-before' : '',
            dropAt === index + 1 && index === entries.length - 1 ? 'drop-after' : '',
            entry.trashed ? 'in-trash' : '',
          ];
          return (
            <li
              key={annotation.id}
              className={classes.filter(Boolean).join(' ')}
              data-annotation-id={annotation.id}
              tabIndex={0}
              aria-label={`Excerpt ${index + 1} of ${entries.length}: “${quote}”`}
              aria-describedby={editable ? `${collectionId}-reorder-hint` : undefined}
              draggable={editable}
              onKeyDown={(event) => onItemKeyDown(event, entry)}
              onDragStart={(event) => {
                if (!editable || event.target !== event.currentTarget) return;
                event.dataTransfer.setData(DRAG_TYPE, annotation.id);
                event.dataTransfer.effectAllowed = 'move';
                setDragging(annotation.id);
              }}
              onDragEnd={() => {
                setDragging(null);
                setDropAt(null);
              }}
              onDragOver={(event) => {
                if (!editable || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setDropAt(dropIndex(event, index));
              }}
              onDrop={(event) => onDrop(event, index)}
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
              {editable ? (
                <CommentField collectionId={collectionId} entry={entry} quote={quote} />
              ) : null}
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
                {annotation.origin && (
                  <span className="muted">From {annotation.origin.fileName}</span>
                )}
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
                      onClick={() => void restore(entry)}
                    >
                      {entry.trashed === 'document-in-trash'
                        ? 'Restore document'
                        : 'Restore excerpt'}
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
                    onClick={() => void move(entry, { by: -1 }, 'up')}
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    data-move="down"
                    disabled={index === entries.length - 1}
                    aria-label={`Move down: “${quote}”`}
                    onClick={() => void move(entry, { by: 1 }, 'down')}
                  >
                    Move down
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Remove from collection: “${quote}”`}
                    onClick={() => void remove(entry)}
                  >
                    Remove
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
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
