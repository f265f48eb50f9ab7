/**
 * The fields of a right (name, colour, description, legal basis, aliases) with their
 * validation, used to add a right and to edit one in place.
 */
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Right } from '../../../shared/model';
import {
  hasErrors,
  validateRightDraft,
  type RightDraft,
  type RightDraftErrors,
} from './right-form';

interface RightFormProps {
  /** The form's accessible name ("Add a right", "Edit Privacy"). */
  readonly label: string;
  readonly initial: RightDraft;
  /** Every right, to keep names and aliases unique. */
  readonly rights: readonly Pick<Right, 'id' | 'name' | 'aliases'>[];
  /** The right being edited, which may keep its own name; null when adding. */
  readonly selfId: string | null;
  readonly submitLabel: string;
  /** Saves the draft; the form clears itself afterwards when `clearOnSubmit`. */
  readonly onSubmit: (draft: RightDraft) => Promise<void>;
  readonly onCancel?: () => void;
  readonly clearOnSubmit?: (saved: RightDraft) => RightDraft;
  readonly autoFocus?: boolean;
  readonly className?: string;
  /** Marks the name field so the view can put focus back on it. */
  readonly nameFocusKey?: string;
}

export function RightForm({
  label,
  initial,
  rights,
  selfId,
  submitLabel,
  onSubmit,
  onCancel,
  clearOnSubmit,
  autoFocus = false,
  className,
  nameFocusKey,
}: RightFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const colourRef = useRef<HTMLInputElement>(null);
  const aliasesRef = useRef<HTMLTextAreaElement>(null);

  // Errors show once the analyst tried to save, then follow their edits.
  const errors: RightDraftErrors = submitted ? validateRightDraft(draft, rights, selfId) : {};
  const set = (changes: Partial<RightDraft>) => setDraft((current) => ({ ...current, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const found = validateRightDraft(draft, rights, selfId);
    setSubmitted(true);
    if (hasErrors(found)) {
      if (found.name) nameRef.current?.focus();
      else if (found.color) colourRef.current?.focus();
      else aliasesRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSubmit(draft);
      if (clearOnSubmit) {
        setDraft(clearOnSubmit(draft));
        setSubmitted(false);
        nameRef.current?.focus();
      }
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      className={`right-form ${className ?? ''}`}
      aria-label={label}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
    >
      <div className="right-form-row">
        <label className="field right-form-name">
          <span className="field-label">Name</span>
          <input
            ref={nameRef}
            type="text"
            value={draft.name}
            required
            autoFocus={autoFocus}
            autoComplete="off"
            data-focus-key={nameFocusKey}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${id}-name-error` : undefined}
            onChange={(event) => set({ name: event.target.value })}
          />
        </label>
        <label className="field right-form-colour">
          <span className="field-label">Colour</span>
          <input
            ref={colourRef}
            type="color"
            value={draft.color}
            aria-invalid={errors.color ? true : undefined}
            aria-describedby={errors.color ? `${id}-colour-error` : undefined}
            onChange={(event) => set({ color: event.target.value })}
          />
        </label>
      </div>
      {errors.name && (
        <p className="field-error" id={`${id}-name-error`}>
          {errors.name}
        </p>
      )}
      {errors.color && (
        <p className="field-error" id={`${id}-colour-error`}>
          {errors.color}
        </p>
      )}
      <label className="field">
        <span className="field-label">Description</span>
        <textarea
          rows={2}
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">Legal basis</span>
        <input
          type="text"
          value={draft.legalBasis}
          placeholder="e.g. UDHR art. 2; ICCPR art. 26"
          autoComplete="off"
          onChange={(event) => set({ legalBasis: event.target.value })}
        />
      </label>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-aliases`}>
          Aliases
        </label>
        <textarea
          ref={aliasesRef}
          id={`${id}-aliases`}
          rows={2}
          value={draft.aliases}
          placeholder="e.g. FoE, libertad de expresión"
          aria-invalid={errors.aliases ? true : undefined}
          aria-describedby={`${id}-aliases-hint`}
          onChange={(event) => set({ aliases: event.target.value })}
        />
        <p
          id={`${id}-aliases-hint`}
          className={errors.aliases ? 'field-error' : 'muted field-hint'}
        >
          {errors.aliases ??
            'Other names a colleague’s tag may use for this right; imported files with those tags land on it. Separate with commas or new lines.'}
        </p>
      </div>
      <div className="right-form-actions">
        <button type="submit" className="button primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
