/**
 * "Compare with the current version", inside an import's new-version question: the current
 * version and the file side by side, paragraph by paragraph (same, changed, moved, added,
 * removed, lead verbs made stronger or weaker), and what replacing would do to the excerpts:
 * which stay word for word, which land on changed wording, which the new text no longer has.
 */
import { useEffect, useMemo, useState } from 'react';
import { placeBlocks, type ParsedBlock } from '../../../shared/model';
import { compareVersions, comparisonRows, comparisonSummary } from '../../../shared/reuse';
import { db } from '../../db/database';
import { previewDocumentVersion, type ReplacePreview as Preview } from '../../db/document-versions';
import { messageOf } from '../../ui/message-of';
import { plural } from '../../ui/plural';
import { ComparisonRows } from '../compare';

/** "1 excerpt stays word for word; 2 excerpts move onto changed wording (…)." */
function excerptsSentence(unchanged: number, changed: number, lost: number): string {
  if (unchanged + changed + lost === 0) return 'The current version has no excerpts.';
  const parts = [
    unchanged > 0 ? `${plural(unchanged, 'excerpt stays', 'excerpts stay')} word for word` : '',
    changed > 0
      ? `${plural(changed, 'excerpt moves', 'excerpts move')} onto changed wording (to confirm in the reader)`
      : '',
    lost > 0
      ? `${plural(lost, 'excerpt is', 'excerpts are')} not in the new version (kept with ${lost === 1 ? 'its quote' : 'their quotes'})`
      : '',
  ].filter((part) => part !== '');
  return `${parts.join('; ')}.`;
}

interface ReplacePreviewProps {
  readonly docId: string;
  readonly blocks: readonly ParsedBlock[];
}

export function ReplacePreview({ docId, blocks }: ReplacePreviewProps) {
  const [preview, setPreview] = useState<Preview | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    previewDocumentVersion(db, docId, blocks).then(
      (next) => live && setPreview(next),
      (error: unknown) => live && setFailure(messageOf(error)),
    );
    return () => {
      live = false;
    };
  }, [docId, blocks]);
  const comparison = useMemo(() => {
    if (preview === undefined) return undefined;
    const newBlocks = placeBlocks(docId, blocks);
    const result = compareVersions(preview.blocks, newBlocks);
    return {
      rows: comparisonRows(result),
      oldTexts: preview.blocks.map((block) => block.text),
      newTexts: newBlocks.map((block) => block.text),
    };
  }, [preview, docId, blocks]);

  if (failure !== null) return <p role="alert">The versions could not be compared: {failure}</p>;
  if (preview === undefined || comparison === undefined)
    return <p role="status">Comparing the two versions…</p>;
  const changed = preview.reworded.length;
  return (
    <section className="replace-preview" aria-label="Current version compared with the file">
      <p className="compare-summary" role="status">
        {comparisonSummary(comparison.rows)}
      </p>
      <section className="replace-preview-excerpts" aria-labelledby="replace-excerpts-heading">
        <h3 id="replace-excerpts-heading">Excerpts if you replace</h3>
        <p>{excerptsSentence(preview.unchanged, changed, preview.lost.length)}</p>
        {changed > 0 && (
          <ul aria-label="Excerpts that change wording">
            {preview.reworded.map((excerpt, index) => (
              <li key={index}>
                <del>“{excerpt.before}”</del> becomes <ins>“{excerpt.after}”</ins>
              </li>
            ))}
          </ul>
        )}
        {preview.lost.length > 0 && (
          <ul aria-label="Excerpts not in the new version">
            {preview.lost.map((quote, index) => (
              <li key={index}>“{quote}”</li>
            ))}
          </ul>
        )}
      </section>
      <div className="compare-columns" aria-hidden="true">
        <span>Current version {preview.document.version}</span>
        <span>The file (version {preview.document.version + 1})</span>
      </div>
      <ComparisonRows
        rows={comparison.rows}
        oldTexts={comparison.oldTexts}
        newTexts={comparison.newTexts}
      />
    </section>
  );
}
