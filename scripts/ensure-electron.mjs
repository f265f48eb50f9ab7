/**
 * Makes sure the Electron runtime is present before `npm start` / `npm run dist`: installs are run
 * with ignore-scripts, so the runtime is fetched here, on demand, with one clear line if that fails.
 */
import { spawn } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project folder (this file lives in scripts/). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A stalled download is given up after this long; a normal one takes well under a minute. */
export const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;

/** Shown if the download is still running after this long, so a slow first start is explained. */
const PROGRESS_NOTICE_MS = 3000;

/** Where the electron package and its runtime live under a project folder. */
export function electronPaths(root = PROJECT_ROOT) {
  const packageDir = path.join(root, 'node_modules', 'electron');
  return {
    packageDir,
    distDir: path.join(packageDir, 'dist'),
    installScript: path.join(packageDir, 'install.js'),
    pathFile: path.join(packageDir, 'path.txt'),
    packageJson: path.join(packageDir, 'package.json'),
  };
}

/**
 * True when the runtime that `require('electron')` points at is installed, for the version of the
 * electron package (the same test its install script uses).
 * @param {string} [root]
 * @returns {boolean}
 */
export function hasElectronRuntime(root = PROJECT_ROOT) {
  const paths = electronPaths(root);
  try {
    /** @type {{ version?: unknown }} */
    const pkg = JSON.parse(readFileSync(paths.packageJson, 'utf8'));
    const installed = readFileSync(path.join(paths.distDir, 'version'), 'utf8')
      .trim()
      .replace(/^v/, '');
    if (installed !== pkg.version) return false;
    const binary = readFileSync(paths.pathFile, 'utf8').trim();
    return binary.length > 0 && existsSync(path.join(paths.distDir, binary));
  } catch {
    return false;
  }
}

/**
 * The one line printed when the runtime is missing and could not be fetched.
 * @param {string} reason a short cause, e.g. "getaddrinfo ENOTFOUND github.com"
 */
export function failureMessage(reason) {
  return (
    `Rightsmark: the Electron runtime is not installed and could not be downloaded (${reason}). ` +
    'On a machine with internet access run `npm start` again to fetch it, ' +
    'or run `npm run web` to use Rightsmark in your browser.'
  );
}

/**
 * A short cause from the install script's output (which is a stack trace): a system error code
 * with its host if there is one, else the first "SomeError: message" line, else the exit status.
 * @param {string} output stdout and stderr of the install script
 * @param {number | null} exitCode
 * @param {string | null} signal
 * @returns {string}
 */
export function summarizeInstallFailure(output, exitCode, signal) {
  const systemError =
    /\b(getaddrinfo |connect |read )?(E[A-Z]{3,}[A-Z_]*)\b(?:\s+([\w.:-]+))?/.exec(output);
  if (systemError) {
    return [systemError[1]?.trim(), systemError[2], systemError[3]].filter(Boolean).join(' ');
  }
  const errorLine = /^\s*(?:\w*Error|HTTPError|RequestError): (.+)$/m.exec(output);
  if (errorLine?.[1]) return errorLine[1].trim().slice(0, 160);
  if (signal) return `download stopped (${signal})`;
  return `install script exited with code ${exitCode ?? 'unknown'}`;
}

/** The host the runtime is downloaded from (a mirror if one is configured). */
export function downloadHost(env = process.env) {
  const mirror = env.ELECTRON_MIRROR ?? env.npm_config_electron_mirror;
  if (mirror) {
    try {
      return new URL(mirror).hostname;
    } catch {
      // Fall through to the default host.
    }
  }
  return 'github.com';
}

/**
 * Node's fetch reports only "fetch failed"; a DNS lookup of the download host names the real cause.
 * @param {string} reason
 * @returns {Promise<string>}
 */
async function explainGenericFailure(reason) {
  if (!/fetch failed|exited with code/.test(reason)) return reason;
  const host = downloadHost();
  try {
    await lookup(host);
    return reason;
  } catch (error) {
    const code = /** @type {{ code?: unknown }} */ (error).code;
    return typeof code === 'string' ? `getaddrinfo ${code} ${host}` : reason;
  }
}

/**
 * Runs electron's own install script (download, checksum, unzip).
 * @param {string} root
 * @returns {Promise<{ ok: true } | { ok: false, reason: string }>}
 */
function runInstallScript(root) {
  const { installScript } = electronPaths(root);
  const env = { ...process.env };
  // The install script does nothing at all while this is set.
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installScript], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: INSTALL_TIMEOUT_MS,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const notice = setTimeout(
      () => console.log('Rightsmark: downloading the Electron runtime (first start only)…'),
      PROGRESS_NOTICE_MS,
    );
    child.on('error', (error) => {
      clearTimeout(notice);
      resolve({ ok: false, reason: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(notice);
      if (code === 0 && hasElectronRuntime(root)) resolve({ ok: true });
      else resolve({ ok: false, reason: summarizeInstallFailure(output, code, signal) });
    });
  });
}

/**
 * Installs the runtime when it is missing.
 * @param {string} [root]
 * @returns {Promise<{ ok: true } | { ok: false, message: string }>}
 */
export async function ensureElectron(root = PROJECT_ROOT) {
  if (hasElectronRuntime(root)) return { ok: true };
  if (!existsSync(electronPaths(root).installScript)) {
    return { ok: false, message: failureMessage('the electron package is missing; run `npm ci`') };
  }
  const result = await runInstallScript(root);
  if (result.ok) return result;
  return { ok: false, message: failureMessage(await explainGenericFailure(result.reason)) };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const result = await ensureElectron();
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
}
