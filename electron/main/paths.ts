/**
 * Where the shell finds its own files. app.getAppPath() is the project folder in development and
 * the app.asar archive when packaged; the build layout under it is the same in both.
 */
import nodePath from 'node:path';

export interface AppPaths {
  /** The built renderer (vite build output), served over app://. */
  readonly rendererRoot: string;
  /** The bundled preload script. */
  readonly preloadPath: string;
  /** The remembered window size and position. */
  readonly windowStateFile: string;
  /** The user-data folder: the library marker lives here. */
  readonly userDataDir: string;
  /** The automatic backups. */
  readonly backupsDir: string;
}

/** Resolves the shell's paths from the app folder and the user-data folder. */
export function resolveAppPaths(appPath: string, userDataPath: string): AppPaths {
  return {
    rendererRoot: nodePath.join(appPath, 'build', 'renderer'),
    preloadPath: nodePath.join(appPath, 'build', 'electron', 'preload.cjs'),
    windowStateFile: nodePath.join(userDataPath, 'window-state.json'),
    userDataDir: userDataPath,
    backupsDir: nodePath.join(userDataPath, 'backups'),
  };
}
