/**
 * Wiring test for the main-process entry, run in Node against a hand-written fake of the parts of
 * Electron it uses (the runtime cannot be installed everywhere): checks what the entry registers
 * and that the security handlers it installs refuse what they should.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DESKTOP_OPERATIONS, channelName } from '../../shared/ipc/contract';

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
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    blockedPatterns: [] as string[],
    sandboxEnabled: false,
    menu: null as unknown,
    openExternal: [] as string[],
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
    quit: () => undefined,
    exit: () => undefined,
  });
  class BrowserWindow extends Emitter {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    static fromWebContents = () => null;
    readonly webContents = new Emitter();
    readonly loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      super();
      BrowserWindow.all.push(this);
      record.windows.push({ options, loaded: this.loaded });
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
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
    dialog: { showMessageBox: async () => ({ response: 1 }), showErrorBox: () => undefined },
    shell: {
      openExternal: async (url: string) => {
        record.openExternal.push(url);
      },
      showItemInFolder: () => undefined,
    },
    ipcMain: {
      handle: (channel: string) => record.ipcChannels.push(channel),
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
        setDevicePermissionHandler: () => undefined,
        webRequest: {
          onBeforeRequest: (filter: { urls: string[] }) =>
            record.blockedPatterns.push(...filter.urls),
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

  it('opens one hardened window on the app origin', () => {
    expect(record.windows).toHaveLength(1);
    const [window] = record.windows;
    expect(window?.loaded).toEqual(['app://rightsmark/']);
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join(tmp.dir, 'app', 'build', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('registers exactly the contract’s IPC channels', () => {
    expect([...record.ipcChannels].sort()).toEqual(DESKTOP_OPERATIONS.map(channelName).sort());
  });

  it('denies every permission and blocks remote requests', () => {
    const granted: boolean[] = [];
    record.permissionRequest?.({}, 'media', (ok: boolean) => granted.push(ok));
    record.permissionRequest?.({}, 'clipboard-read', (ok: boolean) => granted.push(ok));
    expect(granted).toEqual([false, false]);
    expect(record.permissionCheck?.({}, 'notifications')).toBe(false);
    expect(record.blockedPatterns).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
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
});
