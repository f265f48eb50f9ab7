/**
 * "Check library": finds rows that point at nothing (an annotation whose document or paragraph
 * is gone, a tag naming an unknown right, a collection item whose excerpt is gone, a document
 * whose counts disagree with its blocks) and repairs them without ever dropping what the
 * analyst wrote: lost passages are gathered in a recovery document, unknown rights recreated.
 */
import { anchor } from '../../shared/anchoring';
import { documentText, type Annotation, type StoredBlock } from '../../shared/model';
import { UNRESOLVED_DOCUMENT_PREFIX } from '../../shared/exchange';
import type { RightsmarkDatabase } from './database';
import { systemEnvironment, type Environment } from '../platform/environment';
import { prepareDocument } from './documents-repo';

export type ProblemKind =
  | 'annotation-without-document'
  | 'annotation-outside-text'
  | 'annotation-wrong-paragraph'
  | 'annotation-unknown-right'
  | 'collection-item-without-excerpt'
  | 'document-counts-wrong';

export interface IntegrityProblem {
  readonly kind: ProblemKind;
  /** The row with the problem (annotation, collection or document id). */
  readonly id: string;
  readonly detail: string;
}

export interface IntegrityReport {
  readonly checked: { documents: number; annotations: number; collections: number };
  readonly problems: readonly IntegrityProblem[];
}

function groupBlocks(blocks: readonly StoredBlock[]): Map<string, StoredBlock[]> {
  const byDoc = new Map<string, StoredBlock[]>();
  for (const block of blocks) {
    const list = byDoc.get(block.docId) ?? [];
    list.push(block);
    byDoc.set(block.docId, list);
  }
  for (const list of byDoc.values()) list.sort((a, b) => a.index - b.index);
  return byDoc;
}

/** Checks every cross-reference in the library; changes nothing. */
export async function checkLibrary(db: RightsmarkDatabase): Promise<IntegrityReport> {
  return db.transaction(
    'r',
    [db.documents, db.blocks, db.annotations, db.rights, db.collections],
    async () => {
      const [documents, blocks, annotations, rights, collections] = await Promise.all([
        db.documents.toArray(),
        db.blocks.toArray(),
        db.annotations.toArray(),
        db.rights.toArray(),
        db.collections.toArray(),
      ]);
      const docs = new Map(documents.map((d) => [d.id, d]));
      const byDoc = groupBlocks(blocks);
      const rightIds = new Set(rights.map((r) => r.id));
      const annotationIds = new Set(annotations.map((a) => a.id));
      const problems: IntegrityProblem[] = [];

      for (const doc of documents) {
        const own = byDoc.get(doc.id) ?? [];
        const textLength = documentText(own).length;
        if (own.length !== doc.blockCount || textLength !== doc.textLength) {
          problems.push({
            kind: 'document-counts-wrong',
            id: doc.id,
            detail: `“${doc.title}” records ${doc.blockCount} paragraphs, ${own.length} are stored`,
          });
        }
      }
      for (const a of annotations) {
        // Excerpts from a colleague whose document nobody has here: kept on purpose, as orphans.
        if (a.docId.startsWith(UNRESOLVED_DOCUMENT_PREFIX) && a.status === 'orphaned') continue;
        const own = byDoc.get(a.docId);
        if (!docs.has(a.docId) || !own) {
          problems.push({
            kind: 'annotation-without-document',
            id: a.id,
            detail: `“${a.quote.exact.slice(0, 60)}”: its document is missing`,
          });
          continue;
        }
        const length = documentText(own).length;
        if (
          a.status !== 'orphaned' &&
          (a.position.end > length || a.position.start >= a.position.end)
        ) {
          problems.push({
            kind: 'annotation-outside-text',
            id: a.id,
            detail: `“${a.quote.exact.slice(0, 60)}”: its position lies outside the text`,
          });
        } else if (a.blockIndex >= own.length) {
          problems.push({
            kind: 'annotation-wrong-paragraph',
            id: a.id,
            detail: `“${a.quote.exact.slice(0, 60)}”: ¶ ${a.blockIndex + 1} does not exist`,
          });
        }
        const unknown = a.rightIds.filter((r) => !rightIds.has(r));
        if (unknown.length > 0) {
          problems.push({
            kind: 'annotation-unknown-right',
            id: a.id,
            detail: `tagged with unknown right ${unknown.join(', ')}`,
          });
        }
      }
      for (const c of collections) {
        for (const item of c.items) {
          if (!annotationIds.has(item.annotationId)) {
            problems.push({
              kind: 'collection-item-without-excerpt',
              id: c.id,
              detail: `“${c.name}” lists an excerpt (${item.annotationId}) that is not in the library`,
            });
          }
        }
      }
      return {
        checked: {
          documents: documents.length,
          annotations: annotations.length,
          collections: collections.length,
        },
        problems,
      };
    },
  );
}

export const RECOVERY_DOCUMENT_TITLE = 'Recovered passages (their documents were missing)';
/** Colour of rights recreated because annotations named them. */
const RECOVERED_RIGHT_COLOUR = '#8e8e93';

/**
 * Repairs what checkLibrary reports, in one transaction:
 * - passages whose document is missing move to a recovery document holding their quotes;
 * - passages outside their text are re-anchored by quote, or kept as orphans;
 * - wrong paragraph numbers are recomputed from positions;
 * - unknown rights are recreated (named after their id) so no tag is lost;
 * - document counts are recomputed from their blocks.
 * Collection items whose excerpt is gone are reported, not removed: they may come back from a
 * backup or a colleague's file. Resolves to the problems that remain.
 */
export async function repairLibrary(
  db: RightsmarkDatabase,
  env: Environment = systemEnvironment,
): Promise<IntegrityReport> {
  const report = await checkLibrary(db);
  const orphans = report.problems
    .filter((p) => p.kind === 'annotation-without-document')
    .map((p) => p.id);
  const lost = (await db.annotations.bulkGet(orphans)).filter(
    (a): a is Annotation => a !== undefined,
  );
  const recovery =
    lost.length > 0
      ? await prepareDocument(
          {
            meta: {
              title: RECOVERY_DOCUMENT_TITLE,
              publisher: null,
              year: null,
              kind: 'recovered passages',
              language: null,
            },
            format: 'text',
            sourceName: 'recovered-passages.txt',
            sourceSize: 0,
            sampleKey: null,
            blocks: lost.map((a) => ({
              kind: 'paragraph',
              text: a.quote.exact.replace(/\s+/g, ' ').trim() || '(empty passage)',
            })),
          },
          env,
        )
      : null;

  await db.transaction('rw', [db.documents, db.blocks, db.annotations, db.rights], async () => {
    const now = env.now();
    if (recovery) {
      await db.documents.add(recovery.document);
      await db.blocks.bulkAdd([...recovery.blocks]);
      await db.annotations.bulkPut(
        lost.map((a, i) => {
          const block = recovery.blocks[i]!;
          return {
            ...a,
            docId: recovery.document.id,
            blockIndex: block.index,
            position: {
              type: 'TextPositionSelector',
              start: block.start,
              end: block.start + block.text.length,
            },
            status: 'reanchored',
            modifiedAt: now,
          };
        }),
      );
    }
    for (const problem of report.problems) {
      if (problem.kind === 'document-counts-wrong') {
        const doc = await db.documents.get(problem.id);
        const blocks = await db.blocks.where('docId').equals(problem.id).sortBy('index');
        if (doc)
          await db.documents.put({
            ...doc,
            blockCount: blocks.length,
            textLength: documentText(blocks).length,
            modifiedAt: now,
          });
      }
      if (
        problem.kind === 'annotation-outside-text' ||
        problem.kind === 'annotation-wrong-paragraph'
      ) {
        const a = await db.annotations.get(problem.id);
        if (!a) continue;
        const blocks = await db.blocks.where('docId').equals(a.docId).sortBy('index');
        const result = anchor(documentText(blocks), a);
        if (result.status === 'orphaned') {
          await db.annotations.put({
            ...a,
            status: 'orphaned',
            blockIndex: Math.min(a.blockIndex, Math.max(0, blocks.length - 1)),
            modifiedAt: now,
          });
        } else {
          const blockIndex = blocks.filter((b) => b.start <= result.start).length - 1;
          await db.annotations.put({
            ...a,
            position: { type: 'TextPositionSelector', start: result.start, end: result.end },
            blockIndex: Math.max(0, blockIndex),
            status: result.status === 'anchored' ? a.status : 'reanchored',
            modifiedAt: now,
          });
        }
      }
      if (problem.kind === 'annotation-unknown-right') {
        const a = await db.annotations.get(problem.id);
        for (const rightId of a?.rightIds ?? []) {
          if (await db.rights.get(rightId)) continue;
          const last = await db.rights.orderBy('order').last();
          await db.rights.add({
            id: rightId,
            name: `Recovered right ${rightId.replace(/^right:/, '')}`,
            description: 'Recreated by “Check library” because passages were tagged with it.',
            legalBasis: '',
            color: RECOVERED_RIGHT_COLOUR,
            order: (last?.order ?? 0) + 1,
            builtIn: false,
            archived: false,
            createdAt: now,
            modifiedAt: now,
          });
        }
      }
    }
  });
  return checkLibrary(db);
}
