import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError, readBackup, serializeBackup } from '../../shared/backup';
import { describeRange } from '../../shared/anchoring';
import { documentText } from '../../shared/model';
import { addAnnotation, setAnnotationPrivacy, updateAnnotation } from './annotations-repo';
import { backUpLibrary, restoreLibrary, snapshotTables } from './backup-repo';
import type { RightsmarkDatabase } from './database';
import { addDocumentNote, deleteDocumentNote, updateDocumentNote } from './document-notes-repo';
import { getBlocks, listDocuments } from './documents-repo';
import { sha256Hex } from './hash';
import { SAMPLE_DOCUMENTS } from './sample-corpus';
import { seedLibrary } from './seed';
import { createTestDatabase, createTestEnvironment } from './test-support';

async function annotateFirstDocument(db: RightsmarkDatabase, env = createTestEnvironment('a')) {
  const [doc] = await listDocuments(db);
  const blocks = await getBlocks(db, doc!.id);
  const text = documentText(blocks);
  const { quote, position } = describeRange(text, blocks[1]!.start, blocks[1]!.start + 40);
  return addAnnotation(
    db,
    {
      docId: doc!.id,
      blockIndex: 1,
      quote,
      position,
      rightIds: ['right:privacy'],
      note: 'kept',
      author: 'A',
    },
    env,
  );
}

const counts = async (db: RightsmarkDatabase) =>
  Object.fromEntries(Object.entries(await snapshotTables(db)).map(([k, rows]) => [k, rows.length]));

describe('library backups', () => {
  let db: RightsmarkDatabase;
  let other: RightsmarkDatabase;
  beforeEach(async () => {
    db = createTestDatabase();
    other = createTestDatabase();
    await seedLibrary(db, SAMPLE_DOCUMENTS, createTestEnvironment());
  });
  afterEach(async () => {
    await db.delete();
    await other.delete();
  });

  it('round-trips the whole library through a file into an empty library', async () => {
    await annotateFirstDocument(db);
    const text = serializeBackup(await backUpLibrary(db, 'test'));
    const backup = await readBackup(text, 'backup.json', sha256Hex);
    await restoreLibrary(other, backup, 'replace');
    expect(await snapshotTables(other)).toEqual(await snapshotTables(db));
  });

  it('carries document notes, private and trashed ones too, and restores them', async () => {
    const env = createTestEnvironment('n');
    const [doc] = await listDocuments(db);
    const kept = await addDocumentNote(db, { docId: doc!.id, text: 'Whole doc', author: 'A' }, env);
    await updateDocumentNote(db, kept.id, { privateNote: true }, env);
    const trashed = await addDocumentNote(db, { docId: doc!.id, text: 'Gone', author: '' }, env);
    await deleteDocumentNote(db, trashed.id, env);
    const backup = await readBackup(
      serializeBackup(await backUpLibrary(db, 'test')),
      'backup.json',
      sha256Hex,
    );
    expect(backup.manifest.documentNotes?.rows).toBe(2);
    await restoreLibrary(other, backup, 'replace');
    expect(await other.documentNotes.toArray()).toEqual(await db.documentNotes.toArray());

    // Deleted for good here, a merge restore brings the note back.
    await db.documentNotes.delete(kept.id);
    const plan = await restoreLibrary(db, backup, 'merge');
    expect(plan.changes.documentNotes).toMatchObject({ added: 1 });
    expect((await db.documentNotes.get(kept.id))?.privateNote).toBe(true);
  });

  it('keeps private notes and excerpts: a backup is the analyst’s own', async () => {
    const annotation = await annotateFirstDocument(db);
    await setAnnotationPrivacy(db, annotation.id, { privateNote: true, privateExcerpt: true });
    const text = serializeBackup(await backUpLibrary(db, 'test'));
    const backup = await readBackup(text, 'backup.json', sha256Hex);
    await restoreLibrary(other, backup, 'replace');
    expect(await other.annotations.get(annotation.id)).toMatchObject({
      note: 'kept',
      privateNote: true,
      privateExcerpt: true,
    });
  });

  it('refuses a truncated or altered file and names it', async () => {
    const text = serializeBackup(await backUpLibrary(db, 'test'));
    await expect(readBackup(text.slice(0, text.length / 2), 'cut.json', sha256Hex)).rejects.toThrow(
      'cut.json: not a complete backup',
    );
    const altered = text.replace('"Privacy"', '"Privacy!"');
    await expect(readBackup(altered, 'altered.json', sha256Hex)).rejects.toThrow(
      /rights: the checksum does not match/,
    );
    await expect(readBackup('', 'empty.json', sha256Hex)).rejects.toBeInstanceOf(BackupError);
    await expect(readBackup('{"format":"x"}', 'other.json', sha256Hex)).rejects.toThrow(
      'not a Rightsmark library backup',
    );
  });

  it('never lets __proto__ keys through', async () => {
    const text = serializeBackup(await backUpLibrary(db, 'test')).replace(
      '"generator":"test"',
      '"generator":"test","__proto__":{"polluted":true}',
    );
    const backup = await readBackup(text, 'b.json', sha256Hex);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(backup)).not.toContain('__proto__');
  });

  it('merges without losing work done since the backup', async () => {
    const annotation = await annotateFirstDocument(db);
    const backup = await backUpLibrary(db, 'test');
    // After the backup: the note is edited and a new annotation is made.
    await updateAnnotation(
      db,
      annotation.id,
      { note: 'edited after the backup' },
      createTestEnvironment('later'),
    );
    const before = await counts(db);
    const plan = await restoreLibrary(db, backup, 'merge');
    expect(plan.changes.annotations).toMatchObject({ added: 0, kept: 1 });
    expect((await db.annotations.get(annotation.id))?.note).toBe('edited after the backup');
    expect(await counts(db)).toEqual(before);
  });

  it('merges a backup into a library that lost rows', async () => {
    const annotation = await annotateFirstDocument(db);
    const backup = await backUpLibrary(db, 'test');
    await db.annotations.delete(annotation.id);
    await restoreLibrary(db, backup, 'merge');
    expect((await db.annotations.get(annotation.id))?.note).toBe('kept');
  });

  it('leaves the library as it was when a restore fails midway', async () => {
    const backup = await backUpLibrary(db, 'test');
    await seedLibrary(other, SAMPLE_DOCUMENTS, createTestEnvironment('o'));
    const before = await snapshotTables(other);
    const original = other.rights.bulkPut.bind(other.rights);
    other.rights.bulkPut = (async () => {
      throw new Error('QuotaExceededError');
    }) as unknown as typeof original;
    await expect(restoreLibrary(other, backup, 'replace')).rejects.toThrow('QuotaExceededError');
    other.rights.bulkPut = original;
    expect(await snapshotTables(other)).toEqual(before);
  });
});
