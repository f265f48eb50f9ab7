/**
 * "Export briefing PDF": opens the briefing dialog for a source (a collection, or the excerpts
 * view's current filter). The collections view and the excerpts view both mount it.
 */
import { useState } from 'react';
import { BriefingDialog } from './BriefingDialog';
import type { BriefingSource } from './briefing-source';

interface ExportBriefingButtonProps {
  readonly source: BriefingSource;
  /** Classes for the button, so it matches the view it sits in. */
  readonly className?: string;
  readonly disabled?: boolean;
}

export function ExportBriefingButton({ source, className, disabled }: ExportBriefingButtonProps) {
  // The source as it was when clicked: the dialog works on that selection even if the view's
  // filter changes behind it, and gets a stable object.
  const [opened, setOpened] = useState<BriefingSource | null>(null);
  return (
    <>
      <button
        type="button"
        className={className ?? 'button'}
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => setOpened(source)}
      >
        Export briefing PDF
      </button>
      {opened !== null && <BriefingDialog source={opened} onClose={() => setOpened(null)} />}
    </>
  );
}
