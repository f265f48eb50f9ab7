import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { ChosenPaths, MAX_PICKED_FILES, createFileHandlers, type FileHandlerDeps } from './files';
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
}) {
  const files = new Map(Object.entries(options.files ?? {}));
  const log = {
    openOptions: [] as unknown[],
    saveOptions: [] as unknown[],
    revealed: [] as string[],
    written: new Map<string, Uint8Array>(),
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
  it('returns an empty list when the user cancels', async () => {
    const { deps } = fakes({});
    const handlers = createFileHandlers(deps);
    await expect(
      handlers.openFiles({ title: 'Import', filters: [pdf], multiple: true }),
    ).resolves.toEqual([]);
  });

  it('reads every chosen file and asks for multi-selection only when requested', async () => {
    const a = new Uint8Array([1, 2]);
    const b = new Uint8Array([3]);
    const { deps, log } = fakes({
      files: { '/docs/a.pdf': { bytes: a }, '/docs/b.pdf': { bytes: b } },
      openResult: { canceled: false, filePaths: ['/docs/a.pdf', '/docs/b.pdf'] },
    });
    const handlers = createFileHandlers(deps);
    const picked = await handlers.openFiles({ title: 'Import', filters: [pdf], multiple: true });
    expect(picked).toEqual([
      { name: 'a.pdf', path: '/docs/a.pdf', bytes: a },
      { name: 'b.pdf', path: '/docs/b.pdf', bytes: b },
    ]);
    expect(log.openOptions[0]).toMatchObject({
      title: 'Import',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['openFile', 'multiSelections'],
    });
    await handlers.openFiles({ title: 'One', filters: [], multiple: false });
    expect(log.openOptions[1]).toMatchObject({ properties: ['openFile'] });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { deps } = fakes({
      files: { '/docs/huge.pdf': { bytes: new Uint8Array(1), statSize: MAX_FILE_BYTES + 1 } },
      openResult: { canceled: false, filePaths: ['/docs/huge.pdf'] },
    });
    await expect(
      createFileHandlers(deps).openFiles({ title: 'Import', filters: [], multiple: false }),
    ).rejects.toThrow(/huge\.pdf" is too large/);
  });

  it('checks the size again after reading (the file may grow)', async () => {
    const grown = new Uint8Array(new ArrayBuffer(8));
    Object.defineProperty(grown, 'byteLength', { value: MAX_FILE_BYTES + 1 });
    const { deps } = fakes({
      files: { '/docs/grows.pdf': { bytes: grown, statSize: 10 } },
      openResult: { canceled: false, filePaths: ['/docs/grows.pdf'] },
    });
    await expect(
      createFileHandlers(deps).openFiles({ title: 'Import', filters: [], multiple: false }),
    ).rejects.toThrow(RefusedCallError);
  });

  it('refuses directories and oversized batches', async () => {
    const dir = fakes({
      files: { '/docs/folder': { bytes: new Uint8Array(), directory: true } },
      openResult: { canceled: false, filePaths: ['/docs/folder'] },
    });
    await expect(
      createFileHandlers(dir.deps).openFiles({ title: 'x', filters: [], multiple: true }),
    ).rejects.toThrow(/not a file/);
    const paths = Array.from({ length: MAX_PICKED_FILES + 1 }, (_, i) => `/docs/${i}.txt`);
    const many = fakes({ openResult: { canceled: false, filePaths: paths } });
    await expect(
      createFileHandlers(many.deps).openFiles({ title: 'x', filters: [], multiple: true }),
    ).rejects.toThrow(/Too many files/);
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
