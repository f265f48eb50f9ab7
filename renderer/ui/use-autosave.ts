/**
 * Text the analyst types is saved as they type: shortly after the last keystroke, at once
 * when the field loses focus, and when the page is being hidden or closed. The status says
 * when the text is safely stored ("Saved"), so nobody closes the window on unsaved words.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** Saving waits this long after the last keystroke (a pause in typing), then writes. */
export const AUTOSAVE_DELAY_MS = 400;

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

interface Autosave {
  readonly value: string;
  readonly status: AutosaveStatus;
  /** Call from onChange. */
  readonly change: (value: string) => void;
  /** Call from onBlur: writes now if anything is pending. */
  readonly flush: () => void;
  /** Whether the field is being edited (changes from elsewhere do not overwrite it then). */
  readonly editing: boolean;
}

/**
 * Keeps a text field's value and saves it through `save`. `stored` is the value in the
 * database: when it changes from elsewhere (an undo, an import) and the analyst is not typing,
 * the field follows it.
 */
export function useAutosave(stored: string, save: (value: string) => Promise<unknown>): Autosave {
  const [value, setValue] = useState(stored);
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [editing, setEditing] = useState(false);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    pending.current = null;
    setEditing(false);
    if (text === null) return;
    setStatus('saving');
    saveRef.current(text).then(
      () => setStatus((current) => (current === 'saving' ? 'saved' : current)),
      (error: unknown) => {
        console.error('Rightsmark could not save your text', error);
        setStatus('failed');
      },
    );
  }, []);

  const change = useCallback(
    (next: string) => {
      setValue(next);
      setEditing(true);
      pending.current = next;
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  // Follow the stored value when it changes elsewhere and nothing typed here is waiting.
  useEffect(() => {
    if (pending.current === null && !editing) setValue(stored);
  }, [stored, editing]);

  // Closing or hiding the page writes what is pending straight away, and so does unmounting.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      flush();
    };
  }, [flush]);

  return { value, status, change, flush, editing };
}

/** The words shown beside a field for each status ('' for none). */
export function autosaveLabel(status: AutosaveStatus): string {
  switch (status) {
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'failed':
      return 'Not saved: storage refused the change. Copy your text and try again.';
    case 'idle':
      return '';
  }
}
