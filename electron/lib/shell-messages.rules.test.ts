/**
 * The shell helpers' edges and words: limits that are inclusive, messages that name what was
 * wrong, and orders that hold whatever order the input came in.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import {
  autoBackupName,
  autoBackupTempName,
  planRotation,
  sortBackupsNewestFirst,
} from './auto-backups';
import { buildCsp } from './csp';
import { ipcErrorMessage } from './ipc-error';
import { parseCloseListenerCount, validateArguments } from './ipc-validation';
import { parseRecentFiles, RECENT_FILES_KEPT } from './opened-files';

/** Bytes that say they are `length` long without allocating them. */
function bytesOfLength(length: number): Uint8Array {
  return new (class extends Uint8Array {
    override get byteLength(): number {
      return length;
    }
  })(1);
}

describe('IPC arguments', () => {
  it('accepts a file of exactly the size limit, and refuses one byte more', () => {
    expect(validateArguments('writeAutoBackup', [bytesOfLength(MAX_FILE_BYTES)]).ok).toBe(true);
    expect(validateArguments('writeAutoBackup', [bytesOfLength(MAX_FILE_BYTES + 1)]).ok).toBe(
      false,
    );
  });

  it('names an unknown operation', () => {
    expect(validateArguments('format-disk' as 'appVersion', [])).toEqual({
      ok: false,
      error: 'unknown operation format-disk',
    });
  });

  it('lists at most three problems, each at its place, separated by semicolons', () => {
    const result = validateArguments('openFiles', [
      { title: 7, filters: 'none', multiple: 'yes', extra: 1 },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.startsWith('invalid arguments for openFiles: 0.title: ')).toBe(true);
      expect(result.error.split('; ')).toHaveLength(3);
    }
  });

  it('names the argument list itself when the count is wrong', () => {
    const result = validateArguments('appVersion', [1]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^invalid arguments for appVersion: \(args\): /);
  });

  it('takes up to 1,000 close listeners, not one more', () => {
    expect(parseCloseListenerCount(1_000)).toBe(1_000);
    expect(parseCloseListenerCount(1_001)).toBeNull();
  });
});

describe('messages', () => {
  it('an IPC error loses the space around its words', () => {
    expect(ipcErrorMessage(new Error('  RefusedCallError: not allowed  '))).toBe(
      'RefusedCallError: not allowed',
    );
    expect(ipcErrorMessage('Error: not allowed \n')).toBe('not allowed');
  });

  it('a bad CSP names the directive or the source', () => {
    expect(() => buildCsp({ 'Script-Src': [] })).toThrow('Invalid CSP directive name: Script-Src');
    expect(() => buildCsp({ 'script-src': ["'self' x"] })).toThrow(
      `Invalid CSP source for script-src: "'self' x"`,
    );
    expect(buildCsp({ 'upgrade-insecure-requests': [] })).toBe('upgrade-insecure-requests');
  });

  it('backup names and rotation say what is out of range', () => {
    expect(() => autoBackupName(new Date(Date.UTC(10_000, 0, 1)))).toThrow(
      'Backup time out of range: +010000-01-01T00:00:00.000Z',
    );
    expect(() => planRotation([], 0)).toThrow('keepCount must be a positive integer, got 0');
    expect(() => autoBackupTempName('xyz')).toThrow('randomHex must be 16 lower-case hex digits');
  });
});

describe('orders and limits', () => {
  it('sorts backups newest first from any order', () => {
    const times = [
      '2026-01-01T00:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
      '2026-01-03T00:00:00.000Z',
      '2026-01-04T00:00:00.000Z',
      '2026-01-05T00:00:00.000Z',
    ];
    const newestFirst = [...times].reverse();
    const names = times.map((t) => autoBackupName(new Date(t)));
    for (const order of [
      names,
      [...names].reverse(),
      [names[2], names[0], names[4], names[1], names[3]],
    ]) {
      expect(sortBackupsNewestFirst(order as string[]).map((b) => b.createdAt)).toEqual(
        newestFirst,
      );
    }
  });

  it('reads back at most the kept number of recent files', () => {
    const paths = Array.from({ length: RECENT_FILES_KEPT + 2 }, (_, i) => `/a/${i}.pdf`);
    expect(parseRecentFiles(JSON.stringify(paths))).toEqual(paths.slice(0, RECENT_FILES_KEPT));
  });
});
