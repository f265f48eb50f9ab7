// Mutation scores per module from Stryker's JSON report (mutation-testing-report-schema): the
// share of mutants the tests detect (killed or timed out) among those that ran or had no test.
// Mutants that do not compile or are ignored count for nothing, as in Stryker's own score; static
// mutants left out by `ignoreStatic` are counted apart, so the printed score can say so.

/** Stryker's status reason for a static mutant it did not run (core's mutant-test-planner). */
const STATIC_IGNORED = /^Static mutant/;

/**
 * Whether a file belongs to a module: one its file patterns name (as in mutation-modules.mjs:
 * a `*` stands for any characters but `/`, a leading `!` excludes), or without patterns, the
 * file or folder the module's name is. A module named after a group of files in one folder
 * (shared/exchange/merge) is no folder, so only its patterns find its files.
 * @param {string} path relative to the project, with forward slashes
 * @param {string} module
 * @param {readonly string[] | undefined} patterns
 */
export function inModule(path, module, patterns) {
  if (patterns === undefined) return path === module || path.startsWith(`${module}/`);
  const matches = (/** @type {string} */ pattern) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*')}$`,
    ).test(path);
  const included = patterns.filter((p) => !p.startsWith('!'));
  const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return included.some(matches) && !excluded.some(matches);
}

/**
 * @param {Report} report
 * @param {string[]} modules module names: a folder or a file path relative to the project
 * @param {Record<string, readonly string[]>} [patterns] each module's file patterns
 *   (mutation-modules.mjs); a module without them is the folder or file its name says
 * @returns {{ module: string, score: number | null, killed: number, timedOut: number,
 *   survived: number, noCoverage: number, staticIgnored: number }[]} one row per module, in
 *   order; `score` is null when none of its mutants was tested
 */
export function moduleScores(report, modules, patterns = {}) {
  const rows = modules.map((module) => ({
    module,
    score: /** @type {number | null} */ (null),
    killed: 0,
    timedOut: 0,
    survived: 0,
    noCoverage: 0,
    staticIgnored: 0,
  }));
  for (const [path, entry] of Object.entries(report.files)) {
    const file = /** @type {{ mutants: { status: string, statusReason?: string }[] }} */ (entry);
    const relative = path.replaceAll('\\', '/');
    const row = rows.find((r) => inModule(relative, r.module, patterns[r.module]));
    if (row === undefined) continue;
    for (const mutant of file.mutants) {
      if (mutant.status === 'Killed') row.killed += 1;
      else if (mutant.status === 'Timeout') row.timedOut += 1;
      else if (mutant.status === 'Survived') row.survived += 1;
      else if (mutant.status === 'NoCoverage') row.noCoverage += 1;
      else if (mutant.status === 'Ignored' && STATIC_IGNORED.test(mutant.statusReason ?? ''))
        row.staticIgnored += 1;
    }
  }
  for (const row of rows) {
    const detected = row.killed + row.timedOut;
    const valid = detected + row.survived + row.noCoverage;
    row.score = valid === 0 ? null : (100 * detected) / valid;
  }
  return rows;
}

/**
 * @typedef {{ files: Record<string, unknown>, testFiles?: Record<string, unknown> }} Report
 */

/**
 * One report from the per-module runs' reports: their files together (a later report's file
 * replaces an earlier one's), with the first report's schema version, thresholds and project
 * root. Test files are merged the same way when present.
 * @param {Report[]} reports
 * @returns {Report}
 */
export function mergeReports(reports) {
  const [first] = reports;
  if (first === undefined) throw new Error('No mutation report to merge.');
  /** @type {Record<string, unknown>} */
  const files = {};
  /** @type {Record<string, unknown> | undefined} */
  let testFiles;
  for (const report of reports) {
    Object.assign(files, report.files);
    if (report.testFiles !== undefined) testFiles = { ...testFiles, ...report.testFiles };
  }
  return testFiles === undefined ? { ...first, files } : { ...first, files, testFiles };
}
