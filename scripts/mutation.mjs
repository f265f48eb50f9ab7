// npm run test:mutation: runs Stryker over the modules in mutation-modules.mjs (incrementally:
// mutants whose code and tests did not change keep their last result), then prints the mutation
// score of each module from Stryker's JSON report and fails when one is below MIN_SCORE.
// Extra arguments go to Stryker, e.g. `npm run test:mutation -- --mutate shared/import/zip-scan.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { MIN_SCORE, MUTATION_MODULES } from './mutation-modules.mjs';
import { moduleScores } from './mutation-scores.mjs';

const REPORT = 'reports/mutation/mutation.json';

const started = Date.now();
const stryker = spawnSync(
  'npx',
  ['stryker', 'run', 'stryker.config.mjs', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
if (stryker.status !== 0) {
  console.error(`Stryker failed (exit ${stryker.status ?? stryker.signal}).`);
  process.exit(1);
}
if (!existsSync(REPORT)) {
  console.error(`Stryker wrote no report at ${REPORT}.`);
  process.exit(1);
}

const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const rows = moduleScores(report, Object.keys(MUTATION_MODULES));
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\nMutation score per module (${minutes} min; at least ${MIN_SCORE} % each):`);
console.table(
  rows.map((row) => ({
    module: row.module,
    'score %': row.score === null ? '–' : row.score.toFixed(1),
    killed: row.killed,
    survived: row.survived,
    'no coverage': row.noCoverage,
    'timed out': row.timedOut,
  })),
);
const low = rows.filter((row) => row.score !== null && row.score < MIN_SCORE);
for (const row of low)
  console.error(`${row.module}: ${row.score?.toFixed(1)} % is below ${MIN_SCORE} %.`);
console.log(`Report: ${REPORT}`);
process.exit(low.length > 0 ? 1 : 0);
