/**
 * Carrying an older version's excerpts to a newer version of the document (two documents in
 * the library): each is looked for in the new text by the re-anchoring every new version gets
 * (position, quote with context, then approximate wording); found ones are copied with their
 * rights and note, the rest are reported by their quotes. The older version is left as it was.
 */
import { blockIndexAt, describeRange, reanchorAll } from '../../shared/anchoring';
import { documentText, type Annotation } from '../../shared/model';
import { systemEnvironment, type Environment } from '../platform/environment';
import type { RightsmarkDatabase } from './database';
import { LibraryError } from './library-error';

/** What carrying did (or, planned, would do). */
export interface CarryReport {
  /** Copied where their quote still stands word for word. */
  readonly carried: number;
  /** Copied onto a passage whose wording changed: marked re-anchored, to confirm. */
  readonly reworded: readonly string[];
  /** Already on the newer version at the same place: not copied twice. */
  readonly already: number;
  /** Quotes of the excerpts whose passage is not in the newer version. */
  readonly notCarried: readonly string[];
}

interface Found {
  readonly annotation: Annotation;
  readonly start: number;
  readonly end: number;
  readonly fuzzy: boolean;
}

async function plan(
  db: RightsmarkDatabase,
  fromDocId: string,
  toDocId: string,
): Promise<{ found: Found[]; already: number; notCarried: string[]; text: string }> {
  const [from, to] = await Promise.all([db.documents.get(fromDocId), db.documents.get(toDocId)]);
  if (!from || from.deletedAt !== null || !to || to.deletedAt !== null) {
    throw new LibraryError(
      'missing',
      { kind: 'document' },
      `Document ${fromDocId} or ${toDocId} is not live.`,
    );
  }
  const [oldAnnotations, existing, blocks] = await Promise.all([
    db.annotations.where('docId').equals(fromDocId).toArray(),
    db.annotations.where('docId').equals(toDocId).toArray(),
    db.blocks.where('docId').equals(toDocId).sortBy('index'),
  ]);
  const live = oldAnnotations.filter((a) => a.deletedAt === null && a.status !== 'orphaned');
  const text = documentText(blocks);
  const results = reanchorAll(text, live);
  const taken = new Set(
    existing
      .filter((a) => a.deletedAt === null)
      .map((a) => `${a.position.start}:${a.position.end}`),
  );
  const found: Found[] = [];
  const notCarried: string[] = [];
  let already = 0;
  live.forEach((annotation, index) => {
    const result = results[index];
    if (result === undefined || result.status === 'orphaned') {
      notCarried.push(annotation.quote.exact);
      return;
    }
    const key = `${result.start}:${result.end}`;
    if (taken.has(key)) {
      already += 1;
      return;
    }
    taken.add(key);
    found.push({ annotation, start: result.start, end: result.end, fuzzy: result.how === 'fuzzy' });
  });
  return { found, already, notCarried, text };
}

function report(found: readonly Found[], already: number, notCarried: string[]): CarryReport {
  return {
    carried: found.filter((f) => !f.fuzzy).length,
    reworded: found.filter((f) => f.fuzzy).map((f) => f.annotation.quote.exact),
    already,
    notCarried,
  };
}

/** What carrying the excerpts of `fromDocId` to `toDocId` would do, without writing. */
export async function planCarryAnnotations(
  db: RightsmarkDatabase,
  fromDocId: string,
  toDocId: string,
): Promise<CarryReport> {
  return db.transaction('r', [db.documents, db.annotations, db.blocks], async () => {
    const { found, already, notCarried } = await plan(db, fromDocId, toDocId);
    return report(found, already, notCarried);
  });
}

/**
 * Copies the older version's excerpts to the newer one where their passage still exists, in
 * one transaction; returns what it did.
 */
export async function carryAnnotations(
  db: RightsmarkDatabase,
  fromDocId: string,
  toDocId: string,
  env: Environment = systemEnvironment,
): Promise<CarryReport> {
  return db.transaction('rw', [db.documents, db.annotations, db.blocks], async () => {
    const { found, already, notCarried, text } = await plan(db, fromDocId, toDocId);
    const blocks = await db.blocks.where('docId').equals(toDocId).sortBy('index');
    const now = env.now();
    const copies = found.map(({ annotation, start, end, fuzzy }): Annotation => {
      const { quote, position } = describeRange(text, start, end);
      return {
        ...annotation,
        id: env.newId(),
        docId: toDocId,
        blockIndex: Math.max(0, blockIndexAt(blocks, start)),
        quote,
        position,
        // A changed wording waits for the analyst's confirmation, as after a new version.
        status: fuzzy ? 'reanchored' : 'anchored',
        createdAt: now,
        modifiedAt: now,
        deletedAt: null,
      };
    });
    await db.annotations.bulkAdd(copies);
    return report(found, already, notCarried);
  });
}
