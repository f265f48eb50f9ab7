/**
 * Page notes come in with the file they are in: a Hypothesis search response's page note (with
 * the reply to it) and a W3C annotation on a whole document are saved as document notes on
 * their document, in the import's one transaction, once however often the file is imported.
 * Fixture: e2e/fixtures/hypothesis-search-response.json (3 excerpts, 3 replies, 1 page note
 * with 1 reply, all on the sample library's FOC news item).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCollectionFile, planMerge } from '../../shared/exchange';
import { applyMergePlan, loadLibrarySnapshot } from './collection-import';
import type { RightsmarkDatabase } from './database';
import { deleteDocumentNote, documentNotesOf } from './document-notes-repo';
import { SAMPLE_DOCUMENTS } from './sample-corpus';
import { seedLibrary } from './seed';
import { createTestDatabase, createTestEnvironment } from './test-support';
import type { Environment } from '../platform/environment';
import HYPOTHESIS from '../../e2e/fixtures/hypothesis-search-response.json?raw';

const FOC_TITLE =
  'Freedom Online Coalition Stresses the Need to Promote, Protect Human Rights Online';

let db: RightsmarkDatabase;
let env: Environment;

async function rowCounts() {
  return {
    documents: await db.documents.count(),
    blocks: await db.blocks.count(),
    annotations: await db.annotations.count(),
    documentNotes: await db.documentNotes.count(),
    rights: await db.rights.count(),
    collections: await db.collections.count(),
  };
}

async function importFile(text: string, fileName: string) {
  const plan = planMerge(parseCollectionFile(text, fileName), await loadLibrarySnapshot(db));
  return { plan, result: await applyMergePlan(db, plan, new Map(), env) };
}

async function focDocId(): Promise<string> {
  const doc = await db.documents.filter((d) => d.title === FOC_TITLE).first();
  if (!doc) throw new Error('the sample library lacks the FOC news item');
  return doc.id;
}

beforeEach(async () => {
  db = createTestDatabase();
  env = createTestEnvironment('imp');
  await seedLibrary(db, SAMPLE_DOCUMENTS, env);
});
afterEach(async () => {
  db.close();
});

describe('page notes on import', () => {
  it('saves a Hypothesis page note with its reply and author on its document, once', async () => {
    const before = await rowCounts();
    const first = await importFile(HYPOTHESIS, 'hypothesis-search.json');
    expect(first.plan.documentNoteCounts).toEqual({ new: 1, present: 0, updated: 0, unplaced: 0 });
    expect(first.result.documentNotesWritten).toBe(1);
    const afterFirst = await rowCounts();
    expect(afterFirst).toEqual({
      ...before,
      annotations: before.annotations + 3,
      documentNotes: before.documentNotes + 1,
      // Excerpts' tags the library lacks become rights (no mapping is chosen here)…
      rights: before.rights + first.result.rightsCreated,
      collections: before.collections + 1,
    });

    // …but a page note's tags stay labels on the note.
    expect(await db.rights.filter((r) => r.name === 'to-check').count()).toBe(0);
    const notes = await documentNotesOf(db, await focDocId());
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      author: 'Amina Diallo',
      tags: ['to-check'],
      text:
        'Short news item; cite the FOC statement itself where possible.\n\n' +
        'Reply from Jonas Keller on 2024-03-02: The statement is on the FOC site, dated 2022.',
      createdAt: '2024-03-01T09:00:00.000Z',
      deletedAt: null,
      origin: { fileName: 'hypothesis-search.json' },
    });

    // The second import finds every row and writes nothing.
    const rowsBefore = await db.documentNotes.toArray();
    const second = await importFile(HYPOTHESIS, 'hypothesis-search.json');
    expect(second.plan.documentNoteCounts).toEqual({ new: 0, present: 1, updated: 0, unplaced: 0 });
    expect(second.result).toMatchObject({ excerptsWritten: 0, documentNotesWritten: 0 });
    expect(await rowCounts()).toEqual(afterFirst);
    expect(await db.documentNotes.toArray()).toEqual(rowsBefore);
  });

  it('does not bring back a page note the analyst deleted when the file comes again', async () => {
    await importFile(HYPOTHESIS, 'hypothesis-search.json');
    const [note] = await documentNotesOf(db, await focDocId());
    await deleteDocumentNote(db, note!.id, env);
    const again = await importFile(HYPOTHESIS, 'hypothesis-search.json');
    expect(again.result.documentNotesWritten).toBe(0);
    expect(await documentNotesOf(db, await focDocId())).toEqual([]);
    expect((await db.documentNotes.get(note!.id))?.deletedAt).not.toBeNull();
  });

  it('takes the text of a page note edited later in the file', async () => {
    await importFile(HYPOTHESIS, 'hypothesis-search.json');
    const search = JSON.parse(HYPOTHESIS) as { rows: Record<string, unknown>[] };
    const edited = {
      ...search,
      rows: search.rows.map((row) =>
        row.id === 'h7Xk2P1aEe-AbCdEfGh006'
          ? { ...row, text: 'Cite the 2022 statement.', updated: '2026-06-01T00:00:00+00:00' }
          : row,
      ),
    };
    const { plan, result } = await importFile(JSON.stringify(edited), 'hypothesis-search.json');
    expect(plan.documentNoteCounts).toMatchObject({ new: 0, updated: 1 });
    expect(result.documentNotesWritten).toBe(1);
    const notes = await documentNotesOf(db, await focDocId());
    expect(notes.map((n) => n.text)).toEqual([
      'Cite the 2022 statement.\n\n' +
        'Reply from Jonas Keller on 2024-03-02: The statement is on the FOC site, dated 2022.',
    ]);
  });

  it('reads a W3C annotation whose target is a whole document the same way', async () => {
    const doc = (await db.documents.get(await focDocId()))!;
    const w3c = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://notes.example/anno/42',
          type: 'Annotation',
          creator: { type: 'Person', name: 'Lena Ortiz' },
          created: '2025-02-01T10:00:00Z',
          body: [
            { type: 'TextualBody', value: 'Read with the 2022 statement.', purpose: 'commenting' },
            { type: 'TextualBody', value: 'follow-up', purpose: 'tagging' },
          ],
          target: `urn:sha256:${doc.contentHash}`,
        },
        {
          id: 'https://notes.example/anno/43',
          type: 'Annotation',
          bodyValue: 'No page of ours.',
          target: { source: 'https://elsewhere.example/unknown-report.pdf' },
        },
      ],
    };
    const before = await rowCounts();
    const { plan, result } = await importFile(JSON.stringify(w3c), 'notes.jsonld');
    expect(plan.documentNoteCounts).toEqual({ new: 2, present: 0, updated: 0, unplaced: 1 });
    expect(result.documentNotesWritten).toBe(2);
    expect((await documentNotesOf(db, doc.id)).map((n) => [n.text, n.author, n.tags])).toEqual([
      ['Read with the 2022 statement.', 'Lena Ortiz', ['follow-up']],
    ]);
    // A note on a document the library lacks is kept, under the document the file named.
    const unplaced = await db.documentNotes.filter((n) => n.text === 'No page of ours.').first();
    expect(unplaced?.docId).toBe('unresolved:https://elsewhere.example/unknown-report.pdf');
    expect((await rowCounts()).documentNotes).toBe(before.documentNotes + 2);

    await importFile(JSON.stringify(w3c), 'notes.jsonld');
    expect((await rowCounts()).documentNotes).toBe(before.documentNotes + 2);
  });

  it('writes nothing at all when saving the notes fails midway', async () => {
    const before = await rowCounts();
    const spy = vi.spyOn(db.documentNotes, 'bulkPut').mockRejectedValue(new Error('disk full'));
    await expect(importFile(HYPOTHESIS, 'hypothesis-search.json')).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await rowCounts()).toEqual(before);
  });
});
