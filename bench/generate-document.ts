/**
 * A long generated document and excerpts over it, shaped exactly as the app stores them
 * (LibraryDocument, StoredBlock, Annotation), deterministic for a given seed. Selectors come from
 * shared/anchoring's describeRange, as the annotator makes them.
 */
import { createHash } from 'node:crypto';
import { createRandom } from '../shared/anchoring/testing/random-text';
import {
  blockIndexAt,
  describeRange,
  DescribeRangeError,
  type PassageSelectors,
} from '../shared/anchoring';
import {
  BUILT_IN_RIGHTS,
  countWords,
  documentText,
  placeBlocks,
  type Annotation,
  type LibraryDocument,
  type ParsedBlock,
  type StoredBlock,
} from '../shared/model';

type Random = () => number;

const WORDS = (
  'the state shall ensure everyone right rights freedom of expression opinion assembly ' +
  'association privacy data protection online offline access information without interference ' +
  'regardless frontiers through any media discrimination equality before law remedy effective ' +
  'surveillance encryption platforms content moderation companies due diligence children women ' +
  'minorities journalists defenders civil society participation digital technologies artificial ' +
  'intelligence safeguards necessary proportionate legitimate aim restrictions'
).split(' ');

/** Sentences in other scripts, so the reader's offsets meet accents, CJK and emoji too. */
const OTHER_SCRIPTS = [
  'テクノロジーは人権を尊重しなければならない。',
  'Défense des droits — naïve café.',
  'Rights 🌍 online 👩🏽‍💻 and offline 🔒.',
  'Право на свободу выражения мнений.',
];

/** Paragraph length aimed at: a dense page holds about ten such paragraphs (3,000 characters). */
const PARAGRAPH_LENGTH = 300;
/** A section heading every this many paragraphs: 100 sections in 3,000 paragraphs. */
const PARAGRAPHS_PER_SECTION = 30;
/** Excerpt lengths, from a phrase to a long paragraph's worth. */
const EXCERPT_MIN = 20;
const EXCERPT_MAX = 300;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function sentence(random: Random): string {
  if (random() < 0.03) return pick(random, OTHER_SCRIPTS);
  const words = Array.from({ length: 6 + Math.floor(random() * 14) }, () => pick(random, WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random): string {
  const sentences: string[] = [];
  let length = 0;
  // Sentences are added until the length passes a target that varies by ±20%; the last one
  // overshoots it by half a sentence (~50 characters) on average, hence the target's 5/6.
  const target = ((PARAGRAPH_LENGTH * 5) / 6) * (0.8 + random() * 0.4);
  while (length < target) {
    const next = sentence(random);
    sentences.push(next);
    length += next.length + 1;
  }
  return sentences.join(' ');
}

/** A title, then `paragraphs` paragraphs with a section heading every 30. */
export function generateBlocks(paragraphs: number, seed: number, title: string): ParsedBlock[] {
  const random = createRandom(seed);
  const blocks: ParsedBlock[] = [{ kind: 'heading', level: 1, text: title }];
  for (let i = 0; i < paragraphs; i += 1) {
    if (i % PARAGRAPHS_PER_SECTION === 0) {
      const section = i / PARAGRAPHS_PER_SECTION + 1;
      blocks.push({
        kind: 'heading',
        level: 2,
        text: `${section}. ${sentence(random).slice(0, 60)}`,
      });
    }
    blocks.push({ kind: 'paragraph', text: paragraph(random) });
  }
  return blocks;
}

export interface GeneratedDocument {
  readonly document: LibraryDocument;
  readonly blocks: readonly StoredBlock[];
  readonly text: string;
}

/** The document row and stored blocks for `blocks` under `id`. */
export function storedDocument(
  id: string,
  title: string,
  parsed: readonly ParsedBlock[],
): GeneratedDocument {
  const blocks = placeBlocks(id, parsed);
  const text = documentText(blocks);
  const createdAt = '2026-01-01T00:00:00.000Z';
  const document: LibraryDocument = {
    id,
    title,
    publisher: 'Benchmark Office',
    year: 2026,
    kind: 'report',
    language: 'en',
    format: 'text',
    sourceName: `${id}.txt`,
    sourceSize: Buffer.byteLength(text),
    contentHash: createHash('sha256').update(text).digest('hex'),
    textLength: text.length,
    // Block by block: Node 20's Intl.Segmenter slows down quadratically over one long string
    // (100 KB ≈ 9 s here), while Chromium's does not. Separators hold no words, so the sum is equal.
    wordCount: blocks.reduce((sum, block) => sum + countWords(block.text), 0),
    blockCount: blocks.length,
    sampleKey: null,
    version: 1,
    createdAt,
    modifiedAt: createdAt,
    deletedAt: null,
  };
  return { document, blocks, text };
}

function describeOrNull(text: string, start: number, end: number): PassageSelectors | null {
  try {
    return describeRange(text, start, end);
  } catch (error) {
    if (error instanceof DescribeRangeError) return null;
    throw error;
  }
}

/**
 * `count` excerpts at random places in the document, 20–300 characters long, each tagged with
 * one right (60%), two (30%) or all three built-in ones.
 */
export function generateAnnotations(
  doc: GeneratedDocument,
  count: number,
  seed: number,
): Annotation[] {
  const random = createRandom(seed);
  const rightIds = BUILT_IN_RIGHTS.map((right) => right.id);
  const annotations: Annotation[] = [];
  while (annotations.length < count) {
    const start = Math.floor(random() * (doc.text.length - EXCERPT_MIN));
    const end = Math.min(
      doc.text.length,
      start + EXCERPT_MIN + Math.floor(random() * (EXCERPT_MAX - EXCERPT_MIN)),
    );
    const selectors = describeOrNull(doc.text, start, end);
    if (!selectors) continue; // only a blank line was picked
    const roll = random();
    const rights = roll < 0.6 ? 1 : roll < 0.9 ? 2 : 3;
    const offset = Math.floor(random() * rightIds.length);
    const n = annotations.length;
    const createdAt = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
    annotations.push({
      id: `bench-annotation-${String(n).padStart(5, '0')}`,
      docId: doc.document.id,
      blockIndex: blockIndexAt(doc.blocks, selectors.position.start),
      quote: selectors.quote,
      position: selectors.position,
      rightIds: Array.from(
        { length: rights },
        (_, i) => rightIds[(offset + i) % rightIds.length] ?? '',
      ),
      note: '',
      author: 'bench',
      createdAt,
      modifiedAt: createdAt,
      status: 'anchored',
      deletedAt: null,
    });
  }
  return annotations;
}
