/**
 * Hyphenation in a built briefing: a line that breaks a word shows a hyphen (poppler reads it
 * back as the soft hyphen PDF prescribes for hyphens added by layout), and pdf.js, which drops
 * soft hyphens, extracts every word without one, so search and copy find the words whole.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBriefingFonts } from '../../cli/node-briefing-fonts';
import { sampleBriefingInput } from '../../cli/sample-briefing';
import { readPdf, squash } from '../../cli/testing/pdf-read-back';
import type { BriefingInput } from './briefing-input';
import { buildBriefing } from './build-briefing';
import { quotationText } from './excerpt-sections';

const NOW = new Date('2025-03-14T10:00:00Z');
const SOFT_HYPHEN = '\u00ad';

const QUOTE =
  'Governments should refrain from indiscriminate communications surveillance, internationally ' +
  'recognised accountability mechanisms notwithstanding, and guarantee comprehensive, ' +
  'independent, transparent investigations of disproportionate interference, discrimination ' +
  'and intimidation against representatives of nongovernmental organisations and journalists.';
const FRENCH =
  'Les gouvernements devraient garantir l’indépendance constitutionnelle des institutions ' +
  'nationales, la transparence administrative et l’accessibilité universelle des informations ' +
  'gouvernementales, conformément aux recommandations internationales.';

function input(language: string | null, quote: string, note = ''): BriefingInput {
  const sample = sampleBriefingInput({ now: NOW });
  const right = sample.rights[0];
  if (!right) throw new Error('the sample has rights');
  return {
    ...sample,
    argument: {},
    documents: [
      {
        id: 'doc:1',
        title: 'A resolution',
        publisher: 'United Nations',
        year: 2024,
        kind: 'resolution',
        language,
      },
    ],
    excerpts: [
      {
        id: 'excerpt:1',
        docId: 'doc:1',
        quote,
        rightIds: [right.id],
        note,
        comment: '',
        paragraph: 3,
        page: null,
        author: 'A. Analyst',
        created: NOW.toISOString(),
        position: null,
      },
    ],
  };
}

interface ReadBack {
  /** pdf.js's text items, page after page. */
  readonly items: readonly string[];
  /** poppler's lines (pdftotext). */
  readonly lines: readonly string[];
}

async function readBack(built: BriefingInput): Promise<ReadBack> {
  const bytes = await buildBriefing(built, await loadBriefingFonts());
  const pdf = await readPdf(bytes);
  const folder = mkdtempSync(path.join(tmpdir(), 'rightsmark-hyphen-'));
  try {
    const file = path.join(folder, 'briefing.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return {
      items: pdf.pages.flatMap((page) => page.items.map((item) => item.str)),
      lines: text.split('\n'),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('hyphenation in the briefing', () => {
  it('shows a hyphen where an English line breaks a word, read back as a soft hyphen', async () => {
    const { items, lines } = await readBack(input('en-GB', QUOTE));
    const broken = lines.filter((line) => line.endsWith(SOFT_HYPHEN));
    expect(broken.length).toBeGreaterThan(0);
    // The hyphen is drawn after part of a word, never as a plain "-" that would stay in the text.
    for (const line of broken) expect(line).toMatch(/\p{L}\u00ad$/u);
    expect(lines.some((line) => /\p{L}-$/u.test(line))).toBe(false);
    // pdf.js extracts no hyphen at all: every word of the quotation reads back whole.
    const extracted = items.join('');
    const quotation = extracted.slice(
      extracted.indexOf('Governments'),
      extracted.indexOf('journalists.') + 'journalists.'.length,
    );
    expect(quotation).not.toMatch(/[-\u00ad]/u);
    expect(squash(quotation)).toBe(squash(QUOTE));
  });

  it('hyphenates French by French patterns', async () => {
    const { items, lines } = await readBack(input('fr', FRENCH));
    expect(lines.filter((line) => line.endsWith(SOFT_HYPHEN)).length).toBeGreaterThan(0);
    expect(squash(items.join(''))).toContain(squash(quotationText(FRENCH)));
  });

  it('leaves words whole where the document’s language is unknown', async () => {
    const { lines } = await readBack(input(null, QUOTE));
    expect(lines.join('\n')).toContain('surveillance');
    expect(lines.some((line) => line.endsWith(SOFT_HYPHEN))).toBe(false);
  });
});
