/**
 * The export options: format and how Markdown groups its excerpts; then the "What will leave"
 * review (notes, comments, authors, source texts, remembered per format), then the platform's
 * save dialog.
 */
import { useId, useMemo, useRef, useState } from 'react';
import {
  subjectOfExportInput,
  type DisclosureOptions,
  type ExportKind,
} from '../../../shared/disclosure';
import type { GatheredExport } from '../../db/collections-repo';
import { usePlatform } from '../../app/platform-context';
import { db } from '../../db/database';
import { Dialog } from '../../ui/Dialog';
import { messageOf } from '../../ui/message-of';
import { useToast } from '../../ui/toast';
import { WhatWillLeaveDialog, loadDisclosure, saveDisclosure } from '../disclosure';
import { LeftOutNotice } from '../trash';
import { loadCollectionExport, saveCollectionExport } from './export-actions';
import {
  DEFAULT_EXPORT_CHOICES,
  EXPORT_FORMATS,
  type CollectionExportChoices,
  type ExportFormat,
} from './export-file';

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
  /** The review, once the collection is read: what it is made of and the switches. */
  const [review, setReview] = useState<{
    readonly input: GatheredExport;
    readonly options: DisclosureOptions;
  } | null>(null);
  const subject = useMemo(() => (review ? subjectOfExportInput(review.input) : null), [review]);
  const set = (changes: Partial<CollectionExportChoices>) =>
    setChoices((current) => ({ ...current, ...changes }));

  const openReview = async () => {
    setBusy(true);
    setError(null);
    try {
      const kind: ExportKind = choices.format;
      const [input, options] = await Promise.all([
        loadCollectionExport(collectionId),
        loadDisclosure(db, kind),
      ]);
      setReview({ input, options });
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };

  /** Something left out was restored from the Trash: read the collection again to include it. */
  const reread = async () => {
    try {
      const input = await loadCollectionExport(collectionId);
      setReview((current) => (current === null ? null : { ...current, input }));
    } catch (caught) {
      setReview(null);
      setError(messageOf(caught));
    }
  };

  const save = async () => {
    if (review === null) return;
    setBusy(true);
    setError(null);
    try {
      await saveDisclosure(db, choices.format, review.options);
      const saved = await saveCollectionExport(platform, review.input, choices, review.options);
      if (saved !== null) {
        toast.show({ message: `Exported “${collectionName}” as ${saved.name}` });
        setReview(null);
        dialogRef.current?.close();
      }
    } catch (caught) {
      setReview(null);
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };

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
          void openReview();
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
          <legend>Options</legend>
          <p className="muted export-note">
            Next you review what will leave: notes, comments, authors and source texts.
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
            {busy ? 'Reading…' : 'Export'}
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
      {review !== null && subject !== null && (
        <WhatWillLeaveDialog
          kind={choices.format}
          subject={subject}
          options={review.options}
          onChange={(options) => setReview({ ...review, options })}
          confirmLabel="Export"
          waiting={busy ? 'Exporting…' : null}
          onConfirm={() => void save()}
          onCancel={() => setReview(null)}
        >
          <LeftOutNotice leftOut={review.input.leftOut} onRestored={() => void reread()} />
        </WhatWillLeaveDialog>
      )}
    </Dialog>
  );
}
