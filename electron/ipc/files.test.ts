import { describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES, MAX_FILE_BYTES } from '../../shared/ipc/contract';
import {
  ChosenPaths,
  MAX_PICKED_FILES,
  createFileHandlers,
  readChosenFiles,
  type FileHandlerDeps,
} from './files';
import { RefusedCallError } from './register';

interface FakeFile {
  bytes: Uint8Array;
  /** Overrides the size stat reports (a file that grows or lies). */
  statSize?: number;
  directory?: boolean;
}

/** Hand-written fakes for the dialogs, the disk and the shell, recording what was asked. */
function fakes(options: {
  files?: Record<string, FakeFile>;
  openResult?: { canceled: boolean; filePaths: string[] };
  saveResult?: { canceled: boolean; filePath?: string };
  /** Paths the OS asked the app to open. */
  queued?: string[];
}) {
  const files = new Map(Object.entries(options.files ?? {}));
  const log = {
    openOptions: [] as unknown[],
    saveOptions: [] as unknown[],
    revealed: [] as string[],
    written: new Map<string, Uint8Array>(),
    recent: [] as string[],
  };
  const deps: FileHandlerDeps = {
    dialogs: {
      showOpenDialog: async (o) => {
        log.openOptions.push(o);
        return options.openResult ?? { canceled: true, filePaths: [] };
      },
      showSaveDialog: async (o) => {
        log.saveOptions.push(o);
        return options.saveResult ?? { canceled: true, filePath: '' };
      },
    },
    fs: {
      stat: async (path) => {
        const file = files.get(path);
        if (!file) throw new Error(`ENOENT: ${path}`);
        return { size: file.statSize ?? file.bytes.byteLength, isFile: () => !file.directory };
      },
      readFile: async (path) => {
        const file = files.get(path);
        if (!file) throw new Error(`ENOENT: ${path}`);
        return file.bytes;
      },
      writeFile: async (path, bytes) => {
        log.written.set(path, bytes);
      },
    },
    showItemInFolder: (path) => log.revealed.push(path),
    appVersion: () => '1.2.3',
    defaultSaveDirectory: () => '/home/analyst/Documents',
    takeQueuedPaths: () => options.queued?.splice(0) ?? [],
    addRecentFile: (path) => log.recent.push(path),
  };
  return { deps, log };
}

const pdf = { name: 'PDF', extensions: ['pdf'] };

describe('appVersion', () => {
  it('reports the app version', async () => {
    const { deps } = fakes({});
    await expect(createFileHandlers(deps).appVersion()).resolves.toBe('1.2.3');
  });
});

describe('openFiles', () => {
  const request = { title: 'Import', filters: [pdf], multiple: true };

  it('returns no files when the user cancels', async () => {
    const { deps } = fakes({});
    await expect(createFileHandlers(deps).openFiles(request)).resolves.toEqual({
      files: [],
      refused: [],
    });
  });

  it('reads every chosen file and asks for multi-selection only when requested', async () => {
    const a = new Uint8Array([1, 2]);
    const b = new Uint8Array([3]);
    const { deps, log } = fakes({
      files: { '/docs/a.pdf': { bytes: a }, '/docs/b.pdf': { bytes: b } },
      openResult: { canceled: false, filePaths: ['/docs/a.pdf', '/docs/b.pdf'] },
    });
    const handlers = createFileHandlers(deps);
    const picked = await handlers.openFiles(request);
    expect(picked).toEqual({
      files: [
        { name: 'a.pdf', path: '/docs/a.pdf', bytes: a },
        { name: 'b.pdf', path: '/docs/b.pdf', bytes: b },
      ],
      refused: [],
    });
    expect(log.openOptions[0]).toMatchObject({
      title: 'Import',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['openFile', 'multiSelections'],
    });
    await handlers.openFiles({ title: 'One', filters: [], multiple: false });
    expect(log.openOptions[1]).toMatchObject({ properties: ['openFile'] });
  });

  it('refuses a file over the size limit by name, before reading it, and keeps the others', async () => {
    const ok = new Uint8Array([7]);
    const { deps } = fakes({
      files: {
        '/docs/huge.pdf': { bytes: new Uint8Array(1), statSize: MAX_FILE_BYTES + 1 },
        '/docs/ok.pdf': { bytes: ok },
      },
      openResult: { canceled: false, filePaths: ['/docs/huge.pdf', '/docs/ok.pdf'] },
    });
    const result = await createFileHandlers(deps).openFiles(request);
    expect(result.files).toEqual([{ name: 'ok.pdf', path: '/docs/ok.pdf', bytes: ok }]);
    expect(result.refused).toEqual([
      { name: 'huge.pdf', reason: 'it is too large to open (the limit is 200 MB)' },
    ]);
  });

  it('checks the size again after reading (the file may grow)', async () => {
    const grown = new Uint8Array(new ArrayBuffer(8));
    Object.defineProperty(grown, 'byteLength', { value: MAX_FILE_BYTES + 1 });
    const { deps } = fakes({
      files: { '/docs/grows.pdf': { bytes: grown, statSize: 10 } },
      openResult: { canceled: false, filePaths: ['/docs/grows.pdf'] },
    });
    const result = await createFileHandlers(deps).openFiles(request);
    expect(result.files).toEqual([]);
    expect(result.refused).toEqual([
      { name: 'grows.pdf', reason: expect.stringMatching(/too large/) },
    ]);
  });

  it('refuses folders and files it cannot read, naming each, without failing the batch', async () => {
    const fine = new Uint8Array([1]);
    const { deps } = fakes({
      files: {
        '/docs/folder': { bytes: new Uint8Array(), directory: true },
        '/docs/fine.txt': { bytes: fine },
      },
      openResult: {
        canceled: false,
        filePaths: ['/docs/folder', '/docs/gone.txt', '/docs/fine.txt'],
      },
    });
    const result = await createFileHandlers(deps).openFiles(request);
    expect(result.files.map((f) => f.name)).toEqual(['fine.txt']);
    expect(result.refused).toEqual([
      { name: 'folder', reason: 'it is not a file' },
      { name: 'gone.txt', reason: 'it could not be read' },
    ]);
  });

  it('opens at most MAX_PICKED_FILES at once and names the rest', async () => {
    const paths = Array.from({ length: MAX_PICKED_FILES + 2 }, (_, i) => `/docs/${i}.txt`);
    const files = Object.fromEntries(paths.map((p) => [p, { bytes: new Uint8Array([1]) }]));
    const { deps } = fakes({ files, openResult: { canceled: false, filePaths: paths } });
    const result = await createFileHandlers(deps).openFiles(request);
    expect(result.files).toHaveLength(MAX_PICKED_FILES);
    expect(result.refused.map((r) => r.name)).toEqual([
      `${MAX_PICKED_FILES}.txt`,
      `${MAX_PICKED_FILES + 1}.txt`,
    ]);
    expect(result.refused[0]!.reason).toMatch(/only 100 files/);
  });

  it('never returns more than MAX_BATCH_BYTES in one answer: the file past it is refused by name', async () => {
    // Each file reports a third of the budget (plus one byte), in stat and once read; the
    // buffers only claim that length, so the test allocates nothing large.
    const third = Math.floor(MAX_BATCH_BYTES / 3) + 1;
    const claiming = () => {
      const bytes = new Uint8Array(new ArrayBuffer(1));
      Object.defineProperty(bytes, 'byteLength', { value: third });
      return bytes;
    };
    const files = Object.fromEntries(
      ['a', 'b', 'c', 'd'].map((n) => [`/docs/${n}.pdf`, { bytes: claiming() }]),
    );
    const { deps } = fakes({
      files,
      openResult: { canceled: false, filePaths: Object.keys(files) },
    });
    const result = await readChosenFiles(Object.keys(files), deps.fs, new ChosenPaths());
    expect(result.files.map((f) => f.name)).toEqual(['a.pdf', 'b.pdf']);
    expect(result.refused.map((r) => r.name)).toEqual(['c.pdf', 'd.pdf']);
    expect(result.refused[0]!.reason).toMatch(/together pass 256 MB/);
  });

  it('lets only files it read be revealed later', async () => {
    const { deps } = fakes({
      files: { '/docs/ok.pdf': { bytes: new Uint8Array([1]) } },
      openResult: { canceled: false, filePaths: ['/docs/ok.pdf', '/docs/missing.pdf'] },
    });
    const chosen = new ChosenPaths();
    await createFileHandlers(deps, chosen).openFiles(request);
    expect(chosen.has('/docs/ok.pdf')).toBe(true);
    expect(chosen.has('/docs/missing.pdf')).toBe(false);
  });
});

describe('takeOpenedFiles', () => {
  it('reads the files the OS handed over once, refusing bad ones by name, and remembers them as recent', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const queued = ['/in/team.rightsmark.json', '/in/folder.json'];
    const { deps, log } = fakes({
      files: {
        '/in/team.rightsmark.json': { bytes },
        '/in/folder.json': { bytes: new Uint8Array(), directory: true },
      },
      queued,
    });
    const chosen = new ChosenPaths();
    const handlers = createFileHandlers(deps, chosen);
    await expect(handlers.takeOpenedFiles()).resolves.toEqual({
      files: [{ name: 'team.rightsmark.json', path: '/in/team.rightsmark.json', bytes }],
      refused: [{ name: 'folder.json', reason: 'it is not a file' }],
    });
    expect(log.recent).toEqual(['/in/team.rightsmark.json']);
    expect(chosen.has('/in/team.rightsmark.json')).toBe(true);
    // The queue was emptied: a second call finds nothing.
    await expect(handlers.takeOpenedFiles()).resolves.toEqual({ files: [], refused: [] });
  });
});

describe('saveFile', () => {
  it('returns null when the user cancels and writes nothing', async () => {
    const { deps, log } = fakes({ saveResult: { canceled: true, filePath: '' } });
    const result = await createFileHandlers(deps).saveFile({
      suggestedName: 'briefing.pdf',
      filters: [pdf],
      bytes: new Uint8Array([1]),
    });
    expect(result).toBeNull();
    expect(log.written.size).toBe(0);
  });

  it('starts in the documents folder with the suggested name and writes the bytes', async () => {
    const bytes = new Uint8Array([9, 9]);
    const { deps, log } = fakes({
      saveResult: { canceled: false, filePath: '/home/analyst/out/briefing.pdf' },
    });
    const result = await createFileHandlers(deps).saveFile({
      suggestedName: 'briefing.pdf',
      filters: [pdf],
      bytes,
    });
    expect(log.saveOptions[0]).toMatchObject({
      defaultPath: '/home/analyst/Documents/briefing.pdf',
    });
    expect(log.written.get('/home/analyst/out/briefing.pdf')).toBe(bytes);
    expect(result).toEqual({ name: 'briefing.pdf', path: '/home/analyst/out/briefing.pdf' });
  });
});

describe('revealFile', () => {
  it('reveals only files opened or saved in this session', async () => {
    const { deps, log } = fakes({
      files: { '/docs/a.pdf': { bytes: new Uint8Array(1) } },
      openResult: { canceled: false, filePaths: ['/docs/a.pdf'] },
      saveResult: { canceled: false, filePath: '/out/b.pdf' },
    });
    const handlers = createFileHandlers(deps);
    await expect(handlers.revealFile('/docs/a.pdf')).rejects.toThrow(RefusedCallError);
    await handlers.openFiles({ title: 'x', filters: [], multiple: false });
    await handlers.saveFile({ suggestedName: 'b.pdf', filters: [], bytes: new Uint8Array(1) });
    await handlers.revealFile('/docs/a.pdf');
    await handlers.revealFile('/out/b.pdf');
    expect(log.revealed).toEqual(['/docs/a.pdf', '/out/b.pdf']);
  });

  it('is not fooled by paths that normalise elsewhere or by other sessions', async () => {
    const chosen = new ChosenPaths();
    chosen.add('/docs/a.pdf');
    const { deps, log } = fakes({});
    const handlers = createFileHandlers(deps, chosen);
    await handlers.revealFile('/docs/../docs/a.pdf');
    await expect(handlers.revealFile('/docs/a.pdf/../../etc/passwd')).rejects.toThrow();
    await expect(handlers.revealFile('/etc/passwd')).rejects.toThrow();
    await expect(createFileHandlers(deps).revealFile('/docs/a.pdf')).rejects.toThrow();
    expect(log.revealed).toEqual(['/docs/a.pdf']);
  });
});
