/**
 * The briefing PDF dialog: the cover's details, which rights, how excerpts are grouped and what
 * to include; a live preview of the pages (rebuilt a moment after each change, with progress
 * and Cancel); and "Save PDF", which opens the "What will leave" review (its switches rebuild
 * the preview) and then saves exactly the previewed bytes through the platform. This file reads
 * what the dialog needs and says why there is nothing to brief; BriefingEditor does the rest
 * (BriefingChoices the form, PreviewStatus the line above the pages).
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { usePlatform } from '../../app/platform-context';
import { db } from '../../db/database';
import { systemEnvironment } from '../../platform/environment';
import { Dialog } from '../../ui/Dialog';
import { messageOf } from '../../ui/message-of';
import { loadDisclosure } from '../disclosure';
import { LeftOutNotice } from '../trash';
import { BriefingEditor, type BriefingSetup } from './BriefingEditor';
import { initialForm, loadBriefingPreferences } from './briefing-preferences';
import { loadBriefingMaterial, type BriefingSource } from './briefing-source';
import './briefing.css';

interface BriefingDialogProps {
  readonly source: BriefingSource;
  readonly onClose: () => void;
}

export function BriefingDialog({ source, onClose }: BriefingDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const platform = usePlatform();
  const [setup, setSetup] = useState<BriefingSetup | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Restoring a left-out excerpt from the Trash reads the material again, to include it.
  const [readCount, setReadCount] = useState(0);
  const reread = useCallback(() => setReadCount((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    const now = new Date();
    Promise.all([
      loadBriefingMaterial(db, source, systemEnvironment),
      loadBriefingPreferences(db),
      platform.appVersion(),
      loadDisclosure(db, 'briefing'),
    ]).then(
      ([material, { preferences, analystName }, appVersion, disclosure]) => {
        if (!current) return;
        const form = initialForm(material, preferences, analystName, now);
        const remembered = form.options.selectedRightIds;
        const all = material.rights.map(({ right }) => right.id);
        setSetup({
          material,
          form,
          checkedRightIds: remembered.length > 0 ? remembered : all,
          appVersion,
          now,
          disclosure,
        });
      },
      (error: unknown) => {
        if (current) setLoadError(messageOf(error));
      },
    );
    return () => {
      current = false;
    };
  }, [source, platform, readCount]);

  return (
    <Dialog
      dialogRef={dialogRef}
      className="briefing-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>Briefing PDF</h2>
      {loadError !== null ? (
        <DialogMessage onClose={() => dialogRef.current?.close()}>
          <p role="alert">The excerpts could not be read: {loadError}</p>
        </DialogMessage>
      ) : setup === null ? (
        <p className="briefing-message muted">Reading the excerpts…</p>
      ) : setup.material.excerpts.length === 0 ? (
        <DialogMessage onClose={() => dialogRef.current?.close()}>
          <p className="briefing-empty">
            There are no excerpts to put in a briefing.{' '}
            {source.kind === 'filter'
              ? 'No excerpt matches the current filters: change or clear them, then export again.'
              : setup.material.leftOut.length > 0
                ? 'Every excerpt of this collection is in the Trash.'
                : 'This collection holds no excerpts yet: add some, then export again.'}
          </p>
          <LeftOutNotice leftOut={setup.material.leftOut} onRestored={reread} />
        </DialogMessage>
      ) : (
        <BriefingEditor
          key={readCount}
          setup={setup}
          onDone={() => dialogRef.current?.close()}
          onRestored={reread}
        />
      )}
    </Dialog>
  );
}

function DialogMessage({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  return (
    <>
      {children}
      <div className="briefing-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
