/**
 * Every released schema version's fixture opens in the current build with every row intact,
 * and an upgrade that fails midway leaves the old version as it was.
 * To add a version: copy the library as that version stores it into fixtures/schema-vN.json
 * (stores and rows), and add it to FIXTURES.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RightsmarkDatabase } from './database';
import v1 from './fixtures/schema-v1.json' with { type: 'json' };

const FIXTURES = [v1];
const TABLES = ['documents', 'blocks', 'annotations', 'rights', 'collections', 'settings'] as const;
type Rows = Record<(typeof TABLES)[number], unknown[]>;

async function writeFixture(name: string, fixture: (typeof FIXTURES)[number]): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const table of TABLES) await old.table(table).bulkAdd((fixture.rows as Rows)[table]);
  });
  old.close();
}

async function readAll(db: Dexie): Promise<Rows> {
  const rows = {} as Rows;
  for (const table of TABLES) rows[table] = await db.table(table).toArray();
  return rows;
}

const sortRows = (rows: Rows): Rows =>
  Object.fromEntries(
    TABLES.map((t) => [
      t,
      [...rows[t]].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ]),
  ) as Rows;

describe('schema upgrades', () => {
  for (const fixture of FIXTURES) {
    it(`opens a version ${fixture.version} library with every row, selector and note intact`, async () => {
      const name = `upgrade-v${fixture.version}-${Date.now()}`;
      await writeFixture(name, fixture);
      const db = new RightsmarkDatabase(name);
      await db.open();
      expect(sortRows(await readAll(db))).toEqual(sortRows(fixture.rows as Rows));
      // The indexes the views rely on work on the upgraded rows.
      expect(await db.annotations.where('rightIds').equals('right:privacy').primaryKeys()).toEqual([
        'ann-1',
      ]);
      expect(await db.blocks.where('docId').equals('doc-1').count()).toBe(3);
      await db.delete();
    });
  }

  it('leaves the old version intact when an upgrade fails midway', async () => {
    const name = `failed-upgrade-${Date.now()}`;
    await writeFixture(name, v1);

    class BrokenUpgrade extends RightsmarkDatabase {
      constructor() {
        super(name);
        this.version(2)
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

    const db = new RightsmarkDatabase(name);
    await db.open();
    expect(db.verno).toBe(1);
    expect(sortRows(await readAll(db))).toEqual(sortRows(v1.rows as Rows));
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
