/**
 * What the collection exporters are given: only excerpts that may leave, their notes only when
 * shareable and switched on, comments and the argument only when switched on, authors as
 * chosen, no private marks or import origins, and only the documents, texts and document notes
 * of what is quoted. Checked on the input itself, so no exporter can reach what was withheld.
 */
import { describe, expect, it } from 'vitest';
import {
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from '../exchange/testing/fixtures';
import type { DocumentNote } from '../model/document-note';
import {
  bareFileName,
  discloseExportInput,
  isPrivateExcerpt,
  isShareableDocumentNote,
  isShareableNote,
  withinRights,
} from './disclose-export-input';
import { DEFAULT_DISCLOSURE } from './disclosure-options';

const quoted = makeDocument('d1', 'Quoted', ['Privacy matters online.'], {
  sourceName: 'C:\\Users\\ana\\quoted.pdf',
});
const unquoted = makeDocument('d2', 'Unquoted', ['Assembly is protected.']);
const privateOnly = makeDocument('d3', 'Private only', ['Secret source text.']);

const origin = { fileName: 'hypothesis.json', importedAt: '2024-04-01T00:00:00.000Z' };
const leaving = makeAnnotation(quoted, sequentialUuid(1), 'Privacy', {
  rightIds: ['right:privacy', 'right:expression'],
  note: 'Shared note',
  author: 'Ana Diaz',
  origin,
  privateExcerpt: false,
  privateNote: false,
});
const withPrivateNote = makeAnnotation(quoted, sequentialUuid(2), 'online', {
  rightIds: ['right:privacy'],
  note: 'Mine',
  privateNote: true,
});
const hidden = makeAnnotation(privateOnly, sequentialUuid(3), 'Secret', {
  rightIds: ['right:privacy'],
  privateExcerpt: true,
});
const outside = makeAnnotation(unquoted, sequentialUuid(4), 'Assembly', {
  rightIds: ['right:assembly-association'],
});

function docNote(id: string, docId: string, fields: Partial<DocumentNote> = {}): DocumentNote {
  return {
    id,
    docId,
    text: `Note ${id}`,
    author: 'Ben Okafor',
    tags: [],
    createdAt: '2024-03-01T09:00:00.000Z',
    modifiedAt: '2024-03-01T09:00:00.000Z',
    deletedAt: null,
    ...fields,
  };
}

const input = {
  ...makeInput(
    makeCollection(
      sequentialUuid(9),
      'Set',
      [
        { annotationId: leaving.id, comment: 'Lead with this' },
        { annotationId: withPrivateNote.id, comment: 'Second' },
        { annotationId: hidden.id, comment: 'Hidden comment' },
        { annotationId: outside.id, comment: 'Outside comment' },
      ],
      {
        briefing: {
          documentType: 'Policy brief',
          reference: 'RM/1',
          cutOffDate: '',
          summary: 'Summary',
          findings: 'Findings',
          recommendations: 'Recommendations',
          modifiedAt: '2025-02-01T00:00:00.000Z',
        },
      },
    ),
    [quoted, unquoted, privateOnly],
    [leaving, withPrivateNote, hidden, outside],
  ),
  documentNotes: [
    docNote('n1', 'd1', { origin }),
    docNote('n2', 'd1', { privateNote: true }),
    docNote('n3', 'd1', { deletedAt: '2024-05-01T00:00:00.000Z' }),
    docNote('n4', 'd1', { text: ' \n ' }),
    docNote('n5', 'd2'),
    docNote('n6', 'd3'),
  ],
};

const privacyOnly = { ...DEFAULT_DISCLOSURE, rightIds: ['right:privacy'] };

describe('the rules behind each check', () => {
  it('an excerpt is private only when marked so', () => {
    expect(isPrivateExcerpt({ privateExcerpt: true })).toBe(true);
    expect(isPrivateExcerpt({ privateExcerpt: false })).toBe(false);
    expect(isPrivateExcerpt({})).toBe(false);
  });

  it('a note may leave when it has text and is not private', () => {
    expect(isShareableNote({ note: 'Text' })).toBe(true);
    expect(isShareableNote({ note: 'Text', privateNote: false })).toBe(true);
    expect(isShareableNote({ note: 'Text', privateNote: true })).toBe(false);
    expect(isShareableNote({ note: ' \n\t' })).toBe(false);
  });

  it('a document note may leave when live, written and not private', () => {
    const live = { text: 'Text', deletedAt: null };
    expect(isShareableDocumentNote(live)).toBe(true);
    expect(isShareableDocumentNote({ ...live, privateNote: true })).toBe(false);
    expect(isShareableDocumentNote({ ...live, text: '  ' })).toBe(false);
    expect(isShareableDocumentNote({ ...live, deletedAt: '2024-01-01T00:00:00.000Z' })).toBe(false);
  });

  it('with rights chosen, an excerpt needs one of them (any one); none chosen lets all in', () => {
    expect(withinRights(['a', 'b'], ['b', 'c'])).toBe(true);
    expect(withinRights(['a'], ['b'])).toBe(false);
    expect(withinRights([], ['b'])).toBe(false);
    expect(withinRights([], [])).toBe(true);
    expect(withinRights(['a'], [])).toBe(true);
  });

  it('a source name keeps only the file name, after either kind of separator', () => {
    expect(bareFileName('C:\\Users\\ana\\report.pdf')).toBe('report.pdf');
    expect(bareFileName('/home/ana/report.pdf')).toBe('report.pdf');
    expect(bareFileName('mixed/dir\\report.pdf')).toBe('report.pdf');
    expect(bareFileName('report.pdf')).toBe('report.pdf');
    expect(bareFileName('dir/')).toBe('');
  });
});

describe('discloseExportInput', () => {
  it('hands over only excerpts within the chosen rights that are not private, in order', () => {
    const out = discloseExportInput(input, privacyOnly);
    expect(out.annotations.map((a) => a.id)).toEqual([leaving.id, withPrivateNote.id]);
    expect(out.collection.items.map((i) => i.annotationId)).toEqual([
      leaving.id,
      withPrivateNote.id,
    ]);
    expect(discloseExportInput(input, DEFAULT_DISCLOSURE).annotations.map((a) => a.id)).toEqual([
      leaving.id,
      withPrivateNote.id,
      outside.id,
    ]);
  });

  it('leaves behind private marks and where excerpts were imported from', () => {
    const [first] = discloseExportInput(input, DEFAULT_DISCLOSURE).annotations;
    expect(first).toBeDefined();
    expect(Object.keys(first ?? {})).not.toContain('privateNote');
    expect(Object.keys(first ?? {})).not.toContain('privateExcerpt');
    expect(Object.keys(first ?? {})).not.toContain('origin');
    // Everything else about the excerpt is handed over unchanged.
    const { privateNote: _n, privateExcerpt: _e, origin: _o, ...rest } = leaving;
    expect(first).toEqual(rest);
  });

  it('empties notes when switched off or private, and comments when switched off', () => {
    const on = discloseExportInput(input, privacyOnly);
    expect(on.annotations.map((a) => a.note)).toEqual(['Shared note', '']);
    expect(on.collection.items.map((i) => i.comment)).toEqual(['Lead with this', 'Second']);
    const off = discloseExportInput(input, { ...privacyOnly, notes: false, comments: false });
    expect(off.annotations.map((a) => a.note)).toEqual(['', '']);
    expect(off.collection.items.map((i) => i.comment)).toEqual(['', '']);
  });

  it('names authors as chosen', () => {
    const authors = (mode: 'names' | 'initials' | 'none') =>
      discloseExportInput(input, { ...privacyOnly, authors: mode }).annotations.map(
        (a) => a.author,
      );
    expect(authors('names')).toEqual(['Ana Diaz', 'Amina']);
    expect(authors('initials')).toEqual(['A. D.', 'A.']);
    expect(authors('none')).toEqual(['', '']);
  });

  it('gives only the quoted documents, with bare file names, and only their texts', () => {
    const out = discloseExportInput(input, privacyOnly);
    expect(out.documents.map((d) => d.id)).toEqual(['d1']);
    expect(out.documents[0]).toEqual({ ...quoted.document, sourceName: 'quoted.pdf' });
    expect([...out.blocks.keys()]).toEqual(['d1']);
    expect(out.blocks.get('d1')).toEqual(quoted.blocks);
    expect(out.rights).toBe(input.rights);
  });

  it('gives document notes only with notes on: live, written, shareable, on quoted documents', () => {
    const out = discloseExportInput(input, { ...privacyOnly, authors: 'initials' });
    const { origin: _origin, ...n1 } = docNote('n1', 'd1');
    expect(out.documentNotes).toEqual([{ ...n1, author: 'B. O.' }]);
    expect(Object.keys(out.documentNotes?.[0] ?? {})).not.toContain('origin');
    expect(discloseExportInput(input, { ...privacyOnly, notes: false }).documentNotes).toEqual([]);
    const { documentNotes: _notes, ...withoutNotes } = input;
    expect(discloseExportInput(withoutNotes, privacyOnly).documentNotes).toEqual([]);
  });

  it('empties the argument when switched off, keeping the cover details', () => {
    expect(discloseExportInput(input, privacyOnly).collection.briefing).toEqual(
      input.collection.briefing,
    );
    expect(
      discloseExportInput(input, { ...privacyOnly, argument: false }).collection.briefing,
    ).toEqual({
      documentType: 'Policy brief',
      reference: 'RM/1',
      cutOffDate: '',
      summary: '',
      findings: '',
      recommendations: '',
      modifiedAt: '2025-02-01T00:00:00.000Z',
    });
    const plain = { ...input, collection: makeCollection(sequentialUuid(9), 'Set', [leaving.id]) };
    expect('briefing' in discloseExportInput(plain, DEFAULT_DISCLOSURE).collection).toBe(false);
  });

  it('keeps the collection’s own fields', () => {
    const { items: _items, briefing: _briefing, ...own } = input.collection;
    expect(discloseExportInput(input, privacyOnly).collection).toMatchObject(own);
  });
});
