/**
 * The hardened web preferences and window options for the app's one window. Kept free of the
 * electron import so tests can check every flag; main/ assigns them to Electron's own types.
 */
import { WINDOW_SIZE_LIMITS, type WindowBounds } from './window-state';

/**
 * Every web preference the window pins, at its safe value: stated once, here. The window factory
 * spreads it into BrowserWindow's options (main/window.ts via mainWindowOptions),
 * window-options.test.ts checks each value against the rule, and the desktop spec reads them back
 * from the running window. `as const` keeps each value's literal type, so nothing can assign an
 * unsafe one to HardenedWebPreferences.
 */
export const HARDENED_WEB_PREFERENCES = {
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
  /** Middle-click (auxclick) could open links in new windows; window.open is denied anyway. */
  disableBlinkFeatures: 'Auxclick',
} as const;

/** The subset of Electron's WebPreferences we set: the pinned flags, the preload and DevTools. */
export type HardenedWebPreferences = typeof HARDENED_WEB_PREFERENCES & {
  readonly preload: string;
  readonly devTools: boolean;
};

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload script. */
  readonly preloadPath: string;
  /** DevTools only for unpackaged development runs. */
  readonly isPackaged: boolean;
  readonly bounds: WindowBounds;
  readonly title: string;
}

/** Web preferences for a window that shows only our own, bundled renderer. */
export function hardenedWebPreferences(
  preloadPath: string,
  isPackaged: boolean,
): HardenedWebPreferences {
  return {
    preload: preloadPath,
    ...HARDENED_WEB_PREFERENCES,
    devTools: !isPackaged,
  };
}

/** Constructor options for the main window; shown once its first paint is ready. */
export function mainWindowOptions(input: WindowOptionsInput) {
  const { bounds } = input;
  return {
    title: input.title,
    width: bounds.width,
    height: bounds.height,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: WINDOW_SIZE_LIMITS.minWidth,
    minHeight: WINDOW_SIZE_LIMITS.minHeight,
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: hardenedWebPreferences(input.preloadPath, input.isPackaged),
  } as const;
}
