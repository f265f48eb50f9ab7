/**
 * `npm run audit:electron`: runs Electronegativity (offline) over the desktop shell's sources and,
 * when built, its bundles, and fails on any finding not accepted in
 * electron/electronegativity-accepted.json. The tool exits 0 whatever it finds, so its SARIF
 * report is parsed here; a scan that parsed nothing, or found nothing in a known-bad canary file,
 * fails too rather than passing silently.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The allowlist of accepted findings, relative to the project. */
export const ALLOWLIST_FILE = path.join('electron', 'electronegativity-accepted.json');

/** A scan normally takes ~10 s (most of it a release-list fetch that fails offline). */
const SCAN_TIMEOUT_MS = 60_000;

/** A file that must produce findings: proof that the tool parsed TypeScript and ran its checks. */
export const CANARY_FILE = 'canary/unhardened-window.ts';
const CANARY_SOURCE = `import { BrowserWindow } from 'electron';
export const w = new BrowserWindow({ webPreferences: { contextIsolation: false } });
`;

/** Where the served CSP is written for the tool to evaluate (it cannot see protocol headers). */
export const SERVED_CSP_FILE = 'served-csp/index.html';

/**
 * @typedef {{ check: string, file: string, line: number, column: number, message: string }} Finding
 * @typedef {{ check: string, file: string, justification: string, message?: string }} Acceptance
 */

/**
 * The Electron version the project pins (package.json devDependencies), for `-e`.
 * @param {string} root
 * @returns {string}
 */
export function pinnedElectronVersion(root = PROJECT_ROOT) {
  /** @type {{ devDependencies?: Record<string, string> }} */
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const version = pkg.devDependencies?.electron ?? '';
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json must pin electron to an exact version, found "${version}"`);
  }
  return version;
}

/**
 * The CSP the app:// protocol serves (electron/lib/csp.ts), compiled on the fly.
 * @param {string} root
 * @returns {Promise<string>}
 */
export async function servedCsp(root = PROJECT_ROOT) {
  const result = await build({
    entryPoints: [path.join(root, 'electron', 'lib', 'csp.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  /** @type {{ APP_CSP?: unknown }} */
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  if (typeof module.APP_CSP !== 'string') throw new Error('electron/lib/csp.ts has no APP_CSP');
  return module.APP_CSP;
}

/**
 * An HTML page carrying `csp` as a meta tag, so the tool's CSP evaluator grades the real policy.
 * @param {string} csp
 */
export function cspPage(csp) {
  const escaped = csp.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html>\n<!-- The CSP electron/main/serve-renderer.ts sends as a header. -->\n<meta http-equiv="Content-Security-Policy" content="${escaped}">\n`;
}

/**
 * Copies what is scanned into `scanDir`: electron/**\/*.ts without tests, build/electron/*.cjs
 * renamed .js (the tool reads only .js/.ts/.html), the served CSP, and the canary.
 * @param {string} root
 * @param {string} scanDir
 * @param {string} csp
 * @returns {string[]} the scanned files, relative to scanDir
 */
export function prepareScanTree(root, scanDir, csp) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} relative @param {string} content */
  const put = (relative, content) => {
    mkdirSync(path.dirname(path.join(scanDir, relative)), { recursive: true });
    writeFileSync(path.join(scanDir, relative), content);
    files.push(relative.split(path.sep).join('/'));
  };
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        put(relative, readFileSync(path.join(root, relative), 'utf8'));
      }
    }
  };
  walk('electron');
  const bundles = path.join(root, 'build', 'electron');
  if (existsSync(bundles)) {
    for (const name of readdirSync(bundles).filter((n) => n.endsWith('.cjs'))) {
      put(
        path.join('build', 'electron', name.replace(/\.cjs$/, '.js')),
        readFileSync(path.join(bundles, name), 'utf8'),
      );
    }
  }
  put(SERVED_CSP_FILE, cspPage(csp));
  put(CANARY_FILE, CANARY_SOURCE);
  return files;
}

/**
 * The findings in an Electronegativity SARIF report.
 * @param {string} text
 * @returns {Finding[]}
 */
export function parseSarif(text) {
  /** @type {any} */
  const sarif = JSON.parse(text);
  const run = sarif?.runs?.[0];
  if (!run || !Array.isArray(run.results)) throw new Error('not an Electronegativity SARIF report');
  return run.results.map((/** @type {any} */ result) => {
    const location = result?.locations?.[0]?.physicalLocation;
    const uri = String(location?.artifactLocation?.uri ?? '');
    if (typeof result?.ruleId !== 'string') throw new Error('SARIF result without a ruleId');
    return {
      check: result.ruleId,
      // Global checks have no file ("file:///"); paths are relative to the scanned folder.
      file: uri === 'file:///' || uri === '' ? 'N/A' : uri.split('\\').join('/'),
      line: Number(location?.region?.startLine ?? 0),
      column: Number(location?.region?.startColumn ?? 0),
      message: String(result?.message?.text ?? ''),
    };
  });
}

/**
 * Parses and checks the allowlist: each entry names a check, a file ("N/A" for global checks)
 * and a one-line justification; an optional `message` accepts only the finding with exactly that
 * text (a check like CSP_GLOBAL_CHECK says "seems to be" or "are" vulnerable: accept one only).
 * @param {string} text
 * @returns {Acceptance[]}
 */
export function parseAllowlist(text) {
  const entries = JSON.parse(text);
  if (!Array.isArray(entries)) throw new Error(`${ALLOWLIST_FILE} must hold an array`);
  return entries.map((entry, i) => {
    const where = `${ALLOWLIST_FILE}[${i}]`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: not an object`);
    const keys = Object.keys(entry).sort().join(',');
    if (keys !== 'check,file,justification' && keys !== 'check,file,justification,message') {
      throw new Error(
        `${where}: needs check, file, justification and optionally message (has ${keys})`,
      );
    }
    const { check, file, justification, message } = entry;
    if (message !== undefined && (typeof message !== 'string' || message === '')) {
      throw new Error(`${where}: message, when given, is the finding's exact text`);
    }
    if (typeof check !== 'string' || !/^[A-Z0-9_]+_CHECK$/.test(check)) {
      throw new Error(`${where}: check must be a check id like OPEN_EXTERNAL_JS_CHECK`);
    }
    if (typeof file !== 'string' || file === '') throw new Error(`${where}: file is empty`);
    if (
      typeof justification !== 'string' ||
      justification.trim().length < 20 ||
      /[\r\n]/.test(justification)
    ) {
      throw new Error(`${where}: justification must be one line of at least 20 characters`);
    }
    return message === undefined
      ? { check, file, justification }
      : { check, file, justification, message };
  });
}

/**
 * The acceptance covering `finding`, if any.
 * @param {Acceptance[]} allowlist
 * @param {Finding} finding
 */
export function acceptanceFor(allowlist, finding) {
  return allowlist.find(
    (a) =>
      a.check === finding.check &&
      a.file === finding.file &&
      (a.message === undefined || a.message === finding.message),
  );
}

/**
 * Splits findings into accepted and rejected, and reports acceptances nothing matched (stale
 * entries must be removed, so the allowlist never silently covers a future finding).
 * @param {Finding[]} findings
 * @param {Acceptance[]} allowlist
 */
export function judgeFindings(findings, allowlist) {
  /** @type {Set<Acceptance>} */
  const used = new Set();
  /** @type {Finding[]} */
  const accepted = [];
  /** @type {Finding[]} */
  const rejected = [];
  for (const finding of findings) {
    const match = acceptanceFor(allowlist, finding);
    if (match) {
      used.add(match);
      accepted.push(finding);
    } else rejected.push(finding);
  }
  return { accepted, rejected, unused: allowlist.filter((a) => !used.has(a)) };
}

/**
 * Removes the canary's findings, throwing when it has none (the scan did not really run).
 * @param {Finding[]} findings
 */
export function withoutCanary(findings) {
  const canary = findings.filter((f) => f.file === CANARY_FILE);
  if (!canary.some((f) => f.check === 'CONTEXT_ISOLATION_JS_CHECK')) {
    throw new Error(
      'Electronegativity reported nothing for the canary file: the scan did not parse the sources',
    );
  }
  return findings.filter((f) => f.file !== CANARY_FILE);
}

/** @param {Finding} f */
const describe = (f) =>
  `  ${f.check}  ${f.file}${f.file === 'N/A' ? '' : `:${f.line}:${f.column}`}  ${f.message}`;

/**
 * Runs the audit; returns the process exit code.
 * @param {string} root
 * @returns {Promise<number>}
 */
export async function auditElectron(root = PROJECT_ROOT) {
  const allowlist = parseAllowlist(readFileSync(path.join(root, ALLOWLIST_FILE), 'utf8'));
  const version = pinnedElectronVersion(root);
  const scanDir = mkdtempSync(path.join(tmpdir(), 'rightsmark-electronegativity-'));
  try {
    const input = path.join(scanDir, 'input');
    const files = prepareScanTree(root, input, await servedCsp(root));
    const report = path.join(scanDir, 'report.sarif');
    const require = createRequire(import.meta.url);
    const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
    console.log(
      `Electronegativity ${version}: scanning ${files.length} files (electron/, ${
        files.some((f) => f.startsWith('build/')) ? 'build/electron/, ' : ''
      }the served CSP); ~20 s, offline (its release-list fetch fails quietly).`,
    );
    const run = spawnSync(
      process.execPath,
      [cli, '-i', input, '-e', version, '-o', report, '-r', '-v', 'false'],
      {
        cwd: scanDir,
        encoding: 'utf8',
        timeout: SCAN_TIMEOUT_MS,
        // Finding messages are translated: pin English so `message` acceptances match anywhere.
        env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', LANGUAGE: 'en_US' },
      },
    );
    const stderr = run.stderr ?? '';
    if (run.error || run.status !== 0 || !existsSync(report)) {
      console.error(stderr.trim());
      console.error(
        `Electronegativity did not complete (${run.error?.message ?? `exit ${run.status}`}).`,
      );
      return 2;
    }
    // The tool logs files it could not parse and carries on: a skipped file is an unchecked file.
    const parseErrors = stderr.split('\n').filter((line) => /error parsing/i.test(line));
    if (parseErrors.length > 0) {
      console.error(parseErrors.join('\n'));
      console.error('Electronegativity could not parse some files; they were not checked.');
      return 2;
    }
    const findings = withoutCanary(parseSarif(readFileSync(report, 'utf8')));
    const { accepted, rejected, unused } = judgeFindings(findings, allowlist);
    for (const f of accepted) {
      const why = acceptanceFor(allowlist, f);
      console.log(`accepted ${describe(f)}\n           (${why?.justification})`);
    }
    for (const f of rejected) console.error(`FINDING  ${describe(f)}`);
    for (const a of unused) {
      console.error(`STALE    ${a.check} ${a.file}: accepted in ${ALLOWLIST_FILE} but not found`);
    }
    if (rejected.length > 0 || unused.length > 0) {
      console.error(
        `\n${rejected.length} finding(s) not accepted, ${unused.length} stale acceptance(s). ` +
          `Fix the code, or accept a finding in ${ALLOWLIST_FILE} with a one-line justification.`,
      );
      return 1;
    }
    console.log(`Electronegativity: no unaccepted findings (${accepted.length} accepted).`);
    return 0;
  } finally {
    rmSync(scanDir, { recursive: true, force: true });
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  try {
    process.exitCode = await auditElectron();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
