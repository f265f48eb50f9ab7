import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import { writeFileSync } from 'node:fs';
import { main } from './main';
import { exportedText } from './testing/exported-text';
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
    // The first briefing of the file loads every font and pdf.js cold: about 3 s alone, and it
    // once passed the default 20 s on a machine running two mutation runs beside the suite.
  }, 60_000);

  it('exits 1 with a message for a missing file and 2 for a usage mistake', async () => {
    const missing = io();
    expect(await main(['brief', 'no-such.rightsmark.json'], missing.io)).toBe(1);
    expect(missing.lines.err[0]).toMatch(/cannot read/);
    const usage = io();
    expect(await main(['brief', 'x.json', '--group-by', 'topic'], usage.io)).toBe(2);
  });

  const sample = 'docs/examples/sample-collection.rightsmark.json';
  const sampleJson = JSON.parse(readFileSync(path.join(repo, sample), 'utf8')) as {
    first: { items: { body?: { purpose: string; value: string }[] }[] };
  };
  const bodies = sampleJson.first.items.flatMap((item) => item.body ?? []);
  // Long enough to be unique; the PDF's text may break lines anywhere after them.
  const notes = bodies.filter((b) => b.purpose === 'commenting').map((b) => b.value.slice(0, 24));
  const comments = bodies
    .filter((b) => b.purpose === 'describing')
    .map((b) => b.value.slice(0, 24));
  const squash = (text: string) => text.replace(/\s+/g, '');

  it('--no-notes --no-authors: no note, comment or name anywhere, and says what was left out', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'rightsmark-')), 'brief.pdf');
    const { lines, io: cli } = io();
    const code = await main(
      ['brief', sample, '--out', out, '--appendix', '--no-notes', '--no-authors'],
      cli,
    );
    expect(code).toBe(0);
    expect(lines.out[1]).toBe('Left out: 12 notes; 3 comments; authors’ names.');
    const bytes = new Uint8Array(readFileSync(out));
    const text = squash(await exportedText(bytes));
    for (const withheld of [...notes, ...comments, 'Amina', 'Diallo', 'Kenji', 'Sato']) {
      expect(text.includes(squash(withheld)), withheld).toBe(false);
    }
    // The attachment is still there, rebuilt without them.
    const pdf = await readPdf(bytes);
    const attached = strFromU8(Object.values(pdf.attachments)[0]?.content ?? new Uint8Array());
    expect(JSON.parse(attached)).toMatchObject({ rightsmark: { includesNotes: false } });
  });

  it('--rights filters the attachment too; --no-attachment leaves it out', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rightsmark-'));
    const { lines, io: cli } = io();
    const privacy = path.join(dir, 'privacy.pdf');
    expect(await main(['brief', sample, '--out', privacy, '--rights', 'right:privacy'], cli)).toBe(
      0,
    );
    // The count printed is what the briefing holds, not what the collection held.
    expect(lines.out[0]).toMatch(/, 4 excerpts\) in /);
    expect(lines.out[1]).toBe('Left out: 8 excerpts outside the chosen rights.');
    const read = await readPdf(new Uint8Array(readFileSync(privacy)));
    const attached = JSON.parse(
      strFromU8(Object.values(read.attachments)[0]?.content ?? new Uint8Array()),
    ) as { first: { items: { body: { purpose: string; value: string }[] }[] } };
    expect(attached.first.items).toHaveLength(4);
    for (const item of attached.first.items) {
      expect(item.body.some((b) => b.purpose === 'tagging' && b.value === 'Privacy')).toBe(true);
    }

    const none = path.join(dir, 'none.pdf');
    const quiet = io();
    expect(await main(['brief', sample, '--out', none, '--no-attachment'], quiet.io)).toBe(0);
    expect(quiet.lines.out[1]).toBe('Left out: the attached collection.');
    expect((await readPdf(new Uint8Array(readFileSync(none)))).attachments).toEqual({});
  });

  it('exits 3 when a file it cannot filter would have to be attached, and 2 for an unknown right', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rightsmark-'));
    const w3c = path.join(dir, 'shared.json');
    writeFileSync(
      w3c,
      JSON.stringify([
        {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          type: 'Annotation',
          creator: { type: 'Person', name: 'Qzsecret Person' },
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: 'Privacy' },
            { type: 'TextualBody', purpose: 'commenting', value: 'qznote names the source' },
          ],
          target: {
            source: 'https://example.org/report',
            selector: { type: 'TextQuoteSelector', exact: 'A passage on privacy.' },
          },
        },
      ]),
    );
    const out = path.join(dir, 'w3c.pdf');
    const run = io();
    expect(await main(['brief', w3c, '--out', out, '--no-notes'], run.io)).toBe(3);
    expect(run.lines.err[0]).toMatch(/shared\.json was not attached.*--no-attachment/);
    const text = await exportedText(new Uint8Array(readFileSync(out)));
    expect(text).not.toContain('qznote');
    expect(squash(text)).toContain('Apassageonprivacy.');
    expect((await readPdf(new Uint8Array(readFileSync(out)))).attachments).toEqual({});

    const typo = io();
    expect(await main(['brief', sample, '--out', out, '--rights', 'right:privcy'], typo.io)).toBe(
      2,
    );
    expect(typo.lines.err[0]).toMatch(/right:privcy, which the collection does not have/);
  });

  it('names characters no font can draw and writes nothing, unless a box is accepted', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'rightsmark-')), 'brief.pdf');
    const args = ['brief', '--sample', '--title', 'Rights ሰላም', '--out', out, '--quiet'];
    const refused = io();
    expect(await main(args, refused.io)).toBe(1);
    expect(refused.lines.err.join('\n')).toContain('U+1230 “ሰ” in the title');
    expect(refused.lines.err.join('\n')).toContain('--allow-missing-glyphs');
    expect(() => readFileSync(out)).toThrow();

    const accepted = io();
    expect(await main([...args, '--allow-missing-glyphs'], accepted.io)).toBe(0);
    // Said even with --quiet: a box in place of a character is never silent.
    expect(accepted.lines.err.join('\n')).toContain('U+1230 “ሰ” in the title');
    const pdf = await readPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.pages[0]?.text).toContain('Rights ሰላም');
  });

  it('says an empty collection has no excerpts, naming the file, and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rightsmark-'));
    const collection = JSON.parse(readFileSync(path.join(repo, sample), 'utf8')) as {
      total: number;
      first: { items: unknown[] };
      rightsmark: { rights: unknown[]; documents: unknown[] };
    };
    collection.first.items = [];
    collection.total = 0;
    collection.rightsmark.rights = [];
    collection.rightsmark.documents = [];
    const file = path.join(dir, 'empty.rightsmark.json');
    writeFileSync(file, JSON.stringify(collection));
    const out = path.join(dir, 'brief.pdf');
    const run = io();
    expect(await main(['brief', file, '--out', out], run.io)).toBe(1);
    expect(run.lines.err).toEqual([
      'rightsmark: empty.rightsmark.json has no excerpts: there is nothing to put in a briefing.',
    ]);
    expect(() => readFileSync(out)).toThrow();
  });

  it('briefs a collection whose excerpts carry no right, listing them as not tagged', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rightsmark-'));
    const collection = JSON.parse(readFileSync(path.join(repo, sample), 'utf8')) as {
      first: { items: { body: { purpose: string }[] }[] };
      rightsmark: { rights: unknown[] };
    };
    collection.rightsmark.rights = [];
    for (const item of collection.first.items)
      item.body = item.body.filter((body) => body.purpose !== 'tagging');
    const file = path.join(dir, 'untagged.rightsmark.json');
    writeFileSync(file, JSON.stringify(collection));
    const out = path.join(dir, 'brief.pdf');
    const run = io();
    expect(await main(['brief', file, '--out', out, '--no-attachment'], run.io)).toBe(0);
    expect(run.lines.out[0]).toMatch(/, 12 excerpts\) in /);
    const pdf = await readPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.outline.map((item) => item.title)).toContain('1. Excerpts not tagged with a right');
    expect(pdf.pages[1]?.text).toContain('none of them is tagged with a right');
    expect(pdf.pages[1]?.text).not.toContain('Excerpts per right');
  });
});
