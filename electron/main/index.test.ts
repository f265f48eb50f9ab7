/**
 * Wiring test for the main-process entry, run in Node against a hand-written fake of the parts of
 * Electron it uses (the runtime cannot be installed everywhere): checks what the entry registers
 * and that the security handlers it installs refuse what they should.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_BEFORE_CLOSE_EVENT,
  CLOSE_LISTENERS_CHANNEL,
  DESKTOP_OPERATIONS,
  FILES_OPENED_EVENT,
  channelName,
} from '../../shared/ipc/contract';
import { hardenedWebPreferences } from '../lib/window-options';

type Listener = (...args: unknown[]) => unknown;

/** Records event listeners like an EventEmitter, so tests can fire them. */
class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

const fake = vi.hoisted(() => {
  const tmp = { dir: '' };
  const record = {
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, unknown>(),
    ipcChannels: [] as string[],
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    devicePermission: null as null | Listener,
    requestFilters: [] as unknown[],
    requestListener: null as null | Listener,
    sandboxEnabled: false,
    menu: null as unknown,
    openExternal: [] as string[],
    /** The fake dialog's answer: 0 "Open link", 1 "Cancel". */
    messageBoxResponse: 1,
    messageBoxes: [] as unknown[],
    quits: 0,
    ipcListeners: new Map<string, Listener>(),
    spellchecker: [] as unknown[][],
    sessionListeners: new Map<string, Listener>(),
    userDataPath: null as string | null,
    recentDocuments: [] as string[],
  };
  return { tmp, record };
});

vi.mock('electron', () => {
  const { record, tmp } = fake;
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    enableSandbox: () => {
      record.sandboxEnabled = true;
    },
    setPath: (name: string, value: string) => {
      if (name === 'userData') record.userDataPath = value;
    },
    getPath: (name: string) => path.join(tmp.dir, name),
    getName: () => 'Rightsmark',
    addRecentDocument: (file: string) => record.recentDocuments.push(file),
    clearRecentDocuments: () => undefined,
    getAppPath: () => path.join(tmp.dir, 'app'),
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    quit: () => {
      record.quits += 1;
    },
    exit: () => undefined,
  });
  class BrowserWindow extends Emitter {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    static fromWebContents = () => null;
    readonly webContents = Object.assign(new Emitter(), {
      sent: [] as string[],
      send(channel: string) {
        this.sent.push(channel);
      },
      isDestroyed: () => this.destroyed,
      isCrashed: () => false,
      isLoading: () => false,
      reloads: 0,
      reload() {
        this.reloads += 1;
      },
      print: (_options: unknown, callback?: () => void) => callback?.(),
    });
    readonly loaded: string[] = [];
    destroyed = false;
    constructor(options: Record<string, unknown>) {
      super();
      BrowserWindow.all.push(this);
      record.windows.push({ options, loaded: this.loaded });
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    /** Like Electron: emits a preventable 'close', then 'closed' unless it was prevented. */
    close() {
      if (this.destroyed) return;
      let prevented = false;
      this.emit('close', {
        preventDefault: () => {
          prevented = true;
        },
      });
      if (prevented) return;
      this.destroyed = true;
      BrowserWindow.all = BrowserWindow.all.filter((w) => w !== this);
      this.emit('closed');
    }
    isDestroyed() {
      return this.destroyed;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 820 };
    }
    isMaximized() {
      return false;
    }
    maximize() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isFocused() {
      return true;
    }
  }
  class Notification {
    static isSupported = () => true;
    on() {}
    show() {}
  }
  return {
    app,
    BrowserWindow,
    Notification,
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        record.menu = menu;
      },
    },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        record.messageBoxes.push(args.at(-1));
        return { response: record.messageBoxResponse };
      },
      showErrorBox: () => undefined,
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    shell: {
      openExternal: async (url: string) => {
        record.openExternal.push(url);
      },
      showItemInFolder: () => undefined,
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        record.ipcChannels.push(channel);
        record.ipcHandlers.set(channel, listener);
      },
      removeHandler: () => undefined,
      on: (channel: string, listener: Listener) => {
        record.ipcListeners.set(channel, listener);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.schemes.push(...schemes),
      handle: (scheme: string, handler: unknown) => record.protocolHandlers.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => {
          record.permissionRequest = h;
        },
        setPermissionCheckHandler: (h: Listener) => {
          record.permissionCheck = h;
        },
        setDevicePermissionHandler: (h: Listener) => {
          record.devicePermission = h;
        },
        setSpellCheckerEnabled: (...args: unknown[]) =>
          record.spellchecker.push(['enabled', ...args]),
        setSpellCheckerLanguages: (...args: unknown[]) =>
          record.spellchecker.push(['languages', ...args]),
        setSpellCheckerDictionaryDownloadURL: (...args: unknown[]) =>
          record.spellchecker.push(['downloadURL', ...args]),
        on: (event: string, listener: Listener) => {
          record.sessionListeners.set(event, listener);
        },
        webRequest: {
          onBeforeRequest: (...args: unknown[]) => {
            record.requestFilters.push(...args.slice(0, -1));
            record.requestListener = args.at(-1) as Listener;
          },
        },
      },
    },
  };
});

const { record, tmp } = fake;

beforeAll(async () => {
  tmp.dir = mkdtempSync(path.join(tmpdir(), 'rightsmark-main-'));
  await import('./index');
  // start() awaits whenReady(); let its continuation run.
  await new Promise((resolve) => setTimeout(resolve, 0));
});

afterAll(async () => {
  // Let the recent-files list finish its write before its folder goes.
  await new Promise((resolve) => setTimeout(resolve, 50));
  rmSync(tmp.dir, { recursive: true, force: true });
});

/** A fake web contents with the hooks hardenWebContents installs. */
function fakeContents() {
  const contents = Object.assign(new Emitter(), {
    openHandler: null as null | ((details: { url: string }) => { action: string }),
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    },
  });
  return contents;
}

function navigationEvent(url = '') {
  return {
    url,
    prevented: false,
    isMainFrame: true,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('main entry', () => {
  it('enables the sandbox for every renderer and registers app:// as a secure standard scheme', () => {
    expect(record.sandboxEnabled).toBe(true);
    expect(record.schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    expect([...record.protocolHandlers.keys()]).toEqual(['app']);
  });

  it('opens one hardened window on the app origin, with exactly lib/window-options’ preferences', () => {
    expect(record.windows).toHaveLength(1);
    const [window] = record.windows;
    expect(window?.loaded).toEqual(['app://rightsmark/']);
    const preload = path.join(tmp.dir, 'app', 'build', 'electron', 'preload.cjs');
    // The object main really passes to BrowserWindow is lib/window-options' own.
    // (window-options.test.ts checks each of those flags against the rule.)
    expect(window?.options.webPreferences).toEqual(hardenedWebPreferences(preload, false));
  });

  it('registers exactly the contract’s IPC channels', () => {
    expect([...record.ipcChannels].sort()).toEqual(DESKTOP_OPERATIONS.map(channelName).sort());
  });

  it('grants only persistent storage, and only to the app’s own page', () => {
    const ask = (permission: string, requestingUrl: string) => {
      let answer: boolean | null = null;
      record.permissionRequest?.({}, permission, (ok: boolean) => (answer = ok), {
        requestingUrl,
      });
      return answer;
    };
    expect(ask('persistent-storage', 'app://rightsmark/')).toBe(true);
    expect(ask('persistent-storage', 'https://evil.example/')).toBe(false);
    for (const permission of [
      'media',
      'clipboard-read',
      'geolocation',
      'notifications',
      'openExternal',
    ]) {
      expect(ask(permission, 'app://rightsmark/'), permission).toBe(false);
    }
    expect(record.permissionCheck?.({}, 'persistent-storage', 'app://rightsmark')).toBe(true);
    expect(record.permissionCheck?.({}, 'notifications', 'app://rightsmark')).toBe(false);
    expect(record.permissionCheck?.({}, 'clipboard-sanitized-write', 'app://rightsmark')).toBe(
      false,
    );
    expect(record.devicePermission?.({ deviceType: 'usb' })).toBe(false);
  });

  it('turns the spellchecker off so it never downloads dictionaries', () => {
    expect(record.spellchecker[0]).toEqual(['enabled', false]);
    if (process.platform !== 'darwin') {
      expect(record.spellchecker).toContainEqual(['languages', []]);
      const url = record.spellchecker.find((call) => call[0] === 'downloadURL')?.[1];
      expect(String(url)).toMatch(/^app:\/\/rightsmark\//);
    }
  });

  it('chooses no device when a page asks for HID, serial or USB', () => {
    for (const event of ['select-hid-device', 'select-serial-port', 'select-usb-device']) {
      const listener = record.sessionListeners.get(event);
      expect(listener, event).toBeDefined();
      let prevented = false;
      const chosen: unknown[][] = [];
      const callback = (...args: unknown[]) => chosen.push(args);
      const preventable = { preventDefault: () => (prevented = true) };
      if (event === 'select-serial-port') listener?.(preventable, [{}], {}, callback);
      else listener?.(preventable, { deviceList: [{}] }, callback);
      expect(prevented, event).toBe(true);
      expect(chosen, event).toHaveLength(1);
      expect(
        chosen[0]?.filter((v) => v !== '' && v !== undefined),
        event,
      ).toEqual([]);
    }
  });

  it('gives development runs a user-data folder of their own', () => {
    expect(record.userDataPath).toBe(path.join(tmp.dir, 'appData', 'Rightsmark (development)'));
  });

  it('sees every request of the session and cancels all but the app’s own', () => {
    // No URL filter: the listener is the only argument, so nothing bypasses it.
    expect(record.requestFilters).toEqual([]);
    const decide = (url: string) => {
      let answer: unknown;
      record.requestListener?.({ url }, (response: unknown) => {
        answer = response;
      });
      return answer;
    };
    expect(decide('app://rightsmark/assets/index.js')).toEqual({ cancel: false });
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:9/',
      'wss://example.org/',
      'file:///etc/passwd',
      'ftp://example.org/',
      'app://evil/',
    ]) {
      expect(decide(url), url).toEqual({ cancel: true });
    }
  });
  it('sets the application menu', () => {
    expect(record.menu).toBeInstanceOf(Array);
  });

  it('hardens every web contents: navigation, new windows, webviews', async () => {
    const { app } = (await import('electron')) as unknown as { app: Emitter };
    const contents = fakeContents();
    app.emit('web-contents-created', {}, contents);

    const internal = navigationEvent('app://rightsmark/#/reader/1');
    contents.emit('will-navigate', internal);
    expect(internal.prevented).toBe(false);

    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://rightsmark.evil/']) {
      const away = navigationEvent(url);
      contents.emit('will-navigate', away);
      expect(away.prevented, url).toBe(true);
      const redirect = navigationEvent();
      contents.emit('will-redirect', redirect, url);
      expect(redirect.prevented, url).toBe(true);
    }

    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);

    const bluetooth = navigationEvent();
    const picked: string[] = [];
    contents.emit('select-bluetooth-device', bluetooth, [{ deviceId: 'first' }], (id: string) =>
      picked.push(id),
    );
    expect(bluetooth.prevented).toBe(true);
    expect(picked).toEqual(['']);

    expect(contents.openHandler?.({ url: 'app://rightsmark/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    // The fake dialog answers "Cancel": nothing reaches the OS.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(record.openExternal).toEqual([]);
  });

  it('opens only https: and mailto: links, only after the user confirms, as parsed', async () => {
    const { app } = (await import('electron')) as unknown as { app: Emitter };
    const contents = fakeContents();
    app.emit('web-contents-created', {}, contents);
    record.messageBoxes.length = 0;
    record.messageBoxResponse = 0;
    try {
      for (const url of [
        'javascript:alert(1)',
        'file:///etc/passwd',
        'http://example.org/',
        'smb://server/share',
        'https://user:pass@example.org/',
      ]) {
        contents.openHandler?.({ url });
        contents.emit('will-navigate', navigationEvent(url));
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      // Refused outright: not even a prompt.
      expect(record.messageBoxes).toEqual([]);
      contents.openHandler?.({ url: 'HTTPS://Example.ORG/a b' });
      contents.emit('will-navigate', navigationEvent('mailto:analyst@example.org'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(record.messageBoxes).toHaveLength(2);
      expect(record.openExternal).toEqual([
        'https://example.org/a%20b',
        'mailto:analyst@example.org',
      ]);
    } finally {
      record.messageBoxResponse = 1;
      record.openExternal.length = 0;
    }
  });
});

describe('close handshake', () => {
  type FakeWindow = Emitter & {
    close(): void;
    isDestroyed(): boolean;
    webContents: { sent: string[] };
  };
  const ownPage = { senderFrame: { url: 'app://rightsmark/', parent: null } };
  const closeReady = () =>
    record.ipcHandlers.get(channelName('closeReady'))?.(ownPage) as Promise<unknown>;
  /** What the preload sends when the page subscribes to (or leaves) the close handshake. */
  const announceListeners = (window: { webContents: unknown }, count: number) =>
    record.ipcListeners.get(CLOSE_LISTENERS_CHANNEL)?.(
      { ...ownPage, sender: window.webContents },
      count,
    );

  it('closes at once when the page does not listen for the handshake (no 8 s wait)', async () => {
    const { app, BrowserWindow } = (await import('electron')) as unknown as {
      app: Emitter;
      BrowserWindow: { all: FakeWindow[] };
    };
    const window = BrowserWindow.all[0];
    if (window === undefined) throw new Error('no window');
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(window.webContents.sent).toEqual([]);
    app.emit('activate');
  });

  it('holds the window’s close for a last backup and closes on closeReady', async () => {
    const { BrowserWindow } = (await import('electron')) as unknown as {
      BrowserWindow: { all: FakeWindow[] };
    };
    const window = BrowserWindow.all[0];
    if (window === undefined) throw new Error('no window');
    announceListeners(window, 1);
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.webContents.sent).toEqual([BACKUP_BEFORE_CLOSE_EVENT]);
    // A closeReady from another origin is refused and does not close the window.
    await expect(
      record.ipcHandlers.get(channelName('closeReady'))?.({
        senderFrame: { url: 'https://evil.example/', parent: null },
      }),
    ).rejects.toThrow();
    expect(window.isDestroyed()).toBe(false);
    await closeReady();
    expect(window.isDestroyed()).toBe(true);
  });

  it('holds a quit the same way on a re-created window, then quits', async () => {
    const { app, BrowserWindow } = (await import('electron')) as unknown as {
      app: Emitter;
      BrowserWindow: { all: FakeWindow[] };
    };
    app.emit('activate');
    const window = BrowserWindow.all[0];
    if (window === undefined) throw new Error('no window re-created');
    announceListeners(window, 1);
    let prevented = false;
    app.emit('before-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(window.webContents.sent).toEqual([BACKUP_BEFORE_CLOSE_EVENT]);
    expect(record.quits).toBe(0);
    await closeReady();
    expect(record.quits).toBe(1);
  });
});

describe('desktop habits', () => {
  type HabitWindow = Emitter & {
    webContents: Emitter & { sent: string[]; reloads: number };
  };
  const ownPage = { senderFrame: { url: 'app://rightsmark/', parent: null } };

  it('reloads a window whose renderer died instead of leaving it dead, and says so', async () => {
    const { BrowserWindow } = (await import('electron')) as unknown as {
      BrowserWindow: { all: HabitWindow[] };
    };
    const window = BrowserWindow.all[0];
    if (window === undefined) throw new Error('no window');
    record.messageBoxes.length = 0;
    const before = window.webContents.reloads;
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(window.webContents.reloads).toBe(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(JSON.stringify(record.messageBoxes)).toContain('ran out of memory');
    // A normal exit (the window closing) is left alone.
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(window.webContents.reloads).toBe(before + 1);
  });

  it('takes a file handed over by a second instance: announces it, then reads it once', async () => {
    const { app, BrowserWindow } = (await import('electron')) as unknown as {
      app: Emitter;
      BrowserWindow: { all: HabitWindow[] };
    };
    const { writeFileSync } = await import('node:fs');
    const file = path.join(tmp.dir, 'team.rightsmark.json');
    writeFileSync(file, '{"type":"AnnotationCollection"}');
    const window = BrowserWindow.all[0];
    if (window === undefined) throw new Error('no window');
    window.webContents.sent.length = 0;
    app.emit(
      'second-instance',
      {},
      ['/opt/Rightsmark/rightsmark', '--no-sandbox', file, 'missing.pdf'],
      tmp.dir,
    );
    expect(window.webContents.sent).toEqual([FILES_OPENED_EVENT]);
    const take = () =>
      record.ipcHandlers.get(channelName('takeOpenedFiles'))?.(ownPage) as Promise<{
        files: { name: string; path: string; bytes: Uint8Array }[];
        refused: { name: string; reason: string }[];
      }>;
    const taken = await take();
    expect(taken.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['team.rightsmark.json', '{"type":"AnnotationCollection"}'],
    ]);
    expect(taken.refused).toEqual([{ name: 'missing.pdf', reason: 'it no longer exists' }]);
    expect(record.recentDocuments).toContain(file);
    await expect(take()).resolves.toEqual({ files: [], refused: [] });
  });
});
