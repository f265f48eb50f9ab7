// Mutation scores per module from Stryker's JSON report (mutation-testing-report-schema): the
// share of mutants the tests detect (killed or timed out) among those that ran or had no test.
// Mutants that do not compile or are ignored count for nothing, as in Stryker's own score.

/**
 * @param {{ files: Record<string, { mutants: { status: string }[] }> }} report
 * @param {string[]} modules module names: a folder or a file path relative to the project
 * @returns {{ module: string, score: number | null, killed: number, timedOut: number,
 *   survived: number, noCoverage: number }[]}
 */
export function moduleScores(report, modules) {
  const rows = modules.map((module) => ({
    module,
    score: /** @type {number | null} */ (null),
    killed: 0,
    timedOut: 0,
    survived: 0,
    noCoverage: 0,
  }));
  for (const [path, file] of Object.entries(report.files)) {
    const relative = path.replaceAll('\\', '/');
    const row = rows.find((r) => relative === r.module || relative.startsWith(`${r.module}/`));
    if (row === undefined) continue;
    for (const mutant of file.mutants) {
      if (mutant.status === 'Killed') row.killed += 1;
      else if (mutant.status === 'Timeout') row.timedOut += 1;
      else if (mutant.status === 'Survived') row.survived += 1;
      else if (mutant.status === 'NoCoverage') row.noCoverage += 1;
    }
  }
  for (const row of rows) {
    const detected = row.killed + row.timedOut;
    const valid = detected + row.survived + row.noCoverage;
    row.score = valid === 0 ? null : (100 * detected) / valid;
  }
  return rows.filter((row) => row.score !== null);
}
