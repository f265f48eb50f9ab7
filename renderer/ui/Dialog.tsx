/**
 * A modal dialog: the native <dialog>, shown with showModal() as it mounts, so it traps focus,
 * makes the page behind it inert and closes on Escape. Unmounting removes it from the page,
 * which closes it: no cleanup is needed.
 */
import { useEffect, useRef, type ComponentPropsWithoutRef, type RefObject } from 'react';

export interface DialogProps extends ComponentPropsWithoutRef<'dialog'> {
  /** To close the dialog from inside (`dialogRef.current?.close()`), which fires onClose. */
  readonly dialogRef?: RefObject<HTMLDialogElement | null>;
}

export function Dialog({ dialogRef, ...props }: DialogProps) {
  const ownRef = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? ownRef;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, [ref]);
  return <dialog ref={ref} {...props} />;
}
