/**
 * The reader's table of contents: the document's headings down to level 3, each a button that
 * takes the focus to its heading. Shown only for documents with enough headings to need one.
 */
import type { StoredBlock } from '../../../shared/model';

/** A table of contents appears once a document has this many headings. */
export const MIN_HEADINGS_FOR_CONTENTS = 3;
/** Deeper headings stay out of the contents, which would otherwise grow as long as the text. */
const DEEPEST_LEVEL = 3;

interface ContentsNavProps {
  /** The document's headings, in reading order. */
  readonly headings: readonly StoredBlock[];
  /** Focuses the block with this index. */
  readonly onGoTo: (index: number) => void;
}

export function ContentsNav({ headings, onGoTo }: ContentsNavProps) {
  return (
    <nav className="contents" aria-label="Contents">
      <h2 className="contents-title">Contents</h2>
      <ol>
        {headings
          .filter((h) => (h.level ?? 1) <= DEEPEST_LEVEL)
          .map((h) => (
            <li key={h.index} className={`contents-level-${h.level ?? 1}`}>
              <button
                type="button"
                className="contents-link"
                dir="auto"
                onClick={() => onGoTo(h.index)}
              >
                {h.text}
              </button>
            </li>
          ))}
      </ol>
    </nav>
  );
}
