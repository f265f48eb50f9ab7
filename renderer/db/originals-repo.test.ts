/**
 * The PDFs documents were imported from, kept for the reader's original pages: stored with a
 * PDF document and only then, replaced with a new version, kept while the document is in the
 * Trash, deleted with it for good, left out of backups, and dropped by a restore that changes
 * the document's text.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackup, serializeBackup } from '../../shared/backup';
import type { DocumentFormat } from '../../shared/model';
import { backUpLibrary, restoreLibrary } from './backup-repo';
import type { RightsmarkDatabase } from './database';
import { replaceDocumentVersion } from './document-versions';
import { addDocument, restoreDocument } from './documents-repo';
import { sha256Hex } from './hash';
import { originalState } from './originals-repo';
import { createTestDatabase, createTestEnvironment } from './test-support';
import { deleteDocuments, emptyTrash } from './trash-repo';

const PDF_BYTES = new TextEncoder().encode('%PDF-1.7 first version');
const NEW_PDF_BYTES = new TextEncoder().encode('%PDF-1.7 second version');

function newDocument(format: DocumentFormat, text: string, bytes: Uint8Array) {
  return {
    meta: { title: 'Report', publisher: null, year: null, kind: null, language: null },
    format,
    sourceName: `report.${format}`,
    sourceSize: bytes.length,
    sampleKey: null,
    blocks: [{ kind: 'paragraph' as const, text, page: 1 }],
    sourceBytes: bytes,
  };
}

describe('stored originals', () => {
  let db: RightsmarkDatabase;
  let other: RightsmarkDatabase;
  const env = createTestEnvironment('doc');
  beforeEach(() => {
    db = createTestDatabase();
    other = createTestDatabase();
  });
  afterEach(async () => {
    await db.delete();
    await other.delete();
  });

  it('keeps a PDF’s bytes beside its document, and no other format’s', async () => {
    const pdf = await addDocument(db, newDocument('pdf', 'Text of the PDF.', PDF_BYTES), env);
    const docx = await addDocument(db, newDocument('docx', 'Text of the DOCX.', PDF_BYTES), env);
    const stored = await originalState(db, pdf);
    expect(stored.status).toBe('stored');
    expect(stored.status === 'stored' && [...stored.original.bytes]).toEqual([...PDF_BYTES]);
    expect(await originalState(db, docx)).toEqual({ status: 'not-pdf' });
    expect(await db.originals.count()).toBe(1);
    // The document row itself stays light: the bytes are not in it.
    expect(JSON.stringify(await db.documents.get(pdf.id))).not.toContain('bytes');
  });

  it('says a PDF imported without its bytes (before they were kept) is missing', async () => {
    const pdf = await addDocument(db, newDocument('pdf', 'Old import.', new Uint8Array()), env);
    expect(await originalState(db, pdf)).toEqual({ status: 'missing' });
  });

  it('replaces the file with a new version’s, and drops it when the new version is not a PDF', async () => {
    const pdf = await addDocument(db, newDocument('pdf', 'First text.', PDF_BYTES), env);
    await replaceDocumentVersion(
      db,
      pdf.id,
      {
        blocks: [{ kind: 'paragraph', text: 'Second text.', page: 1 }],
        format: 'pdf',
        sourceName: 'report.pdf',
        sourceSize: NEW_PDF_BYTES.length,
        sourceBytes: NEW_PDF_BYTES,
      },
      env,
    );
    const replaced = (await db.documents.get(pdf.id))!;
    const state = await originalState(db, replaced);
    expect(state.status === 'stored' && [...state.original.bytes]).toEqual([...NEW_PDF_BYTES]);

    await replaceDocumentVersion(
      db,
      pdf.id,
      {
        blocks: [{ kind: 'paragraph', text: 'Third text, from Word.' }],
        format: 'docx',
        sourceName: 'report.docx',
        sourceSize: 10,
        sourceBytes: new Uint8Array(10),
      },
      env,
    );
    expect(await db.originals.get(pdf.id)).toBeUndefined();
    expect((await db.documents.get(pdf.id))?.format).toBe('docx');
  });

  it('keeps the file while the document is in the Trash and deletes it when the Trash is emptied', async () => {
    const pdf = await addDocument(db, newDocument('pdf', 'Text.', PDF_BYTES), env);
    await deleteDocuments(db, [pdf.id], env);
    expect(await db.originals.get(pdf.id)).toBeDefined();
    await restoreDocument(db, pdf.id);
    expect((await originalState(db, (await db.documents.get(pdf.id))!)).status).toBe('stored');
    await deleteDocuments(db, [pdf.id], env);
    await emptyTrash(db);
    expect(await db.originals.count()).toBe(0);
  });

  it('leaves PDFs out of backups; a restore keeps a file only where its document keeps its text', async () => {
    const kept = await addDocument(db, newDocument('pdf', 'Unchanged text.', PDF_BYTES), env);
    const changed = await addDocument(db, newDocument('pdf', 'Text to change.', PDF_BYTES), env);
    const text = serializeBackup(await backUpLibrary(db, 'test'));
    expect(text).not.toContain('originals');
    const backup = await readBackup(text, 'backup.json', sha256Hex);

    // The library moves on: one document gets a new text (and a new PDF), one is added.
    await replaceDocumentVersion(
      db,
      changed.id,
      {
        blocks: [{ kind: 'paragraph', text: 'A newer text.', page: 1 }],
        format: 'pdf',
        sourceName: 'report.pdf',
        sourceSize: NEW_PDF_BYTES.length,
        sourceBytes: NEW_PDF_BYTES,
      },
      env,
    );
    const added = await addDocument(db, newDocument('pdf', 'Added later.', PDF_BYTES), env);

    await restoreLibrary(db, backup, 'replace', env);
    expect((await db.originals.toCollection().primaryKeys()).sort()).toEqual([kept.id]);
    expect(await db.documents.get(added.id)).toBeUndefined();
    expect(await originalState(db, (await db.documents.get(changed.id))!)).toEqual({
      status: 'missing',
    });

    // Into an empty library, nothing of the files comes along.
    await restoreLibrary(other, backup, 'replace', env);
    expect(await other.originals.count()).toBe(0);
  });
});
