import { describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES, MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { choosePickedFiles, readPickedFiles } from './read-picked-files';
import { refusedFilesMessage } from './platform';

/** A File whose size claims `size` bytes while holding only a few (nothing large is allocated). */
function claimingFile(name: string, size: number): File {
  const file = new File([new Uint8Array([1, 2, 3])], name);
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('readPickedFiles (the browser’s file chooser)', () => {
  it('reads the chosen files with their names and no path', async () => {
    const result = await readPickedFiles([new File(['hello'], 'a.txt')]);
    expect(result.refused).toEqual([]);
    expect(result.files).toHaveLength(1);
    expect(result.files[0]).toMatchObject({ name: 'a.txt', path: null });
    expect(new TextDecoder().decode(result.files[0]!.bytes)).toBe('hello');
  });

  it('refuses an oversized file by name and still reads the others', async () => {
    const result = await readPickedFiles([
      claimingFile('huge.pdf', MAX_FILE_BYTES + 1),
      new File(['ok'], 'ok.md'),
    ]);
    expect(result.files.map((f) => f.name)).toEqual(['ok.md']);
    expect(result.refused).toEqual([
      { name: 'huge.pdf', reason: 'it is too large to open (the limit is 200 MB)' },
    ]);
  });

  it('keeps one answer under the batch budget, naming the files past it', async () => {
    const half = Math.floor(MAX_BATCH_BYTES / 2) + 1;
    const result = await readPickedFiles([
      claimingFile('a.pdf', half),
      claimingFile('b.pdf', half),
    ]);
    expect(result.files.map((f) => f.name)).toEqual(['a.pdf']);
    expect(result.refused.map((r) => r.name)).toEqual(['b.pdf']);
  });
  it('names a file that cannot be read, keeps the others in the order chosen', async () => {
    const unreadable = new File(['x'], 'gone.txt');
    Object.defineProperty(unreadable, 'arrayBuffer', {
      value: () => Promise.reject(new Error('NotReadableError')),
    });
    const result = await readPickedFiles([
      new File(['one'], '1.txt'),
      unreadable,
      claimingFile('huge.pdf', MAX_FILE_BYTES + 1),
      new File(['three'], '3.txt'),
    ]);
    expect(result.files.map((f) => f.name)).toEqual(['1.txt', '3.txt']);
    expect(new TextDecoder().decode(result.files[1]!.bytes)).toBe('three');
    expect(result.refused).toEqual([
      { name: 'gone.txt', reason: 'it could not be read' },
      { name: 'huge.pdf', reason: 'it is too large to open (the limit is 200 MB)' },
    ]);
  });
});

describe('choosePickedFiles (the chooser, for imports)', () => {
  it('keeps the chosen files unread, each readable later, and refuses by the same limits', async () => {
    const note = new File(['hello'], 'a.txt');
    const result = choosePickedFiles([
      note,
      claimingFile('huge.pdf', MAX_FILE_BYTES + 1),
      claimingFile('b.pdf', MAX_BATCH_BYTES),
    ]);
    expect(result.files.map((f) => [f.name, f.size, f.blob])).toEqual([['a.txt', 5, note]]);
    expect(new TextDecoder().decode(await result.files[0]!.read())).toBe('hello');
    expect(result.refused.map((r) => r.name)).toEqual(['huge.pdf', 'b.pdf']);
  });
});

describe('refusedFilesMessage', () => {
  it('names every refused file with its reason, in one sentence', () => {
    expect(
      refusedFilesMessage([
        { name: 'huge.pdf', reason: 'it is too large to open (the limit is 200 MB)' },
        { name: 'folder', reason: 'it is not a file' },
      ]),
    ).toBe(
      'Not opened: “huge.pdf”: it is too large to open (the limit is 200 MB); “folder”: it is not a file.',
    );
  });
});
