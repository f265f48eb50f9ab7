/**
 * Why `npm start` would abort on Linux before the window opens: on Ubuntu 23.10 and later
 * AppArmor stops unprivileged programs from making user namespaces, so Chromium falls back to its
 * SUID helper (`chrome-sandbox`), which must be owned by root and setuid. A freshly installed
 * electron package ships it as an ordinary file, and Electron then exits with a FATAL line about
 * the sandbox. We say what to run instead; we never turn the sandbox off.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The kernel switch Ubuntu sets when it restricts unprivileged user namespaces. */
const RESTRICT_USERNS = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
const SETUID = 0o4000;

/**
 * The problem, in a message to print, or null when the sandbox can start.
 * @param {{ platform: string, restrictsUserNamespaces: boolean,
 *   helper: { path: string, uid: number, mode: number } | null }} facts
 * @returns {string | null}
 */
export function sandboxProblem(facts) {
  if (facts.platform !== 'linux' || !facts.restrictsUserNamespaces) return null;
  const helper = facts.helper;
  if (helper === null) return null;
  if (helper.uid === 0 && (helper.mode & SETUID) !== 0) return null;
  return [
    'Electron cannot start its sandbox here: this system restricts user namespaces (Ubuntu 23.10+),',
    'so Chromium needs its setuid helper, which npm installs as an ordinary file. Set it up once:',
    `  sudo chown root:root "${helper.path}" && sudo chmod 4755 "${helper.path}"`,
    'then run npm start again. (Rightsmark never runs without the sandbox; installed .deb',
    'packages set this up themselves.)',
  ].join('\n');
}

/**
 * The facts on this machine, for the Electron runtime in `distDir`.
 * @param {string} distDir
 */
export function sandboxFacts(distDir) {
  let restrictsUserNamespaces = false;
  try {
    restrictsUserNamespaces = readFileSync(RESTRICT_USERNS, 'utf8').trim() === '1';
  } catch {
    // No such switch: user namespaces are not restricted by AppArmor.
  }
  const helperPath = path.join(distDir, 'chrome-sandbox');
  let helper = null;
  try {
    const info = statSync(helperPath);
    helper = { path: helperPath, uid: info.uid, mode: info.mode };
  } catch {
    // No helper shipped (not Linux, or a different layout): nothing to check.
  }
  return { platform: process.platform, restrictsUserNamespaces, helper };
}
