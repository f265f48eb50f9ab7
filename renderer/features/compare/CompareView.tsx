/**
 * Compare two versions (`#/compare?old=…&new=…`): two documents of the library side by side,
 * paragraph by paragraph by their numbering and wording: same, changed (words marked), moved,
 * added, removed, and operative paragraphs' leading verbs made stronger or weaker (scale in
 * shared/reuse/lead-verb.ts). N and P step through the changes; the comparison exports as
 * Markdown or CSV; the older version's excerpts can be carried to the newer one.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import {
  comparisonCsv,
  comparisonMarkdown,
  comparisonRows,
  comparisonSummary,
  isChange,
} from '../../../shared/reuse';
import { usePlatform } from '../../app/platform-context';
import {
  carryAnnotations,
  planCarryAnnotations,
  type CarryReport,
} from '../../db/carry-annotations';
import { db } from '../../db/database';
import { messageOf } from '../../ui/message-of';
import { useToast } from '../../ui/toast';
import { ComparisonRows } from './ComparisonRows';
import { useComparableDocuments, useComparison, type Comparison } from './use-comparison';
import './compare.css';

/** The two versions a location names. */
function chosenOf(location: string): { older: string | null; newer: string | null } {
  const mark = location.indexOf('?');
  const params = new URLSearchParams(mark < 0 ? '' : location.slice(mark + 1));
  return { older: params.get('old') || null, newer: params.get('new') || null };
}

/** The location of a comparison. */
export function compareLocation(older: string | null, newer: string | null): string {
  const params = new URLSearchParams();
  if (older !== null) params.set('old', older);
  if (newer !== null) params.set('new', newer);
  const query = params.toString();
  return query === '' ? '/compare' : `/compare?${query}`;
}

/** A file name from a title: letters, digits and dashes. */
function fileStem(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'document'
  );
}

export function CompareView() {
  // The hash holds the choice (`#/compare?old=…&new=…`); useLocation re-renders on its changes.
  useLocation();
  const { older, newer } = chosenOf(window.location.hash);
  const documents = useComparableDocuments();
  const comparison = useComparison(older, newer);
  const choose = (next: { older: string | null; newer: string | null }) =>
    // A new history entry per choice: Back returns to the comparison before.
    (window.location.hash = `#${compareLocation(next.older, next.newer)}`);
  const olderId = useId();
  const newerId = useId();

  return (
    <section className="compare-view" aria-labelledby="compare-heading">
      <header className="view-header">
        <h1 id="compare-heading">Compare versions</h1>
        <p className="muted">
          Two documents, or two versions of one, paragraph by paragraph by their own numbering (PP
          3, OP 5, Art. 19(3)) and wording.
        </p>
      </header>
      <div className="compare-choose" role="group" aria-label="Versions to compare">
        <label htmlFor={olderId}>Older version</label>
        <select
          id={olderId}
          value={older ?? ''}
          onChange={(event) => choose({ older: event.target.value || null, newer })}
        >
          <option value="">Choose a document…</option>
          {documents?.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {doc.title}
              {doc.year === null ? '' : ` (${doc.year})`}
            </option>
          ))}
        </select>
        <label htmlFor={newerId}>Newer version</label>
        <select
          id={newerId}
          value={newer ?? ''}
          onChange={(event) => choose({ older, newer: event.target.value || null })}
        >
          <option value="">Choose a document…</option>
          {documents?.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {doc.title}
              {doc.year === null ? '' : ` (${doc.year})`}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button small"
          disabled={older === null && newer === null}
          onClick={() => choose({ older: newer, newer: older })}
        >
          Swap
        </button>
      </div>
      {older !== null && newer !== null && comparison === null && (
        <p role="alert">One of the two documents is no longer in the library.</p>
      )}
      {comparison && (
        <ComparisonTable
          key={`${comparison.older.document.id}:${comparison.newer.document.id}`}
          comparison={comparison}
        />
      )}
    </section>
  );
}

function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const platform = usePlatform();
  const toast = useToast();
  const rows = useMemo(() => comparisonRows(comparison.result), [comparison]);
  const listRef = useRef<HTMLOListElement>(null);
  const [current, setCurrent] = useState<number | null>(null);
  const changes = useMemo(
    () => rows.flatMap((row, index) => (isChange(row) ? [index] : [])),
    [rows],
  );
  const { older, newer } = comparison;
  const texts = useMemo(
    () => ({
      oldTitle: older.document.title,
      newTitle: newer.document.title,
      oldTexts: older.blocks.map((b) => b.text),
      newTexts: newer.blocks.map((b) => b.text),
    }),
    [older, newer],
  );

  const step = (direction: 1 | -1) => {
    if (changes.length === 0) return;
    const at = current ?? (direction === 1 ? -1 : rows.length);
    const next =
      direction === 1
        ? (changes.find((index) => index > at) ?? changes[0])
        : (changes.findLast((index) => index < at) ?? changes.at(-1));
    if (next === undefined) return;
    setCurrent(next);
    const element = listRef.current?.querySelector<HTMLElement>(`[data-row="${next}"]`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  };

  // N and P from anywhere in the view but a field.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (event.key === 'n' || event.key === 'j') step(1);
      else if (event.key === 'p' || event.key === 'k') step(-1);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const save = async (kind: 'markdown' | 'csv') => {
    const stem = `comparison-${fileStem(older.document.title)}-${fileStem(newer.document.title)}`;
    const body =
      kind === 'markdown'
        ? comparisonMarkdown(comparison.result, texts)
        : comparisonCsv(comparison.result, texts);
    try {
      const saved = await platform.saveFile({
        suggestedName: `${stem}.${kind === 'markdown' ? 'md' : 'csv'}`,
        filters: [
          kind === 'markdown'
            ? { name: 'Markdown', extensions: ['md'] }
            : { name: 'CSV', extensions: ['csv'] },
        ],
        bytes: new TextEncoder().encode(body),
      });
      if (saved) toast.show({ message: `Comparison saved: ${saved.name}` });
    } catch (error) {
      toast.show({
        tone: 'error',
        message: `The comparison could not be saved: ${messageOf(error)}`,
      });
    }
  };

  return (
    <>
      <p className="compare-summary" role="status">
        {comparisonSummary(rows)}
      </p>
      <div className="compare-toolbar" role="toolbar" aria-label="Comparison">
        <button
          type="button"
          className="button small"
          onClick={() => step(-1)}
          aria-keyshortcuts="P"
        >
          Previous change
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => step(1)}
          aria-keyshortcuts="N"
        >
          Next change
        </button>
        <button type="button" className="button small" onClick={() => void save('markdown')}>
          Export as Markdown
        </button>
        <button type="button" className="button small" onClick={() => void save('csv')}>
          Export as CSV
        </button>
      </div>
      <CarryExcerpts olderId={older.document.id} newerId={newer.document.id} />
      <div className="compare-columns" aria-hidden="true">
        <span>{older.document.title}</span>
        <span>{newer.document.title}</span>
      </div>
      <ComparisonRows
        listRef={listRef}
        rows={rows}
        oldTexts={texts.oldTexts}
        newTexts={texts.newTexts}
        current={current}
        onFocusRow={setCurrent}
      />
    </>
  );
}

/** Offers to carry the older version's excerpts to the newer one, and says what it did. */
function CarryExcerpts({ olderId, newerId }: { olderId: string; newerId: string }) {
  const toast = useToast();
  const [plan, setPlan] = useState<CarryReport | null>(null);
  const [done, setDone] = useState<CarryReport | null>(null);
  useEffect(() => {
    let live = true;
    void planCarryAnnotations(db, olderId, newerId).then(
      (next) => live && setPlan(next),
      () => live && setPlan(null),
    );
    return () => {
      live = false;
    };
  }, [olderId, newerId]);
  if (olderId === newerId || plan === null) return null;
  const movable = plan.carried + plan.reworded.length;
  if (movable === 0 && plan.notCarried.length === 0 && done === null) return null;
  const report = done ?? plan;
  const carry = async () => {
    try {
      setDone(await carryAnnotations(db, olderId, newerId));
    } catch (error) {
      toast.show({
        tone: 'error',
        message: `The excerpts could not be carried: ${messageOf(error)}`,
      });
    }
  };
  return (
    <section className="compare-carry" aria-labelledby="carry-heading">
      <h2 id="carry-heading">Excerpts of the older version</h2>
      {done === null ? (
        <p>
          {movable === 0
            ? 'None of its excerpts can be carried to the newer version.'
            : `${movable} of its excerpts can be carried to the newer version` +
              (plan.reworded.length > 0
                ? `, ${plan.reworded.length} of them onto changed wording`
                : '') +
              '.'}
          {plan.already > 0 && ` ${plan.already} are there already.`}{' '}
          {movable > 0 && (
            <button type="button" className="button small" onClick={() => void carry()}>
              Carry {movable} {movable === 1 ? 'excerpt' : 'excerpts'} to the newer version
            </button>
          )}
        </p>
      ) : (
        <p role="status">
          Carried {done.carried + done.reworded.length}{' '}
          {done.carried + done.reworded.length === 1 ? 'excerpt' : 'excerpts'}
          {done.reworded.length > 0 &&
            ` (${done.reworded.length} on changed wording, to confirm in the reader)`}
          .
        </p>
      )}
      {report.reworded.length > 0 && (
        <details>
          <summary>Excerpts whose wording changed ({report.reworded.length})</summary>
          <ul>
            {report.reworded.map((quote, index) => (
              <li key={index}>“{quote}”</li>
            ))}
          </ul>
        </details>
      )}
      {report.notCarried.length > 0 && (
        <details>
          <summary>Not in the newer version ({report.notCarried.length})</summary>
          <ul aria-label="Excerpts that cannot be carried">
            {report.notCarried.map((quote, index) => (
              <li key={index}>“{quote}”</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
