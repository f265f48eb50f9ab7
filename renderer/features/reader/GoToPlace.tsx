/**
 * The reader's "Go to" field: type a place in the document's own numbering ("art 19(3)",
 * "OP 5", "PP 3", "para 23"), a page ("p. 4") or a paragraph ("¶ 4") and the reader jumps to
 * it. Key G focuses it.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { StoredBlock } from '../../../shared/model';
import { blocksAt, formatRef, readRefQuery } from '../../../shared/structure';

interface GoToPlaceProps {
  readonly blocks: readonly StoredBlock[];
  /** Moves the reader to a block (0-based index). */
  readonly onGo: (index: number) => void;
}

/** True when a key press is typing into a field, not a reader command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function GoToPlace({ blocks, onGo }: GoToPlaceProps) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'g' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || event.defaultPrevented) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ref = readRefQuery(value);
    if (ref === null) {
      setMessage('Type a place such as Art. 19(3), OP 5, PP 3, para. 23, ¶ 4 or p. 2.');
      return;
    }
    const first = blocksAt(blocks, ref)[0];
    if (first === undefined) {
      setMessage(`This document has no ${formatRef(ref)}.`);
      return;
    }
    setMessage('');
    onGo(first);
  };

  return (
    <form className="go-to-place" role="search" aria-label="Go to a place" onSubmit={submit}>
      <label htmlFor={inputId}>Go to</label>
      <input
        id={inputId}
        ref={inputRef}
        type="text"
        value={value}
        placeholder="Art. 19(3), OP 5, ¶ 4, p. 2"
        aria-keyshortcuts="G"
        aria-describedby={`${inputId}-message`}
        onChange={(event) => {
          setValue(event.target.value);
          setMessage('');
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setValue('');
            setMessage('');
            event.currentTarget.blur();
          }
        }}
      />
      <span id={`${inputId}-message`} className="go-to-message muted" role="status">
        {message}
      </span>
    </form>
  );
}
