/**
 * The example collection in docs/examples/sample-collection.rightsmark.json, built here from the
 * sample library (resources/corpus) exactly as the app would export it, and checked byte for
 * byte against the committed file.
 *
 * To update it after changing the format, the exporter or the excerpts below:
 *   UPDATE_EXAMPLES=1 npx vitest run shared/exchange
 * then review the diff of docs/examples/ and commit it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/describe';
import type { Annotation } from '../model/annotation';
import {
  countWords,
  documentText,
  placeBlocks,
  type LibraryDocument,
  type StoredBlock,
} from '../model/document';
import { parseDocument } from '../text';
import { exportCollection } from './export-collection';
import type { ExportInput } from './export-input';
import { parseCollectionFile } from './parse-collection-file';
import { planMerge } from './merge-planner';
import { rightsmarkFileSchema } from './rightsmark-schema';
import { serializeCollection } from './serialize-collection';
import { RIGHTS } from './testing/fixtures';

const ROOT = new URL('../../', import.meta.url);
const EXAMPLE = new URL('docs/examples/sample-collection.rightsmark.json', ROOT);
const SCHEMA = new URL('docs/schema/rightsmark-collection.schema.json', ROOT);

interface ManifestEntry {
  readonly file: string;
  readonly format: 'text' | 'markdown';
  readonly title: string;
  readonly publisher: string | null;
  readonly year: number | null;
  readonly kind: string | null;
}

const IMPORTED_AT = '2024-03-01T08:00:00.000Z';

/** The sample library as the app seeds it, with real SHA-256 content hashes. */
function sampleLibrary(): { document: LibraryDocument; blocks: StoredBlock[]; text: string }[] {
  const manifest = JSON.parse(
    readFileSync(new URL('resources/corpus/manifest.json', ROOT), 'utf8'),
  ) as { documents: ManifestEntry[] };
  return manifest.documents.map((entry) => {
    const source = readFileSync(new URL(`resources/corpus/${entry.file}`, ROOT), 'utf8');
    const id = `sample:${entry.file}`;
    const blocks = placeBlocks(id, parseDocument(source, entry.format).blocks);
    const text = documentText(blocks);
    return {
      text,
      blocks,
      document: {
        id,
        title: entry.title,
        publisher: entry.publisher,
        year: entry.year,
        kind: entry.kind,
        language: 'en',
        format: entry.format,
        sourceName: entry.file,
        sourceSize: Buffer.byteLength(source),
        contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
        textLength: text.length,
        wordCount: countWords(text),
        blockCount: blocks.length,
        sampleKey: entry.file,
        version: 1,
        createdAt: IMPORTED_AT,
        modifiedAt: IMPORTED_AT,
        deletedAt: null,
      },
    };
  });
}

interface ExcerptSpec {
  readonly file: string;
  readonly passage: string;
  readonly rights: readonly ('expression' | 'privacy' | 'assembly-association')[];
  readonly note: string;
  readonly comment?: string;
  readonly author: string;
  readonly created: string;
  readonly modified?: string;
}

const AMINA = 'Amina Diallo';
const KENJI = 'Kenji Sato';

/** A dozen excerpts across the five texts and the three built-in rights. */
const EXCERPTS: readonly ExcerptSpec[] = [
  {
    file: 'canada-human-rights-online.txt',
    passage: 'The rights and freedoms that individuals have offline must also be protected online.',
    rights: ['expression'],
    note: 'Canada restates the offline/online equivalence principle in its own words; useful as a national echo of the UN formula.',
    comment: 'Open the briefing with this: it is the shared starting point.',
    author: AMINA,
    created: '2024-03-04T09:12:00.000Z',
  },
  {
    file: 'canada-human-rights-online.txt',
    passage:
      'including the rights to online freedom of expression, association and peaceful assembly, as well as to protect privacy online',
    rights: ['expression', 'assembly-association', 'privacy'],
    note: 'One sentence covering all three rights we track: quote it when a single line is needed.',
    author: AMINA,
    created: '2024-03-04T09:20:00.000Z',
    modified: '2024-03-06T14:05:00.000Z',
  },
  {
    file: 'canada-human-rights-online.txt',
    passage: 'a 2019 statement on defending civic space online',
    rights: ['assembly-association'],
    note: 'Civic space = assembly and association. Find the 2019 FOC statement itself before citing.',
    author: AMINA,
    created: '2024-03-04T09:31:00.000Z',
  },
  {
    file: 'foc-stresses-human-rights-online.txt',
    passage:
      'we all have a duty to promote and protect human rights in all forums where we engage, including the ITU (International Telecommunications Union).',
    rights: ['expression'],
    note: 'Standards bodies are in scope too: relevant to the "New IP" debate covered by EPRS.',
    author: KENJI,
    created: '2024-03-05T10:02:00.000Z',
  },
  {
    file: 'foc-joint-action-free-expression.txt',
    passage: 'everyone has the right to freedom of opinion and expression',
    rights: ['expression'],
    note: 'Mirrors UDHR art. 19 almost word for word.',
    author: AMINA,
    created: '2024-03-05T11:40:00.000Z',
  },
  {
    file: 'foc-joint-action-free-expression.txt',
    passage: 'illicit monitoring, filtering and hacking',
    rights: ['privacy', 'expression'],
    note: 'Early (2011) list of the measures; "illicit monitoring" is the surveillance hook.',
    comment: 'Pair with the BHRRC surveillance-industry passage.',
    author: AMINA,
    created: '2024-03-05T11:48:00.000Z',
  },
  {
    file: 'foc-joint-action-free-expression.txt',
    passage:
      'to promote the freedoms of expression, association, and peaceful assembly with respect to the Internet and connection technologies',
    rights: ['assembly-association', 'expression'],
    note: 'Commitment C: diplomacy, not just statements.',
    author: KENJI,
    created: '2024-03-05T12:10:00.000Z',
  },
  {
    file: 'bhrrc-technology-and-digital-freedom.txt',
    passage:
      'governments are now regularly acquiring powerful surveillance technology from private firms',
    rights: ['privacy'],
    note: 'Supply side of surveillance: export controls argument. Source: Surveillance Industry Index.',
    author: KENJI,
    created: '2024-03-06T08:30:00.000Z',
  },
  {
    file: 'bhrrc-technology-and-digital-freedom.txt',
    passage:
      'ワシントン大学*法の支配イニシアチブ テクノロジー(技術)は、人権にとって強力なツールになります。',
    rights: ['expression'],
    note: 'Japanese summary: "Technology is a powerful tool for human rights." Partner: the University of Washington Rule of Law (法の支配) Initiative. Translation by the Japan Committee of the Caux Round Table.',
    author: KENJI,
    created: '2024-03-06T08:55:00.000Z',
    modified: '2024-03-07T09:15:00.000Z',
  },
  {
    file: 'bhrrc-technology-and-digital-freedom.txt',
    passage:
      'Internet shutdowns are an increasingly common tool by governments to restrict dialogue, debate, online organizing, and information dissemination.',
    rights: ['assembly-association', 'expression'],
    note: 'Shutdowns hit organising as much as speech.',
    author: AMINA,
    created: '2024-03-06T09:05:00.000Z',
  },
  {
    file: 'eprs-multilateral-initiatives-digital-rights.md',
    passage:
      'Use of artificial intelligence (AI) on the enjoyment of the right to privacy and associated rights',
    rights: ['privacy'],
    note: 'OHCHR report, September 2021: calls for banning AI uses that cannot comply with human rights law.',
    author: AMINA,
    created: '2024-03-07T15:20:00.000Z',
  },
  {
    file: 'eprs-multilateral-initiatives-digital-rights.md',
    passage: 'the UNHRC condemned internet shutdowns and online censorship',
    rights: ['expression', 'assembly-association'],
    note: 'July 2021 resolution. Check the vote record before saying "consensus".',
    comment: 'Close on this: the multilateral answer to the shutdowns above.',
    author: KENJI,
    created: '2024-03-07T15:45:00.000Z',
  },
];

/** The fixed id of the n-th excerpt. */
function excerptId(n: number): string {
  return `5a3c0de1-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

const COLLECTION_ID = '5a3c0de1-0000-4000-8000-c0111ec71011';
const EXPORTED_AT = '2024-03-15T16:00:00.000Z';

function sampleInput(): ExportInput {
  const library = sampleLibrary();
  const byFile = new Map(library.map((doc) => [doc.document.sourceName, doc]));
  const annotations: Annotation[] = EXCERPTS.map((spec, i) => {
    const doc = byFile.get(spec.file);
    if (doc === undefined) throw new Error(`no sample document ${spec.file}`);
    const at = doc.text.indexOf(spec.passage);
    if (at === -1) throw new Error(`passage not in ${spec.file}: ${spec.passage}`);
    const { quote, position } = describeRange(doc.text, at, at + spec.passage.length);
    const block = doc.blocks.findLast((b) => b.start <= at);
    return {
      id: excerptId(i + 1),
      docId: doc.document.id,
      blockIndex: block?.index ?? 0,
      quote,
      position,
      rightIds: spec.rights.map((r) => `right:${r}`),
      note: spec.note,
      author: spec.author,
      createdAt: spec.created,
      modifiedAt: spec.modified ?? spec.created,
      status: 'anchored',
      deletedAt: null,
    };
  });
  return {
    collection: {
      id: COLLECTION_ID,
      name: 'Human rights online: shared principles and pressure points',
      description:
        'Excerpts for a briefing on how states and multilateral bodies state the offline/online principle, and where surveillance and shutdowns test it. Built from the Rightsmark sample library.',
      items: annotations.map((a, i) => ({
        annotationId: a.id,
        comment: EXCERPTS[i]?.comment ?? '',
      })),
      filter: null,
      createdAt: '2024-03-04T09:00:00.000Z',
      modifiedAt: '2024-03-07T16:00:00.000Z',
      deletedAt: null,
    },
    annotations,
    documents: library.map((d) => d.document),
    blocks: new Map(library.map((d) => [d.document.id, d.blocks])),
    rights: RIGHTS,
  };
}

function sampleText(): string {
  const env = {
    now: () => EXPORTED_AT,
    newId: () => '5a3c0de1-0000-4000-8000-0000000a9e01',
    appVersion: '0.1.0',
  };
  return serializeCollection(exportCollection(sampleInput(), undefined, env));
}

describe('docs/examples/sample-collection.rightsmark.json', () => {
  const text = sampleText();
  if (process.env.UPDATE_EXAMPLES === '1') writeFileSync(EXAMPLE, text);

  it('is what the exporter writes for the sample library, byte for byte', () => {
    expect(readFileSync(EXAMPLE, 'utf8')).toBe(text);
  });

  it('is valid against the JSON Schema and the zod schema', () => {
    // Strict, except that tuples may end early: an orphan's selector list holds only the quote.
    const ajv = new Ajv2020({ strict: true, strictTuples: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    const json: unknown = JSON.parse(text);
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    expect(rightsmarkFileSchema.safeParse(json).success).toBe(true);
  });

  it('round-trips: read back, every excerpt anchors exactly where it was made', () => {
    const input = sampleInput();
    const parsed = parseCollectionFile(text, 'sample-collection.rightsmark.json');
    expect(parsed.excerpts).toHaveLength(EXCERPTS.length);
    expect(new Set(parsed.excerpts.flatMap((e) => e.rights.map((r) => r.id)))).toEqual(
      new Set(['right:expression', 'right:privacy', 'right:assembly-association']),
    );
    const plan = planMerge(parsed, { documents: [], annotations: [], rights: RIGHTS });
    expect(plan.documentsToAdd).toHaveLength(5);
    expect(plan.counts.new).toBe(EXCERPTS.length);
    for (const [i, planned] of plan.excerpts.entries()) {
      const original = input.annotations[i];
      expect(planned.anchoring).toMatchObject({
        kind: 'exact',
        start: original?.position.start,
        end: original?.position.end,
        blockIndex: original?.blockIndex,
      });
    }
  });

  it('carries the Japanese passage with positions over the same plain text', () => {
    const parsed = parseCollectionFile(text, 'sample.json');
    const japanese = parsed.excerpts.find((e) => e.quote.exact.includes('法の支配'));
    const doc = parsed.documents.find((d) => d.contentHash === japanese?.docRef.contentHash);
    const plain = documentText(doc?.blocks ?? []);
    expect(plain).toHaveLength(doc?.textLength ?? -1);
    expect(plain.slice(japanese?.position?.start, japanese?.position?.end)).toBe(
      japanese?.quote.exact,
    );
  });
});
