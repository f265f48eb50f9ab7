// npm run test:mutation: runs Stryker once per module of mutation-modules.mjs (each against the
// unit tests that import it, incrementally: mutants whose code and tests did not change keep
// their last result), prints each module's mutation score from the JSON reports, writes them
// together to reports/mutation/mutation.json and fails when a module is below MIN_SCORE.
//
//   npm run test:mutation                           every module, static mutants left out
//   npm run test:mutation -- --full                 static mutants too (much slower)
//   npm run test:mutation -- --module shared/backup one module (repeatable)
//   npm run test:mutation -- --force                retest everything, ignoring earlier results
//
// Other arguments go to Stryker. Static mutants change code that runs only while a module loads
// (constants, top-level tables); Stryker cannot tell which test covers them, so each would rerun
// every related test. The table counts them in "static, not run" when they are left out.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIN_SCORE, moduleReportPath, MUTATION_MODULES } from './mutation-modules.mjs';
import { mergeReports, moduleScores } from './mutation-scores.mjs';

const REPORT = 'reports/mutation/mutation.json';

const args = process.argv.slice(2);
const full = args.includes('--full');
/** @type {string[]} */
const chosen = [];
/** @type {string[]} */
const strykerArgs = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] ?? '';
  if (arg === '--full') continue;
  if (arg === '--module') {
    const name = args[i + 1];
    if (name === undefined || !(name in MUTATION_MODULES)) {
      console.error(
        `--module needs one of: ${Object.keys(MUTATION_MODULES).join(', ')} (got ${name ?? 'nothing'}).`,
      );
      process.exit(2);
    }
    chosen.push(name);
    i += 1;
  } else {
    strykerArgs.push(arg);
  }
}
const modules = chosen.length > 0 ? chosen : Object.keys(MUTATION_MODULES);

const started = Date.now();
const minutesSince = (/** @type {number} */ time) => ((Date.now() - time) / 60_000).toFixed(1);
/** @type {import('./mutation-scores.mjs').Report[]} */
const reports = [];
/** @type {Map<string, string>} */
const durations = new Map();
for (const module of modules) {
  console.log(`\n=== ${module}: Stryker ${full ? '(with static mutants)' : ''}`);
  const moduleStarted = Date.now();
  // Niced, so the machine stays usable for other work while the run takes its cores.
  const command = ['npx', 'stryker', 'run', 'stryker.config.mjs', ...strykerArgs];
  const niced = process.platform === 'win32' ? command : ['nice', '-n', '5', ...command];
  const stryker = spawnSync(niced[0] ?? 'npx', niced.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_MODULE: module, MUTATION_FULL: full ? '1' : '0' },
  });
  durations.set(module, minutesSince(moduleStarted));
  if (stryker.status !== 0) {
    console.error(`Stryker failed for ${module} (exit ${stryker.status ?? stryker.signal}).`);
    process.exit(1);
  }
  const path = moduleReportPath(module);
  if (!existsSync(path)) {
    console.error(`Stryker wrote no report for ${module} at ${path}.`);
    process.exit(1);
  }
}

// The combined report and the table cover every module with a report, run now or earlier (its
// minutes then show as "earlier"), so one module's rerun does not drop the others' figures.
const reported = Object.keys(MUTATION_MODULES).filter((module) =>
  existsSync(moduleReportPath(module)),
);
for (const module of reported) {
  reports.push(JSON.parse(readFileSync(moduleReportPath(module), 'utf8')));
}

const report = mergeReports(reports);
mkdirSync(dirname(REPORT), { recursive: true });
writeFileSync(REPORT, JSON.stringify(report));

const rows = moduleScores(report, reported, MUTATION_MODULES);
console.log(
  `\nMutation score per module (${minutesSince(started)} min; at least ${MIN_SCORE} % each; ` +
    `${full ? 'static mutants included' : 'static mutants not run, see --full'}):`,
);
console.table(
  rows.map((row) => ({
    module: row.module,
    'score %': row.score === null ? '–' : row.score.toFixed(1),
    killed: row.killed,
    survived: row.survived,
    'no coverage': row.noCoverage,
    'timed out': row.timedOut,
    'static, not run': row.staticIgnored,
    minutes: durations.get(row.module) ?? 'earlier',
  })),
);
const ignored = rows.reduce((sum, row) => sum + row.staticIgnored, 0);
if (ignored > 0) {
  console.log(
    `${ignored} static mutants were not run and are not in the scores; --full runs them too.`,
  );
}
const unmeasured = Object.keys(MUTATION_MODULES).filter((module) => !reported.includes(module));
if (unmeasured.length > 0) console.log(`Not measured yet: ${unmeasured.join(', ')}.`);
const low = rows.filter((row) => row.score !== null && row.score < MIN_SCORE);
for (const row of low)
  console.error(`${row.module}: ${row.score?.toFixed(1)} % is below ${MIN_SCORE} %.`);
const empty = rows.filter((row) => row.score === null);
for (const row of empty) console.error(`${row.module}: no mutant was tested.`);
console.log(`Report: ${REPORT}`);
process.exit(low.length > 0 || empty.length > 0 ? 1 : 0);
