/**
 * The question an import asks when a file looks like a changed version of a document already in
 * the library: replace it as a new version (its annotations move to the new text, and any that
 * cannot be found are kept as orphans), add the file as a separate document, or skip it.
 */
import { useId, useRef, useState } from 'react';
import type { VersionChoice, VersionQuestion } from './import-pipeline';
import { Dialog } from '../../ui/Dialog';
import { ReplacePreview } from './ReplacePreview';

interface VersionDialogProps {
  readonly question: VersionQuestion;
  readonly onAnswer: (choice: VersionChoice) => void;
}

export function VersionDialog({ question, onAnswer }: VersionDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const answered = useRef(false);
  const [comparing, setComparing] = useState(false);
  const { candidate, fileName, imported } = question;

  const choose = (choice: VersionChoice) => {
    answered.current = true;
    onAnswer(choice);
  };

  const sameName = candidate.sourceName === imported.sourceName;
  return (
    <Dialog
      dialogRef={dialogRef}
      className={
        comparing ? 'modal-dialog version-dialog comparing' : 'modal-dialog version-dialog'
      }
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      // Escape closes the dialog: that answers "skip this file".
      onClose={() => {
        if (!answered.current) choose('skip');
      }}
    >
      <h2 id={`${id}-title`}>New version of “{candidate.title}”?</h2>
      <p id={`${id}-text`}>
        “{fileName}” has {sameName ? 'the same file name as' : 'the same title as'} “
        {candidate.title}” in the library, with different text. Replace it as version{' '}
        {candidate.version + 1}: its annotations move to the new text, and any that cannot be found
        are kept with their quotes. Or add the file as a separate document.
      </p>
      {comparing ? (
        <ReplacePreview docId={candidate.id} blocks={imported.blocks} />
      ) : (
        <p>
          <button type="button" className="button small" onClick={() => setComparing(true)}>
            Compare with the current version
          </button>
        </p>
      )}
      <div className="version-dialog-actions">
        <button
          type="button"
          className="button primary"
          autoFocus
          onClick={() => choose('replace')}
        >
          Replace with new version
        </button>
        <button type="button" className="button" onClick={() => choose('separate')}>
          Add as separate document
        </button>
        <button type="button" className="button" onClick={() => choose('skip')}>
          Skip this file
        </button>
      </div>
    </Dialog>
  );
}
