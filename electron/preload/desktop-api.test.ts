import { describe, expect, it } from 'vitest';
import {
  BACKUP_BEFORE_CLOSE_EVENT,
  DESKTOP_EVENTS,
  FILES_OPENED_EVENT,
  DESKTOP_OPERATIONS,
  channelName,
} from '../../shared/ipc/contract';
import { createDesktopApi, type Subscribe } from './desktop-api';

/** A hand-written ipcRenderer.on/removeListener for the one event channel. */
function fakeEvents() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const subscribe: Subscribe = (channel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    listeners.set(channel, set);
    const wrapped = (): void => listener();
    set.add(wrapped);
    return () => set.delete(wrapped);
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener(...args);
  };
  return { subscribe, emit, listeners };
}

const noInvoke = async () => undefined;

describe('createDesktopApi', () => {
  it('exposes exactly the operations and events of the contract, as functions', () => {
    const api = createDesktopApi(noInvoke, fakeEvents().subscribe);
    expect(Object.keys(api).sort()).toEqual([...DESKTOP_OPERATIONS, ...DESKTOP_EVENTS].sort());
    for (const key of Object.keys(api)) {
      expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function');
    }
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
    expect(api).not.toHaveProperty('on');
  });

  it('is frozen, so the page cannot add a pass-through', () => {
    const api = createDesktopApi(noInvoke, fakeEvents().subscribe);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each operation on its own channel with its arguments, and returns the reply', async () => {
    const sent: unknown[][] = [];
    const api = createDesktopApi(async (channel, ...args) => {
      sent.push([channel, ...args]);
      return channel === channelName('appVersion') ? '9.9.9' : null;
    }, fakeEvents().subscribe);
    await expect(api.appVersion()).resolves.toBe('9.9.9');
    const request = { suggestedName: 'a.pdf', filters: [], bytes: new Uint8Array([1]) };
    await api.saveFile(request);
    await api.revealFile('/x/a.pdf');
    const bytes = new Uint8Array([123, 125]);
    await api.writeAutoBackup(bytes);
    await api.readAutoBackup('rightsmark-backup-2026-11-25T10-00-00-000Z.json');
    await api.listAutoBackups();
    await api.readLibraryMarker();
    await api.closeReady();
    await api.takeOpenedFiles();
    await api.print();
    await api.notify({ title: 't', body: 'b' });
    expect(sent).toEqual([
      ['rightsmark:appVersion'],
      ['rightsmark:saveFile', request],
      ['rightsmark:revealFile', '/x/a.pdf'],
      ['rightsmark:writeAutoBackup', bytes],
      ['rightsmark:readAutoBackup', 'rightsmark-backup-2026-11-25T10-00-00-000Z.json'],
      ['rightsmark:listAutoBackups'],
      ['rightsmark:readLibraryMarker'],
      ['rightsmark:closeReady'],
      ['rightsmark:takeOpenedFiles'],
      ['rightsmark:print'],
      ['rightsmark:notify', { title: 't', body: 'b' }],
    ]);
  });

  it('rejects a refused call with the shell’s words, not Electron’s IPC prefix', async () => {
    const api = createDesktopApi(async (channel) => {
      throw new Error(
        `Error invoking remote method '${channel}': RefusedCallError: revealFile: only files opened or saved in this session.`,
      );
    }, fakeEvents().subscribe);
    await expect(api.revealFile('/etc/passwd')).rejects.toThrow(
      /^revealFile: only files opened or saved in this session\.$/,
    );
  });
});

describe('close listeners', () => {
  it('tells the shell how many close listeners the page has, as they come and go', () => {
    const counts: number[] = [];
    const api = createDesktopApi(noInvoke, fakeEvents().subscribe, (n) => counts.push(n));
    const stopA = api.onBeforeClose(() => {});
    const stopB = api.onBeforeClose(() => {});
    stopA();
    stopA();
    stopB();
    expect(counts).toEqual([1, 2, 1, 0]);
  });

  it('announces nothing for a listener it refused', () => {
    const counts: number[] = [];
    const api = createDesktopApi(noInvoke, fakeEvents().subscribe, (n) => counts.push(n));
    expect(() => api.onBeforeClose('x' as unknown as () => void)).toThrow(TypeError);
    expect(counts).toEqual([]);
  });
});

describe('onFilesOpened', () => {
  it('listens on the files-opened channel, calling the listener without the IPC event', () => {
    const events = fakeEvents();
    const api = createDesktopApi(noInvoke, events.subscribe);
    const calls: unknown[][] = [];
    const stop = api.onFilesOpened((...args: unknown[]) => calls.push(args));
    events.emit(FILES_OPENED_EVENT, { sender: 'ipcRenderer' }, '/etc/passwd');
    expect(calls).toEqual([[]]);
    stop();
    events.emit(FILES_OPENED_EVENT);
    expect(calls).toHaveLength(1);
  });
});

describe('onBeforeClose', () => {
  it('listens on the before-close channel only, calling the listener without the IPC event', () => {
    const events = fakeEvents();
    const api = createDesktopApi(noInvoke, events.subscribe);
    const calls: unknown[][] = [];
    api.onBeforeClose((...args: unknown[]) => calls.push(args));
    expect([...events.listeners.keys()]).toEqual([BACKUP_BEFORE_CLOSE_EVENT]);
    events.emit(BACKUP_BEFORE_CLOSE_EVENT, { sender: 'ipcRenderer' }, 'extra');
    events.emit('rightsmark:something-else');
    expect(calls).toEqual([[]]);
  });

  it('returns an unsubscribe that removes exactly that listener, once', () => {
    const events = fakeEvents();
    const api = createDesktopApi(noInvoke, events.subscribe);
    let a = 0;
    let b = 0;
    const stopA = api.onBeforeClose(() => (a += 1));
    api.onBeforeClose(() => (b += 1));
    stopA();
    stopA();
    events.emit(BACKUP_BEFORE_CLOSE_EVENT);
    expect([a, b]).toEqual([0, 1]);
    expect(events.listeners.get(BACKUP_BEFORE_CLOSE_EVENT)?.size).toBe(1);
  });

  it('refuses a listener that is not a function', () => {
    const api = createDesktopApi(noInvoke, fakeEvents().subscribe);
    for (const value of [null, 'alert(1)', {}, 42]) {
      expect(() => api.onBeforeClose(value as unknown as () => void)).toThrow(TypeError);
    }
  });
});
