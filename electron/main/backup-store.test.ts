/**
 * The backup store against a real temporary folder (node:fs): durable writes, verification,
 * rotation, and what survives a damaged or foreign file. Faults are injected by wrapping fs.
 */
import { promises as fs } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTO_BACKUPS_KEPT } from '../../shared/ipc/contract';
import { autoBackupName } from '../lib/auto-backups';
import { realFs, type StoreFs } from './atomic-file';
import {
  BackupVerificationError,
  UnknownBackupError,
  createBackupStore,
  type BackupStoreOptions,
} from './backup-store';

let base: string;
let dir: string;

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'rightsmark-backups-'));
  dir = path.join(base, 'backups');
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

/** A clock that moves on one minute per backup. */
function clock(start = '2026-11-25T10:00:00.000Z') {
  let ms = Date.parse(start);
  return () => {
    const now = new Date(ms);
    ms += 60_000;
    return now;
  };
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function store(options: BackupStoreOptions = {}) {
  return createBackupStore(dir, { now: clock(), ...options });
}

async function filesInDir(): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

describe('write', () => {
  it('writes the bytes under a timestamped name and reports it', async () => {
    const backups = store();
    const bytes = json({ library: 'one' });
    const info = await backups.write(bytes);
    expect(info).toEqual({
      name: 'rightsmark-backup-2026-11-25T10-00-00-000Z.json',
      createdAt: '2026-11-25T10:00:00.000Z',
      bytes: bytes.byteLength,
    });
    expect(new Uint8Array(await fs.readFile(path.join(dir, info.name)))).toEqual(bytes);
    // No temporary file is left behind.
    expect(await filesInDir()).toEqual([info.name]);
  });

  it('keeps private permissions on POSIX', async () => {
    if (process.platform === 'win32') return;
    const info = await store().write(json({}));
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
    expect((await fs.stat(path.join(dir, info.name))).mode & 0o777).toBe(0o600);
  });

  it('flushes the file before renaming it, then the folder', async () => {
    const calls: string[] = [];
    const tracing: StoreFs = {
      ...realFs,
      open: async (...args: Parameters<StoreFs['open']>) => {
        const handle = await realFs.open(...args);
        const name = path.basename(String(args[0]));
        const sync = handle.sync.bind(handle);
        handle.sync = async () => {
          calls.push(`sync ${name.startsWith('.') ? 'temp' : name}`);
          return sync();
        };
        return handle;
      },
      rename: async (from, to) => {
        calls.push('rename');
        return realFs.rename(from, to);
      },
    };
    await store({ fs: tracing }).write(json({}));
    expect(calls).toEqual(['sync temp', 'rename', 'sync backups']);
  });

  it('gives two backups in the same millisecond different names', async () => {
    const frozen = new Date('2026-11-25T10:00:00.000Z');
    const backups = store({ now: () => frozen });
    const a = await backups.write(json({ n: 1 }));
    const b = await backups.write(json({ n: 2 }));
    expect(a.name).not.toBe(b.name);
    expect((await backups.list()).map((x) => x.name)).toEqual([b.name, a.name]);
  });

  it('runs concurrent writes one after another without losing any', async () => {
    const backups = store();
    const infos = await Promise.all([1, 2, 3].map((n) => backups.write(json({ n }))));
    expect(new Set(infos.map((i) => i.name)).size).toBe(3);
    expect(await backups.list()).toHaveLength(3);
  });

  it('rejects bytes that are not JSON, deleting the new file and keeping the old ones', async () => {
    const backups = store();
    const good = await backups.write(json({ good: true }));
    await expect(backups.write(new TextEncoder().encode('{"truncated":'))).rejects.toThrow(
      BackupVerificationError,
    );
    await expect(backups.write(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]))).rejects.toThrow(
      BackupVerificationError,
    );
    expect(await filesInDir()).toEqual([good.name]);
  });

  it('rejects when the copy read back differs, before rotating anything out', async () => {
    const full = store({ keep: 2 });
    const first = await full.write(json({ n: 1 }));
    const second = await full.write(json({ n: 2 }));
    // The disk hands back a truncated copy of what was written.
    const truncating: StoreFs = {
      ...realFs,
      readFile: (async (file: Parameters<StoreFs['readFile']>[0]) => {
        const bytes = await fs.readFile(file);
        return bytes.subarray(0, bytes.byteLength - 1);
      }) as StoreFs['readFile'],
    };
    const flaky = createBackupStore(dir, {
      keep: 2,
      fs: truncating,
      now: clock('2027-01-01T00:00:00.000Z'),
    });
    await expect(flaky.write(json({ n: 3 }))).rejects.toThrow(/could not be read back/);
    // Both older backups are still there and readable: rotation never ran.
    expect(await filesInDir()).toEqual([first.name, second.name]);
    expect(new TextDecoder().decode(await full.read(second.name))).toBe('{"n":2}');
  });

  it('rejects and leaves no temporary file when the write itself fails', async () => {
    const backups = store();
    const older = await backups.write(json({ n: 1 }));
    const failing: StoreFs = {
      ...realFs,
      rename: async () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    };
    const broken = createBackupStore(dir, { fs: failing, now: clock('2027-01-01T00:00:00.000Z') });
    await expect(broken.write(json({ n: 2 }))).rejects.toThrow('disk full');
    expect(await filesInDir()).toEqual([older.name]);
  });

  it('cleans temporary files left by an interrupted write, and nothing else', async () => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, '.rightsmark-backup-tmp-0123456789abcdef'), '{"half":');
    await fs.writeFile(path.join(dir, 'notes.txt'), 'mine');
    const info = await store().write(json({}));
    expect(await filesInDir()).toEqual(['notes.txt', info.name]);
  });
});

describe('rotation', () => {
  it(`keeps exactly ${AUTO_BACKUPS_KEPT} by default, removing the oldest`, async () => {
    const backups = store();
    const infos = [];
    for (let n = 0; n < AUTO_BACKUPS_KEPT + 3; n += 1) infos.push(await backups.write(json({ n })));
    const listed = await backups.list();
    expect(listed).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(listed.map((b) => b.name)).toEqual(
      infos
        .slice(3)
        .map((i) => i.name)
        .reverse(),
    );
    expect(await filesInDir()).toHaveLength(AUTO_BACKUPS_KEPT);
  });

  it('ignores and never deletes files whose names do not match', async () => {
    await fs.mkdir(dir, { recursive: true });
    const strangers = [
      'rightsmark-backup-2000-01-01T00-00-00-000Z.json.bak',
      'rightsmark-backup-old.json',
      'Rightsmark-backup-2000-01-01T00-00-00-000Z.json',
      'library-marker.json',
      'notes.txt',
    ];
    for (const name of strangers) await fs.writeFile(path.join(dir, name), 'not ours');
    const backups = store({ keep: 2 });
    for (let n = 0; n < 4; n += 1) await backups.write(json({ n }));
    const files = await filesInDir();
    for (const name of strangers) expect(files).toContain(name);
    expect((await backups.list()).map((b) => b.name)).not.toEqual(
      expect.arrayContaining(strangers),
    );
    expect(await backups.list()).toHaveLength(2);
  });

  it('does not count a folder or a symlink carrying a backup name', async () => {
    await fs.mkdir(path.join(dir, autoBackupName(new Date('2000-01-01T00:00:00.000Z'))), {
      recursive: true,
    });
    const outside = path.join(base, 'outside.json');
    await fs.writeFile(outside, '{"secret":true}');
    const linkName = autoBackupName(new Date('2000-01-02T00:00:00.000Z'));
    await fs.symlink(outside, path.join(dir, linkName));
    const backups = store({ keep: 1 });
    const info = await backups.write(json({}));
    expect((await backups.list()).map((b) => b.name)).toEqual([info.name]);
    await expect(backups.read(linkName)).rejects.toThrow(UnknownBackupError);
    // Neither was deleted by rotation.
    expect(await filesInDir()).toHaveLength(3);
  });
});

describe('list and read', () => {
  it('lists nothing before the first backup', async () => {
    expect(await store().list()).toEqual([]);
  });

  it('lists newest first with sizes, and reads each back', async () => {
    const backups = store();
    const a = await backups.write(json({ n: 'a' }));
    const b = await backups.write(json({ n: 'bb' }));
    expect(await backups.list()).toEqual([b, a]);
    expect(new TextDecoder().decode(await backups.read(a.name))).toBe('{"n":"a"}');
  });

  it('still lists and reads the previous backup when the newest was truncated on disk', async () => {
    const backups = store();
    const previous = await backups.write(json({ n: 'previous' }));
    const newest = await backups.write(json({ n: 'newest', padding: 'x'.repeat(100) }));
    // A crash or a full disk after the fact: the newest file is cut short.
    await fs.truncate(path.join(dir, newest.name), 10);
    const listed = await backups.list();
    expect(listed.map((b) => b.name)).toEqual([newest.name, previous.name]);
    expect(listed[0]?.bytes).toBe(10);
    expect(JSON.parse(new TextDecoder().decode(await backups.read(previous.name)))).toEqual({
      n: 'previous',
    });
    // The next backup is verified on its own and rotation counts the damaged one as one of N.
    const next = await backups.write(json({ n: 'next' }));
    expect((await backups.list()).map((b) => b.name)).toEqual([
      next.name,
      newest.name,
      previous.name,
    ]);
  });

  it.each([
    '../library-marker.json',
    'library-marker.json',
    '/etc/passwd',
    'rightsmark-backup-2026-11-25T10-00-00-000Z.json/../../x',
  ])('refuses to read %j', async (name) => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(base, 'library-marker.json'), '{}');
    await expect(store().read(name)).rejects.toThrow(UnknownBackupError);
  });

  it('refuses a well-formed name that is not in the listing', async () => {
    const backups = store();
    await backups.write(json({}));
    await expect(
      backups.read(autoBackupName(new Date('2001-01-01T00:00:00.000Z'))),
    ).rejects.toThrow(UnknownBackupError);
  });
});
