/** A collection's name (required, with its error) and description: the create and edit forms share them. */
import type { Ref } from 'react';

interface CollectionFieldsProps {
  /** Prefix for the error's id. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly error: string | null;
  readonly onName: (name: string) => void;
  readonly onDescription: (description: string) => void;
  readonly nameRef?: Ref<HTMLInputElement>;
}

export function CollectionFields({
  id,
  name,
  description,
  error,
  onName,
  onDescription,
  nameRef,
}: CollectionFieldsProps) {
  return (
    <>
      <label className="collection-field">
        <span className="collection-field-label">Name</span>
        <input
          ref={nameRef}
          type="text"
          value={name}
          // Both forms open on request: the name is what the analyst came to type.
          autoFocus
          aria-invalid={error !== null}
          aria-describedby={error === null ? undefined : `${id}-error`}
          onChange={(event) => onName(event.target.value)}
        />
      </label>
      {error !== null && (
        <p id={`${id}-error`} className="collection-field-error">
          {error}
        </p>
      )}
      <label className="collection-field">
        <span className="collection-field-label">Description</span>
        <textarea
          value={description}
          rows={2}
          onChange={(event) => onDescription(event.target.value)}
        />
      </label>
    </>
  );
}
