/**
 * The export options: format, the analysts' notes, the documents' full texts (Rightsmark
 * format only) and how Markdown groups its excerpts; then the platform's save dialog.
 */
import { useId, useRef, useState } from 'react';
import { usePlatform } from '../../app/platform-context';
import { useToast } from '../../ui/toast';
import { exportCollectionToFile } from './export-actions';
import {
  DEFAULT_EXPORT_CHOICES,
  EXPORT_FORMATS,
  type CollectionExportChoices,
  type ExportFormat,
} from './export-file';
import { messageOf } from '../../ui/message-of';
import { Dialog } from '../../ui/Dialog';

interface ExportDialogProps {
  readonly collectionId: string;
  readonly collectionName: string;
  readonly onClose: () => void;
}

const FORMAT_ORDER: readonly ExportFormat[] = ['rightsmark', 'csv', 'markdown', 'qdpx', 'qdc'];

export function ExportDialog({ collectionId, collectionName, onClose }: ExportDialogProps) {
  const id = useId();
  const platform = usePlatform();
  const toast = useToast();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [choices, setChoices] = useState<CollectionExportChoices>(DEFAULT_EXPORT_CHOICES);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = (changes: Partial<CollectionExportChoices>) =>
    setChoices((current) => ({ ...current, ...changes }));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await exportCollectionToFile(platform, collectionId, choices);
      if (saved !== null) {
        toast.show({ message: `Exported “${collectionName}” as ${saved.name}` });
        dialogRef.current?.close();
      }
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };

  const notesApply = choices.format !== 'qdc';
  return (
    <Dialog
      dialogRef={dialogRef}
      className="collection-dialog export-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={`${id}-title`}>Export “{collectionName}”</h2>
        <fieldset className="export-formats">
          <legend>Format</legend>
          {FORMAT_ORDER.map((format) => (
            <label key={format} className="export-format">
              <input
                type="radio"
                name={`${id}-format`}
                value={format}
                checked={choices.format === format}
                aria-describedby={`${id}-${format}-hint`}
                onChange={() => set({ format })}
              />
              <span>
                <span className="export-format-label">{EXPORT_FORMATS[format].label}</span>
                <span id={`${id}-${format}-hint`} className="export-format-hint muted">
                  {EXPORT_FORMATS[format].hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="export-options">
          <legend>Include</legend>
          <label>
            <input
              type="checkbox"
              checked={notesApply && choices.includeNotes}
              disabled={!notesApply}
              onChange={(event) => set({ includeNotes: event.target.checked })}
            />
            Analysts’ notes
          </label>
          <label>
            <input
              type="checkbox"
              checked={choices.format === 'rightsmark' && choices.includeSourceTexts}
              disabled={choices.format !== 'rightsmark'}
              aria-describedby={`${id}-texts-hint`}
              onChange={(event) => set({ includeSourceTexts: event.target.checked })}
            />
            Full source texts
          </label>
          <p id={`${id}-texts-hint`} className="muted export-note">
            Rightsmark format only. With the texts, the receiver can add documents they lack and
            place every excerpt exactly.
          </p>
          <label className="export-group">
            Group Markdown by
            <select
              value={choices.markdownGroupBy}
              disabled={choices.format !== 'markdown'}
              onChange={(event) => {
                const value = event.target.value;
                set({
                  markdownGroupBy: value === 'document' || value === 'collection' ? value : 'right',
                });
              }}
            >
              <option value="right">Right</option>
              <option value="document">Document</option>
              <option value="collection">Collection order (no grouping)</option>
            </select>
          </label>
        </fieldset>
        {error !== null && (
          <p className="collection-field-error" role="alert">
            {error}
          </p>
        )}
        <div className="collection-form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
