/**
 * "Add to collection": a button that opens a small popover listing the analyst's collections
 * (smart ones excluded: they choose their own excerpts) and a field to create one. Used by the
 * reader's panel, the excerpts view and search results.
 */
import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type RefObject,
  type ToggleEvent,
} from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addToCollection, createCollection, listCollections } from '../db/collections-repo';
import { db } from '../db/database';
import { useToast } from './toast';
import { messageOf } from './message-of';

interface AddToCollectionButtonProps {
  /** The excerpts (annotation ids) to add, in order. */
  readonly annotationIds: readonly string[];
  /** The button's accessible name, e.g. `Add to collection: “quote…”`. */
  readonly label: string;
  /** The button's visible text. */
  readonly text?: string;
  readonly className?: string;
  readonly disabled?: boolean;
}

/** How far below its button the popover opens, in pixels. */
const POPOVER_GAP = 4;
/** The popover's width in pixels (matches collections.css), to keep it inside the window. */
const POPOVER_WIDTH = 300;

function excerpts(count: number): string {
  return `${count} ${count === 1 ? 'excerpt' : 'excerpts'}`;
}

export function AddToCollectionButton({
  annotationIds,
  label,
  text = 'Add to collection',
  className = 'button small',
  disabled = false,
}: AddToCollectionButtonProps) {
  const id = useId();
  const popoverId = `${id}-popover`;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  const close = () => {
    popoverRef.current?.hidePopover();
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-label={label}
        aria-expanded={open}
        aria-haspopup="dialog"
        popoverTarget={popoverId}
        disabled={disabled || annotationIds.length === 0}
      >
        {text}
      </button>
      <div
        ref={popoverRef}
        id={popoverId}
        popover="auto"
        role="dialog"
        aria-label={label}
        className="collection-popover"
        onToggle={(event: ToggleEvent<HTMLDivElement>) => setOpen(event.newState === 'open')}
      >
        {/* Mounted only while open: each button would otherwise keep a live query running. */}
        {open && (
          <CollectionChooser
            annotationIds={annotationIds}
            buttonRef={buttonRef}
            popoverRef={popoverRef}
            onDone={close}
          />
        )}
      </div>
    </>
  );
}

interface CollectionChooserProps {
  readonly annotationIds: readonly string[];
  readonly buttonRef: RefObject<HTMLButtonElement | null>;
  readonly popoverRef: RefObject<HTMLDivElement | null>;
  readonly onDone: () => void;
}

function CollectionChooser({
  annotationIds,
  buttonRef,
  popoverRef,
  onDone,
}: CollectionChooserProps) {
  const [newName, setNewName] = useState('');
  const toast = useToast();
  const collections = useLiveQuery(() => listCollections(db), []);
  const choices = (collections ?? []).filter((c) => c.collection.filter === null);
  const loaded = collections !== undefined;

  // Placed under its button (the top layer ignores the button's scroll containers), above it
  // when there is no room below; focus moves into it once its choices are there.
  useLayoutEffect(() => {
    const popover = popoverRef.current;
    const button = buttonRef.current;
    if (!popover || !button) return;
    const rect = button.getBoundingClientRect();
    const left = Math.max(
      8,
      Math.min(rect.right - POPOVER_WIDTH, window.innerWidth - POPOVER_WIDTH - 8),
    );
    const below = rect.bottom + POPOVER_GAP;
    const fitsBelow = below + popover.offsetHeight < window.innerHeight - 8;
    popover.style.left = `${left}px`;
    popover.style.top = `${
      fitsBelow ? below : Math.max(8, rect.top - popover.offsetHeight - POPOVER_GAP)
    }px`;
    if (loaded) popover.querySelector<HTMLElement>('button:not(:disabled), input')?.focus();
  }, [buttonRef, popoverRef, loaded]);

  const addTo = async (collectionId: string, name: string) => {
    try {
      const added = await addToCollection(db, collectionId, annotationIds);
      toast.show({
        message: added === 0 ? `Already in “${name}”` : `Added ${excerpts(added)} to “${name}”`,
      });
      onDone();
    } catch (error) {
      toast.show({
        message: messageOf(error),
        tone: 'error',
      });
    }
  };

  const createAndAdd = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await createCollection(db, { name: newName });
      setNewName('');
      await addTo(created.id, created.name);
    } catch (error) {
      toast.show({
        message: messageOf(error),
        tone: 'error',
      });
    }
  };

  return (
    <>
      <p className="collection-popover-title">Add {excerpts(annotationIds.length)} to…</p>
      {!loaded ? (
        <p className="muted">Loading…</p>
      ) : choices.length === 0 ? (
        <p className="muted">No collections yet: name one below.</p>
      ) : (
        <ul className="collection-choices">
          {choices.map(({ collection }) => {
            const present = new Set(collection.items.map((i) => i.annotationId));
            const all = annotationIds.every((a) => present.has(a));
            return (
              <li key={collection.id}>
                <button
                  type="button"
                  disabled={all}
                  onClick={() => void addTo(collection.id, collection.name)}
                >
                  <span className="collection-choice-name">{collection.name}</span>
                  {all && <span className="muted"> (already in)</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="collection-new" onSubmit={(event) => void createAndAdd(event)}>
        <label>
          <span className="visually-hidden">New collection name</span>
          <input
            type="text"
            value={newName}
            placeholder="New collection…"
            onChange={(event) => setNewName(event.target.value)}
          />
        </label>
        <button type="submit" disabled={newName.trim() === ''}>
          Create and add
        </button>
      </form>
    </>
  );
}
