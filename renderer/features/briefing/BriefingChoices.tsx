/**
 * The briefing dialog's left column: the cover's details, which rights, how excerpts are
 * grouped and what to include. It only shows the form and reports changes; the editor keeps
 * the state and rebuilds the preview.
 */
import { useId } from 'react';
import type { BriefingGrouping, BriefingOptions } from '../../../shared/briefing';
import { formatCount, plural } from '../../ui/plural';
import { LeftOutNotice } from '../trash';
import type { BriefingForm, BriefingMaterial } from './briefing-source';

/** The cover's text fields, as the form names them. */
type CoverKey = 'title' | 'subtitle' | 'author' | 'organisation' | 'date' | 'classification';
/** The "Include" switches, as the engine's options name them. */
type IncludeKey = 'includeNotes' | 'includeLegalBasis' | 'includeSummary' | 'includeAppendix';

const COVER_FIELDS: readonly { key: CoverKey; label: string; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'subtitle', label: 'Subtitle' },
  { key: 'author', label: 'Author' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'date', label: 'Date', hint: 'Written on the cover as you type it.' },
  {
    key: 'classification',
    label: 'Classification',
    hint: 'A distribution line on every page, e.g. “Internal — not for distribution”.',
  },
];

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
