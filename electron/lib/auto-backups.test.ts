import { describe, expect, it } from 'vitest';
import {
  autoBackupName,
  autoBackupTempName,
  isAutoBackupName,
  isAutoBackupTempName,
  parseAutoBackupName,
  planRotation,
  sortBackupsNewestFirst,
  uniqueAutoBackupName,
} from './auto-backups';

const at = (iso: string) => autoBackupName(new Date(iso));

describe('autoBackupName', () => {
  it('writes the UTC time with ":" and "." replaced by "-"', () => {
    expect(at('2026-11-25T10:00:00.000Z')).toBe('rightsmark-backup-2026-11-25T10-00-00-000Z.json');
    expect(at('2026-11-25T11:30:00.000+01:00')).toBe(
      'rightsmark-backup-2026-11-25T10-30-00-000Z.json',
    );
  });

  it('refuses times the name cannot carry', () => {
    expect(() => autoBackupName(new Date('+012000-01-01T00:00:00.000Z'))).toThrow(RangeError);
    expect(() => autoBackupName(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('round-trips through parseAutoBackupName', () => {
    for (const iso of [
      '1970-01-01T00:00:00.000Z',
      '2026-02-28T23:59:59.999Z',
      '9999-12-31T23:59:59.999Z',
    ]) {
      expect(parseAutoBackupName(at(iso))).toEqual({ name: at(iso), createdAt: iso });
    }
  });
});

describe('parseAutoBackupName', () => {
  it.each([
    '',
    'rightsmark-backup-.json',
    'rightsmark-backup-2026-11-25T10-00-00-000Z.json.tmp',
    'rightsmark-backup-2026-11-25T10-00-00-000Z.JSON',
    'Rightsmark-backup-2026-11-25T10-00-00-000Z.json',
    'rightsmark-backup-2026-11-25T10:00:00.000Z.json',
    'rightsmark-backup-2026-11-25T10-00-00Z.json',
    'rightsmark-backup-2026-11-25T10-00-00-000.json',
    ' rightsmark-backup-2026-11-25T10-00-00-000Z.json',
    'rightsmark-backup-2026-11-25T10-00-00-000Z.json\n',
    'rightsmark-backup-2026-11-25T10-00-00-000Z.json\u0000',
    '../rightsmark-backup-2026-11-25T10-00-00-000Z.json',
    'backups/rightsmark-backup-2026-11-25T10-00-00-000Z.json',
    '..\\rightsmark-backup-2026-11-25T10-00-00-000Z.json',
    '/tmp/rightsmark-backup-2026-11-25T10-00-00-000Z.json',
    'C:\\rightsmark-backup-2026-11-25T10-00-00-000Z.json',
    'rightsmark-backup-2026-11-25T10-00-00-000Z.json/..',
    'rightsmark-backup-2026-13-25T10-00-00-000Z.json',
    'rightsmark-backup-2026-02-30T10-00-00-000Z.json',
    'rightsmark-backup-2026-11-25T24-00-00-000Z.json',
    'rightsmark-backup-2026-11-25T10-60-00-000Z.json',
    'rightsmark-backup-2026-11-25T10-00-60-000Z.json',
    'rightsmark-backup-+02026-11-25T10-00-00-000Z.json',
    'rightsmark-backup-２０２６-11-25T10-00-00-000Z.json',
    'rightsmark-backup-2026-11-25T10-00-00-000Z%2ejson',
    '.rightsmark-backup-tmp-0123456789abcdef',
  ])('refuses %j', (name) => {
    expect(parseAutoBackupName(name)).toBeNull();
    expect(isAutoBackupName(name)).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const value of [
      null,
      undefined,
      42,
      {},
      ['rightsmark-backup-2026-11-25T10-00-00-000Z.json'],
    ]) {
      expect(parseAutoBackupName(value)).toBeNull();
    }
  });
});

describe('sortBackupsNewestFirst', () => {
  it('orders by time, drops duplicates and anything that is not a backup name', () => {
    const names = [
      at('2026-11-25T10:00:00.000Z'),
      'notes.txt',
      at('2027-01-01T00:00:00.000Z'),
      at('2026-11-25T10:00:00.001Z'),
      at('2026-11-25T10:00:00.000Z'),
      '../etc/passwd',
    ];
    expect(sortBackupsNewestFirst(names).map((b) => b.createdAt)).toEqual([
      '2027-01-01T00:00:00.000Z',
      '2026-11-25T10:00:00.001Z',
      '2026-11-25T10:00:00.000Z',
    ]);
  });
});

describe('uniqueAutoBackupName', () => {
  it('moves on by a millisecond while the name is taken', () => {
    const time = new Date('2026-11-25T10:00:00.000Z');
    const taken = new Set([at('2026-11-25T10:00:00.000Z'), at('2026-11-25T10:00:00.001Z')]);
    expect(uniqueAutoBackupName(time, taken)).toBe(at('2026-11-25T10:00:00.002Z'));
    expect(uniqueAutoBackupName(time, new Set())).toBe(at('2026-11-25T10:00:00.000Z'));
  });
});

describe('planRotation', () => {
  const backups = Array.from({ length: 13 }, (_, i) =>
    at(new Date(Date.UTC(2026, 10, 1 + i)).toISOString()),
  );

  it('keeps exactly the newest N and removes the rest, oldest included', () => {
    const plan = planRotation([...backups].reverse(), 10);
    expect(plan.keep).toEqual([...backups].reverse().slice(0, 10));
    expect([...plan.remove].sort()).toEqual(backups.slice(0, 3));
  });

  it('never removes a name that is not exactly a backup name', () => {
    const strangers = [
      'rightsmark-backup-old.json',
      'rightsmark-backup-2020-01-01T00-00-00-000Z.json.bak',
      '.rightsmark-backup-tmp-0123456789abcdef',
      'library-marker.json',
      '../rightsmark-backup-2020-01-01T00-00-00-000Z.json',
    ];
    const plan = planRotation([...strangers, ...backups], 2);
    for (const stranger of strangers) {
      expect(plan.remove).not.toContain(stranger);
      expect(plan.keep).not.toContain(stranger);
    }
    expect(plan.keep).toHaveLength(2);
    expect(plan.remove).toHaveLength(backups.length - 2);
  });

  it('removes nothing at or below the limit', () => {
    expect(planRotation(backups.slice(0, 10), 10).remove).toEqual([]);
    expect(planRotation([], 10)).toEqual({ keep: [], remove: [] });
  });

  it('refuses a limit that would delete everything or makes no sense', () => {
    for (const keep of [0, -1, 1.5, Number.NaN, Infinity]) {
      expect(() => planRotation(backups, keep)).toThrow(RangeError);
    }
  });
});

describe('temporary names', () => {
  it('are hidden, never backup names, and only from 16 hex digits', () => {
    const name = autoBackupTempName('0123456789abcdef');
    expect(name.startsWith('.')).toBe(true);
    expect(isAutoBackupName(name)).toBe(false);
    expect(isAutoBackupTempName(name)).toBe(true);
    for (const bad of ['', '0123', '../../etc/passwd', '0123456789ABCDEF', '0123456789abcdefg']) {
      expect(() => autoBackupTempName(bad)).toThrow(RangeError);
    }
    expect(isAutoBackupTempName('.rightsmark-backup-tmp-0123456789abcdef/..')).toBe(false);
    expect(isAutoBackupTempName(at('2026-11-25T10:00:00.000Z'))).toBe(false);
  });
});
