/**
 * Toasts: short messages at the foot of the window, announced to screen readers, optionally with
 * an action such as "Undo". Ctrl+Z (Cmd+Z) runs the newest toast's undo action.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

export interface ToastOptions {
  readonly message: string;
  /** An undo action; the toast shows an "Undo" button and Ctrl+Z runs it. */
  readonly undo?: () => void | Promise<void>;
  readonly tone?: 'info' | 'error';
}

interface ToastEntry extends ToastOptions {
  readonly id: number;
}

interface ToastApi {
  show(options: ToastOptions): void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** How long a toast stays: long enough to read it and reach "Undo". */
const TOAST_MILLISECONDS = 8000;

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** At most this many toasts at once; older ones give way. */
const MAX_TOASTS = 3;

/**
 * The toasts that stay when a new one arrives: a plain confirmation ("Saved", "Copied")
 * replaces earlier plain confirmations, so repeated actions do not stack them up; toasts with
 * an Undo stay (until the limit) because their action is still useful, and errors stay.
 */
function keptBeside(list: readonly ToastEntry[], incoming: ToastOptions): ToastEntry[] {
  const kept = list.filter(
    (t) => t.message !== incoming.message && (t.undo !== undefined || t.tone === 'error'),
  );
  return kept.slice(-(MAX_TOASTS - 1));
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);

  const show = useCallback(
    (options: ToastOptions) => {
      const id = nextId.current++;
      setToasts((list) => [...keptBeside(list, options), { ...options, id }]);
      setTimeout(() => dismiss(id), TOAST_MILLISECONDS);
    },
    [dismiss],
  );

  const runUndo = useCallback(
    (toast: ToastEntry) => {
      dismiss(toast.id);
      void toast.undo?.();
    },
    [dismiss],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey)
        return;
      if (isEditable(event.target)) return;
      const newest = [...toasts].reverse().find((t) => t.undo);
      if (!newest) return;
      event.preventDefault();
      runUndo(newest);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [toasts, runUndo]);

  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`}>
            <span>{toast.message}</span>
            {toast.undo && (
              <button type="button" onClick={() => runUndo(toast)}>
                Undo
              </button>
            )}
            <button
              type="button"
              aria-label="Dismiss"
              className="toast-close"
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>');
  return api;
}
