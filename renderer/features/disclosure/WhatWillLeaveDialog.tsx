/**
 * "What will leave": the review every export opens before anything is written. It counts the
 * excerpts and documents that go, says what stays behind (private, switched off, outside the
 * chosen rights) and what the file's metadata will say, with a switch for each item; the
 * switches are remembered per kind of export by the caller.
 */
import { useId, useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
  SWITCHES_BY_KIND,
  authorLabel,
  summarizeDisclosure,
  type AuthorDisclosure,
  type DisclosureOptions,
  type DisclosureSubject,
  type DisclosureSummary,
  type ExportKind,
} from '../../../shared/disclosure';
import { Dialog } from '../../ui/Dialog';
import { formatCount, plural } from '../../ui/plural';
import './disclosure.css';

interface WhatWillLeaveDialogProps {
  readonly kind: ExportKind;
  /** What the export is made from (before anything is withheld). */
  readonly subject: DisclosureSubject;
  readonly options: DisclosureOptions;
  readonly onChange: (options: DisclosureOptions) => void;
  /** The confirming button's text ("Export", "Save PDF"). */
  readonly confirmLabel: string;
  /** Set while the export cannot be confirmed yet (a briefing rebuilding), with the reason. */
  readonly waiting?: string | null;
  readonly onConfirm: () => void;
  /** Back to the export's own dialog, nothing written. */
  readonly onCancel: () => void;
  /**
   * What the export leaves out before any switch applies (a collection's excerpts in the
   * Trash), shown under what is held back.
   */
  readonly children?: ReactNode;
}

const KIND_NAMES: Readonly<Record<ExportKind, string>> = {
  briefing: 'Briefing PDF',
  rightsmark: 'Rightsmark collection',
  csv: 'Spreadsheet (CSV)',
  markdown: 'Markdown',
  qdpx: 'REFI-QDA project',
  qdc: 'REFI-QDA codebook',
};

const AUTHOR_CHOICES: readonly { value: AuthorDisclosure; label: string }[] = [
  { value: 'names', label: 'Names' },
  { value: 'initials', label: 'Initials' },
  { value: 'none', label: 'Nobody' },
];

/** The lines about what stays behind whatever the switches say. */
function heldBack(summary: DisclosureSummary): string[] {
  return [
    ...(summary.privateExcerpts > 0
      ? [`${plural(summary.privateExcerpts, 'private excerpt', 'private excerpts')} held back`]
      : []),
    ...(summary.privateNotes > 0
      ? [`${plural(summary.privateNotes, 'private note', 'private notes')} held back`]
      : []),
    ...(summary.privateDocumentNotes > 0
      ? [
          `${plural(summary.privateDocumentNotes, 'private document note', 'private document notes')} held back`,
        ]
      : []),
    ...(summary.outsideRights > 0
      ? [
          `${plural(summary.outsideRights, 'excerpt', 'excerpts')} outside the chosen rights left out`,
        ]
      : []),
  ];
}

export function WhatWillLeaveDialog(props: WhatWillLeaveDialogProps) {
  const { kind, subject, options, onChange, confirmLabel, waiting, onConfirm, onCancel, children } =
    props;
  const id = useId();
  const summary = useMemo(
    () => summarizeDisclosure(subject, kind, options),
    [subject, kind, options],
  );
  // What each switch would carry if it were on, so an unticked box still says what it holds.
  const possible = useMemo(
    () =>
      summarizeDisclosure(subject, kind, {
        ...options,
        notes: true,
        comments: true,
        authors: 'names',
      }),
    [subject, kind, options],
  );
  const switches = SWITCHES_BY_KIND[kind];
  const argumentParts = subject.argumentParts ?? [];
  const set = (changes: Partial<DisclosureOptions>) => onChange({ ...options, ...changes });

  const sampleNames = (mode: AuthorDisclosure): string => {
    const names = possible.authorNames.slice(0, 3).map((name) => authorLabel(name, mode));
    return names.join(', ') + (possible.authorNames.length > 3 ? ', …' : '');
  };

  const lost = heldBack(summary);
  // A modal on top of the export's own modal dialog: rendered at the body so both are siblings.
  return createPortal(
    <Dialog
      className="disclosure-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!waiting) onConfirm();
        }}
      >
        <h2 id={`${id}-title`}>What will leave</h2>
        <p id={`${id}-what`} className="disclosure-what">
          {KIND_NAMES[kind]} “{subject.title}”:{' '}
          <strong>
            {kind === 'qdc'
              ? 'the rights as codes, nothing else'
              : `${plural(summary.excerpts, 'excerpt', 'excerpts')} from ${plural(summary.documents, 'document', 'documents')}`}
          </strong>
        </p>
        {lost.length > 0 && (
          <ul className="disclosure-held" aria-label="Held back">
            {lost.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {children}
        {switches.length > 0 && (
          <fieldset className="disclosure-switches">
            <legend>Goes with it</legend>
            {switches.includes('notes') && (
              <label>
                <input
                  type="checkbox"
                  checked={options.notes}
                  onChange={(event) => set({ notes: event.target.checked })}
                />
                Analysts’ notes ({formatCount(possible.notes)})
                {possible.documentNotes > 0 &&
                  ` and ${plural(possible.documentNotes, 'document note', 'document notes')}`}
              </label>
            )}
            {switches.includes('comments') && (
              <label>
                <input
                  type="checkbox"
                  checked={options.comments}
                  onChange={(event) => set({ comments: event.target.checked })}
                />
                Collection comments ({formatCount(possible.comments)})
              </label>
            )}
            {switches.includes('sourceTexts') && (
              <label>
                <input
                  type="checkbox"
                  checked={options.sourceTexts}
                  onChange={(event) => set({ sourceTexts: event.target.checked })}
                />
                Full source texts
                {kind === 'briefing' ? ' (appendix and attachment)' : ''}
              </label>
            )}
            {switches.includes('attachment') && (
              <label>
                <input
                  type="checkbox"
                  checked={options.attachment}
                  onChange={(event) => set({ attachment: event.target.checked })}
                />
                Attached collection file
              </label>
            )}
            {switches.includes('argument') && argumentParts.length > 0 && (
              <label>
                <input
                  type="checkbox"
                  checked={options.argument}
                  onChange={(event) => set({ argument: event.target.checked })}
                />
                The analyst’s argument ({argumentParts.join(', ').toLocaleLowerCase('en-GB')})
              </label>
            )}
            {switches.includes('authors') && (
              <fieldset className="disclosure-authors">
                <legend>Authors</legend>
                {AUTHOR_CHOICES.map((choice) => (
                  <label key={choice.value}>
                    <input
                      type="radio"
                      name={`${id}-authors`}
                      value={choice.value}
                      checked={options.authors === choice.value}
                      onChange={() => set({ authors: choice.value })}
                    />
                    {choice.label}
                  </label>
                ))}
                <span className="muted disclosure-names">
                  {options.authors === 'none' || possible.authorNames.length === 0
                    ? 'Nobody is named.'
                    : sampleNames(options.authors)}
                </span>
              </fieldset>
            )}
          </fieldset>
        )}
        <section aria-labelledby={`${id}-meta`} className="disclosure-metadata">
          <h3 id={`${id}-meta`}>The file’s metadata</h3>
          <dl>
            {summary.metadata.map((entry) => (
              <div key={entry.label}>
                <dt>{entry.label}</dt>
                <dd>{entry.value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <div className="disclosure-actions">
          {waiting && (
            <span className="muted" role="status">
              {waiting}
            </span>
          )}
          <button type="button" className="button" onClick={onCancel}>
            Back
          </button>
          <button type="submit" className="button primary" disabled={Boolean(waiting)}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>,
    document.body,
  );
}
