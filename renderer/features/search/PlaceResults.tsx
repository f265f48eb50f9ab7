/**
 * "Places" in search: when the query names a structural reference ("art 19(3)", "ICCPR art.
 * 19(3)", "OP 5", "para 23", "p. 4"), the documents that have that place, each a link that opens
 * the reader at it. Shown above the ordinary word results.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PlaceQuery } from '../../../shared/structure';
import { formatRef } from '../../../shared/structure';
import { db } from '../../db/database';
import { findPlaces } from '../../db/places-repo';

/** The places a query names; nothing when the query is not a reference. */
export function PlaceResults({ place }: { place: PlaceQuery }) {
  const key = JSON.stringify(place);
  const found = useLiveQuery(() => findPlaces(db, place), [key]);
  const named = `${place.title === '' ? '' : `${place.title} `}${formatRef(place.ref)}`;
  return (
    <section className="place-results" aria-labelledby="place-results-heading">
      <h2 id="place-results-heading" className="search-group-title">
        Places: {named}
      </h2>
      {found === undefined ? (
        <p className="muted">Looking for {named}…</p>
      ) : found.places.length === 0 ? (
        <p className="muted">
          No document {place.title === '' ? '' : `named “${place.title}” `}has{' '}
          {formatRef(place.ref)}.
        </p>
      ) : (
        <ol className="search-hits" aria-label={`Documents with ${named}`}>
          {found.places.map((hit) => (
            <li key={hit.docId} className="search-hit-row">
              <a
                className="search-hit"
                href={`#/doc/${encodeURIComponent(hit.docId)}/p/${hit.blockIndex + 1}`}
                aria-label={`${hit.citation} in “${hit.title}”`}
              >
                <span className="search-hit-para">{hit.citation}</span>
                <span className="search-hit-text" dir="auto">
                  <strong>{hit.title}</strong>
                  {hit.year !== null && <>, {hit.year}</>}: {hit.text}
                  {hit.text.length >= 220 ? '…' : ''}
                </span>
              </a>
            </li>
          ))}
          {found.more && (
            <li className="search-more muted">
              and more: put the document’s title before the reference (“ICCPR art. 19”).
            </li>
          )}
        </ol>
      )}
    </section>
  );
}
