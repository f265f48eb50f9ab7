/**
 * `npm start`: makes sure the Electron runtime is installed, builds the renderer and the shell,
 * then runs the desktop app from this folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { PROJECT_ROOT, electronPaths, ensureElectron } from './ensure-electron.mjs';
import { sandboxFacts, sandboxProblem } from './linux-sandbox.mjs';

const ready = await ensureElectron();
if (!ready.ok) {
  console.error(ready.message);
  process.exit(1);
}
// Say how to set up the sandbox helper rather than let Electron abort with a FATAL line.
const sandbox = sandboxProblem(sandboxFacts(electronPaths().distDir));
if (sandbox !== null) {
  console.error(sandbox);
  process.exit(1);
}

// Through the npm that runs us (npm_execpath), so it works the same on every platform.
const npmCli = process.env.npm_execpath;
const build = npmCli
  ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
if (build.status !== 0) process.exit(build.status ?? 1);

/** The electron package exports the path of its binary. */
const electronBinary = /** @type {string} */ (createRequire(import.meta.url)('electron'));
const env = { ...process.env };
// Set by some tools; it would make the binary behave as plain Node.
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(electronBinary, [PROJECT_ROOT, ...process.argv.slice(2)], {
  cwd: PROJECT_ROOT,
  env,
  stdio: 'inherit',
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => app.kill(signal));
}
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
