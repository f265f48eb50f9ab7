/**
 * The panel beside the reader: the document's annotations in reading order, filterable by
 * right, with rights and note editable in place, delete with undo, and a jump to the passage.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { paragraphNumber, type Annotation, type Right } from '../../../shared/model';
import { db } from '../../db/database';
import {
  confirmAnchor,
  deleteAnnotation,
  restoreAnnotation,
  toggleAnnotationRight,
  updateAnnotation,
} from '../../db/annotations-repo';
import { useToast } from '../../ui/toast';
import { AddToCollectionButton } from '../collections/AddToCollectionButton';
import { shortQuote } from '../collections/quote-label';

interface AnnotationsPanelProps {
  readonly annotations: readonly Annotation[];
  readonly rights: readonly Right[];
  readonly documentText: string;
  readonly activeId: string | null;
  /** Set when the panel should move focus to this annotation's note (after "Add note"). */
  readonly noteFocusId: string | null;
  readonly onActivate: (id: string | null) => void;
  readonly onGoTo: (annotation: Annotation) => void;
}

/** Quotes longer than this are shortened in the panel; the reader shows them whole. */
const QUOTE_PREVIEW_LENGTH = 220;
/** Notes are saved this long after the last keystroke, and at once when the field loses focus. */
const NOTE_SAVE_DELAY_MS = 400;

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

  return (
    <aside className="annotations-panel" aria-labelledby="annotations-heading">
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
        <ol className="annotation-list" aria-label="Annotations in reading order">
          {anchored.map((annotation) => (
            <AnnotationCard
              key={annotation.id}
              {...props}
              annotation={annotation}
              active={annotation.id === activeId}
            />
          ))}
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
            {orphaned.map((annotation) => (
              <AnnotationCard
                key={annotation.id}
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
}

function AnnotationCard({
  annotation,
  rights,
  documentText,
  active,
  noteFocusId,
  onActivate,
  onGoTo,
}: CardProps) {
  const toast = useToast();
  const cardRef = useRef<HTMLLIElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState(annotation.note);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const shownRights = rights.filter((r) => !r.archived || annotation.rightIds.includes(r.id));

  // A change made elsewhere (another view, an undo) shows here unless the analyst is typing.
  useEffect(() => {
    if (document.activeElement !== noteRef.current) setNote(annotation.note);
  }, [annotation.note]);

  useEffect(() => {
    if (active) cardRef.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  useEffect(() => {
    if (noteFocusId === annotation.id) noteRef.current?.focus();
  }, [noteFocusId, annotation.id]);

  const saveNote = (value: string) => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    if (value !== annotation.note) void updateAnnotation(db, annotation.id, { note: value });
  };

  const remove = async () => {
    await deleteAnnotation(db, annotation.id);
    toast.show({
      message: 'Annotation deleted',
      undo: () => restoreAnnotation(db, annotation.id),
    });
  };

  const quoteLabel = preview(annotation.quote.exact);
  return (
    <li
      ref={cardRef}
      className={`annotation-card ${active ? 'active' : ''}`}
      aria-label={`Annotation on ¶ ${paragraphNumber({ index: annotation.blockIndex })}`}
      aria-current={active ? 'true' : undefined}
      onFocus={() => onActivate(annotation.id)}
    >
      <div className="card-meta">
        <span>¶ {paragraphNumber({ index: annotation.blockIndex })}</span>
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
        {annotation.author && <span className="author">{annotation.author}</span>}
      </div>
      {annotation.status === 'orphaned' ? (
        <blockquote className="card-quote">{quoteLabel}</blockquote>
      ) : (
        <button
          type="button"
          className="card-quote"
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
          value={note}
          placeholder="Add a note…"
          rows={Math.min(8, Math.max(2, note.split('\n').length))}
          onChange={(event) => {
            const value = event.target.value;
            setNote(value);
            if (saveTimer.current) clearTimeout(saveTimer.current);
            saveTimer.current = setTimeout(() => saveNote(value), NOTE_SAVE_DELAY_MS);
          }}
          onBlur={() => saveNote(note)}
        />
      </label>
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
}
