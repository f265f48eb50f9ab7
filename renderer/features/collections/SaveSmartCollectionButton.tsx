/**
 * "Save filter as smart collection" for the excerpts view: names the current filter and saves
 * it as a collection that lists whatever matches it, now and later.
 */
import { useId, useRef, useState, type FormEvent, type ToggleEvent } from 'react';
import { useLocation } from 'wouter';
import { createCollection } from '../../db/collections-repo';
import { db } from '../../db/database';
import { useToast } from '../../ui/toast';
import type { ExcerptQuery } from '../../../shared/model/excerpt-filter';
import { filterFromQuery } from '../../../shared/model/smart-filter';
import './collections.css';
import { messageOf } from '../../ui/message-of';

export function SaveSmartCollectionButton({ query }: { query: ExcerptQuery }) {
  const id = useId();
  const popoverId = `${id}-popover`;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const [, navigate] = useLocation();
  const { filter, dropped } = filterFromQuery(query);

  const onToggle = (event: ToggleEvent<HTMLDivElement>) => {
    const isOpen = event.newState === 'open';
    setOpen(isOpen);
    const popover = popoverRef.current;
    const button = buttonRef.current;
    if (!isOpen || !popover || !button) return;
    const rect = button.getBoundingClientRect();
    popover.style.top = `${rect.bottom + 4}px`;
    popover.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - 328))}px`;
    inputRef.current?.focus();
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await createCollection(db, { name, filter });
      popoverRef.current?.hidePopover();
      setName('');
      setError(null);
      toast.show({ message: `Smart collection “${created.name}” saved` });
      navigate(`/collections/${encodeURIComponent(created.id)}`);
    } catch (caught) {
      setError(messageOf(caught));
    }
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        popoverTarget={popoverId}
      >
        Save filter as smart collection
      </button>
      <div
        ref={popoverRef}
        id={popoverId}
        popover="auto"
        role="dialog"
        aria-label="Save filter as smart collection"
        className="collection-popover smart-save"
        onToggle={onToggle}
      >
        <form onSubmit={(event) => void save(event)}>
          <p className="collection-popover-title">
            A smart collection lists every excerpt that matches the filter, and stays current.
          </p>
          <label className="collection-field">
            <span className="collection-field-label">Name</span>
            <input
              ref={inputRef}
              type="text"
              value={name}
              aria-invalid={error !== null}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          {error !== null && <p className="collection-field-error">{error}</p>}
          {dropped.length > 0 && (
            <p className="muted smart-hint">
              The {dropped.join(' and ')} filter is not saved: smart collections select by rights,
              documents, years and words.
            </p>
          )}
          <div className="collection-form-actions">
            <button type="submit" className="button primary">
              Save smart collection
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
