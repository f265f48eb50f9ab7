import { describe, expect, it } from 'vitest';
import {
  CLOSE_LISTENERS_CHANNEL,
  DESKTOP_OPERATIONS,
  channelName,
} from '../../shared/ipc/contract';
import {
  RefusedCallError,
  guardHandler,
  registerCloseListeners,
  registerDesktopApi,
  type DesktopHandlers,
  type InvokeEventLike,
  type IpcMainLike,
} from './register';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

/** A hand-written ipcMain: records handlers so tests can invoke them like the renderer would. */
class FakeIpcMain {
  readonly handlers = new Map<string, Listener>();

  asIpcMain(): IpcMainLike {
    return {
      handle: (channel: string, listener: Listener) => {
        if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        this.handlers.set(channel, listener);
      },
      removeHandler: (channel: string) => {
        this.handlers.delete(channel);
      },
    } as unknown as IpcMainLike;
  }

  invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) return Promise.reject(new Error(`no handler for ${channel}`));
    return Promise.resolve(listener(event, ...args));
  }
}

/** An invoke event from a frame at `url`; `parent` non-null makes it a subframe. */
function eventFrom(url: string | null, isMainFrame = true): InvokeEventLike {
  if (url === null) return { senderFrame: null } as unknown as InvokeEventLike;
  return { senderFrame: { url, parent: isMainFrame ? null : {} } } as unknown as InvokeEventLike;
}

const ownPage = eventFrom('app://rightsmark/index.html');

function recordingHandlers(calls: string[]): DesktopHandlers {
  return {
    appVersion: async () => {
      calls.push('appVersion');
      return '0.1.0';
    },
    openFiles: async (request) => {
      calls.push(`openFiles:${request.title}`);
      return { files: [], refused: [] };
    },
    takeOpenedFiles: async () => {
      calls.push('takeOpenedFiles');
      return { files: [], refused: [] };
    },
    print: async () => {
      calls.push('print');
    },
    notify: async (notice) => {
      calls.push(`notify:${notice.title}`);
      return false;
    },
    saveFile: async (request) => {
      calls.push(`saveFile:${request.suggestedName}`);
      return null;
    },
    revealFile: async (path) => {
      calls.push(`revealFile:${path}`);
    },
    readLibraryMarker: async () => {
      calls.push('readLibraryMarker');
      return null;
    },
    writeLibraryMarker: async (marker) => {
      calls.push(`writeLibraryMarker:${marker.libraryId}`);
    },
    writeAutoBackup: async (bytes) => {
      calls.push(`writeAutoBackup:${bytes.byteLength}`);
      return { name: 'b', createdAt: 'c', bytes: bytes.byteLength };
    },
    listAutoBackups: async () => {
      calls.push('listAutoBackups');
      return [];
    },
    readAutoBackup: async (name) => {
      calls.push(`readAutoBackup:${name}`);
      return new Uint8Array();
    },
    closeReady: async () => {
      calls.push('closeReady');
    },
  };
}

/** Valid arguments for every operation, so each can be called from a hostile sender. */
const VALID_ARGUMENTS: { readonly [K in (typeof DESKTOP_OPERATIONS)[number]]: unknown[] } = {
  appVersion: [],
  openFiles: [{ title: 'Import', filters: [], multiple: false }],
  takeOpenedFiles: [],
  print: [],
  notify: [{ title: 'Import finished', body: '3 documents added.' }],
  saveFile: [{ suggestedName: 'a.pdf', filters: [], bytes: new Uint8Array(1) }],
  revealFile: ['/home/a/a.pdf'],
  readLibraryMarker: [],
  writeLibraryMarker: [
    {
      libraryId: 'l',
      counts: { documents: 0, annotations: 0, collections: 0 },
      lastBackupAt: null,
      updatedAt: '2026-11-25T10:00:00.000Z',
    },
  ],
  writeAutoBackup: [new Uint8Array([123, 125])],
  listAutoBackups: [],
  readAutoBackup: ['rightsmark-backup-2026-11-25T10-00-00-000Z.json'],
  closeReady: [],
};

describe('registerDesktopApi', () => {
  it('registers one channel per operation of the contract, and nothing else', () => {
    const ipc = new FakeIpcMain();
    registerDesktopApi(ipc.asIpcMain(), recordingHandlers([]));
    expect([...ipc.handlers.keys()].sort()).toEqual(DESKTOP_OPERATIONS.map(channelName).sort());
  });

  it('can register again (macOS re-activation) without throwing', () => {
    const ipc = new FakeIpcMain();
    registerDesktopApi(ipc.asIpcMain(), recordingHandlers([]));
    expect(() => registerDesktopApi(ipc.asIpcMain(), recordingHandlers([]))).not.toThrow();
  });

  it('passes validated, sanitised arguments to the handler', async () => {
    const ipc = new FakeIpcMain();
    const calls: string[] = [];
    registerDesktopApi(ipc.asIpcMain(), recordingHandlers(calls));
    await expect(ipc.invoke(channelName('appVersion'), ownPage)).resolves.toBe('0.1.0');
    await ipc.invoke(channelName('saveFile'), ownPage, {
      suggestedName: '../secret/PRN.pdf',
      filters: [],
      bytes: new Uint8Array(1),
    });
    expect(calls).toEqual(['appVersion', 'saveFile:secret PRN.pdf']);
  });

  it.each([
    ['another origin', eventFrom('https://evil.example/?next=app://rightsmark')],
    ['a lookalike host', eventFrom('app://rightsmark.evil/index.html')],
    ['a subframe of our page', eventFrom('app://rightsmark/index.html', false)],
    ['a destroyed frame', eventFrom(null)],
    ['a file: page', eventFrom('file:///tmp/index.html')],
  ])('refuses calls from %s without running the handler', async (_label, event) => {
    const ipc = new FakeIpcMain();
    const calls: string[] = [];
    registerDesktopApi(ipc.asIpcMain(), recordingHandlers(calls));
    await expect(ipc.invoke(channelName('appVersion'), event)).rejects.toThrow(RefusedCallError);
    expect(calls).toEqual([]);
  });

  it.each([...DESKTOP_OPERATIONS])(
    'checks the sender of %s before anything else',
    async (operation) => {
      const ipc = new FakeIpcMain();
      const calls: string[] = [];
      registerDesktopApi(ipc.asIpcMain(), recordingHandlers(calls));
      const args = VALID_ARGUMENTS[operation];
      for (const event of [
        eventFrom('https://evil.example/'),
        eventFrom('app://rightsmark/index.html', false),
        eventFrom(null),
      ]) {
        await expect(ipc.invoke(channelName(operation), event, ...args)).rejects.toThrow(
          /untrusted sender/,
        );
      }
      expect(calls).toEqual([]);
      // The same call from our own page goes through.
      await ipc.invoke(channelName(operation), ownPage, ...args);
      expect(calls).toHaveLength(1);
    },
  );

  it('refuses invalid arguments without running the handler', async () => {
    const ipc = new FakeIpcMain();
    const calls: string[] = [];
    registerDesktopApi(ipc.asIpcMain(), recordingHandlers(calls));
    await expect(ipc.invoke(channelName('revealFile'), ownPage, 'relative.pdf')).rejects.toThrow(
      /invalid arguments for revealFile/,
    );
    await expect(
      ipc.invoke(channelName('openFiles'), ownPage, { title: 'x', filters: [], multiple: 1 }),
    ).rejects.toThrow(RefusedCallError);
    expect(calls).toEqual([]);
  });
});

describe('guardHandler', () => {
  it('turns a handler error into a rejected promise', async () => {
    const guarded = guardHandler('appVersion', async () => {
      throw new Error('boom');
    });
    await expect(guarded(ownPage)).rejects.toThrow('boom');
  });
});

describe('registerCloseListeners', () => {
  function setUp(isAppWindow = true) {
    let listener: ((event: unknown, count: unknown) => void) | null = null;
    const counts: number[] = [];
    registerCloseListeners(
      {
        on: ((channel: string, l: (event: unknown, count: unknown) => void) => {
          expect(channel).toBe(CLOSE_LISTENERS_CHANNEL);
          listener = l;
        }) as never,
      },
      () => isAppWindow,
      (count) => counts.push(count),
    );
    const send = (event: unknown, count: unknown) => listener?.(event, count);
    return { send, counts };
  }
  const own = { senderFrame: { url: 'app://rightsmark/', parent: null }, sender: {} };

  it('takes the count from our own page', () => {
    const { send, counts } = setUp();
    send(own, 1);
    send(own, 0);
    expect(counts).toEqual([1, 0]);
  });

  it('ignores other origins, subframes, other windows and counts that are not small integers', () => {
    const { send, counts } = setUp();
    send({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} }, 1);
    send({ senderFrame: { url: 'app://rightsmark/', parent: {} }, sender: {} }, 1);
    send({ senderFrame: null, sender: {} }, 1);
    for (const bad of [-1, 1.5, Number.NaN, '1', null, 10_000]) send(own, bad);
    expect(counts).toEqual([]);
    const other = setUp(false);
    other.send(own, 1);
    expect(other.counts).toEqual([]);
  });
});
