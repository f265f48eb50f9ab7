import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCollectionFile } from '../exchange/index';
import { paragraphNumbers } from '../structure/cite-passage';
import { checkBriefingInput } from './briefing-input';
import { briefingInputFromCollection } from './from-collection';

const file = readFileSync(
  new URL('../../docs/examples/sample-collection.rightsmark.json', import.meta.url),
  'utf8',
);
const parsed = parseCollectionFile(file, 'sample-collection.rightsmark.json');
const now = new Date('2025-03-14T10:00:00Z');

describe('briefingInputFromCollection', () => {
  const input = briefingInputFromCollection(parsed, { now, author: 'A. Analyst' });

  it('carries every excerpt, in the collection’s order, with its right and document', () => {
    expect(input.excerpts.map((e) => e.id)).toEqual(parsed.excerpts.map((e) => e.id));
    expect(() => checkBriefingInput(input)).not.toThrow();
    const docIds = new Set(input.documents.map((d) => d.id));
    for (const excerpt of input.excerpts) {
      expect(docIds.has(excerpt.docId)).toBe(true);
      expect(excerpt.rightIds.length).toBeGreaterThan(0);
    }
  });

  it('finds each excerpt’s ¶ number (paragraphs only) in the document text the file carries', () => {
    for (const excerpt of input.excerpts) {
      const document = input.documents.find((d) => d.id === excerpt.docId);
      const blocks = document?.blocks ?? [];
      if (blocks.length === 0 || !excerpt.position) continue;
      const text = blocks.map((b) => b.text).join('\n\n');
      expect(text.slice(excerpt.position.start, excerpt.position.end)).toBe(excerpt.quote);
      const numbers = paragraphNumbers(blocks);
      expect(blocks[numbers.indexOf(excerpt.paragraph)]?.text).toContain(
        excerpt.quote.split('\n')[0]?.slice(0, 20),
      );
    }
  });

  it('takes the cover from the collection unless told otherwise', () => {
    expect(input.title).toBe(parsed.name);
    expect(input.date).toBe('14 March 2025');
    expect(briefingInputFromCollection(parsed, { now, title: 'Mine' }).title).toBe('Mine');
  });

  it('fills in rights that a file names only by tag from the built-in ones', () => {
    const tagsOnly = {
      ...parsed,
      rights: parsed.rights.map((r) => ({
        ...r,
        id: null,
        description: null,
        legalBasis: null,
        color: null,
      })),
    };
    const rights = briefingInputFromCollection(tagsOnly, { now }).rights;
    const expression = rights.find((r) => r.name === 'Freedom of expression');
    expect(expression).toMatchObject({
      id: 'right:expression',
      legalBasis: 'UDHR art. 19; ICCPR art. 19',
      colour: '#e0a100',
    });
  });

  it('takes the argument and cover details the file carries, and files without them still read', () => {
    const data = JSON.parse(file) as { rightsmark: { collection: Record<string, unknown> } };
    data.rightsmark.collection.briefing = {
      documentType: 'Policy brief',
      reference: 'RM/2025/014 v2',
      cutOffDate: '28 February 2025',
      summary: 'The summary.',
      recommendations: '- Act.',
    };
    const withArgument = parseCollectionFile(JSON.stringify(data), 'with-argument.rightsmark.json');
    const read = briefingInputFromCollection(withArgument, { now, reference: 'RM/2025/014 v3' });
    expect(read.documentType).toBe('Policy brief');
    expect(read.reference).toBe('RM/2025/014 v3');
    expect(read.cutOffDate).toBe('28 February 2025');
    expect(read.argument).toEqual({ summary: 'The summary.', recommendations: '- Act.' });
    expect(parsed.briefing).toBeUndefined();
    expect(input.argument).toBeUndefined();
  });
});
