/**
 * The briefing PDF dialog: the cover's details, which rights, how excerpts are grouped and what
 * to include; a live preview of the pages (rebuilt a moment after each change, with progress
 * and Cancel); and "Save PDF", which opens the "What will leave" review (its switches rebuild
 * the preview) and then saves exactly the previewed bytes through the platform.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  describeMissingGlyph,
  type BriefingGrouping,
  type BriefingOptions,
  type MissingGlyph,
} from '../../../shared/briefing';
import {
  subjectOfExportInput,
  type DisclosureOptions,
  type DisclosureSubject,
} from '../../../shared/disclosure';
import { usePlatform } from '../../app/platform-context';
import { db } from '../../db/database';
import { systemEnvironment } from '../../platform/environment';
import { useToast } from '../../ui/toast';
import { WhatWillLeaveDialog, loadDisclosure, saveDisclosure } from '../disclosure';
import { briefingFileName } from './briefing-file-name';
import {
  initialForm,
  loadBriefingPreferences,
  saveBriefingPreferences,
} from './briefing-preferences';
import {
  composeBriefingInput,
  includedCount,
  loadBriefingMaterial,
  type BriefingForm,
  type BriefingMaterial,
  type BriefingSource,
} from './briefing-source';
import { LeftOutNotice, describeLeftOut } from '../trash';
import { BriefingPreview } from './BriefingPreview';
import { progressPercent, useBriefingBuild, type BriefingBuildState } from './use-briefing-build';
import './briefing.css';
import { messageOf } from '../../ui/message-of';
import { Dialog } from '../../ui/Dialog';

interface BriefingDialogProps {
  readonly source: BriefingSource;
  readonly onClose: () => void;
}

/** What the dialog reads once when it opens. */
interface Setup {
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
const numberFormat = new Intl.NumberFormat('en-GB');

function plural(count: number, one: string, many: string): string {
  return `${numberFormat.format(count)} ${count === 1 ? one : many}`;
}

export function BriefingDialog({ source, onClose }: BriefingDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const platform = usePlatform();
  const [setup, setSetup] = useState<Setup | null>(null);
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

interface BriefingEditorProps {
  readonly setup: Setup;
  /** Closes the dialog. */
  readonly onDone: () => void;
  /** Something left out was restored from the Trash: read the excerpts again. */
  readonly onRestored: () => void;
}

function BriefingEditor({ setup, onDone, onRestored }: BriefingEditorProps) {
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
    }),
    [material, form.title, form.subtitle, form.author],
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

  const field = (
    key: 'title' | 'subtitle' | 'author' | 'organisation' | 'date' | 'classification',
    label: string,
    hint?: string,
  ) => (
    <div className="briefing-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        value={form[key]}
        autoComplete="off"
        // The dialog opened before the form existed: focus starts in the title, not on the dialog.
        autoFocus={key === 'title'}
        spellCheck={key === 'title' || key === 'subtitle'}
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
        onChange={(event) => set({ [key]: event.target.value })}
      />
      {hint && (
        <p id={`${id}-${key}-hint`} className="muted">
          {hint}
        </p>
      )}
    </div>
  );

  const include = (
    key: 'includeNotes' | 'includeLegalBasis' | 'includeSummary' | 'includeAppendix',
    label: string,
  ) => (
    <label className="briefing-check">
      <input
        type="checkbox"
        checked={form.options[key]}
        onChange={(event) => setOption({ [key]: event.target.checked })}
      />
      {label}
    </label>
  );

  return (
    <form
      className="briefing-layout"
      onSubmit={(event) => {
        event.preventDefault();
        if (state.kind === 'ready') setReviewing(true);
      }}
    >
      <div className="briefing-options">
        <p className="muted briefing-source">
          {plural(material.excerpts.length, 'excerpt', 'excerpts')} from “{material.name}”
        </p>
        <LeftOutNotice leftOut={material.leftOut} onRestored={onRestored} />
        <fieldset>
          <legend>Cover</legend>
          {field('title', 'Title')}
          {field('subtitle', 'Subtitle')}
          {field('author', 'Author')}
          {field('organisation', 'Organisation')}
          {field('date', 'Date', 'Written on the cover as you type it.')}
          {field(
            'classification',
            'Classification',
            'A distribution line on every page, e.g. “Internal — not for distribution”.',
          )}
        </fieldset>
        <fieldset>
          <legend>Rights</legend>
          {material.rights.length === 0 ? (
            <p className="muted">None of these excerpts is tagged with a right.</p>
          ) : (
            material.rights.map(({ right, count }) => (
              <label key={right.id} className="briefing-check">
                <input
                  type="checkbox"
                  checked={checked.includes(right.id)}
                  onChange={(event) => toggleRight(right.id, event.target.checked)}
                />
                <span className="briefing-swatch" style={{ background: right.colour }} />
                <span>
                  {right.name} <span className="muted">({numberFormat.format(count)})</span>
                </span>
              </label>
            ))
          )}
        </fieldset>
        <fieldset>
          <legend>Group excerpts</legend>
          {(
            [
              ['right', 'By right'],
              ['document', 'By document'],
            ] as const satisfies readonly (readonly [BriefingGrouping, string])[]
          ).map(([grouping, label]) => (
            <label key={grouping} className="briefing-check">
              <input
                type="radio"
                name={`${id}-grouping`}
                checked={form.options.grouping === grouping}
                onChange={() => setOption({ grouping })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Include</legend>
          {include('includeNotes', 'Analysts’ notes')}
          {include('includeLegalBasis', 'Legal basis of each right')}
          {include('includeSummary', 'Summary table and charts')}
          {include('includeAppendix', 'Appendix: full source documents, passages highlighted')}
        </fieldset>
      </div>

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

interface PreviewStatusProps {
  readonly state: BriefingBuildState;
  readonly pageCount: number | null;
  readonly excerptCount: number;
  readonly noRights: boolean;
  readonly composeError: string | null;
  readonly onRebuild: () => void;
  readonly allowMissingGlyphs: boolean;
  readonly onAllowMissingGlyphs: (allow: boolean) => void;
}

/** One line above the pages: progress while building, the page count when ready, or why not. */
function PreviewStatus({
  state,
  pageCount,
  excerptCount,
  noRights,
  composeError,
  onRebuild,
  allowMissingGlyphs,
  onAllowMissingGlyphs,
}: PreviewStatusProps) {
  const labelId = useId();
  const allowBox = (
    <label className="briefing-check">
      <input
        type="checkbox"
        checked={allowMissingGlyphs}
        onChange={(event) => onAllowMissingGlyphs(event.target.checked)}
      />
      Draw a box for characters no font has
    </label>
  );
  if (noRights) {
    return <p className="briefing-message">Choose at least one right to include.</p>;
  }
  if (composeError !== null) {
    return (
      <p className="briefing-message briefing-error" role="alert">
        The briefing cannot be made: {composeError}
      </p>
    );
  }
  switch (state.kind) {
    case 'idle':
      return null;
    case 'building': {
      const percent = progressPercent(state.progress);
      return (
        <div className="briefing-progress">
          <span id={labelId}>Building {plural(excerptCount, 'excerpt', 'excerpts')}…</span>
          <div
            role="progressbar"
            aria-labelledby={labelId}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="briefing-progress-track"
          >
            <div className="briefing-progress-fill" style={{ width: `${percent}%` }} />
          </div>
        </div>
      );
    }
    case 'ready':
      return (
        <>
          <p className="briefing-message" role="status">
            {pageCount === null
              ? 'Drawing pages…'
              : `${plural(pageCount, 'page', 'pages')}, ${plural(excerptCount, 'excerpt', 'excerpts')}`}
          </p>
          {state.replaced.length > 0 && (
            <MissingGlyphList
              missing={state.replaced}
              intro={`${plural(state.replaced.length, 'character is', 'characters are')} drawn as a box, as no font has ${state.replaced.length === 1 ? 'it' : 'them'}:`}
            >
              {allowBox}
            </MissingGlyphList>
          )}
        </>
      );
    case 'cancelled':
      return (
        <p className="briefing-message" role="status">
          Briefing cancelled: nothing was saved.{' '}
          <button type="button" className="button" onClick={onRebuild}>
            Build again
          </button>
        </p>
      );
    case 'failed':
      if (state.missing !== null && state.missing.length > 0)
        return (
          <MissingGlyphList
            alert
            missing={state.missing}
            intro={`No font in the briefing can draw ${state.missing.length === 1 ? 'this character' : `these ${numberFormat.format(state.missing.length)} characters`}. Change the text, or accept a box in their place:`}
          >
            {allowBox}
          </MissingGlyphList>
        );
      return (
        <p className="briefing-message briefing-error" role="alert">
          {state.refused ? state.message : `The briefing could not be built: ${state.message}`}{' '}
          {!state.refused && (
            <button type="button" className="button" onClick={onRebuild}>
              Try again
            </button>
          )}
        </p>
      );
  }
}

/** Characters no font has, each with its code point and where it is, and the box switch. */
function MissingGlyphList({
  missing,
  intro,
  alert = false,
  children,
}: {
  readonly missing: readonly MissingGlyph[];
  readonly intro: string;
  readonly alert?: boolean;
  readonly children: ReactNode;
}) {
  return (
    <div
      className={alert ? 'briefing-message briefing-error' : 'briefing-message'}
      role={alert ? 'alert' : 'status'}
    >
      <p>{intro}</p>
      <ul className="briefing-missing">
        {missing.map((each) => (
          <li key={each.codePoint}>{describeMissingGlyph(each)}</li>
        ))}
      </ul>
      {children}
    </div>
  );
}
