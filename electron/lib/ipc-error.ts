/**
 * The words of a refused or failed desktop call, as the analyst should read them. Electron
 * rejects ipcRenderer.invoke with "Error invoking remote method 'rightsmark:openFiles':
 * RefusedCallError: …"; the page gets only the part after the error's name.
 */

const REMOTE_PREFIX = /^Error invoking remote method '[^']*': /;
/** One error name (Error, RefusedCallError, TypeError…) and its colon. */
const ERROR_NAME = /^(?:[A-Z][A-Za-z]*)?Error: /;

/** The message of `error` without Electron's IPC prefix and the error's class name. */
export function ipcErrorMessage(error: unknown): string {
  const raw =
    error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  const message = raw.replace(REMOTE_PREFIX, '').replace(ERROR_NAME, '').trim();
  return message === '' ? 'The desktop app could not do this.' : message;
}
