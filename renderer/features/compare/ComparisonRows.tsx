/**
 * The rows of a version comparison, old and new side by side: each paragraph's names, its
 * change (same, changed, moved, added, removed), a lead verb made stronger or weaker, and its
 * words marked on each side. Used by the Compare view and by an import's replace preview.
 */
import type { KeyboardEvent, RefObject } from 'react';
import { leadVerbText, sideWording, type ComparisonRow } from '../../../shared/reuse';
import './compare.css';

const CHANGE_LABEL: Readonly<Record<ComparisonRow['change'], string>> = {
  same: 'same',
  changed: 'changed',
  moved: 'moved',
  added: 'added',
  removed: 'removed',
};

interface ComparisonRowsProps {
  readonly rows: readonly ComparisonRow[];
  readonly oldTexts: readonly string[];
  readonly newTexts: readonly string[];
  /** The row stepped to (N / P), if any. */
  readonly current?: number | null;
  readonly onFocusRow?: (index: number) => void;
  readonly listRef?: RefObject<HTMLOListElement | null>;
}

export function ComparisonRows({
  rows,
  oldTexts,
  newTexts,
  current = null,
  onFocusRow,
  listRef,
}: ComparisonRowsProps) {
  return (
    <ol ref={listRef} className="compare-rows" aria-label="Paragraphs compared">
      {rows.map((row, index) => (
        <Row
          key={`${row.oldIndex ?? '-'}:${row.newIndex ?? '-'}`}
          row={row}
          index={index}
          current={index === current}
          oldText={row.oldIndex === null ? '' : (oldTexts[row.oldIndex] ?? '')}
          newText={row.newIndex === null ? '' : (newTexts[row.newIndex] ?? '')}
          onFocus={() => onFocusRow?.(index)}
        />
      ))}
    </ol>
  );
}

/** One side of a changed pair as that version writes it, its own words marked. */
function SideWords({ row, side }: { row: ComparisonRow; side: 'old' | 'new' }) {
  return (
    <>
      {sideWording(row, side).map((piece, index) =>
        !piece.marked ? (
          piece.text
        ) : side === 'old' ? (
          <del key={index}>{piece.text}</del>
        ) : (
          <ins key={index}>{piece.text}</ins>
        ),
      )}
    </>
  );
}

interface RowProps {
  readonly row: ComparisonRow;
  readonly index: number;
  readonly current: boolean;
  readonly oldText: string;
  readonly newText: string;
  readonly onFocus: () => void;
}

function Row({ row, index, current, oldText, newText, onFocus }: RowProps) {
  const names =
    row.old !== null && row.new !== null
      ? row.old === row.new
        ? row.new
        : `${row.old} → ${row.new}`
      : (row.new ?? row.old ?? '');
  const change =
    row.change === 'moved' && row.words.length > 0
      ? 'moved and reworded'
      : CHANGE_LABEL[row.change];
  const verb = leadVerbText(row);
  const label = `${names}: ${change}${verb === '' ? '' : `; lead verb ${verb}`}`;
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key === 'Escape') event.currentTarget.blur();
  };
  return (
    <li
      data-row={index}
      tabIndex={-1}
      aria-label={label}
      aria-current={current ? 'true' : undefined}
      className={`compare-row compare-${row.change}${current ? ' current' : ''}`}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <div className="compare-meta">
        <span className="compare-names">{names}</span>
        <span className={`compare-badge badge-${row.change}`}>{change}</span>
        {row.leadVerb && (
          <span className={`compare-verb verb-${row.leadVerb.direction}`}>Lead verb: {verb}</span>
        )}
      </div>
      <div className="compare-old" dir="auto">
        {row.oldIndex === null ? null : row.words.length > 0 ? (
          <SideWords row={row} side="old" />
        ) : row.change === 'removed' ? (
          <del>{oldText}</del>
        ) : (
          oldText
        )}
      </div>
      <div className="compare-new" dir="auto">
        {row.newIndex === null ? null : row.words.length > 0 ? (
          <SideWords row={row} side="new" />
        ) : row.change === 'added' ? (
          <ins>{newText}</ins>
        ) : (
          newText
        )}
      </div>
    </li>
  );
}
