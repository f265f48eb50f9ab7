/**
 * Search results grouped by document: each group names its document and how many passages
 * match; each result is a link to the passage in the reader, with its snippet and the matched
 * words marked. Arrow keys move through the links; Enter opens one. A result whose paragraph
 * holds annotated passages can add them to a collection from here.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { KeyboardEvent } from 'react';
import type { DocumentResults, SearchHit, Snippet } from '../../../shared/search';
import { annotationIdsByBlock, blockKey } from '../../db/annotations-repo';
import { blockCitationsOf } from '../../db/citations-repo';
import { db } from '../../db/database';
import { AddToCollectionButton } from '../../ui/AddToCollectionButton';
import { moveResultFocus, RESULTS_ID } from './search-focus';
import { resultLocation } from './search-location';

const numberFormat = new Intl.NumberFormat();

function passages(count: number): string {
  return `${numberFormat.format(count)} ${count === 1 ? 'passage' : 'passages'}`;
}

interface SearchResultsListProps {
  readonly groups: readonly DocumentResults[];
  /** The query as typed, carried to the reader to mark its terms. */
  readonly query: string;
  /** True while these results answer an earlier query than the one typed. */
  readonly stale: boolean;
}

export function SearchResultsList({ groups, query, stale }: SearchResultsListProps) {
  const docIds = groups.map((group) => group.docId);
  const annotated = useLiveQuery(() => annotationIdsByBlock(db, docIds), [docIds.join('\u0000')]);
  // Each hit cited as its document cites it ("Art. 19(3)", "OP 5", "¶ 4").
  const citations = useLiveQuery(() => blockCitationsOf(db, docIds), [docIds.join('\u0000')]);
  const citeHit = (hit: SearchHit) =>
    citations?.get(hit.docId)?.[hit.blockIndex] ?? `¶ ${hit.blockIndex + 1}`;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (moveResultFocus(event.target as Element, event.key)) event.preventDefault();
  };
  return (
    <div
      id={RESULTS_ID}
      className="search-results"
      aria-busy={stale}
      data-stale={stale || undefined}
      onKeyDown={onKeyDown}
    >
      {groups.map((group, i) => {
        // Document ids may hold characters an id reference list cannot (spaces).
        const headingId = `search-group-${i}`;
        return (
          <section key={group.docId} className="search-group" aria-labelledby={headingId}>
            <h2 id={headingId} className="search-group-title">
              <span>{group.title}</span>{' '}
              <span className="search-group-count">{passages(group.count)}</span>
            </h2>
            <ol className="search-hits">
              {group.hits.map((hit) => (
                <li key={hit.blockIndex} className="search-hit-row">
                  <HitLink hit={hit} query={query} citation={citeHit(hit)} />
                  <AddPassages
                    ids={annotated?.get(blockKey(hit.docId, hit.blockIndex))}
                    citation={citeHit(hit)}
                    title={group.title}
                  />
                </li>
              ))}
              {group.count > group.hits.length && (
                <li className="search-more muted">
                  and {passages(group.count - group.hits.length)} more in this document
                </li>
              )}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

/** "Add to collection" for the annotated passages of a result's paragraph, if it has any. */
function AddPassages({
  ids,
  citation,
  title,
}: {
  ids: readonly string[] | undefined;
  citation: string;
  title: string;
}) {
  if (!ids || ids.length === 0) return null;
  return (
    <AddToCollectionButton
      annotationIds={ids}
      label={`Add to collection: ${ids.length === 1 ? 'the passage' : `${ids.length} passages`} of ${citation} in “${title}”`}
      className="button small search-add"
    />
  );
}

function HitLink({ hit, query, citation }: { hit: SearchHit; query: string; citation: string }) {
  return (
    <a
      className="search-hit"
      href={`#${resultLocation(hit.docId, hit.blockIndex, query)}`}
      data-search-result=""
    >
      <span className="search-hit-para">{citation}</span>
      <span className="search-hit-text" dir="auto">
        <SnippetText snippet={hit.snippet} />
      </span>
    </a>
  );
}

/** A snippet with its highlights as <mark> elements. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: (string | { marked: string })[] = [];
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push({ marked: snippet.text.slice(start, end) });
    at = end;
  }
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return (
    <>
      {snippet.cutBefore && '… '}
      {parts.map((part, i) =>
        typeof part === 'string' ? part : <mark key={i}>{part.marked}</mark>,
      )}
      {snippet.cutAfter && ' …'}
    </>
  );
}
