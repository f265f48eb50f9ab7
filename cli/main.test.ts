import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';
import { readPdf } from './testing/pdf-read-back';

const repo = path.resolve(import.meta.dirname, '..');

function io() {
  const lines = { out: [] as string[], err: [] as string[] };
  return {
    lines,
    io: { out: (l: string) => lines.out.push(l), err: (l: string) => lines.err.push(l), cwd: repo },
  };
}

describe('rightsmark brief', () => {
  it('writes a briefing from a collection file, with the file attached', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'rightsmark-')), 'brief.pdf');
    const { lines, io: cli } = io();
    const code = await main(
      [
        'brief',
        'docs/examples/sample-collection.rightsmark.json',
        '--out',
        out,
        '--appendix',
        '--now',
        '2025-03-14T10:00:00Z',
      ],
      cli,
    );
    expect(code).toBe(0);
    expect(lines.out[0]).toMatch(/^Wrote .*brief\.pdf/);
    const pdf = await readPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.outline.some((item) => item.title.startsWith('Appendix'))).toBe(true);
    expect(Object.values(pdf.attachments)[0]?.filename).toBe('sample-collection.rightsmark.json');
    expect(pdf.pages.some((page) => page.highlights.length > 0)).toBe(true);
  });

  it('exits 1 with a message for a missing file and 2 for a usage mistake', async () => {
    const missing = io();
    expect(await main(['brief', 'no-such.rightsmark.json'], missing.io)).toBe(1);
    expect(missing.lines.err[0]).toMatch(/cannot read/);
    const usage = io();
    expect(await main(['brief', 'x.json', '--group-by', 'topic'], usage.io)).toBe(2);
  });
});
