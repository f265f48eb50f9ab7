/**
 * What the benchmarks share, set up once per `npm run bench`: a build of the renderer served on
 * 127.0.0.1, the system Chromium and fresh on-disk profiles. scripts/bench.mjs bundles this file
 * once and hands its parts to every benchmark.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { SkipBenchmark } from './benchmark';
import { startStaticServer, type StaticServer } from './static-server';

/** Chromium flags that keep it offline and quiet on this kind of machine (see TOOLCHAIN.md). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The e2e tests' window size, so layouts (and the rows a virtual list renders) match. */
const VIEWPORT = { width: 1360, height: 900 };

/** Longest any single Playwright wait may take before the benchmark fails instead of hanging. */
const ACTION_TIMEOUT_MS = 60_000;

export interface BrowserSession {
  /** Where the renderer build is served, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** "Chromium 1xx.0.…" */
  readonly version: string;
  /**
   * Runs `use` with a page in a brand-new Chromium profile on disk (IndexedDB and all, as a
   * first start of the desktop app has), then closes it and deletes the profile. Aborting
   * `signal` closes the browser, which makes any pending wait in `use` fail at once.
   */
  readonly withFreshProfile: <T>(
    signal: AbortSignal,
    use: (page: Page, context: BrowserContext) => Promise<T>,
  ) => Promise<T>;
}

export interface Harness {
  readonly browser: () => Promise<BrowserSession>;
  /** The Chromium version, once a benchmark has started the browser. */
  readonly chromiumVersion: () => string | undefined;
  readonly close: () => Promise<void>;
}

export interface HarnessOptions {
  readonly root: string;
  readonly cacheDir: string;
  /** One `npm run bench`: the renderer is built by its first browser benchmark only. */
  readonly runId: string;
  readonly log: (line: string) => void;
}

export function createHarness({ root, cacheDir, runId, log }: HarnessOptions): Harness {
  let session: Promise<BrowserSession> | undefined;
  let server: StaticServer | undefined;
  let version: string | undefined;

  const browser = (): Promise<BrowserSession> => {
    session ??= (async () => {
      const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
      if (!existsSync(executablePath)) {
        throw new SkipBenchmark(
          `no Chromium at ${executablePath} (install it, or set CHROMIUM_PATH; npm run test:e2e installs it as root)`,
        );
      }
      const found = spawnSync(executablePath, ['--version'], { encoding: 'utf8' })
        .stdout.replace(/ built on .*/s, '')
        .trim();
      version = found;
      // A build of its own, outside build/renderer: others' e2e runs serve that folder.
      const outDir = join(cacheDir, 'renderer');
      await buildRenderer(root, outDir, runId, log);
      server = await startStaticServer(outDir);
      const running = server;
      return {
        origin: running.origin,
        version: found,
        withFreshProfile: (signal, use) => withFreshProfile(executablePath, running, signal, use),
      };
    })();
    return session;
  };

  const close = async (): Promise<void> => {
    await server?.close();
  };

  return { browser, chromiumVersion: () => version, close };
}

/**
 * `vite build` into `outDir`, unless this run built it already (a stamp file holds the run id);
 * a renderer that does not build skips the browser benchmarks.
 */
async function buildRenderer(
  root: string,
  outDir: string,
  runId: string,
  log: (line: string) => void,
): Promise<void> {
  const stamp = join(outDir, '.bench-run');
  if ((await readFile(stamp, 'utf8').catch(() => '')) === runId) return;
  log(`building the renderer into ${relative(root, outDir)}…`);
  await mkdir(outDir, { recursive: true });
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const args = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(npx, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) {
    const error = output
      .join('')
      .split('\n')
      .find((line) => /error/i.test(line) && !line.startsWith('npm warn'));
    throw new SkipBenchmark(`the renderer does not build (${error?.trim() ?? `exit ${code}`})`);
  }
  await writeFile(stamp, runId);
}

async function withFreshProfile<T>(
  executablePath: string,
  server: StaticServer,
  signal: AbortSignal,
  use: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  signal.throwIfAborted();
  const profile = await mkdtemp(join(tmpdir(), 'rightsmark-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: VIEWPORT,
    baseURL: server.origin,
  });
  const onAbort = (): void => void context.close().catch(() => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = context.pages()[0] ?? (await context.newPage());
    return await use(page, context);
  } finally {
    signal.removeEventListener('abort', onAbort);
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
}
