/**
 * The reader: a document as clean text, each block numbered for citation ("¶ 14"), with a table
 * of contents for long documents and keyboard navigation between blocks and headings.
 */
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { Link } from 'wouter';
import { paragraphNumber, type StoredBlock } from '../../../shared/model';
import { endnoteTargets } from './footnotes';
import { BlockText } from './BlockText';
import { useDocument } from './use-document';

/** A table of contents appears once a document has this many headings. */
const MIN_HEADINGS_FOR_CONTENTS = 3;

export function blockElementId(index: number): string {
  return `p-${index + 1}`;
}

interface ReaderViewProps {
  readonly docId: string;
  /** A paragraph number to scroll to on open (from a citation or search result). */
  readonly paragraph?: number;
}

export function ReaderView({ docId, paragraph }: ReaderViewProps) {
  const open = useDocument(docId);
  const articleRef = useRef<HTMLElement>(null);

  const focusBlock = useCallback((index: number) => {
    const element = document.getElementById(blockElementId(index));
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (open && paragraph !== undefined) focusBlock(paragraph - 1);
  }, [open, paragraph, focusBlock]);

  const endnotes = useMemo(() => endnoteTargets(open?.blocks ?? []), [open]);
  const headings = useMemo(() => (open?.blocks ?? []).filter((b) => b.kind === 'heading'), [open]);

  if (open === undefined) return <p className="loading" role="status">Opening…</p>;
  if (open === null) {
    return (
      <section className="reader-missing">
        <h1>Document not found</h1>
        <p>It may have been deleted. <Link href="/">Back to the library</Link></p>
      </section>
    );
  }
  const { document: doc, blocks } = open;
  const startsWithTitle = blocks[0]?.kind === 'heading' && blocks[0].level === 1;

  // j / k: next / previous block; Shift+J / Shift+K: next / previous heading.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'j' && key !== 'k') return;
    const current = Number((document.activeElement as HTMLElement | null)?.dataset.block ?? -1);
    const step = key === 'j' ? 1 : -1;
    const candidates = event.shiftKey ? headings : blocks;
    const next =
      step > 0 ? candidates.find((b) => b.index > current) : [...candidates].reverse().find((b) => b.index < current);
    if (!next) return;
    event.preventDefault();
    focusBlock(next.index);
  };

  return (
    <div className={`reader ${headings.length >= MIN_HEADINGS_FOR_CONTENTS ? 'with-contents' : ''}`}>
      {headings.length >= MIN_HEADINGS_FOR_CONTENTS && (
        <nav className="contents" aria-label="Contents">
          <h2 className="contents-title">Contents</h2>
          <ol>
            {headings
              .filter((h) => (h.level ?? 1) <= 3)
              .map((h) => (
                <li key={h.index} className={`contents-level-${h.level ?? 1}`}>
                  <button type="button" className="contents-link" onClick={() => focusBlock(h.index)}>
                    {h.text}
                  </button>
                </li>
              ))}
          </ol>
        </nav>
      )}
      <article
        className="document"
        ref={articleRef}
        onKeyDown={onKeyDown}
        aria-labelledby={startsWithTitle ? blockElementId(0) : 'document-title'}
      >
        <header className="document-header">
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/">Library</Link>
          </nav>
          {startsWithTitle ? (
            <Block block={blocks[0]!} endnotes={endnotes} onFootnote={focusBlock} />
          ) : (
            <h1 id="document-title">{doc.title}</h1>
          )}
          <p className="document-meta">
            {[doc.publisher, doc.year, doc.kind].filter((v) => v !== null && v !== '').join(' · ')}
            {' · '}
            {new Intl.NumberFormat().format(doc.wordCount)} words
          </p>
        </header>
        <div className="document-body">
          {groupLists(startsWithTitle ? blocks.slice(1) : blocks).map((group) =>
            Array.isArray(group) ? (
              <ul key={group[0]!.index} className="block-list">
                {group.map((block) => (
                  <Block key={block.index} block={block} endnotes={endnotes} onFootnote={focusBlock} />
                ))}
              </ul>
            ) : (
              <Block key={group.index} block={group} endnotes={endnotes} onFootnote={focusBlock} />
            ),
          )}
        </div>
        <footer className="keyboard-hint muted">
          Keyboard: <kbd>j</kbd> / <kbd>k</kbd> next and previous paragraph, <kbd>Shift</kbd>+<kbd>J</kbd> /{' '}
          <kbd>Shift</kbd>+<kbd>K</kbd> next and previous heading.
        </footer>
      </article>
    </div>
  );
}

/** Consecutive list items become one list; other blocks stand alone. */
function groupLists(blocks: readonly StoredBlock[]): (StoredBlock | StoredBlock[])[] {
  const groups: (StoredBlock | StoredBlock[])[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'list-item' && Array.isArray(last)) last.push(block);
    else groups.push(block.kind === 'list-item' ? [block] : block);
  }
  return groups;
}

interface BlockProps {
  readonly block: StoredBlock;
  readonly endnotes: ReadonlyMap<string, number>;
  readonly onFootnote: (index: number) => void;
}

function Block({ block, endnotes, onFootnote }: BlockProps) {
  const common = {
    id: blockElementId(block.index),
    'data-block': block.index,
    'data-para': paragraphNumber(block),
    tabIndex: -1,
    className: `block block-${block.kind}`,
  };
  const text = <BlockText block={block} endnotes={endnotes} onFootnote={onFootnote} />;
  switch (block.kind) {
    case 'heading': {
      // The document's own title is its h1; headings inside it start at h2.
      if (block.index === 0 && block.level === 1) return <h1 {...common}>{text}</h1>;
      const level = Math.min(6, Math.max(2, block.level ?? 2));
      const Tag = `h${level}` as 'h2';
      return <Tag {...common}>{text}</Tag>;
    }
    case 'list-item':
      return (
        <li {...common}>{text}</li>
      );
    case 'quote':
      return <blockquote {...common}>{text}</blockquote>;
    case 'paragraph':
      return <p {...common}>{text}</p>;
  }
}
