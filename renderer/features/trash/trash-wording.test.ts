import { describe, expect, it } from 'vitest';
import type { LeftOutExcerpt } from '../../db/collections-repo';
import {
  deletionQuestion,
  describeDocumentDeletion,
  describeHiddenInTrash,
  describeLeftOut,
  summarizeLeftOut,
} from './trash-wording';

const impact = {
  documents: [{ id: 'd', title: 'Report' }],
  excerpts: 3,
  notes: 1,
  collections: [
    { id: 'a', name: 'Brief', excerpts: 2 },
    { id: 'b', name: 'Annex', excerpts: 1 },
  ],
};

describe('what a delete says before it deletes', () => {
  it('names the document, its excerpts and notes, the collections using them, and the Trash period', () => {
    expect(deletionQuestion(impact)).toBe('Delete “Report”?');
    expect(describeDocumentDeletion(impact, 30)).toEqual([
      'It takes 3 excerpts, 1 with a note, with it.',
      '“Brief” (2 excerpts) and “Annex” (1 excerpt) will show them as in the Trash and leave them out of exports and briefings.',
      'Everything goes to the Trash, where you can restore it for 30 days.',
    ]);
  });

  it('says so when the documents carry nothing, and counts several', () => {
    const two = {
      documents: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
      excerpts: 0,
      notes: 0,
      collections: [],
    };
    expect(deletionQuestion(two)).toBe('Delete 2 documents?');
    expect(describeDocumentDeletion(two, 1)).toEqual([
      'They carry no excerpts.',
      'Everything goes to the Trash, where you can restore it for 1 day.',
    ]);
  });
});

describe('what an export or briefing leaves out', () => {
  const left = (id: string, docId: string, reason: LeftOutExcerpt['reason']): LeftOutExcerpt => ({
    annotationId: id,
    quote: `quote ${id}`,
    reason,
    docId,
    documentTitle: docId === 'd1' ? 'Report' : 'Other',
  });

  it('groups excerpts by the document in the Trash, apart from excerpts in it on their own', () => {
    const leftOut = [
      left('1', 'd1', 'document-in-trash'),
      left('2', 'd1', 'document-in-trash'),
      left('3', 'd2', 'excerpt-in-trash'),
    ];
    expect(summarizeLeftOut(leftOut).documents).toEqual([
      { docId: 'd1', title: 'Report', excerpts: 2 },
    ]);
    expect(describeLeftOut(leftOut)).toBe(
      'Left out: 2 excerpts because their document “Report” is in the Trash; 1 excerpt because it is in the Trash.',
    );
    expect(describeLeftOut([])).toBe('');
  });
});

describe('what the excerpts view says it does not list', () => {
  it('counts the excerpts of documents in the Trash, in the right number', () => {
    expect(describeHiddenInTrash([{ id: 'd', title: 'Report', excerpts: 1 }])).toBe(
      '1 excerpt is not listed because its document is in the Trash. Restoring a document brings its excerpts back.',
    );
    expect(describeHiddenInTrash([{ id: 'd', title: 'Report', excerpts: 2 }])).toMatch(
      /^2 excerpts are not listed because their document is in the Trash\./,
    );
    expect(
      describeHiddenInTrash([
        { id: 'd', title: 'Report', excerpts: 2 },
        { id: 'e', title: 'Annex', excerpts: 1 },
      ]),
    ).toMatch(/^3 excerpts are not listed because their documents are in the Trash\./);
  });
});
