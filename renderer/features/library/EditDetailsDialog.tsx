/** A dialog to correct a document's details; the library list updates live when saved. */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { LibraryDocument } from '../../../shared/model';
import { db } from '../../db/database';
import { updateDocumentMeta } from '../../db/documents-repo';
import { fieldsFromMeta, validateMeta, type MetaFields } from './document-meta-form';
import { Dialog } from '../../ui/Dialog';

interface EditDetailsDialogProps {
  readonly document: LibraryDocument;
  readonly onClose: () => void;
}

const FIELDS: readonly { key: keyof MetaFields; label: string; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'publisher', label: 'Publisher' },
  { key: 'year', label: 'Year' },
  { key: 'kind', label: 'Kind', hint: 'e.g. declaration, resolution, briefing' },
  { key: 'language', label: 'Language', hint: 'a language tag such as en or fr' },
];

export function EditDetailsDialog({ document: doc, onClose }: EditDetailsDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [fields, setFields] = useState<MetaFields>(() => fieldsFromMeta(doc));
  const [errors, setErrors] = useState<Partial<Record<keyof MetaFields, string>>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateMeta(fields, new Date().getFullYear());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    await updateDocumentMeta(db, doc.id, result.meta);
    onClose();
  };

  return (
    <Dialog
      dialogRef={dialogRef}
      className="edit-details"
      aria-labelledby={`${id}-heading`}
      onClose={onClose}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-heading`}>Details of “{doc.title}”</h2>
        {FIELDS.map((field) => (
          <div key={field.key} className="field">
            <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
            <input
              id={`${id}-${field.key}`}
              value={fields[field.key]}
              inputMode={field.key === 'year' ? 'numeric' : undefined}
              aria-invalid={errors[field.key] ? true : undefined}
              aria-describedby={
                errors[field.key] || field.hint ? `${id}-${field.key}-hint` : undefined
              }
              onChange={(event) => setFields({ ...fields, [field.key]: event.target.value })}
            />
            {(errors[field.key] ?? field.hint) && (
              <p
                id={`${id}-${field.key}-hint`}
                className={errors[field.key] ? 'field-error' : 'muted'}
              >
                {errors[field.key] ?? field.hint}
              </p>
            )}
          </div>
        ))}
        <p className="muted">
          From {doc.sourceName} · version {doc.version}
        </p>
        <div className="dialog-actions">
          <button type="submit">Save details</button>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
