/**
 * The reader: a document as clean text, each block numbered for citation ("¶ 14"), with a table
 * of contents for long documents, keyboard navigation, and annotation: select a passage, tag it
 * by right or add a note; highlights are painted by right colour.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
} from 'react';
import { Link } from 'wouter';
import { documentText, type Annotation, type StoredBlock } from '../../../shared/model';
import { citationLabel, documentCiter, formatRef } from '../../../shared/structure';
import { db } from '../../db/database';
import { getBlocks } from '../../db/documents-repo';
import { DocumentNotesPanel } from '../document-notes';
import { GoToPlace } from './GoToPlace';
import { paintHighlights } from '../../dom/highlights';
import { annotationOn, annotationsAt, blockIndexAt } from '../../../shared/anchoring';
import {
  caretPointFromPoint,
  pointToTextOffset,
  textOffsetsToRange,
  type BlockOffsets,
} from '../../dom/text-offsets';
import {
  annotationForNote,
  AnnotationsPanel,
  SelectionToolbar,
  tagPassage,
  useDocumentAnnotations,
  usePassageSelection,
  useRights,
} from '../annotate';
import { useAuthorName } from '../settings';
import { WhereElsePanel, type WordingMatch } from '../reuse';
import { useSearchHighlight } from '../search';
import { usePlatform } from '../../app/platform-context';
import { BlockText } from './BlockText';
import { FindBar } from './FindBar';
import { OriginalPage } from './OriginalPage';
import { PrintNotes } from './PrintNotes';
import './reader.css';
import { ContentsNav, MIN_HEADINGS_FOR_CONTENTS } from './ContentsNav';
import { endnoteTargets } from './footnotes';
import {
  noteDocumentOpened,
  flushReadingPosition,
  savedReadingPosition,
  saveReadingPosition,
  storedReadingPosition,
} from './reading-position';
import { useTextSize } from './text-size';
import { useDocument } from './use-document';
import { useOriginal } from './use-original';
import { useReaderKeys, type ReaderKeyActions } from './use-reader-keys';

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
  const annotations = useDocumentAnnotations(docId);
  const allRights = useRights();
  const author = useAuthorName() ?? '';
  const articleRef = useRef<HTMLElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [noteFocusId, setNoteFocusId] = useState<string | null>(null);
  const textSize = useTextSize();
  const platform = usePlatform();
  /** The find bar: null when closed, else a counter that puts the focus back in it. */
  const [findRequest, setFindRequest] = useState<number | null>(null);
  const openFind = useCallback(() => setFindRequest((n) => (n ?? 0) + 1), []);
  /** The block the reading position is on (the focused one): the original page follows it. */
  const [currentBlock, setCurrentBlock] = useState(0);
  const [showOriginal, setShowOriginal] = useState(false);
  const original = useOriginal(open?.document);
  const isPdf = open?.document.format === 'pdf';
  const toggleOriginal = useCallback(() => setShowOriginal((shown) => !shown), []);
  const print = useCallback(() => {
    // The desktop shell's print dialog, or the browser's; a failure is the dialog's to report.
    platform.print().catch(() => undefined);
  }, [platform]);

  const blocks = useMemo(() => open?.blocks ?? [], [open]);
  const text = useMemo(() => documentText(blocks), [blocks]);
  // The one citation rule: ¶ numbers count paragraphs only; passages cite their range.
  const citer = useMemo(() => documentCiter(blocks), [blocks]);
  const offsets: BlockOffsets[] = useMemo(
    () => blocks.map((b) => ({ index: b.index, start: b.start, length: b.text.length })),
    [blocks],
  );
  const rights = useMemo(() => allRights ?? [], [allRights]);
  const taggingRights = useMemo(() => rights.filter((r) => !r.archived), [rights]);
  const [selected, clearSelection] = usePassageSelection(articleRef, offsets, text);
  /** The wording whose other appearances are listed, with where it was selected. */
  const [whereElse, setWhereElse] = useState<{
    quote: string;
    origin: { docId: string; start: number; end: number };
  } | null>(null);
  // The selection's rights as they are now (tagging just before asking is still in flight).
  const whereElseRightIds = useMemo(
    () => (whereElse && annotations && annotationOn(annotations, whereElse.origin)?.rightIds) || [],
    [whereElse, annotations],
  );
  useSearchHighlight(articleRef, blocks, paragraph);

  const focusBlock = useCallback((index: number) => {
    const element = document.getElementById(blockElementId(index));
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, []);

  // Reading starts in the text: at the cited paragraph, else where the analyst was in this
  // document before, else at its start, so j / k and Enter work without reaching for the mouse.
  const openedId = open?.document.id;
  useEffect(() => {
    if (openedId === undefined) return;
    noteDocumentOpened(openedId);
    if (paragraph !== undefined) {
      focusBlock(paragraph - 1);
      return;
    }
    const saved = savedReadingPosition(openedId);
    if (saved !== undefined) {
      focusBlock(saved);
      return;
    }
    const first = document.getElementById(blockElementId(0));
    first?.focus({ preventScroll: true });
    // After a restart the position comes from the library; the analyst may already have moved.
    let current = true;
    void storedReadingPosition(openedId).then((stored) => {
      if (current && stored !== undefined && stored > 0 && document.activeElement === first)
        focusBlock(stored);
    });
    return () => {
      current = false;
      flushReadingPosition(openedId);
    };
  }, [openedId, paragraph, focusBlock]);

  // Paint highlights whenever the text, the annotations, the rights or the active one change.
  useEffect(() => {
    const root = articleRef.current;
    if (!root || !annotations || blocks.length === 0) return;
    const order = new Map(rights.map((r) => [r.id, r.order]));
    const paintable = annotations
      .filter((a) => a.status !== 'orphaned')
      .map((a) => ({
        id: a.id,
        start: a.position.start,
        end: a.position.end,
        rightIds: [...a.rightIds].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)),
      }));
    return paintHighlights(root, offsets, paintable, rights, activeId);
  }, [annotations, rights, offsets, blocks, activeId]);

  const context = useMemo(
    () => ({ db, docId, text, blocks: offsets, author }),
    [docId, text, offsets, author],
  );
  const applied =
    (selected && annotations && annotationOn(annotations, selected.passage)?.rightIds) || [];

  const tag = useCallback(
    async (rightId: string) => {
      if (!selected) return;
      const annotation = await tagPassage(context, selected.passage, rightId);
      setActiveId(annotation.id);
    },
    [context, selected],
  );

  const openWhereElse = useCallback(() => {
    if (!selected) return;
    const { start, end } = selected.passage;
    setWhereElse({
      quote: text.slice(start, end),
      origin: { docId, start, end },
    });
  }, [selected, text, docId]);

  /** Tags a passage found elsewhere with the rights of the selection it was found from. */
  const tagLikeOriginal = useCallback(
    async (match: WordingMatch) => {
      if (!whereElse) return;
      const found = await getBlocks(db, match.docId);
      const foundContext = {
        db,
        docId: match.docId,
        text: documentText(found),
        blocks: found.map((b) => ({ index: b.index, start: b.start, length: b.text.length })),
        author,
      };
      for (const rightId of whereElseRightIds) {
        await tagPassage(foundContext, { start: match.start, end: match.end }, rightId);
      }
    },
    [whereElse, whereElseRightIds, author],
  );

  const addNote = useCallback(async () => {
    if (!selected) return;
    const annotation = await annotationForNote(context, selected.passage);
    setActiveId(annotation.id);
    setNoteFocusId(annotation.id);
  }, [context, selected]);

  const endnotes = useMemo(() => endnoteTargets(blocks), [blocks]);
  const pageStarts = useMemo(() => {
    const starts = new Map<number, number>();
    let page: number | undefined;
    for (const block of blocks) {
      if (block.page !== undefined && block.page !== page) starts.set(block.index, block.page);
      page = block.page;
    }
    return starts;
  }, [blocks]);
  const headings = useMemo(() => blocks.filter((b) => b.kind === 'heading'), [blocks]);

  /** Opens an annotation in the panel with its note focused. */
  const openNote = useCallback((id: string) => {
    setActiveId(id);
    setNoteFocusId(id);
  }, []);

  const keyActions = useMemo(
    (): ReaderKeyActions => ({
      focusToolbar: () => {
        const button = toolbarRef.current?.querySelector('button');
        button?.focus();
        return button !== undefined && button !== null;
      },
      selectParagraph: ({ paragraph }) => {
        if (!paragraph) return false;
        document.getSelection()?.selectAllChildren(paragraph);
        return true;
      },
      extendSelection: ({ forward, byWord }, { paragraph }) => {
        const selection = document.getSelection();
        if (!selection || !paragraph) return false;
        // A selection elsewhere is left behind: the new one starts in the focused paragraph.
        if (selection.rangeCount === 0 || !paragraph.contains(selection.anchorNode)) {
          selection.selectAllChildren(paragraph);
          if (forward) selection.collapseToStart();
          else selection.collapseToEnd();
        }
        selection.modify('extend', forward ? 'forward' : 'backward', byWord ? 'word' : 'character');
        return true;
      },
      openAnnotation: ({ paragraph }) => {
        const block = paragraph && blocks[Number(paragraph.dataset.block)];
        const span = block && { start: block.start, end: block.start + block.text.length };
        const hit = span && annotations && annotationsAt(annotations, span)[0];
        if (!hit) return false;
        openNote(hit.id);
        return true;
      },
      move: ({ step, headings: byHeading }, { paragraph }) => {
        const current = Number(paragraph?.dataset.block ?? -1);
        const candidates = byHeading ? headings : blocks;
        const next =
          step > 0
            ? candidates.find((b) => b.index > current)
            : candidates.findLast((b) => b.index < current);
        if (!next) return false;
        focusBlock(next.index);
        return true;
      },
      tag: (shortcut) => {
        const right = taggingRights[shortcut - 1];
        if (!right) return false;
        void tag(right.id);
        return true;
      },
      addNote: () => {
        void addNote();
        return true;
      },
      whereElse: () => {
        openWhereElse();
        return true;
      },
      clearSelection: () => {
        clearSelection();
        // Escape keeps its default, so a dialog open beside the text still closes.
        return false;
      },
      find: () => {
        openFind();
        return true;
      },
      print: () => {
        print();
        return true;
      },
      toggleOriginal: () => {
        // Only a PDF has pages; elsewhere o is no shortcut.
        if (!isPdf) return false;
        toggleOriginal();
        return true;
      },
    }),
    [
      blocks,
      headings,
      annotations,
      taggingRights,
      tag,
      addNote,
      openWhereElse,
      clearSelection,
      focusBlock,
      openNote,
      openFind,
      print,
      isPdf,
      toggleOriginal,
    ],
  );
  useReaderKeys(articleRef, selected !== null, keyActions);

  const goToAnnotation = useCallback(
    (annotation: Annotation) => {
      const root = articleRef.current;
      const range =
        root &&
        textOffsetsToRange(root, offsets, annotation.position.start, annotation.position.end);
      setActiveId(annotation.id);
      const element = document.getElementById(blockElementId(annotation.blockIndex));
      element?.scrollIntoView({ block: 'center' });
      element?.focus({ preventScroll: true });
      if (range) {
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
    },
    [offsets],
  );

  if (open === undefined)
    return (
      <p className="loading" role="status">
        Opening…
      </p>
    );
  if (open === null) {
    return (
      <section className="reader-missing">
        <h1>Document not found</h1>
        <p>
          It may have been deleted. <Link href="/">Back to the library</Link>
        </p>
      </section>
    );
  }
  const doc = open.document;
  // The header's title is the library's (which the analyst may have edited); a first heading
  // that says the same is shown as that title, otherwise it stays in the text below it.
  const startsWithTitle =
    blocks[0]?.kind === 'heading' && blocks[0].level === 1 && blocks[0].text === doc.title;
  const hasContents = headings.length >= MIN_HEADINGS_FOR_CONTENTS;

  // Clicking a highlight opens its annotation (the innermost one under the pointer).
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (!document.getSelection()?.isCollapsed || !annotations || !articleRef.current) return;
    const point = caretPointFromPoint(event.clientX, event.clientY);
    const offset =
      point && pointToTextOffset(point.node, point.offset, articleRef.current, offsets);
    if (offset === null || offset === undefined) return;
    setActiveId(annotationsAt(annotations, { start: offset, end: offset })[0]?.id ?? null);
  };

  return (
    <div
      className={`reader ${hasContents ? 'with-contents' : ''} ${showOriginal && isPdf ? 'with-original' : ''}`}
    >
      {hasContents && <ContentsNav headings={headings} onGoTo={focusBlock} />}
      <article
        className="document"
        ref={articleRef}
        style={{ '--reading-size': `${textSize.size}px` } as CSSProperties}
        onClick={onClick}
        onFocus={(event) => {
          const block = (event.target as HTMLElement).closest<HTMLElement>('[data-block]');
          if (!block) return;
          saveReadingPosition(docId, Number(block.dataset.block));
          setCurrentBlock(Number(block.dataset.block));
        }}
        aria-labelledby={startsWithTitle ? blockElementId(0) : 'document-title'}
      >
        {findRequest !== null && (
          <FindBar
            rootRef={articleRef}
            text={text}
            blocks={offsets}
            focusRequest={findRequest}
            onClose={(blockIndex) => {
              setFindRequest(null);
              // Reading goes on at the match: j / k continue from its paragraph.
              if (blockIndex !== null && blockIndex >= 0) focusBlock(blockIndex);
              else document.getElementById(blockElementId(0))?.focus({ preventScroll: true });
            }}
          />
        )}
        <header className="document-header">
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/">Library</Link>
          </nav>
          {startsWithTitle ? (
            <Block
              block={blocks[0]!}
              paragraph={citer.paragraph(0)}
              endnotes={endnotes}
              onFootnote={focusBlock}
              isTitle
            />
          ) : (
            <h1 id="document-title" dir="auto">
              {doc.title}
            </h1>
          )}
          <p className="document-meta">
            {[doc.publisher, doc.year, doc.kind].filter((v) => v !== null && v !== '').join(' · ')}
            {' · '}
            {new Intl.NumberFormat().format(doc.wordCount)} words
          </p>
          <GoToPlace blocks={blocks} onGo={focusBlock} />
          <div className="text-size" role="group" aria-label="Text size">
            <button
              type="button"
              aria-label="Smaller text"
              aria-disabled={textSize.canStep(-1) ? undefined : true}
              onClick={() => textSize.step(-1)}
            >
              A−
            </button>
            <span className="muted" aria-live="polite">
              {textSize.size}px
            </span>
            <button
              type="button"
              aria-label="Larger text"
              aria-disabled={textSize.canStep(1) ? undefined : true}
              onClick={() => textSize.step(1)}
            >
              A+
            </button>
          </div>
          <div className="reader-tools" role="group" aria-label="Document tools">
            <button
              type="button"
              onClick={openFind}
              title="Find in document (Ctrl+F)"
              aria-keyshortcuts="Control+F"
            >
              Find
            </button>
            <button
              type="button"
              onClick={print}
              title="Print (Ctrl+P)"
              aria-keyshortcuts="Control+P"
            >
              Print
            </button>
            {isPdf && (
              <button
                type="button"
                aria-pressed={showOriginal}
                onClick={toggleOriginal}
                title="Show the PDF page beside the text (O)"
                aria-keyshortcuts="O"
              >
                Show original page
              </button>
            )}
          </div>
        </header>
        <DocumentNotesPanel docId={docId} author={author} />
        <div className="document-body">
          {groupLists(startsWithTitle ? blocks.slice(1) : blocks).map((group) =>
            Array.isArray(group) ? (
              <ul key={group[0]!.index} className="block-list">
                {group.map((block) => (
                  <Block
                    key={block.index}
                    block={block}
                    paragraph={citer.paragraph(block.index)}
                    endnotes={endnotes}
                    onFootnote={focusBlock}
                  />
                ))}
              </ul>
            ) : (
              <Block
                key={group.index}
                block={group}
                paragraph={citer.paragraph(group.index)}
                pageStart={pageStarts.get(group.index)}
                endnotes={endnotes}
                onFootnote={focusBlock}
              />
            ),
          )}
        </div>
        <footer className="keyboard-hint muted">
          Keyboard: <kbd>j</kbd> / <kbd>k</kbd> next and previous paragraph, <kbd>Shift</kbd>+
          <kbd>J</kbd> / <kbd>Shift</kbd>+<kbd>K</kbd> headings. <kbd>Enter</kbd> selects the
          paragraph, <kbd>Shift</kbd>+arrows adjust the selection (with <kbd>Ctrl</kbd>: by word),{' '}
          <kbd>1</kbd>–<kbd>9</kbd> tag it, <kbd>N</kbd> adds a note, <kbd>Tab</kbd> reaches the
          toolbar, <kbd>a</kbd> opens the paragraph’s annotation. <kbd>Ctrl</kbd>+<kbd>F</kbd> finds
          in the document, <kbd>Ctrl</kbd>+<kbd>P</kbd> prints it
          {isPdf && (
            <>
              , <kbd>O</kbd> shows its original page beside the text
            </>
          )}
          .
        </footer>
        <PrintNotes annotations={annotations ?? []} rights={rights} />
      </article>
      {showOriginal && isPdf && (
        <OriginalPage
          state={original}
          blocks={blocks}
          current={currentBlock}
          onClose={() => {
            setShowOriginal(false);
            document.getElementById(blockElementId(currentBlock))?.focus({ preventScroll: true });
          }}
        />
      )}
      <AnnotationsPanel
        annotations={annotations ?? []}
        rights={rights}
        documentText={text}
        cite={(annotation) =>
          citationLabel(
            // An orphan's offsets point into an older text: cite the block it started in.
            annotation.status === 'orphaned'
              ? citer.blocks(annotation.blockIndex)
              : citer.passage(annotation.position),
          )
        }
        activeId={activeId}
        noteFocusId={noteFocusId}
        onActivate={setActiveId}
        onGoTo={goToAnnotation}
      />
      {selected && taggingRights.length > 0 && (
        <SelectionToolbar
          ref={toolbarRef}
          rights={taggingRights}
          appliedRightIds={applied}
          anchorRect={selected.rect}
          onTag={(rightId) => void tag(rightId)}
          onAddNote={() => void addNote()}
          onWhereElse={openWhereElse}
          onDismiss={() => {
            // Back to the paragraph the passage starts in.
            const start = blocks[blockIndexAt(offsets, selected.passage.start)];
            clearSelection();
            if (start) focusBlock(start.index);
          }}
        />
      )}
      {whereElse && (
        <WhereElsePanel
          db={db}
          quote={whereElse.quote}
          origin={whereElse.origin}
          rightNames={whereElseRightIds.flatMap(
            (id) => rights.find((right) => right.id === id)?.name ?? [],
          )}
          onTagLikeOriginal={tagLikeOriginal}
          onClose={() => setWhereElse(null)}
        />
      )}
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
  /** Its ¶ number, counting paragraphs only; null for a heading (no ¶ in the gutter). */
  readonly paragraph: number | null;
  /** Set on the first block of each page of a PDF: the page number to show beside it. */
  readonly pageStart?: number | undefined;
  readonly endnotes: ReadonlyMap<string, number>;
  readonly onFootnote: (index: number) => void;
  /** The block is the document's title, shown as its h1. */
  readonly isTitle?: boolean;
}

function Block({ block, paragraph, pageStart, endnotes, onFootnote, isTitle = false }: BlockProps) {
  const common = {
    id: blockElementId(block.index),
    'data-block': block.index,
    'data-para': paragraph ?? undefined,
    // The document's own numbering ("Art. 19(3)", "OP 5"), shown in the gutter instead of ¶ n.
    'data-ref': block.ref === undefined ? undefined : formatRef(block.ref),
    'data-page-start': pageStart,
    tabIndex: -1,
    className: `block block-${block.kind}`,
    // Each block takes its direction from its own first strong letter: Arabic and Hebrew
    // paragraphs read right to left, with their full stop on the left.
    dir: 'auto',
    // A numbered list item's own number ("3", "b"), drawn as its marker.
    'data-label': block.kind === 'list-item' ? block.label : undefined,
  };
  const text = <BlockText block={block} endnotes={endnotes} onFootnote={onFootnote} />;
  switch (block.kind) {
    case 'heading': {
      // The document's own title is its h1; headings inside it start at h2.
      if (block.index === 0 && block.level === 1 && isTitle) return <h1 {...common}>{text}</h1>;
      const level = Math.min(6, Math.max(2, block.level ?? 2));
      const Tag = `h${level}` as 'h2';
      return <Tag {...common}>{text}</Tag>;
    }
    case 'list-item':
      return <li {...common}>{text}</li>;
    case 'quote':
      return <blockquote {...common}>{text}</blockquote>;
    case 'paragraph':
      return <p {...common}>{text}</p>;
  }
}
