import { describe, expect, it } from 'vitest';
import type { BackupTables } from './backup-file';
import { planRestore } from './plan-restore';

const empty: BackupTables = {
  documents: [],
  blocks: [],
  annotations: [],
  rights: [],
  collections: [],
  settings: [],
};
const right = (id: string, modifiedAt: string) =>
  ({
    id,
    name: id,
    description: '',
    legalBasis: '',
    color: '#000000',
    order: 1,
    builtIn: false,
    archived: false,
    createdAt: '',
    modifiedAt,
  }) as const;

describe('planRestore', () => {
  it('merging takes what is missing or newer and keeps what is newer locally', () => {
    const backup = {
      ...empty,
      rights: [right('a', '2026-01-02'), right('b', '2026-01-01'), right('c', '2026-01-01')],
    };
    const current = { ...empty, rights: [right('a', '2026-01-01'), right('b', '2026-01-05')] };
    const plan = planRestore(backup, current, 'merge');
    expect(plan.changes.rights).toEqual({ added: 1, updated: 1, kept: 1, removed: 0 });
    expect(plan.writes.rights.map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('merging keeps the analyst’s current settings', () => {
    const backup = {
      ...empty,
      settings: [
        { key: 'theme', value: 'dark' },
        { key: 'author-name', value: 'B' },
      ],
    } as BackupTables;
    const current = { ...empty, settings: [{ key: 'theme', value: 'light' }] } as BackupTables;
    expect(planRestore(backup, current, 'merge').writes.settings).toEqual([
      { key: 'author-name', value: 'B' },
    ]);
  });

  it('replacing counts what goes and what comes', () => {
    const plan = planRestore(
      { ...empty, rights: [right('a', 'x')] },
      { ...empty, rights: [right('b', 'y'), right('c', 'z')] },
      'replace',
    );
    expect(plan.changes.rights).toEqual({ added: 1, updated: 0, kept: 0, removed: 2 });
  });
});
