/** Edits a smart collection's saved filter: rights (any or all), documents, years, words. */
import { RightsMatchRadios } from '../../ui/RightsMatchRadios';
import { useId, useState, type FormEvent } from 'react';
import type { ExcerptFilter, LibraryDocument, Right } from '../../../shared/model';

interface SmartFilterEditorProps {
  readonly filter: ExcerptFilter;
  readonly rights: readonly Right[];
  readonly documents: readonly Pick<LibraryDocument, 'id' | 'title' | 'year'>[];
  readonly onSave: (filter: ExcerptFilter) => Promise<void>;
}

function yearOf(value: string): number | null {
  const year = Number.parseInt(value, 10);
  return Number.isFinite(year) ? year : null;
}

export function SmartFilterEditor({ filter, rights, documents, onSave }: SmartFilterEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState(filter);
  const [saved, setSaved] = useState(false);
  const changed = JSON.stringify(draft) !== JSON.stringify(filter);
  const set = (changes: Partial<ExcerptFilter>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...changes }));
  };
  const toggle = (list: readonly string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onSave(draft);
    setSaved(true);
  };

  return (
    <form
      className="smart-filter"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={`${id}-title`}>Smart filter</h2>
      <p className="muted smart-filter-intro">
        This collection lists every excerpt that matches, and stays current as you annotate.
      </p>
      <div className="smart-filter-grid">
        <fieldset>
          <legend>Rights</legend>
          {rights.map((right) => (
            <label key={right.id} className="smart-check">
              <input
                type="checkbox"
                checked={draft.rightIds.includes(right.id)}
                onChange={(event) =>
                  set({ rightIds: toggle(draft.rightIds, right.id, event.target.checked) })
                }
              />
              <span
                className="swatch"
                style={{ backgroundColor: right.color }}
                aria-hidden="true"
              />
              {right.name}
            </label>
          ))}
          <div className="smart-match" role="radiogroup" aria-label="Match rights">
            <RightsMatchRadios
              name={`${id}-match`}
              value={draft.rightsMatch}
              onChange={(rightsMatch) => set({ rightsMatch })}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Documents</legend>
          <div className="smart-documents">
            {documents.map((doc) => (
              <label key={doc.id} className="smart-check">
                <input
                  type="checkbox"
                  checked={draft.docIds.includes(doc.id)}
                  onChange={(event) =>
                    set({ docIds: toggle(draft.docIds, doc.id, event.target.checked) })
                  }
                />
                <span className="smart-doc-title">{doc.title}</span>
                {doc.year !== null && <span className="muted"> {doc.year}</span>}
              </label>
            ))}
          </div>
          <p className="muted smart-hint">None ticked: every document.</p>
        </fieldset>
        <fieldset>
          <legend>Published</legend>
          <label className="smart-field">
            From year
            <input
              type="number"
              inputMode="numeric"
              value={draft.yearFrom ?? ''}
              onChange={(event) => set({ yearFrom: yearOf(event.target.value) })}
            />
          </label>
          <label className="smart-field">
            To year
            <input
              type="number"
              inputMode="numeric"
              value={draft.yearTo ?? ''}
              onChange={(event) => set({ yearTo: yearOf(event.target.value) })}
            />
          </label>
          <label className="smart-field">
            Words in quote or note
            <input
              type="search"
              value={draft.text}
              onChange={(event) => set({ text: event.target.value })}
            />
          </label>
        </fieldset>
      </div>
      <div className="collection-form-actions">
        <button type="submit" className="button primary" disabled={!changed}>
          Save filter
        </button>
        {changed && (
          <button type="button" className="button" onClick={() => setDraft(filter)}>
            Undo changes
          </button>
        )}
        <span className="muted" role="status">
          {saved && !changed ? 'Filter saved' : ''}
        </span>
      </div>
    </form>
  );
}
