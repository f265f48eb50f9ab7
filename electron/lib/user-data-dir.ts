/**
 * Which user-data folder the shell uses. The folder also keys Electron's single-instance lock, so
 * development runs (`npm start`) get a folder of their own: they never share a library, backups
 * or a lock with the installed app. An override (end-to-end tests, a second profile) may be
 * relative; it is resolved against the folder the app was started in instead of making
 * app.setPath throw at load.
 */
import nodePath from 'node:path';

export interface UserDataInput {
  /** app.isPackaged */
  readonly isPackaged: boolean;
  /** app.getPath('appData'): the OS's folder for per-user application data. */
  readonly appDataDir: string;
  /** The app's name (productName): the installed app's folder under appData. */
  readonly appName: string;
  /** RIGHTSMARK_USER_DATA_DIR, honoured in unpackaged runs only. */
  readonly override: string | undefined;
  /** process.cwd(), for a relative override. */
  readonly cwd: string;
}

/** The folder to pass to app.setPath('userData'), or null to keep Electron's default. */
export function userDataDirFor(input: UserDataInput): string | null {
  if (input.isPackaged) return null;
  const override = input.override?.trim();
  if (override) return nodePath.resolve(input.cwd, override);
  return nodePath.join(input.appDataDir, `${input.appName} (development)`);
}
