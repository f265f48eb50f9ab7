/** Scores per module from Stryker's report: detected (killed, timed out) over all that ran. */
import { describe, expect, it } from 'vitest';
import { moduleScores } from './mutation-scores.mjs';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

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
      { module: 'shared/import', score: 60, killed: 2, timedOut: 1, survived: 1, noCoverage: 1 },
      {
        module: 'shared/anchoring/match-quote.ts',
        score: 100,
        killed: 1,
        timedOut: 0,
        survived: 0,
        noCoverage: 0,
      },
    ]);
  });
});
