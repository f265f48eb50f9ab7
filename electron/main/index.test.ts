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
  DESKTOP_OPERATIONS,
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
    setPath: () => undefined,
    getPath: (name: string) => path.join(tmp.dir, name),
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
  }
  return {
    app,
    BrowserWindow,
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

afterAll(() => rmSync(tmp.dir, { recursive: true, force: true }));

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

function navigationEvent() {
  return {
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
    // The object main really passes to BrowserWindow: the restated literals agree with lib.
    expect(window?.options.webPreferences).toEqual(hardenedWebPreferences(preload, false));
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('registers exactly the contract’s IPC channels', () => {
    expect([...record.ipcChannels].sort()).toEqual(DESKTOP_OPERATIONS.map(channelName).sort());
  });

  it('denies every permission, device permission included', () => {
    const granted: boolean[] = [];
    for (const permission of [
      'media',
      'clipboard-read',
      'geolocation',
      'notifications',
      'openExternal',
    ]) {
      record.permissionRequest?.({}, permission, (ok: boolean) => granted.push(ok));
    }
    expect(granted).toEqual([false, false, false, false, false]);
    expect(record.permissionCheck?.({}, 'notifications')).toBe(false);
    expect(record.permissionCheck?.({}, 'clipboard-sanitized-write')).toBe(false);
    expect(record.devicePermission?.({ deviceType: 'usb' })).toBe(false);
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

    const internal = navigationEvent();
    contents.emit('will-navigate', internal, 'app://rightsmark/#/reader/1');
    expect(internal.prevented).toBe(false);

    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://rightsmark.evil/']) {
      const away = navigationEvent();
      contents.emit('will-navigate', away, url);
      expect(away.prevented, url).toBe(true);
      const redirect = navigationEvent();
      contents.emit('will-redirect', redirect, url);
      expect(redirect.prevented, url).toBe(true);
    }

    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);

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
        contents.emit('will-navigate', navigationEvent(), url);
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      // Refused outright: not even a prompt.
      expect(record.messageBoxes).toEqual([]);
      contents.openHandler?.({ url: 'HTTPS://Example.ORG/a b' });
      contents.emit('will-navigate', navigationEvent(), 'mailto:analyst@example.org');
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

  it('holds the window’s close for a last backup and closes on closeReady', async () => {
    const { BrowserWindow } = (await import('electron')) as unknown as {
      BrowserWindow: { all: FakeWindow[] };
    };
    const window = BrowserWindow.all[0];
    if (window === undefined) throw new Error('no window');
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
    let prevented = false;
    app.emit('before-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(window.webContents.sent).toEqual([BACKUP_BEFORE_CLOSE_EVENT]);
    expect(record.quits).toBe(0);
    await closeReady();
    expect(record.quits).toBe(1);
  });
});
