/**
 * The hardened web preferences and window options for the app's one window. Kept free of the
 * electron import so tests can check every flag; main/ assigns them to Electron's own types.
 */
import { WINDOW_SIZE_LIMITS, type WindowBounds } from './window-state';

/** The subset of Electron's WebPreferences we set, each pinned to its safe value. */
export interface HardenedWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly webviewTag: false;
  readonly experimentalFeatures: false;
  readonly navigateOnDragDrop: false;
  readonly safeDialogs: true;
  readonly spellcheck: false;
  /** Middle-click (auxclick) could open links in new windows; window.open is denied anyway. */
  readonly disableBlinkFeatures: 'Auxclick';
  readonly devTools: boolean;
}

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
