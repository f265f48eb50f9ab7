/**
 * The sample library bundled with the app (resources/corpus): the manifest and the texts,
 * built into the renderer so a fresh install works offline with nothing to fetch.
 */
import manifest from '../../resources/corpus/manifest.json';
import bhrrc from '../../resources/corpus/bhrrc-technology-and-digital-freedom.txt?raw';
import canada from '../../resources/corpus/canada-human-rights-online.txt?raw';
import eprs from '../../resources/corpus/eprs-multilateral-initiatives-digital-rights.md?raw';
import focJoint from '../../resources/corpus/foc-joint-action-free-expression.txt?raw';
import focStresses from '../../resources/corpus/foc-stresses-human-rights-online.txt?raw';
import type { SampleDocument } from './seed';

const texts: Record<string, string> = {
  'bhrrc-technology-and-digital-freedom.txt': bhrrc,
  'canada-human-rights-online.txt': canada,
  'eprs-multilateral-initiatives-digital-rights.md': eprs,
  'foc-joint-action-free-expression.txt': focJoint,
  'foc-stresses-human-rights-online.txt': focStresses,
};

/** The sample documents in manifest order, with their sources. */
export const SAMPLE_DOCUMENTS: readonly SampleDocument[] = manifest.documents.map((entry) => {
  const source = texts[entry.file];
  if (source === undefined) throw new Error(`Sample corpus file missing: ${entry.file}`);
  return {
    file: entry.file,
    format: entry.format === 'markdown' ? 'markdown' : 'text',
    title: entry.title,
    publisher: entry.publisher,
    year: entry.year,
    kind: entry.kind,
    source,
  };
});
