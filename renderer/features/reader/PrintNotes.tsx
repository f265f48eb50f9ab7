/**
 * What a printed document carries after its text: every annotation in reading order with its
 * paragraph, quote, rights and note, so the highlights on paper can be read with their notes.
 * Shown only in print (the screen has the annotations panel).
 */
import type { Annotation, Right } from '../../../shared/model';

interface PrintNotesProps {
  readonly annotations: readonly Annotation[];
  readonly rights: readonly Right[];
}

export function PrintNotes({ annotations, rights }: PrintNotesProps) {
  const placed = annotations
    .filter((a) => a.status !== 'orphaned')
    .sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end);
  if (placed.length === 0) return null;
  const names = new Map(rights.map((r) => [r.id, r]));
  return (
    <section className="print-notes" aria-labelledby="print-notes-heading">
      <h2 id="print-notes-heading">Highlights and notes</h2>
      <ol>
        {placed.map((annotation) => (
          <li key={annotation.id}>
            <p className="print-note-where">
              ¶ {annotation.blockIndex + 1}
              {annotation.rightIds.map((id) => {
                const right = names.get(id);
                return right ? (
                  <span key={id} className="print-note-right">
                    <span
                      className="swatch"
                      style={{ background: right.color }}
                      aria-hidden="true"
                    />
                    {right.name}
                  </span>
                ) : null;
              })}
              {annotation.privateNote || annotation.privateExcerpt ? (
                <span className="print-note-private">private</span>
              ) : null}
            </p>
            <blockquote dir="auto">{annotation.quote.exact}</blockquote>
            {annotation.note.trim() !== '' && (
              <p className="print-note-text" dir="auto">
                {annotation.note}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
