/** Helpers for tests of the database layer: a fresh database and a deterministic environment. */
import Dexie from 'dexie';
import { RightsmarkDatabase } from './database';
import type { Environment } from '../platform/environment';

let databaseCounter = 0;

/** A database with a name of its own, so tests never share state. */
export function createTestDatabase(): RightsmarkDatabase {
  databaseCounter += 1;
  return new RightsmarkDatabase(`rightsmark-test-${databaseCounter}-${Date.now()}`);
}

/** Ids "<prefix>-1", "<prefix>-2"…, and a clock that advances one second per call. */
export function createTestEnvironment(prefix = 'id'): Environment {
  let id = 0;
  let tick = 0;
  return {
    newId: () => `${prefix}-${++id}`,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString(),
  };
}

/** A frozen library of one schema version, as in db/fixtures/schema-vN.json. */
export interface SchemaFixture {
  readonly version: number;
  readonly stores: Readonly<Record<string, string>>;
  readonly rows: Readonly<Record<string, readonly unknown[]>>;
}

/** Fixtures write typed arrays as {"Uint32Array": [...]}; this gives them back their type. */
export function reviveFixtureValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveFixtureValue);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const [only] = entries;
  if (entries.length === 1 && only?.[0] === 'Uint32Array' && Array.isArray(only[1])) {
    return Uint32Array.from(only[1] as number[]);
  }
  return Object.fromEntries(entries.map(([key, inner]) => [key, reviveFixtureValue(inner)]));
}

/** The fixture's rows with their typed arrays revived, by table. */
export function fixtureRows(fixture: SchemaFixture): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(fixture.rows).map(([table, rows]) => [table, rows.map(reviveFixtureValue)]),
  );
}

/** Writes a fixture as its own schema version stored it, into a database of this name. */
export async function writeSchemaFixture(name: string, fixture: SchemaFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  const rows = fixtureRows(fixture);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, tableRows] of Object.entries(rows))
      await old.table(table).bulkAdd(tableRows);
  });
  old.close();
}
