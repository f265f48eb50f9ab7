/**
 * The briefing dialog's left column: the cover's details, the analyst's argument (executive
 * summary, key findings, recommendations), which rights, how excerpts are grouped and what to
 * include. It only shows the form and reports changes; the editor keeps
 * the state and rebuilds the preview.
 */
import { useId } from 'react';
import type { BriefingGrouping, BriefingOptions } from '../../../shared/briefing';
import { MAX_DESCRIPTION_LENGTH } from '../../../shared/exchange';
import { formatCount, plural } from '../../ui/plural';
import { LeftOutNotice } from '../trash';
import type { BriefingForm, BriefingMaterial } from './briefing-source';

/** The cover's text fields, as the form names them. */
type CoverKey =
  | 'title'
  | 'subtitle'
  | 'documentType'
  | 'author'
  | 'organisation'
  | 'date'
  | 'reference'
  | 'cutOffDate'
  | 'classification';
/** The analyst's argument, printed after the cover. */
type ArgumentKey = 'summary' | 'findings' | 'recommendations';
/** The "Include" switches, as the engine's options name them. */
type IncludeKey = 'includeNotes' | 'includeLegalBasis' | 'includeSummary' | 'includeAppendix';

const COVER_FIELDS: readonly { key: CoverKey; label: string; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'subtitle', label: 'Subtitle' },
  {
    key: 'documentType',
    label: 'Document type',
    hint: 'Printed above the title, e.g. “Policy brief”.',
  },
  { key: 'author', label: 'Author' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'date', label: 'Date', hint: 'Written on the cover as you type it.' },
  { key: 'reference', label: 'Reference or version', hint: 'e.g. “RM/2025/014 v2”.' },
  {
    key: 'cutOffDate',
    label: 'Data cut-off',
    hint: 'The date the evidence runs to, written as you type it.',
  },
  {
    key: 'classification',
    label: 'Classification',
    hint: 'A distribution line on every page, e.g. “Internal — not for distribution”.',
  },
];

const ARGUMENT_FIELDS: readonly { key: ArgumentKey; label: string }[] = [
  { key: 'summary', label: 'Executive summary' },
  { key: 'findings', label: 'Key findings' },
  { key: 'recommendations', label: 'Recommendations' },
];

/** Longest one-line cover detail (as the remembered preferences keep them). */
const MAX_COVER_LENGTH = 500;

const GROUPINGS = [
  ['right', 'By right'],
  ['document', 'By document'],
  ['collection', 'Collection order'],
] as const satisfies readonly (readonly [BriefingGrouping, string])[];

const INCLUDES: readonly { key: IncludeKey; label: string }[] = [
  { key: 'includeNotes', label: 'Analysts’ notes' },
  { key: 'includeLegalBasis', label: 'Legal basis of each right' },
  { key: 'includeSummary', label: 'Summary table and charts' },
  { key: 'includeAppendix', label: 'Appendix: full source documents, passages highlighted' },
];

export interface BriefingChoicesProps {
  readonly material: BriefingMaterial;
  readonly form: BriefingForm;
  /** The rights ticked. */
  readonly checkedRightIds: readonly string[];
  readonly onFormChange: (changes: Partial<Omit<BriefingForm, 'options'>>) => void;
  readonly onOptionChange: (changes: Partial<BriefingOptions>) => void;
  readonly onRightToggle: (rightId: string, on: boolean) => void;
  /** Something left out was restored from the Trash. */
  readonly onRestored: () => void;
}

export function BriefingChoices({
  material,
  form,
  checkedRightIds,
  onFormChange,
  onOptionChange,
  onRightToggle,
  onRestored,
}: BriefingChoicesProps) {
  const id = useId();
  return (
    <div className="briefing-options">
      <p className="muted briefing-source">
        {plural(material.excerpts.length, 'excerpt', 'excerpts')} from “{material.name}”
      </p>
      <LeftOutNotice leftOut={material.leftOut} onRestored={onRestored} />
      <fieldset>
        <legend>Cover</legend>
        {COVER_FIELDS.map(({ key, label, hint }) => (
          <div key={key} className="briefing-field">
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <input
              id={`${id}-${key}`}
              type="text"
              value={form[key]}
              maxLength={MAX_COVER_LENGTH}
              autoComplete="off"
              // The dialog opened before the form existed: focus starts in the title, not on the dialog.
              autoFocus={key === 'title'}
              spellCheck={key === 'title' || key === 'subtitle'}
              aria-describedby={hint ? `${id}-${key}-hint` : undefined}
              onChange={(event) => onFormChange({ [key]: event.target.value })}
            />
            {hint && (
              <p id={`${id}-${key}-hint`} className="muted">
                {hint}
              </p>
            )}
          </div>
        ))}
      </fieldset>
      <fieldset aria-describedby={`${id}-argument-hint`}>
        <legend>Argument</legend>
        <p id={`${id}-argument-hint`} className="muted briefing-hint">
          Printed after the cover. Separate paragraphs with a blank line; start a line with “- ” for
          a list; write E12 to point to excerpt 12.{' '}
          {material.collectionId === null
            ? 'Not kept: a briefing from a filter has no collection to keep it with.'
            : 'Kept with the collection and in its exported files.'}
        </p>
        {ARGUMENT_FIELDS.map(({ key, label }) => (
          <div key={key} className="briefing-field">
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <textarea
              id={`${id}-${key}`}
              value={form[key]}
              rows={key === 'summary' ? 5 : 4}
              maxLength={MAX_DESCRIPTION_LENGTH}
              spellCheck
              onChange={(event) => onFormChange({ [key]: event.target.value })}
            />
          </div>
        ))}
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
                checked={checkedRightIds.includes(right.id)}
                onChange={(event) => onRightToggle(right.id, event.target.checked)}
              />
              <span className="briefing-swatch" style={{ background: right.colour }} />
              <span>
                {right.name} <span className="muted">({formatCount(count)})</span>
              </span>
            </label>
          ))
        )}
      </fieldset>
      <fieldset>
        <legend>Group excerpts</legend>
        {GROUPINGS.map(([grouping, label]) => (
          <label key={grouping} className="briefing-check">
            <input
              type="radio"
              name={`${id}-grouping`}
              checked={form.options.grouping === grouping}
              onChange={() => onOptionChange({ grouping })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Include</legend>
        {INCLUDES.map(({ key, label }) => (
          <label key={key} className="briefing-check">
            <input
              type="checkbox"
              checked={form.options[key]}
              onChange={(event) => onOptionChange({ [key]: event.target.checked })}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
