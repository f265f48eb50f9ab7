/** Renders one block's text with its inline marks; never renders markup or follows links. */
import type { ReactNode } from 'react';
import type { InlineMark, StoredBlock } from '../../../shared/model';
import { superscriptToDigits } from './footnotes';
import { segmentText } from './segments';

interface BlockTextProps {
  readonly block: StoredBlock;
  /** Footnote marker → index of the block with its note. */
  readonly endnotes: ReadonlyMap<string, number>;
  readonly onFootnote: (blockIndex: number) => void;
}

export function BlockText({ block, endnotes, onFootnote }: BlockTextProps) {
  return (
    <>
      {segmentText(block.text, block.marks).map((segment) => {
        let node: ReactNode = segment.text;
        // Innermost mark first, so the outermost ends up outside.
        for (const mark of [...segment.marks].reverse()) {
          node = wrap(mark, node, segment.text, block.index, endnotes, onFootnote);
        }
        return <span key={segment.start}>{node}</span>;
      })}
    </>
  );
}

function wrap(
  mark: InlineMark,
  node: ReactNode,
  text: string,
  blockIndex: number,
  endnotes: ReadonlyMap<string, number>,
  onFootnote: (blockIndex: number) => void,
): ReactNode {
  switch (mark.type) {
    case 'strong':
      return <strong>{node}</strong>;
    case 'emphasis':
      return <em>{node}</em>;
    case 'link':
      // Sources link to pages we never load; the text is shown as a quiet reference.
      return <span className="source-link">{node}</span>;
    case 'footnote-ref': {
      const target = endnotes.get(text);
      if (target === undefined || target === blockIndex)
        return <span className="footnote-ref">{node}</span>;
      return (
        <button
          type="button"
          className="footnote-ref"
          aria-label={`Endnote ${superscriptToDigits(text)}`}
          onClick={() => onFootnote(target)}
        >
          {node}
        </button>
      );
    }
  }
}
