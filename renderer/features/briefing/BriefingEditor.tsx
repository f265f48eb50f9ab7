/**
 * The briefing dialog's editor: it keeps the form, composes the engine's input from it, builds
 * the live preview (a moment after each change, with progress and Cancel), remembers the
 * choices, and saves exactly the previewed bytes after the "What will leave" review.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BriefingOptions } from '../../../shared/briefing';
import type { CollectionBriefingField } from '../../../shared/model';
import {
  argumentPartsOf,
  subjectOfExportInput,
  type DisclosureOptions,
  type DisclosureSubject,
} from '../../../shared/disclosure';
import { usePlatform } from '../../app/platform-context';
import { saveCollectionBriefing } from '../../db/collections-repo';
import { db } from '../../db/database';
import { messageOf } from '../../ui/message-of';
import { useToast } from '../../ui/toast';
import { WhatWillLeaveDialog, saveDisclosure } from '../disclosure';
import { describeLeftOut } from '../trash';
import { BriefingChoices } from './BriefingChoices';
import { BriefingPreview } from './BriefingPreview';
import { briefingFileName } from './briefing-file-name';
import { saveBriefingPreferences } from './briefing-preferences';
import {
  composeBriefingInput,
  includedCount,
  type BriefingForm,
  type BriefingMaterial,
} from './briefing-source';
import { PreviewStatus } from './PreviewStatus';
import { useBriefingBuild } from './use-briefing-build';

/** What the dialog reads once when it opens, and the editor starts from. */
export interface BriefingSetup {
  readonly material: BriefingMaterial;
  readonly form: BriefingForm;
  /** Rights ticked at first (all of them when none was remembered). */
  readonly checkedRightIds: readonly string[];
  readonly appVersion: string;
  readonly now: Date;
  /** The "What will leave" switches last used for a briefing. */
  readonly disclosure: DisclosureOptions;
}

/** Remember the form's choices this long after the last change. */
const REMEMBER_DELAY_MS = 600;
const PDF_FILTER = { name: 'PDF document', extensions: ['pdf'] } as const;

export interface BriefingEditorProps {
  readonly setup: BriefingSetup;
  /** Closes the dialog. */
  readonly onDone: () => void;
  /** Something left out was restored from the Trash: read the excerpts again. */
  readonly onRestored: () => void;
}

export function BriefingEditor({ setup, onDone, onRestored }: BriefingEditorProps) {
  const id = useId();
  const platform = usePlatform();
  const toast = useToast();
  const { material } = setup;
  const [form, setForm] = useState<BriefingForm>(setup.form);
  const [checked, setChecked] = useState<readonly string[]>(setup.checkedRightIds);
  /** The page count of the PDF the preview shows (by its bytes, so a stale count never shows). */
  const [pages, setPages] = useState<{ bytes: Uint8Array; count: number } | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  /** The review's switches; notes and rights are the form's own, shown in both places. */
  const [shared, setShared] = useState<DisclosureOptions>(setup.disclosure);
  const [reviewing, setReviewing] = useState(false);

  const allRightIds = useMemo(() => material.rights.map(({ right }) => right.id), [material]);
  /** The engine's options: every right ticked is "all" (so rights added later are included). */
  const options: BriefingOptions = useMemo(
    () => ({
      ...form.options,
      selectedRightIds: checked.length === allRightIds.length ? [] : [...checked],
    }),
    [form.options, checked, allRightIds],
  );
  const engineForm = useMemo(() => ({ ...form, options }), [form, options]);
  const disclosure: DisclosureOptions = useMemo(
    () => ({ ...shared, notes: options.includeNotes, rightIds: options.selectedRightIds }),
    [shared, options],
  );
  const subject: DisclosureSubject = useMemo(
    () => ({
      ...subjectOfExportInput(material.exportInput),
      title: form.title.trim() || material.name,
      description: form.subtitle.trim(),
      preparedBy: form.author.trim(),
      hasAttachment: true,
      argumentParts: argumentPartsOf(form),
    }),
    [material, form],
  );
  const excerptCount = includedCount(material, options);

  const composed = useMemo(() => {
    if (checked.length === 0 && allRightIds.length > 0) return { input: null, error: null };
    try {
      const input = composeBriefingInput(
        material,
        engineForm,
        { now: setup.now, newId: () => crypto.randomUUID(), appVersion: setup.appVersion },
        disclosure,
      );
      return { input, error: null };
    } catch (error) {
      return { input: null, error: messageOf(error) };
    }
  }, [material, engineForm, checked.length, allRightIds.length, setup, disclosure]);

  // The desktop app notifies only when the analyst is in another window meanwhile.
  const notifyBuilt = useCallback(() => {
    void platform
      .notify({
        title: 'Briefing ready',
        body: 'The briefing PDF is built: save it from Rightsmark.',
      })
      .catch(() => false);
  }, [platform]);
  /** The analyst accepted a box in place of characters no bundled font has (never by default). */
  const [allowMissingGlyphs, setAllowMissingGlyphs] = useState(false);
  const { state, lastBuilt, cancel, rebuild } = useBriefingBuild(
    composed.input,
    notifyBuilt,
    allowMissingGlyphs,
  );
  const pageCount =
    pages !== null && state.kind === 'ready' && pages.bytes === state.bytes ? pages.count : null;

  // Remember the lasting choices a moment after the last change.
  useEffect(() => {
    const timer = setTimeout(() => {
      void saveBriefingPreferences(db, engineForm);
    }, REMEMBER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [engineForm]);

  // Keep the argument and cover details with the collection a moment after the last change, and
  // at once when the dialog closes or the PDF is saved, so nothing typed is lost.
  const collectionId = material.collectionId;
  const { documentType, reference, cutOffDate, summary, findings, recommendations } = form;
  const unsaved = useRef<Readonly<Record<CollectionBriefingField, string>> | null>(null);
  const keepBriefing = useCallback(() => {
    const fields = unsaved.current;
    unsaved.current = null;
    if (fields === null || collectionId === null) return;
    saveCollectionBriefing(db, collectionId, fields).catch((error: unknown) =>
      toast.show({ message: `The briefing’s argument was not kept: ${messageOf(error)}` }),
    );
  }, [collectionId, toast]);
  useEffect(() => {
    if (collectionId === null) return;
    unsaved.current = { documentType, reference, cutOffDate, summary, findings, recommendations };
    const timer = setTimeout(keepBriefing, REMEMBER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [
    documentType,
    reference,
    cutOffDate,
    summary,
    findings,
    recommendations,
    collectionId,
    keepBriefing,
  ]);
  useEffect(() => keepBriefing, [keepBriefing]);

  const set = (changes: Partial<Omit<BriefingForm, 'options'>>) =>
    setForm((current) => ({ ...current, ...changes }));
  const setOption = (changes: Partial<BriefingOptions>) =>
    setForm((current) => ({ ...current, options: { ...current.options, ...changes } }));
  const toggleRight = (rightId: string, on: boolean) =>
    setChecked((current) =>
      allRightIds.filter((candidate) => (candidate === rightId ? on : current.includes(candidate))),
    );

  const save = async () => {
    if (state.kind !== 'ready' || saving) return;
    setSaving(true);
    setSaveError(null);
    keepBriefing();
    try {
      await saveDisclosure(db, 'briefing', disclosure);
      const saved = await platform.saveFile({
        suggestedName: briefingFileName(state.input.title),
        filters: [PDF_FILTER],
        bytes: state.bytes,
      });
      setReviewing(false);
      if (saved !== null) {
        toast.show({ message: `Saved the briefing as ${saved.name}` });
        onDone();
      }
    } catch (error) {
      setReviewing(false);
      setSaveError(messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="briefing-layout"
      onSubmit={(event) => {
        event.preventDefault();
        if (state.kind === 'ready') setReviewing(true);
      }}
    >
      <BriefingChoices
        material={material}
        form={form}
        checkedRightIds={checked}
        onFormChange={set}
        onOptionChange={setOption}
        onRightToggle={toggleRight}
        onRestored={onRestored}
      />

      <section className="briefing-preview" aria-labelledby={`${id}-preview`}>
        <h3 id={`${id}-preview`} className="visually-hidden">
          Preview
        </h3>
        <PreviewStatus
          state={state}
          pageCount={pageCount}
          excerptCount={excerptCount}
          noRights={checked.length === 0 && allRightIds.length > 0}
          composeError={composed.error}
          onRebuild={rebuild}
          allowMissingGlyphs={allowMissingGlyphs}
          onAllowMissingGlyphs={setAllowMissingGlyphs}
        />
        {lastBuilt !== null && composed.input !== null && (
          <div className="briefing-preview-pages" data-stale={state.kind !== 'ready'}>
            <BriefingPreview
              bytes={lastBuilt}
              onPageCount={(count) => setPages({ bytes: lastBuilt, count })}
            />
          </div>
        )}
      </section>

      <div className="briefing-actions">
        {saveError !== null && (
          <p className="briefing-error" role="alert">
            The PDF was not saved: {saveError}
          </p>
        )}
        {state.kind === 'building' && (
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
        )}
        <button type="button" className="button" onClick={onDone}>
          Close
        </button>
        <button
          type="submit"
          className="button primary"
          disabled={state.kind !== 'ready' || saving}
        >
          {saving ? 'Saving…' : 'Save PDF'}
        </button>
      </div>
      {reviewing && (
        <WhatWillLeaveDialog
          kind="briefing"
          subject={subject}
          options={disclosure}
          onChange={(next) => {
            if (next.notes !== options.includeNotes) setOption({ includeNotes: next.notes });
            setShared(next);
          }}
          confirmLabel="Save PDF"
          waiting={
            saving
              ? 'Saving…'
              : state.kind === 'ready'
                ? null
                : state.kind === 'building' || state.kind === 'idle'
                  ? 'Updating the PDF…'
                  : 'The PDF was not made: see the preview.'
          }
          onConfirm={() => void save()}
          onCancel={() => setReviewing(false)}
        >
          {material.leftOut.length > 0 && (
            <p className="disclosure-left-out" role="note" aria-label="Left out: in the Trash">
              {describeLeftOut(material.leftOut)}
            </p>
          )}
        </WhatWillLeaveDialog>
      )}
    </form>
  );
}
