// `npm run web`: builds the renderer and serves it at http://127.0.0.1:5173 (PORT overrides),
// so the same app runs in any Chromium without the desktop shell.
import { spawnSync, spawn } from 'node:child_process';

const port = process.env.PORT ?? '5173';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (process.env.RIGHTSMARK_SKIP_BUILD !== '1') {
  const build = spawnSync(npx, ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log(`Rightsmark is served at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
const server = spawn(
  npx,
  ['vite', 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'],
  {
    stdio: 'inherit',
  },
);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
