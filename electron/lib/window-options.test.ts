import { describe, expect, it } from 'vitest';
import {
  HARDENED_WEB_PREFERENCES,
  hardenedWebPreferences,
  mainWindowOptions,
} from './window-options';
import { DEFAULT_WINDOW_BOUNDS, WINDOW_SIZE_LIMITS } from './window-state';

describe('hardenedWebPreferences', () => {
  // The rule, written out on its own: a change to the pinned flags must change this test too.
  it('pins every flag to its safe value: isolated, sandboxed, no Node, web security on', () => {
    expect(HARDENED_WEB_PREFERENCES).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('gives the window the pinned flags, its preload and nothing else', () => {
    const prefs = hardenedWebPreferences('/app/build/electron/preload.cjs', true);
    expect(prefs).toEqual({
      ...HARDENED_WEB_PREFERENCES,
      preload: '/app/build/electron/preload.cjs',
      devTools: false,
    });
  });

  it('sets no option that loosens security', () => {
    const prefs: Record<string, unknown> = { ...hardenedWebPreferences('/p.cjs', true) };
    for (const risky of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session']) {
      expect(prefs).not.toHaveProperty(risky);
    }
  });

  it('offers DevTools only to unpackaged runs', () => {
    expect(hardenedWebPreferences('/p.cjs', true).devTools).toBe(false);
    expect(hardenedWebPreferences('/p.cjs', false).devTools).toBe(true);
  });
});

describe('mainWindowOptions', () => {
  it('uses the remembered bounds and waits for the first paint', () => {
    const options = mainWindowOptions({
      preloadPath: '/p.cjs',
      isPackaged: true,
      bounds: { x: 5, y: 6, width: 1000, height: 700, maximized: false },
      title: 'Rightsmark',
    });
    expect(options).toMatchObject({ x: 5, y: 6, width: 1000, height: 700, show: false });
    expect(options.minWidth).toBe(WINDOW_SIZE_LIMITS.minWidth);
    expect(options.webPreferences.sandbox).toBe(true);
  });

  it('lets the OS centre the window without a position', () => {
    const options = mainWindowOptions({
      preloadPath: '/p.cjs',
      isPackaged: true,
      bounds: DEFAULT_WINDOW_BOUNDS,
      title: 'Rightsmark',
    });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });
});
