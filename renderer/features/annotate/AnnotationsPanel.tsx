/**
 * The panel beside the reader: the document's annotations in reading order, filterable by
 * right, with rights and note editable in place, a note or a whole excerpt kept private (never
 * exported), delete with undo, and a jump to the passage.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useEffect, useRef, useState, type CSSProperties } from 'react';
import type { Annotation, Right } from '../../../shared/model';
import { db } from '../../db/database';
import {
  confirmAnchor,
  deleteAnnotation,
  restoreAnnotation,
  setAnnotationPrivacy,
  toggleAnnotationRight,
  updateAnnotation,
} from '../../db/annotations-repo';
import { useToast } from '../../ui/toast';
import { autosaveLabel, useAutosave } from '../../ui/use-autosave';
import { AddToCollectionButton } from '../../ui/AddToCollectionButton';
import { shortQuote } from '../../ui/quote-label';

interface AnnotationsPanelProps {
  readonly annotations: readonly Annotation[];
  readonly rights: readonly Right[];
  readonly documentText: string;
  /** How a passage is cited ("Art. 19(2)–(3)", "¶ 4"): the shared citation rule. */
  readonly cite: (annotation: Annotation) => string;
  readonly activeId: string | null;
  /** Set when the panel should move focus to this annotation's note (after "Add note"). */
  readonly noteFocusId: string | null;
  readonly onActivate: (id: string | null) => void;
  readonly onGoTo: (annotation: Annotation) => void;
}

/** Quotes longer than this are shortened in the panel; the reader shows them whole. */
const QUOTE_PREVIEW_LENGTH = 220;
/** A card's height before it is measured (quote, rights, note field, actions). */
const CARD_HEIGHT_ESTIMATE = 190;
/** Space between cards, in pixels: the margin `.annotation-list > li + li` sets in CSS. */
const CARD_GAP = 10;

function preview(quote: string): string {
  return quote.length > QUOTE_PREVIEW_LENGTH
    ? `${quote.slice(0, QUOTE_PREVIEW_LENGTH - 1)}…`
    : quote;
}

export function AnnotationsPanel(props: AnnotationsPanelProps) {
  const { annotations, rights, activeId } = props;
  const [filter, setFilter] = useState<string>('all');
  const shown = annotations.filter((a) => filter === 'all' || a.rightIds.includes(filter));
  const anchored = shown.filter((a) => a.status !== 'orphaned');
  const orphaned = shown.filter((a) => a.status === 'orphaned');

  // A long document can carry thousands of annotations: only the cards in view are rendered.
  const panelRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const virtualizer = useVirtualizer({
    count: anchored.length,
    getScrollElement: () => panelRef.current,
    estimateSize: () => CARD_HEIGHT_ESTIMATE,
    overscan: 4,
    gap: CARD_GAP,
    scrollMargin: listRef.current?.offsetTop ?? 0,
    getItemKey: (index) => anchored[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  const paddingTop = Math.max(0, (items[0]?.start ?? margin) - margin);
  const paddingBottom = Math.max(
    0,
    virtualizer.getTotalSize() - ((items.at(-1)?.end ?? margin) - margin),
  );

  const activeIndex = anchored.findIndex((a) => a.id === activeId);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  return (
    <aside ref={panelRef} className="annotations-panel" aria-labelledby="annotations-heading">
      <div className="panel-header">
        <h2 id="annotations-heading">
          Annotations <span className="count">{annotations.length}</span>
        </h2>
        <label className="panel-filter">
          <span className="visually-hidden">Filter annotations by right</span>
          <select value={filter} onChange={(event) => setFilter(event.target.value)}>
            <option value="all">All rights</option>
            {rights.map((right) => (
              <option key={right.id} value={right.id}>
                {right.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {annotations.length === 0 ? (
        <p className="panel-empty muted">
          Select a passage in the text, then choose a right to tag it (keys 1–9) or add a note.
        </p>
      ) : (
        <ol
          ref={listRef}
          className="annotation-list"
          aria-label="Annotations in reading order"
          style={{ paddingTop, paddingBottom }}
        >
          {items.map((item) => {
            const annotation = anchored[item.index];
            if (!annotation) return null;
            return (
              <AnnotationCard
                key={annotation.id}
                ref={virtualizer.measureElement}
                index={item.index}
                setSize={anchored.length}
                {...props}
                annotation={annotation}
                active={annotation.id === activeId}
              />
            );
          })}
        </ol>
      )}
      {orphaned.length > 0 && (
        <section aria-labelledby="orphans-heading" className="orphans">
          <h3 id="orphans-heading">Orphaned passages</h3>
          <p className="muted">
            These passages are no longer in the document. They are kept, with their notes, until you
            delete them.
          </p>
          <ol className="annotation-list">
            {orphaned.map((annotation, index) => (
              <AnnotationCard
                key={annotation.id}
                index={index}
                setSize={orphaned.length}
                {...props}
                annotation={annotation}
                active={annotation.id === activeId}
              />
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}

interface CardProps extends AnnotationsPanelProps {
  readonly annotation: Annotation;
  readonly active: boolean;
  /** Position in its list (lists are virtualised, so the set size is stated). */
  readonly index: number;
  readonly setSize: number;
}

const AnnotationCard = forwardRef<HTMLLIElement, CardProps>(function AnnotationCard(
  {
    annotation,
    rights,
    documentText,
    cite,
    active,
    noteFocusId,
    onActivate,
    onGoTo,
    index,
    setSize,
  },
  ref,
) {
  const toast = useToast();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const note = useAutosave(annotation.note, (value) =>
    updateAnnotation(db, annotation.id, { note: value }),
  );
  const shownRights = rights.filter((r) => !r.archived || annotation.rightIds.includes(r.id));

  useEffect(() => {
    if (noteFocusId === annotation.id) noteRef.current?.focus();
  }, [noteFocusId, annotation.id]);

  const remove = async () => {
    await deleteAnnotation(db, annotation.id);
    toast.show({
      message: 'Annotation deleted',
      undo: () => restoreAnnotation(db, annotation.id),
    });
  };

  const quoteLabel = preview(annotation.quote.exact);
  const place = cite(annotation);
  return (
    <li
      ref={ref}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={`annotation-card ${active ? 'active' : ''}`}
      aria-label={`Annotation on ${place}`}
      aria-current={active ? 'true' : undefined}
      onFocus={() => onActivate(annotation.id)}
    >
      <div className="card-meta">
        <span>{place}</span>
        {annotation.status === 'reanchored' && (
          <span
            className="status status-reanchored"
            title="The document changed; this passage was found again"
          >
            Re-anchored
          </span>
        )}
        {annotation.status === 'orphaned' && (
          <span className="status status-orphaned">Orphaned</span>
        )}
        {(annotation.privateExcerpt === true || annotation.privateNote === true) && (
          <span
            className="status status-private"
            title="Kept to yourself: never part of an export (backups keep it)"
          >
            {annotation.privateExcerpt === true ? 'Private excerpt' : 'Private note'}
          </span>
        )}
        {annotation.author && <span className="author">{annotation.author}</span>}
      </div>
      {annotation.status === 'orphaned' ? (
        <blockquote className="card-quote" dir="auto">
          {quoteLabel}
        </blockquote>
      ) : (
        <button
          type="button"
          className="card-quote"
          dir="auto"
          aria-label={`Go to passage: ${quoteLabel}`}
          onClick={() => onGoTo(annotation)}
        >
          {quoteLabel}
        </button>
      )}
      <div className="card-rights" role="group" aria-label="Rights">
        {shownRights.map((right) => (
          <button
            key={right.id}
            type="button"
            className="right-chip"
            aria-pressed={annotation.rightIds.includes(right.id)}
            style={{ '--chip': right.color } as CSSProperties}
            onClick={() => void toggleAnnotationRight(db, annotation.id, right.id)}
          >
            {right.name}
          </button>
        ))}
      </div>
      <label className="card-note">
        <span className="visually-hidden">Note</span>
        <textarea
          ref={noteRef}
          dir="auto"
          value={note.value}
          placeholder="Add a note…"
          rows={Math.min(8, Math.max(2, note.value.split('\n').length))}
          onChange={(event) => note.change(event.target.value)}
          onBlur={note.flush}
        />
      </label>
      <p className="save-status" role="status">
        {autosaveLabel(note.status)}
      </p>
      <fieldset className="card-privacy">
        <legend className="visually-hidden">What stays with you</legend>
        <label title="The note never leaves in a briefing or an exported collection">
          <input
            type="checkbox"
            checked={annotation.privateNote === true || annotation.privateExcerpt === true}
            disabled={annotation.privateExcerpt === true}
            onChange={(event) =>
              void setAnnotationPrivacy(db, annotation.id, { privateNote: event.target.checked })
            }
          />
          Keep note private
        </label>
        <label title="Neither the passage nor its note leaves in a briefing or an exported collection">
          <input
            type="checkbox"
            checked={annotation.privateExcerpt === true}
            onChange={(event) =>
              void setAnnotationPrivacy(db, annotation.id, { privateExcerpt: event.target.checked })
            }
          />
          Keep excerpt private
        </label>
      </fieldset>
      <div className="card-actions">
        <AddToCollectionButton
          annotationIds={[annotation.id]}
          label={`Add to collection: “${shortQuote(annotation.quote.exact)}”`}
          className=""
        />
        {annotation.status === 'reanchored' && (
          <button type="button" onClick={() => void confirmAnchor(db, annotation.id, documentText)}>
            Confirm position
          </button>
        )}
        <button
          type="button"
          className="danger"
          onClick={() => void remove()}
          onFocus={() => onActivate(annotation.id)}
        >
          Delete annotation
        </button>
      </div>
    </li>
  );
});
