// Makes sure the end-to-end tests have a Chromium to drive, and the tests their PDF tools
// (pdftoppm renders briefings, qpdf checks their structure). Playwright's own browser download
// does not work offline, so the tests use the system's Chromium; on a Debian machine where we
// are root, this installs what is missing, otherwise it says how. `--pdf-tools`: the PDF tools
// only (the unit tests).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** @type {string[]} */
const candidates = [
  process.env.CHROMIUM_PATH ?? '',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean);
const hasChromium = () => candidates.some((path) => existsSync(path));
/** @param {string} name */
const hasCommand = (name) =>
  spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

const pdfToolsOnly = process.argv.includes('--pdf-tools');
const missing = [];
if (!pdfToolsOnly && !hasChromium()) missing.push('chromium');
if (!hasCommand('pdftoppm')) missing.push('poppler-utils');
if (!hasCommand('qpdf')) missing.push('qpdf');

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    console.log(`Installing ${missing.join(', ')} for the tests (apt-get)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install =
      update.status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
        stdio: 'inherit',
        env,
      });
    if (!install || install.status !== 0) {
      console.error(`Could not install ${missing.join(', ')}; install them yourself.`);
      process.exit(1);
    }
  } else {
    console.error(
      `The tests need ${missing.join(', ')}: install them (Debian/Ubuntu: sudo apt-get install ${missing.join(' ')})${missing.includes('chromium') ? ' or set CHROMIUM_PATH to a Chromium or Chrome binary' : ''}.`,
    );
    process.exit(1);
  }
}
