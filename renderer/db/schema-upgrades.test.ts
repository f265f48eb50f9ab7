/**
 * Every released schema version's fixture opens in the current build with every row intact,
 * and an upgrade that fails midway leaves the old version as it was.
 * To add a version: copy the library as that version stores it into fixtures/schema-vN.json
 * (stores and rows), and add it to FIXTURES.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RightsmarkDatabase, SCHEMA_VERSION } from './database';
import v1 from './fixtures/schema-v1.json' with { type: 'json' };
import v2 from './fixtures/schema-v2.json' with { type: 'json' };
import v4 from './fixtures/schema-v4.json' with { type: 'json' };
import v5 from './fixtures/schema-v5.json' with { type: 'json' };
import { reviveFixtureValue } from './test-support';

interface Fixture {
  readonly version: number;
  readonly stores: Record<string, string>;
  readonly rows: Record<string, unknown[]>;
}

const FIXTURES: readonly Fixture[] = [v1, v2, v4, v5];
type Rows = Record<string, unknown[]>;

/** The tables a fixture's version has. */
const tablesOf = (fixture: Fixture): string[] => Object.keys(fixture.stores);

/** JSON has no bytes: a stored original's `bytes` is written as an array of numbers. */
function revive(table: string, row: unknown): unknown {
  // The wording index's fingerprints are written as {"Uint32Array": [...]}.
  if (table === 'wordingPrints') return reviveFixtureValue(row);
  if (table !== 'originals') return row;
  const original = row as { bytes: number[] };
  return { ...original, bytes: Uint8Array.from(original.bytes) };
}

/** A fixture's rows as the database holds them (bytes as bytes). */
const storedRows = (fixture: Fixture): Rows =>
  Object.fromEntries(
    Object.entries(fixture.rows).map(([t, rows]) => [t, rows.map((row) => revive(t, row))]),
  );

async function writeFixture(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(storedRows(fixture)))
      await old.table(table).bulkAdd(rows);
  });
  old.close();
}

async function readAll(db: Dexie, tables: readonly string[]): Promise<Rows> {
  const rows: Rows = {};
  for (const table of tables) rows[table] = await db.table(table).toArray();
  return rows;
}

const sortRows = (rows: Rows): Rows =>
  Object.fromEntries(
    Object.entries(rows).map(([t, list]) => [
      t,
      [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ]),
  );

describe('schema upgrades', () => {
  for (const fixture of FIXTURES) {
    it(`opens a version ${fixture.version} library with every row, selector and note intact`, async () => {
      const name = `upgrade-v${fixture.version}-${Date.now()}`;
      await writeFixture(name, fixture);
      const db = new RightsmarkDatabase(name);
      await db.open();
      const tables = tablesOf(fixture);
      expect(sortRows(await readAll(db, tables))).toEqual(sortRows(storedRows(fixture)));
      // The indexes the views rely on work on the upgraded rows.
      expect(await db.annotations.where('rightIds').equals('right:privacy').primaryKeys()).toEqual([
        'ann-1',
      ]);
      expect(await db.blocks.where('docId').equals('doc-1').count()).toBe(3);
      // Tables added after the fixture's version exist, empty, with their indexes.
      expect(db.verno).toBe(SCHEMA_VERSION);
      const notesBefore = fixture.rows.documentNotes?.length ?? 0;
      expect(await db.documentNotes.count()).toBe(notesBefore);
      await db.documentNotes.add({
        id: 'note-added',
        docId: 'doc-1',
        text: 'About the whole report.',
        author: '',
        tags: [],
        createdAt: '2026-01-01T00:00:00.000Z',
        modifiedAt: '2026-01-01T00:00:00.000Z',
        deletedAt: null,
      });
      expect(await db.documentNotes.where('docId').equals('doc-1').primaryKeys()).toContain(
        'note-added',
      );
      // The stored search index starts empty: the search engine builds it on its first sync.
      expect(await db.searchSegments.count()).toBe(0);
      expect(await db.documentNotes.where('deletedAt').above('').count()).toBe(
        fixture.rows.documentNotes?.filter((n) => (n as { deletedAt: unknown }).deletedAt).length ??
          0,
      );
      // A stored PDF comes through as bytes; libraries from before version 3 have none, so
      // their PDFs ask to be imported again.
      const originals = await db.originals.toArray();
      expect(originals.map((o) => o.bytes.length)).toEqual(
        (fixture.rows.originals ?? []).map((o) => (o as { bytes: number[] }).bytes.length),
      );
      for (const original of originals) expect(original.bytes).toBeInstanceOf(Uint8Array);
      await db.delete();
    });
  }

  it('leaves the old version intact when an upgrade fails midway', async () => {
    const name = `failed-upgrade-${Date.now()}`;
    await writeFixture(name, v1);

    class BrokenUpgrade extends RightsmarkDatabase {
      constructor() {
        super(name);
        this.version(SCHEMA_VERSION + 1)
          .stores({ annotations: 'id, docId, *rightIds, modifiedAt, status, deletedAt, author' })
          .upgrade(async (tx) => {
            await tx.table('annotations').toCollection().modify({ author: 'rewritten' });
            throw new Error('upgrade failed halfway');
          });
      }
    }
    const broken = new BrokenUpgrade();
    await expect(broken.open()).rejects.toThrow(/upgrade failed halfway/);
    broken.close();

    // Still version 1 on disk, as the fixture wrote it…
    const untouched = new Dexie(name);
    await untouched.open();
    expect(untouched.verno).toBe(1);
    expect(sortRows(await readAll(untouched, tablesOf(v1)))).toEqual(sortRows(v1.rows));
    untouched.close();
    // …and the current build still upgrades it with every row intact.
    const db = new RightsmarkDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(sortRows(await readAll(db, tablesOf(v1)))).toEqual(sortRows(v1.rows));
    await db.delete();
  });

  it('the app never deletes its database by itself', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const sources: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (
          /\.(ts|tsx)$/.test(entry.name) &&
          !/\.test\.tsx?$/.test(entry.name) &&
          !entry.name.startsWith('test-support')
        )
          sources.push(path);
      }
    };
    await walk('renderer');
    for (const path of sources) {
      const text = await readFile(path, 'utf8');
      // Deleting rows is fine; deleting the database (db.delete(), Dexie.delete, deleteDatabase) never is.
      expect(text, path).not.toMatch(/\bdb\.delete\(\)|Dexie\.delete\(|deleteDatabase\(/);
    }
  });
});
