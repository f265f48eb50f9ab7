/** Helpers for tests of the database layer: a fresh database and a deterministic environment. */
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
