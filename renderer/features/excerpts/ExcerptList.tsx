/**
 * The list of excerpts, virtualised so tens of thousands scroll smoothly: each shows its quote,
 * rights, note and citation, and opens the reader at its paragraph.
 */
import { ExcerptNote, RightChips } from '../../ui/RightChips';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link } from 'wouter';
import type { Right } from '../../../shared/model';
import { AddToCollectionButton } from '../../ui/AddToCollectionButton';
import type { ExcerptRow } from '../../../shared/model/excerpt-filter';

interface ExcerptListProps {
  readonly rows: readonly ExcerptRow[];
  readonly rightsById: ReadonlyMap<string, Right>;
  /** Shown when there are no rows; null while loading. */
  readonly emptyMessage: string | null;
}

/** Estimated height of an excerpt in pixels; each is measured once rendered. */
const ITEM_HEIGHT_ESTIMATE = 150;
/** How much of a quote the link's accessible name repeats, to tell the links apart. */
const NAME_QUOTE_LENGTH = 60;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length <= NAME_QUOTE_LENGTH
    ? flat
    : `${flat.slice(0, NAME_QUOTE_LENGTH - 1).trimEnd()}…`;
}

const STATUS_LABEL: Record<ExcerptRow['status'], string | null> = {
  anchored: null,
  reanchored: 'Moved: check its place',
  orphaned: 'Not found in the current text',
};

export function ExcerptList({ rows, rightsById, emptyMessage }: ExcerptListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ITEM_HEIGHT_ESTIMATE,
    overscan: 6,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  // A new filter shows its results from the top.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [rows, virtualizer]);

  // Arrow keys move between the "Open in reader" links, scrolling excerpts into view.
  const onLinkKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    const target = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : -1;
    if (target < 0 || target >= rows.length) return;
    event.preventDefault();
    virtualizer.scrollToIndex(target);
    requestAnimationFrame(() =>
      scrollRef.current
        ?.querySelector<HTMLAnchorElement>(`[data-excerpt-index="${target}"]`)
        ?.focus(),
    );
  };

  return (
    <div className="excerpt-scroll" ref={scrollRef}>
      {rows.length === 0 ? (
        emptyMessage !== null && <p className="empty">{emptyMessage}</p>
      ) : (
        <ul
          className="excerpt-list"
          aria-label="Excerpts"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const rights = row.rightIds.flatMap((id) => rightsById.get(id) ?? []);
            const statusLabel = STATUS_LABEL[row.status];
            return (
              <li
                key={item.key}
                className="excerpt"
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-setsize={rows.length}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <blockquote className="excerpt-quote" dir="auto">
                  {row.quote}
                </blockquote>
                <RightChips rights={rights} />
                <ExcerptNote note={row.note} />
                <div className="excerpt-meta">
                  <span className="excerpt-citation">
                    <cite>{row.docTitle}</cite>, {row.citation.replace(/ /gu, '\u00a0')}
                  </span>
                  <span className="muted">
                    {row.author === '' ? 'No name' : row.author} ·{' '}
                    <time dateTime={row.createdAt}>
                      {dateFormat.format(new Date(row.createdAt))}
                    </time>
                  </span>
                  {statusLabel && <span className="excerpt-status">{statusLabel}</span>}
                  <AddToCollectionButton
                    annotationIds={[row.id]}
                    label={`Add to collection: “${shortQuote(row.quote)}”`}
                    className="button small excerpt-add"
                  />
                  <Link
                    href={`/doc/${encodeURIComponent(row.docId)}/p/${row.paragraph}`}
                    className="excerpt-open"
                    aria-label={`Open in reader: “${shortQuote(row.quote)}”`}
                    data-excerpt-index={item.index}
                    onKeyDown={(event: KeyboardEvent<HTMLAnchorElement>) =>
                      onLinkKeyDown(event, item.index)
                    }
                  >
                    Open in reader
                  </Link>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
