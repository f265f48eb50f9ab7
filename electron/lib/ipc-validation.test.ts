import { describe, expect, it } from 'vitest';
import { DESKTOP_OPERATIONS, MAX_FILE_BYTES } from '../../shared/ipc/contract';
import {
  DESKTOP_ARGUMENT_SCHEMAS,
  MAX_FILTERS,
  MAX_LIBRARY_ID_LENGTH,
  MAX_TITLE_LENGTH,
  validateArguments,
} from './ipc-validation';

const pdfFilter = { name: 'PDF', extensions: ['pdf'] };
const openRequest = { title: 'Import documents', filters: [pdfFilter], multiple: true };
const saveRequest = {
  suggestedName: 'briefing.pdf',
  filters: [pdfFilter],
  bytes: new Uint8Array([1, 2, 3]),
};

describe('DESKTOP_ARGUMENT_SCHEMAS', () => {
  it('has a schema for exactly the operations of the contract', () => {
    expect(Object.keys(DESKTOP_ARGUMENT_SCHEMAS).sort()).toEqual([...DESKTOP_OPERATIONS].sort());
  });
});

describe('validateArguments', () => {
  it('accepts well-formed calls', () => {
    expect(validateArguments('appVersion', [])).toEqual({ ok: true, args: [] });
    expect(validateArguments('openFiles', [openRequest])).toEqual({
      ok: true,
      args: [openRequest],
    });
    expect(validateArguments('revealFile', ['/home/a/briefing.pdf'])).toEqual({
      ok: true,
      args: ['/home/a/briefing.pdf'],
    });
    const saved = validateArguments('saveFile', [saveRequest]);
    expect(saved.ok).toBe(true);
  });

  it('sanitises the suggested file name', () => {
    const result = validateArguments('saveFile', [
      { ...saveRequest, suggestedName: '../../CON\u202E.pdf' },
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.args[0].suggestedName).toBe('_CON.pdf');
  });

  it('refuses extra or missing arguments', () => {
    expect(validateArguments('appVersion', ['x']).ok).toBe(false);
    expect(validateArguments('openFiles', []).ok).toBe(false);
    expect(validateArguments('openFiles', [openRequest, 'extra']).ok).toBe(false);
    expect(validateArguments('revealFile', []).ok).toBe(false);
  });

  it('accepts a double extension such as rightsmark.json', () => {
    const filters = [{ name: 'Rightsmark collection', extensions: ['rightsmark.json', 'jsonld'] }];
    expect(validateArguments('openFiles', [{ ...openRequest, filters }]).ok).toBe(true);
  });

  it('refuses unknown and inherited operation names', () => {
    for (const name of ['invoke', '__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      expect(validateArguments(name as 'appVersion', []).ok).toBe(false);
    }
  });

  it.each([
    ['title too long', { ...openRequest, title: 'x'.repeat(MAX_TITLE_LENGTH + 1) }],
    ['control characters in title', { ...openRequest, title: 'a\u0000b' }],
    ['title not a string', { ...openRequest, title: 42 }],
    ['multiple not boolean', { ...openRequest, multiple: 'yes' }],
    ['extra property', { ...openRequest, defaultPath: '/etc' }],
    ['extension with dot', { ...openRequest, filters: [{ name: 'PDF', extensions: ['.pdf'] }] }],
    ['wildcard extension', { ...openRequest, filters: [{ name: 'All', extensions: ['*'] }] }],
    ['upper-case extension', { ...openRequest, filters: [{ name: 'PDF', extensions: ['PDF'] }] }],
    ['long extension', { ...openRequest, filters: [{ name: 'X', extensions: ['abcdefghijk'] }] }],
    ['path in extension', { ...openRequest, filters: [{ name: 'X', extensions: ['../x'] }] }],
    ['three-part extension', { ...openRequest, filters: [{ name: 'X', extensions: ['a.b.c'] }] }],
    ['trailing dot', { ...openRequest, filters: [{ name: 'X', extensions: ['json.'] }] }],
    ['no extensions', { ...openRequest, filters: [{ name: 'X', extensions: [] }] }],
    ['empty filter name', { ...openRequest, filters: [{ name: '', extensions: ['pdf'] }] }],
    ['too many filters', { ...openRequest, filters: Array(MAX_FILTERS + 1).fill(pdfFilter) }],
    ['filters not an array', { ...openRequest, filters: 'pdf' }],
    ['null request', null],
    ['array request', [openRequest]],
  ])('refuses openFiles with %s', (_label, request) => {
    expect(validateArguments('openFiles', [request]).ok).toBe(false);
  });

  it.each([
    ['bytes as a plain array', { ...saveRequest, bytes: [1, 2, 3] }],
    ['bytes as a string', { ...saveRequest, bytes: 'AQID' }],
    ['bytes as an object', { ...saveRequest, bytes: { length: 3, 0: 1 } }],
    ['bytes as an ArrayBuffer', { ...saveRequest, bytes: new ArrayBuffer(3) }],
    ['missing bytes', { suggestedName: 'a.pdf', filters: [] }],
    ['name too long to accept', { ...saveRequest, suggestedName: 'x'.repeat(5000) }],
    ['name not a string', { ...saveRequest, suggestedName: { toString: (): string => 'a' } }],
  ])('refuses saveFile with %s', (_label, request) => {
    expect(validateArguments('saveFile', [request]).ok).toBe(false);
  });

  it('refuses bytes over the file size limit', () => {
    // A view that reports a huge length without allocating it.
    const huge = new Uint8Array(new ArrayBuffer(8));
    Object.defineProperty(huge, 'byteLength', { value: MAX_FILE_BYTES + 1 });
    expect(validateArguments('saveFile', [{ ...saveRequest, bytes: huge }]).ok).toBe(false);
  });

  it.each([
    ['relative path', 'briefing.pdf'],
    ['dot-relative path', './briefing.pdf'],
    ['empty', ''],
    ['NUL byte', '/home/a/b.pdf\u0000.txt'],
    ['number', 42],
    ['file URL', 'file:///etc/passwd'],
  ])('refuses revealFile with a %s', (_label, path) => {
    expect(validateArguments('revealFile', [path]).ok).toBe(false);
  });

  it('reports which argument failed without echoing it', () => {
    const result = validateArguments('openFiles', [{ ...openRequest, title: 7 }]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('openFiles');
      expect(result.error).toContain('0.title');
    }
  });
});

const marker = {
  libraryId: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f',
  counts: { documents: 5, annotations: 0, collections: 2 },
  lastBackupAt: null,
  updatedAt: '2026-11-25T10:05:00.000Z',
};

describe('library marker and automatic backups', () => {
  it('accepts well-formed calls', () => {
    expect(validateArguments('readLibraryMarker', [])).toEqual({ ok: true, args: [] });
    expect(validateArguments('writeLibraryMarker', [marker])).toEqual({ ok: true, args: [marker] });
    const backedUp = { ...marker, lastBackupAt: '2026-11-25T10:00:00.000Z' };
    expect(validateArguments('writeLibraryMarker', [backedUp]).ok).toBe(true);
    expect(validateArguments('writeAutoBackup', [new Uint8Array([123, 125])]).ok).toBe(true);
    expect(validateArguments('listAutoBackups', [])).toEqual({ ok: true, args: [] });
    expect(validateArguments('closeReady', [])).toEqual({ ok: true, args: [] });
    const name = 'rightsmark-backup-2026-11-25T10-00-00-000Z.json';
    expect(validateArguments('readAutoBackup', [name])).toEqual({ ok: true, args: [name] });
  });

  it('accepts a library id at the length limit', () => {
    const longest = { ...marker, libraryId: 'x'.repeat(MAX_LIBRARY_ID_LENGTH) };
    expect(validateArguments('writeLibraryMarker', [longest]).ok).toBe(true);
  });

  it.each([
    ['an extra property', { ...marker, path: '/etc/passwd' }],
    ['an extra count', { ...marker, counts: { ...marker.counts, rights: 1 } }],
    ['a missing count', { ...marker, counts: { documents: 1, annotations: 1 } }],
    ['a negative count', { ...marker, counts: { ...marker.counts, documents: -1 } }],
    ['a fractional count', { ...marker, counts: { ...marker.counts, annotations: 0.5 } }],
    ['an infinite count', { ...marker, counts: { ...marker.counts, collections: Infinity } }],
    ['a NaN count', { ...marker, counts: { ...marker.counts, collections: Number.NaN } }],
    ['an unsafe count', { ...marker, counts: { ...marker.counts, collections: 2 ** 60 } }],
    ['a count as a string', { ...marker, counts: { ...marker.counts, documents: '5' } }],
    ['an empty library id', { ...marker, libraryId: '' }],
    ['a library id too long', { ...marker, libraryId: 'x'.repeat(MAX_LIBRARY_ID_LENGTH + 1) }],
    ['control characters in the id', { ...marker, libraryId: 'a\nb' }],
    ['a library id not a string', { ...marker, libraryId: 7 }],
    ['a timestamp that is not ISO', { ...marker, updatedAt: 'Tue, 25 Nov 2026 10:00:00 GMT' }],
    ['a timestamp as a number', { ...marker, updatedAt: 1764064800000 }],
    ['lastBackupAt missing', { ...marker, lastBackupAt: undefined }],
    ['null marker', null],
    ['array marker', [marker]],
  ])('refuses writeLibraryMarker with %s', (_label, value) => {
    expect(validateArguments('writeLibraryMarker', [value]).ok).toBe(false);
  });

  it('refuses writeAutoBackup with anything but bytes within the limit', () => {
    for (const value of [[1, 2], '{}', new ArrayBuffer(2), { byteLength: 2 }, null]) {
      expect(validateArguments('writeAutoBackup', [value]).ok).toBe(false);
    }
    const huge = new Uint8Array(new ArrayBuffer(8));
    Object.defineProperty(huge, 'byteLength', { value: MAX_FILE_BYTES + 1 });
    expect(validateArguments('writeAutoBackup', [huge]).ok).toBe(false);
    expect(validateArguments('writeAutoBackup', []).ok).toBe(false);
  });

  it.each([
    '../rightsmark-backup-2026-11-25T10-00-00-000Z.json',
    '/home/a/.config/Rightsmark/backups/rightsmark-backup-2026-11-25T10-00-00-000Z.json',
    'backups\\rightsmark-backup-2026-11-25T10-00-00-000Z.json',
    'rightsmark-backup-2026-11-25T10-00-00-000Z.json/../../library-marker.json',
    'library-marker.json',
    'window-state.json',
    '.rightsmark-backup-tmp-0123456789abcdef',
    'rightsmark-backup-2026-11-25T10-00-00-000Z.json\u0000',
    '',
  ])('refuses readAutoBackup(%j)', (name) => {
    expect(validateArguments('readAutoBackup', [name]).ok).toBe(false);
  });

  it('accepts a plain notice and refuses one with control characters, extra keys or no title', () => {
    const ok = { title: 'Briefing ready', body: 'Saved as briefing.pdf.' };
    expect(validateArguments('notify', [ok])).toEqual({ ok: true, args: [ok] });
    for (const bad of [
      { title: '', body: 'x' },
      { title: 'a\u0007', body: 'x' },
      { title: 'a', body: 'line\u001b[31m' },
      { title: 'a', body: 'x', icon: '/etc/passwd' },
      { title: 'x'.repeat(121), body: '' },
      { title: 'a', body: 'x'.repeat(501) },
      'Briefing ready',
    ]) {
      expect(validateArguments('notify', [bad]).ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it('refuses arguments to the operations that take none', () => {
    for (const operation of [
      'readLibraryMarker',
      'listAutoBackups',
      'closeReady',
      'takeOpenedFiles',
      'print',
    ] as const) {
      expect(validateArguments(operation, ['x']).ok).toBe(false);
    }
  });
});
