import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from '../exchange/testing/fixtures';
import { authorLabel } from './author-label';
import { discloseAttachment, sharesEverything } from './disclose-briefing-input';
import { discloseCollectionFile } from './disclose-collection-file';
import { bareFileName, discloseExportInput } from './disclose-export-input';
import {
  DEFAULT_DISCLOSURE,
  effectiveDisclosure,
  readDisclosureOptions,
} from './disclosure-options';
import { collectionAttachment, exportCollectionFile } from './export-collection-file';
import {
  describeDisclosure,
  subjectOfExportInput,
  summarizeDisclosure,
} from './summarize-disclosure';

const doc = makeDocument('d1', 'Report', ['Privacy matters online.', 'Assembly is protected.'], {
  sourceName: '/home/ana/Documents/report.txt',
});
const shared = makeAnnotation(doc, sequentialUuid(1), 'Privacy matters', {
  rightIds: ['right:privacy'],
  note: 'Shared note',
  author: 'Ana María López',
});
const privateNote = makeAnnotation(doc, sequentialUuid(2), 'matters online', {
  rightIds: ['right:privacy'],
  note: 'Names the source',
  privateNote: true,
  author: 'Ben Okafor',
});
const privateExcerpt = makeAnnotation(doc, sequentialUuid(3), 'Assembly is protected', {
  rightIds: ['right:assembly-association'],
  note: 'Private excerpt note',
  privateExcerpt: true,
});
const untagged = makeAnnotation(doc, sequentialUuid(4), 'Assembly', { note: '' });
const input = makeInput(
  makeCollection(sequentialUuid(9), 'Set', [
    { annotationId: shared.id, comment: 'Lead with this' },
    privateNote.id,
    privateExcerpt.id,
    { annotationId: untagged.id, comment: 'Maybe' },
  ]),
  [doc],
  [shared, privateNote, privateExcerpt, untagged],
);

describe('authorLabel', () => {
  it('names in full, as initials of each word, or not at all', () => {
    expect(authorLabel('  Ana María López ', 'names')).toBe('Ana María López');
    expect(authorLabel('Ana María López', 'initials')).toBe('A. M. L.');
    expect(authorLabel('jean-luc picard', 'initials')).toBe('J. L. P.');
    expect(authorLabel('𝒜lice Ng', 'initials')).toBe('𝒜. N.');
    expect(authorLabel('Ana', 'none')).toBe('');
    expect(authorLabel('   ', 'initials')).toBe('');
  });
});

describe('discloseExportInput', () => {
  it('drops private excerpts, private and switched-off notes, comments, and names as asked', () => {
    const out = discloseExportInput(input, {
      ...DEFAULT_DISCLOSURE,
      comments: false,
      authors: 'initials',
    });
    expect(out.annotations.map((a) => a.id)).toEqual([shared.id, privateNote.id, untagged.id]);
    expect(out.annotations.map((a) => a.note)).toEqual(['Shared note', '', '']);
    expect(out.annotations.map((a) => a.author)).toEqual(['A. M. L.', 'B. O.', 'A.']);
    expect(out.collection.items.map((i) => i.comment)).toEqual(['', '', '']);
    expect(out.annotations.some((a) => 'privateNote' in a || 'privateExcerpt' in a)).toBe(false);
  });

  it('keeps only excerpts with a chosen right, and only the file name of a source', () => {
    const out = discloseExportInput(input, { ...DEFAULT_DISCLOSURE, rightIds: ['right:privacy'] });
    expect(out.annotations.map((a) => a.id)).toEqual([shared.id, privateNote.id]);
    expect(out.documents[0]?.sourceName).toBe('report.txt');
    expect(bareFileName('C:\\Users\\ana\\x.pdf')).toBe('x.pdf');
  });
});

describe('summarizeDisclosure', () => {
  const subject = subjectOfExportInput(input);

  it('counts what leaves and what stays behind, and why', () => {
    const summary = summarizeDisclosure(subject, 'rightsmark', {
      ...DEFAULT_DISCLOSURE,
      notes: false,
    });
    expect(summary).toMatchObject({
      excerpts: 3,
      documents: 1,
      privateExcerpts: 1,
      outsideRights: 0,
      notes: 0,
      privateNotes: 1,
      notesSwitchedOff: 1,
      comments: 2,
      authorNames: ['Amina', 'Ana María López', 'Ben Okafor'],
      sourceTexts: true,
      attachment: false,
    });
    expect(describeDisclosure(summary)).toEqual([
      '3 excerpts from 1 document.',
      '1 private excerpt held back.',
      'Notes: switched off (1 note held back).',
      '1 private note held back.',
      'Collection comments: 2 go.',
      'Authors: named (Amina, Ana María López, Ben Okafor).',
      'Full source texts: included.',
      'Name: Set',
      'Description: (none)',
      'Generator: Rightsmark',
    ]);
  });

  it('says a codebook carries only the rights, and a CSV never whole texts', () => {
    expect(summarizeDisclosure(subject, 'qdc', DEFAULT_DISCLOSURE).excerpts).toBe(0);
    expect(effectiveDisclosure('csv', DEFAULT_DISCLOSURE).sourceTexts).toBe(false);
    expect(
      effectiveDisclosure('qdpx', { ...DEFAULT_DISCLOSURE, sourceTexts: false }),
    ).toMatchObject({ sourceTexts: true, attachment: false });
    expect(effectiveDisclosure('markdown', DEFAULT_DISCLOSURE).authors).toBe('none');
  });

  it('counts excerpts outside the chosen rights', () => {
    const summary = summarizeDisclosure(subject, 'csv', {
      ...DEFAULT_DISCLOSURE,
      rightIds: ['right:assembly-association'],
    });
    // The only assembly excerpt is private; the untagged one is outside the choice.
    expect(summary).toMatchObject({ excerpts: 0, privateExcerpts: 1, outsideRights: 3 });
  });
});

describe('attachments', () => {
  const attachment = collectionAttachment(input, 'set.rightsmark.json', fixedEnv());

  it('never carry private excerpts or private notes, even with every switch on', () => {
    const text = strFromU8(attachment.bytes);
    expect(text).toContain('Shared note');
    expect(text).not.toContain('Names the source');
    expect(text).not.toContain('Private excerpt note');
    expect(text).not.toContain('/home/ana');
  });

  it('are rebuilt with the same choices as the briefing', () => {
    const { attachment: out } = discloseAttachment(attachment, {
      ...DEFAULT_DISCLOSURE,
      notes: false,
      authors: 'none',
      sourceTexts: false,
    });
    const json = JSON.parse(strFromU8(out?.bytes ?? new Uint8Array())) as {
      rightsmark: { includesNotes: boolean; documents: { blocks?: unknown }[] };
      first: { items: { creator?: unknown; body?: { purpose: string }[] }[] };
    };
    expect(json.rightsmark.includesNotes).toBe(false);
    expect(json.rightsmark.documents[0]?.blocks).toBeUndefined();
    expect(json.first.items.every((item) => item.creator === undefined)).toBe(true);
    expect(json.first.items.flatMap((i) => i.body ?? []).map((b) => b.purpose)).not.toContain(
      'commenting',
    );
  });

  it('that cannot be filtered (not ours) go only when nothing is withheld', () => {
    const w3c = {
      fileName: 'notes.json',
      bytes: strToU8(JSON.stringify([{ type: 'Annotation', body: 'secret', target: 'x' }])),
      mimeType: 'application/ld+json',
    };
    expect(discloseCollectionFile(w3c.bytes, w3c.fileName, DEFAULT_DISCLOSURE)).toBeNull();
    expect(sharesEverything(DEFAULT_DISCLOSURE)).toBe(true);
    expect(discloseAttachment(w3c, DEFAULT_DISCLOSURE).outcome.kind).toBe('attached');
    expect(discloseAttachment(w3c, { ...DEFAULT_DISCLOSURE, notes: false }).outcome.kind).toBe(
      'unfilterable',
    );
    expect(discloseAttachment(w3c, { ...DEFAULT_DISCLOSURE, attachment: false }).outcome.kind).toBe(
      'switched-off',
    );
  });
});

describe('readDisclosureOptions', () => {
  it('takes each well-formed stored field and defaults the rest', () => {
    expect(readDisclosureOptions(null)).toEqual(DEFAULT_DISCLOSURE);
    expect(
      readDisclosureOptions({ notes: false, authors: 'initials', rightIds: ['a', 'a', 3] }),
    ).toEqual({ ...DEFAULT_DISCLOSURE, notes: false, authors: 'initials', rightIds: ['a'] });
    expect(readDisclosureOptions({ authors: 'everyone', comments: 'no' })).toEqual(
      DEFAULT_DISCLOSURE,
    );
  });
});

describe('the analyst’s argument', () => {
  const argued = makeInput(
    makeCollection(sequentialUuid(9), 'Set', [shared.id], {
      briefing: {
        documentType: 'Policy brief',
        reference: 'RM/2025/014',
        cutOffDate: '',
        summary: 'Privacy is at stake.',
        findings: '- E1 names it',
        recommendations: '- Legislate',
        modifiedAt: '2025-02-01T00:00:00.000Z',
      },
    }),
    [doc],
    [shared],
  );
  const fileOf = (argument: boolean) =>
    JSON.parse(
      strFromU8(
        exportCollectionFile(argued, 'rightsmark', { ...DEFAULT_DISCLOSURE, argument }, fixedEnv()),
      ),
    ) as { rightsmark: { collection: { briefing?: Record<string, string> } } };

  it('leaves a collection file with its switch; switched off, only the cover’s details go', () => {
    expect(fileOf(true).rightsmark.collection.briefing?.recommendations).toBe('- Legislate');
    expect(fileOf(false).rightsmark.collection.briefing).toEqual({
      documentType: 'Policy brief',
      reference: 'RM/2025/014',
      modified: '2025-02-01T00:00:00.000Z',
    });
    // An attached file already written is filtered the same way.
    const bytes = exportCollectionFile(argued, 'rightsmark', DEFAULT_DISCLOSURE, fixedEnv());
    const filtered = discloseCollectionFile(bytes, 'set.rightsmark.json', {
      ...DEFAULT_DISCLOSURE,
      argument: false,
    });
    expect(strFromU8(filtered ?? new Uint8Array())).not.toMatch(
      /Legislate|Privacy is at stake|E1 names/,
    );
  });

  it('is named in the review and held back from formats with its switch off', () => {
    const subject = subjectOfExportInput(argued);
    expect(subject.argumentParts).toEqual(['Executive summary', 'Key findings', 'Recommendations']);
    const off = summarizeDisclosure(subject, 'rightsmark', {
      ...DEFAULT_DISCLOSURE,
      argument: false,
    });
    expect(off.argumentSwitchedOff).toHaveLength(3);
    expect(describeDisclosure(off).join('\n')).toContain('argument: switched off');
    // CSV has no place for it: nothing is said to be held back.
    const csv = summarizeDisclosure(subject, 'csv', { ...DEFAULT_DISCLOSURE, argument: false });
    expect(csv.argumentSwitchedOff).toEqual([]);
    expect(sharesEverything({ ...DEFAULT_DISCLOSURE, argument: false })).toBe(false);
  });
});
