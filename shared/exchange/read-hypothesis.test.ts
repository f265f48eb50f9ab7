/**
 * Hypothesis files in all three shapes people have (the API's search response, the client's
 * export, a bare list) read the same: excerpts with their tags, replies kept on the note they
 * answer with their author, page notes kept as notes on their document. Fixture:
 * e2e/fixtures/hypothesis-search-response.json (7 rows: 3 excerpts, 3 replies, 1 page note),
 * shaped like GET https://api.hypothes.is/api/search output; add rows there to cover new cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hypothesisShape, parseCollectionFile } from './parse-collection-file';

const text = readFileSync(
  new URL('../../e2e/fixtures/hypothesis-search-response.json', import.meta.url),
  'utf8',
);
const search = JSON.parse(text) as { total: number; rows: unknown[] };

describe('Hypothesis search responses', () => {
  it('recognises `{ total, rows }` as Hypothesis, and only with Hypothesis rows', () => {
    expect(hypothesisShape(search)).toBe('search');
    expect(hypothesisShape({ total: 0, rows: [] })).toBe('search');
    expect(hypothesisShape({ total: 1, rows: [{ name: 'not an annotation' }] })).toBeNull();
    expect(hypothesisShape({ rows: search.rows })).toBeNull();
  });

  it('reads every row: 3 excerpts, 1 page note, 3 replies folded into their threads', () => {
    const parsed = parseCollectionFile(text, 'search.json');
    expect(search.total).toBe(7);
    expect(parsed.format).toBe('hypothesis');
    expect(parsed.excerpts).toHaveLength(3);
    expect(parsed.documentNotes).toHaveLength(1);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.documents[0]?.title).toBe(
      'Freedom Online Coalition Stresses the Need to Promote, Protect Human Rights Online',
    );
  });

  it('keeps a thread of replies on its excerpt, oldest first, each with its author', () => {
    const [first] = parseCollectionFile(text, 'search.json').excerpts;
    expect(first?.note).toBe(
      [
        'Accountability language we can reuse in the ITU brief.',
        'Reply from Jonas Keller on 2024-03-02: Agreed; the ITU paragraph is the strongest.',
        'Reply from Amina Diallo on 2024-03-03: Then let us lead with it.',
      ].join('\n\n'),
    );
    expect(first?.creator).toBe('Amina Diallo');
    expect(first?.rights.map((r) => r.name)).toEqual(['FoE', 'transparency']);
  });

  it('keeps a page note on its document, with its reply, never as an excerpt', () => {
    const parsed = parseCollectionFile(text, 'search.json');
    expect(parsed.documentNotes[0]).toMatchObject({
      externalId: 'h7Xk2P1aEe-AbCdEfGh006',
      docRef: {
        contentHash: null,
        uri: 'https://freedomonlinecoalition.com/news/foc-stresses-need-to-promote-protect-human-rights-online/',
      },
      text:
        'Short news item; cite the FOC statement itself where possible.\n\n' +
        'Reply from Jonas Keller on 2024-03-02: The statement is on the FOC site, dated 2022.',
      tags: ['to-check'],
      creator: 'Amina Diallo',
      created: '2024-03-01T09:00:00.000Z',
    });
    expect(parsed.excerpts.map((e) => e.externalId)).not.toContain('h7Xk2P1aEe-AbCdEfGh006');
  });

  it('reads the same rows the same way as a client export and as a bare list', () => {
    const fromSearch = parseCollectionFile(text, 'a.json');
    const fromExport = parseCollectionFile(
      JSON.stringify({ export_date: '2024-03-04T00:00:00Z', annotations: search.rows }),
      'a.json',
    );
    const fromList = parseCollectionFile(JSON.stringify(search.rows), 'a.json');
    expect(fromExport).toEqual(fromSearch);
    expect(fromList).toEqual(fromSearch);
  });

  it('names the place of a bad row inside `rows`', () => {
    const bad = { total: 1, rows: [{ ...(search.rows[0] as object), tags: 'FoE' }] };
    expect(() => parseCollectionFile(JSON.stringify(bad), 'bad.json')).toThrow(
      'bad.json: rows[0].tags: expected a list of tags',
    );
  });
});
