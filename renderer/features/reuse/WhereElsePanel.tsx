/**
 * "Where else does this wording appear?": the passages of the library that repeat or vary the
 * selected wording, ranked, each with its document, reference and year and its words marked
 * against the selection (added or changed words underlined, missing ones struck through). One
 * click opens a passage; one click tags it with the rights the selection carries.
 */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { SIMILARITY_FLOOR, type WordDifference } from '../../../shared/reuse';
import type { RightsmarkDatabase } from '../../db/database';
import { Dialog } from '../../ui/Dialog';
import { messageOf } from '../../ui/message-of';
import type { WordingMatch } from './wording-engine';
import { wordingService } from './wording-service';
import './reuse.css';

interface WhereElsePanelProps {
  readonly db: RightsmarkDatabase;
  readonly quote: string;
  readonly origin: { readonly docId: string; readonly start: number; readonly end: number };
  /** Rights the selection's annotation carries: "Tag like the original" applies them. */
  readonly rightNames: readonly string[];
  readonly onTagLikeOriginal: ((match: WordingMatch) => Promise<void>) | null;
  readonly onClose: () => void;
}

function MarkedWords({ words }: { readonly words: readonly WordDifference[] }) {
  return (
    <>
      {words.map((word, index) => {
        const space = index > 0 ? ' ' : '';
        if (word.op === 'same') return `${space}${word.text}`;
        if (word.op === 'removed') {
          return (
            <span key={index}>
              {space}
              <del title="In the selection, not here">{word.text}</del>
            </span>
          );
        }
        return (
          <span key={index}>
            {space}
            <ins
              title={word.op === 'changed' ? `Here instead of “${word.was ?? ''}”` : 'Only here'}
            >
              {word.text}
            </ins>
          </span>
        );
      })}
    </>
  );
}

export function WhereElsePanel({
  db,
  quote,
  origin,
  rightNames,
  onTagLikeOriginal,
  onClose,
}: WhereElsePanelProps) {
  const [matches, setMatches] = useState<WordingMatch[] | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [tagged, setTagged] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    wordingService(db)
      .find(quote, origin)
      .then(
        (found) => {
          if (live) setMatches(found);
        },
        (error: unknown) => {
          if (live) setFailure(messageOf(error));
        },
      );
    return () => {
      live = false;
    };
  }, [db, quote, origin]);

  const key = (match: WordingMatch) => `${match.docId}:${match.start}`;
  return (
    <Dialog
      className="where-else"
      aria-labelledby="where-else-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <header className="where-else-header">
        <h2 id="where-else-title">Where else does this wording appear?</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <blockquote className="where-else-quote">{quote}</blockquote>
      {failure !== null ? (
        <p role="alert">The wording index could not answer: {failure}</p>
      ) : matches === undefined ? (
        <p role="status">Looking through the library…</p>
      ) : (
        <>
          <p role="status">
            {matches.length === 0
              ? 'Nowhere else in the library'
              : `${matches.length} passage${matches.length === 1 ? '' : 's'} with the same or similar wording`}{' '}
            <span className="where-else-floor">
              (similarity {Math.round(SIMILARITY_FLOOR * 100)} % or more)
            </span>
          </p>
          <ol className="where-else-list" aria-label="Passages with this wording">
            {matches.map((match) => (
              <li
                key={key(match)}
                aria-label={`${match.docTitle}, ${match.reference}`}
                className="where-else-item"
              >
                <div className="where-else-source">
                  <cite>{match.docTitle}</cite>, {match.reference}
                  {match.year === null ? '' : `, ${match.year}`}
                  <span className="where-else-score">
                    {match.exact ? 'exact' : `${Math.round(match.similarity * 100)} %`}
                  </span>
                </div>
                <p className="where-else-text">
                  <MarkedWords words={match.words} />
                </p>
                <div className="where-else-actions">
                  <Link
                    href={`/doc/${encodeURIComponent(match.docId)}/p/${match.blockIndex + 1}`}
                    onClick={onClose}
                  >
                    Open {match.reference} in {match.docTitle}
                  </Link>
                  {onTagLikeOriginal !== null && rightNames.length > 0 && (
                    <button
                      type="button"
                      disabled={tagged.has(key(match))}
                      onClick={() =>
                        void onTagLikeOriginal(match).then(() =>
                          setTagged((done) => new Set([...done, key(match)])),
                        )
                      }
                    >
                      {tagged.has(key(match))
                        ? `Tagged ${rightNames.join(', ')}`
                        : `Tag like the original (${rightNames.join(', ')})`}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </Dialog>
  );
}
