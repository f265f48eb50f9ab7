/**
 * `rightsmark compare` and `rightsmark similar` run end to end on files: two drafts of a
 * resolution (cli/testing/versions, written for the tests) and the sample library.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';

const repo = path.resolve(import.meta.dirname, '..');

function io() {
  const lines = { out: [] as string[], err: [] as string[] };
  return {
    lines,
    io: { out: (l: string) => lines.out.push(l), err: (l: string) => lines.err.push(l), cwd: repo },
  };
}

const OLD = 'cli/testing/versions/draft-2023.txt';
const NEW = 'cli/testing/versions/draft-2025.txt';

describe('rightsmark compare', () => {
  it('prints the alignment as JSON named by structural references', async () => {
    const { lines, io: cli } = io();
    expect(await main(['compare', OLD, NEW, '--json'], cli)).toBe(0);
    const json = JSON.parse(lines.out.join('\n')) as {
      pairs: { old: string; new: string; change: string; words: unknown[]; leadVerb?: unknown }[];
      added: string[];
      removed: string[];
    };
    expect(json.pairs.find((p) => p.old === 'OP 2')).toMatchObject({
      new: 'OP 2',
      change: 'changed',
      leadVerb: { old: 'Encourages', new: 'Calls upon', direction: 'stronger' },
    });
    expect(json.pairs.filter((p) => p.change === 'moved')).toHaveLength(1);
    expect(json.pairs.find((p) => p.old === 'PP 1')).toEqual({
      old: 'PP 1',
      new: 'PP 1',
      change: 'same',
      words: [],
    });
    expect(json.added).toEqual(['PP 5']);
    expect(json.removed).toEqual(['OP 5']);
  });

  it('prints a readable alignment with the words marked', async () => {
    const { lines, io: cli } = io();
    expect(await main(['compare', OLD, NEW], cli)).toBe(0);
    expect(lines.out).toContain('changed  OP 2  lead verb: Encourages → Calls upon (stronger)');
    expect(lines.out.some((line) => line.includes('[-Encourages-] {+Calls+} {+upon+}'))).toBe(true);
    expect(lines.out.at(-1)).toBe('5 same, 4 changed, 1 moved, 1 added, 1 removed');
  });

  it('names a missing file and refuses a wrong number of files', async () => {
    const missing = io();
    expect(await main(['compare', OLD, 'nowhere.txt'], missing.io)).toBe(1);
    expect(missing.lines.err[0]).toBe('rightsmark compare: cannot read nowhere.txt');
    const usage = io();
    expect(await main(['compare', OLD], usage.io)).toBe(2);
  });
});

describe('rightsmark similar', () => {
  it('finds the offline/online formula across the sample library, exact repeats first', async () => {
    const { lines, io: cli } = io();
    const files = [
      'canada-human-rights-online.txt',
      'foc-stresses-human-rights-online.txt',
      'foc-joint-action-free-expression.txt',
      'bhrrc-technology-and-digital-freedom.txt',
      'eprs-multilateral-initiatives-digital-rights.md',
    ].map((file) => `resources/corpus/${file}`);
    const quote = 'the same rights that people have offline must also be protected online';
    expect(await main(['similar', ...files, '--quote', quote, '--json'], cli)).toBe(0);
    const { results } = JSON.parse(lines.out.join('\n')) as {
      results: { file: string; ref: string; exact: boolean; similarity: number }[];
    };
    expect(results).toHaveLength(6);
    expect(results.slice(0, 4).every((r) => r.exact)).toBe(true);
    expect(results.find((r) => r.file.includes('foc-joint'))?.ref).toBe('PP 2');
    expect(results.every((r) => r.similarity >= 0.5)).toBe(true);
  });

  it('needs a quote', async () => {
    const { lines, io: cli } = io();
    expect(await main(['similar', 'resources/corpus/canada-human-rights-online.txt'], cli)).toBe(2);
    expect(lines.err[0]).toMatch(/--quote/);
  });
});
