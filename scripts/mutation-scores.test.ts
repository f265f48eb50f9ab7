/** Scores per module from Stryker's report: detected (killed, timed out) over all that ran. */
import { describe, expect, it } from 'vitest';
import { inModule, mergeReports, moduleScores } from './mutation-scores.mjs';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });
const STATIC = {
  status: 'Ignored',
  statusReason: 'Static mutant (and "ignoreStatic" was enabled)',
};
const DISABLED = { status: 'Ignored', statusReason: 'Ignored using a comment' };

describe('moduleScores', () => {
  it('scores each module from its own files; compile errors and ignored mutants do not count', () => {
    const report = {
      files: {
        'shared/import/zip-scan.ts': mutants('Killed', 'Killed', 'Survived', 'CompileError'),
        'shared/import/sniff.ts': mutants('Timeout', 'NoCoverage', 'Ignored'),
        'shared/anchoring/match-quote.ts': mutants('Killed'),
        'shared/anchoring/anchor.ts': mutants('Survived'),
        'shared/importer/other.ts': mutants('Survived'),
      },
    };
    expect(
      moduleScores(report, ['shared/import', 'shared/anchoring/match-quote.ts', 'electron/lib']),
    ).toEqual([
      {
        module: 'shared/import',
        score: 60,
        killed: 2,
        timedOut: 1,
        survived: 1,
        noCoverage: 1,
        staticIgnored: 0,
      },
      {
        module: 'shared/anchoring/match-quote.ts',
        score: 100,
        killed: 1,
        timedOut: 0,
        survived: 0,
        noCoverage: 0,
        staticIgnored: 0,
      },
      // A module with no tested mutant has no score (the script reports it as a failure).
      {
        module: 'electron/lib',
        score: null,
        killed: 0,
        timedOut: 0,
        survived: 0,
        noCoverage: 0,
        staticIgnored: 0,
      },
    ]);
  });

  it('counts static mutants left out apart from those disabled by a comment', () => {
    const report = {
      files: {
        'shared/backup/plan-restore.ts': {
          mutants: [{ status: 'Killed' }, { status: 'Survived' }, STATIC, STATIC, DISABLED],
        },
      },
    };
    expect(moduleScores(report, ['shared/backup'])).toEqual([
      {
        module: 'shared/backup',
        score: 50,
        killed: 1,
        timedOut: 0,
        survived: 1,
        noCoverage: 0,
        staticIgnored: 2,
      },
    ]);
  });
});

describe('a module’s files', () => {
  const merge = ['shared/exchange/merge-planner.ts', 'shared/exchange/merge-writes.ts'];
  const backup = ['shared/backup/*.ts', '!shared/backup/*.test.ts'];

  it('are those its patterns name, when it has patterns: its name need not be a folder', () => {
    expect(inModule('shared/exchange/merge-writes.ts', 'shared/exchange/merge', merge)).toBe(true);
    expect(inModule('shared/exchange/merge-briefing.ts', 'shared/exchange/merge', merge)).toBe(
      false,
    );
    expect(inModule('shared/backup/plan-restore.ts', 'shared/backup', backup)).toBe(true);
    expect(inModule('shared/backup/plan-restore.test.ts', 'shared/backup', backup)).toBe(false);
    expect(inModule('shared/backup/deep/x.ts', 'shared/backup', backup)).toBe(false);
    expect(inModule('shared/backupXts', 'shared/backup', ['shared/backup.ts'])).toBe(false);
  });

  it('are the folder or file its name says, without patterns', () => {
    expect(inModule('shared/import/sniff.ts', 'shared/import', undefined)).toBe(true);
    expect(inModule('shared/importer/other.ts', 'shared/import', undefined)).toBe(false);
  });

  it('are scored together under the module', () => {
    const report = {
      files: {
        'shared/exchange/merge-planner.ts': mutants('Killed', 'Survived'),
        'shared/exchange/merge-writes.ts': mutants('Killed', 'Killed'),
        'shared/exchange/merge-briefing.ts': mutants('Survived'),
      },
    };
    expect(
      moduleScores(report, ['shared/exchange/merge'], { 'shared/exchange/merge': merge }),
    ).toEqual([
      {
        module: 'shared/exchange/merge',
        score: 75,
        killed: 3,
        timedOut: 0,
        survived: 1,
        noCoverage: 0,
        staticIgnored: 0,
      },
    ]);
  });
});

describe('mergeReports', () => {
  it('puts the files of per-module reports into one report, keeping the schema fields', () => {
    const first = {
      schemaVersion: '2',
      thresholds: { high: 95, low: 90 },
      files: { 'a.ts': mutants('Killed') },
      testFiles: { 'a.test.ts': { tests: [] } },
    };
    const second = {
      schemaVersion: '2',
      thresholds: { high: 95, low: 90 },
      files: { 'b.ts': mutants('Survived') },
    };
    expect(mergeReports([first, second])).toEqual({
      schemaVersion: '2',
      thresholds: { high: 95, low: 90 },
      files: { 'a.ts': mutants('Killed'), 'b.ts': mutants('Survived') },
      testFiles: { 'a.test.ts': { tests: [] } },
    });
    expect(() => mergeReports([])).toThrow('No mutation report');
  });
});
