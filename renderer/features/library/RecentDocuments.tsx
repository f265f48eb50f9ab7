/**
 * The documents the analyst opened last, most recent first: one link each, so the document in
 * hand is a Tab and an Enter away from the library.
 */
import { Link } from 'wouter';
import { useRecentDocuments } from './use-library';

const openedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

export function RecentDocuments() {
  const recent = useRecentDocuments();
  if (!recent || recent.length === 0) return null;
  return (
    <nav className="recent-documents" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recently opened</h2>
      <ol>
        {recent.map(({ document, openedAt }) => (
          <li key={document.id}>
            <Link
              href={`/doc/${encodeURIComponent(document.id)}`}
              dir="auto"
              title={document.title}
            >
              {document.title}
            </Link>{' '}
            <time className="muted" dateTime={openedAt}>
              {openedFormat.format(new Date(openedAt))}
            </time>
          </li>
        ))}
      </ol>
    </nav>
  );
}
