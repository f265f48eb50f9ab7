/**
 * "What will leave", rule by rule: what the review counts (and what it does not), how each line
 * reads in the singular and the plural, and which metadata each kind of file names. The
 * subjects are written out by hand so each rule's case is in plain sight.
 */
import { describe, expect, it } from 'vitest';
import type { BriefingInput } from '../briefing/briefing-input';
import { DEFAULT_BRIEFING_OPTIONS } from '../briefing/briefing-input';
import { PRODUCER } from '../briefing/build-briefing';
import {
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from '../exchange/testing/fixtures';
import { DEFAULT_DISCLOSURE, type DisclosureOptions } from './disclosure-options';
import {
  argumentPartsOf,
  describeDisclosure,
  subjectOfBriefingInput,
  subjectOfExportInput,
  summarizeDisclosure,
  type DisclosureSubject,
  type SubjectExcerpt,
} from './summarize-disclosure';

const PRIVACY = { id: 'right:privacy', name: 'Privacy' };
const EXPRESSION = { id: 'right:expression', name: 'Freedom of expression' };
const ASSEMBLY = { id: 'right:assembly', name: 'Assembly' };

function excerpt(fields: Partial<SubjectExcerpt> = {}): SubjectExcerpt {
  return {
    docId: 'd1',
    rightIds: [PRIVACY.id],
    note: '',
    comment: '',
    author: 'Ana Diaz',
    ...fields,
  };
}

function subject(fields: Partial<DisclosureSubject> = {}): DisclosureSubject {
  return {
    title: 'Set',
    description: '',
    preparedBy: '',
    excerpts: [excerpt()],
    rights: [EXPRESSION, PRIVACY, ASSEMBLY],
    hasAttachment: false,
    ...fields,
  };
}

const options = (fields: Partial<DisclosureOptions> = {}): DisclosureOptions => ({
  ...DEFAULT_DISCLOSURE,
  ...fields,
});

describe('what the review counts', () => {
  it('counts distinct documents, and only excerpts within the chosen rights as leaving', () => {
    const summary = summarizeDisclosure(
      subject({
        excerpts: [
          excerpt({ docId: 'd1' }),
          excerpt({ docId: 'd1' }),
          excerpt({ docId: 'd2', rightIds: [EXPRESSION.id, ASSEMBLY.id] }),
          excerpt({ docId: 'd3', rightIds: [EXPRESSION.id] }),
        ],
      }),
      'rightsmark',
      options({ rightIds: [PRIVACY.id, ASSEMBLY.id] }),
    );
    expect(summary).toMatchObject({ excerpts: 3, documents: 2, outsideRights: 1 });
  });

  it('counts a note, comment or private note only when it has text', () => {
    const summary = summarizeDisclosure(
      subject({
        excerpts: [
          excerpt({ note: 'Read this', comment: 'Lead' }),
          excerpt({ note: '  \n ', comment: ' \t' }),
          excerpt({ note: 'Mine only', privateNote: true }),
          excerpt({ note: '   ', privateNote: true }),
        ],
      }),
      'rightsmark',
      DEFAULT_DISCLOSURE,
    );
    expect(summary).toMatchObject({
      notes: 1,
      privateNotes: 1,
      notesSwitchedOff: 0,
      comments: 1,
      commentsSwitchedOff: 0,
    });
  });

  it('counts private notes only on excerpts that leave', () => {
    const summary = summarizeDisclosure(
      subject({
        excerpts: [
          excerpt({ note: 'Mine', privateNote: true, privateExcerpt: true }),
          excerpt({ note: 'Mine too', privateNote: true, rightIds: [EXPRESSION.id] }),
        ],
      }),
      'rightsmark',
      options({ rightIds: [PRIVACY.id] }),
    );
    expect(summary).toMatchObject({ excerpts: 0, privateExcerpts: 1, privateNotes: 0 });
  });

  it('moves switched-off notes and comments from "go" to "held back"', () => {
    const two = subject({
      excerpts: [excerpt({ note: 'One', comment: 'A' }), excerpt({ note: 'Two', comment: 'B' })],
    });
    expect(
      summarizeDisclosure(two, 'rightsmark', options({ notes: false, comments: false })),
    ).toMatchObject({ notes: 0, notesSwitchedOff: 2, comments: 0, commentsSwitchedOff: 2 });
    expect(summarizeDisclosure(two, 'rightsmark', DEFAULT_DISCLOSURE)).toMatchObject({
      notes: 2,
      notesSwitchedOff: 0,
      comments: 2,
      commentsSwitchedOff: 0,
    });
  });

  it('names each leaving author once, with the preparer, sorted, as labelled', () => {
    const authored = subject({
      preparedBy: 'Zoë Brand',
      excerpts: [
        excerpt({ author: 'Ben Okafor' }),
        excerpt({ author: 'Ana Diaz' }),
        excerpt({ author: 'Ben Okafor' }),
        excerpt({ author: '' }),
        // Leaves nothing: private, so its author is not named.
        excerpt({ author: 'Carl Private', privateExcerpt: true }),
      ],
    });
    expect(summarizeDisclosure(authored, 'briefing', DEFAULT_DISCLOSURE).authorNames).toEqual([
      'Ana Diaz',
      'Ben Okafor',
      'Zoë Brand',
    ]);
    expect(
      summarizeDisclosure(authored, 'briefing', options({ authors: 'initials' })).authorNames,
    ).toEqual(['A. D.', 'B. O.', 'Z. B.']);
    const none = summarizeDisclosure(authored, 'briefing', options({ authors: 'none' }));
    expect(none.authorNames).toEqual([]);
    expect(none.authors).toBe('none');
  });

  it('says an attachment goes only when there is one and it is switched on', () => {
    const kind = 'briefing';
    expect(
      summarizeDisclosure(subject({ hasAttachment: true }), kind, DEFAULT_DISCLOSURE),
    ).toMatchObject({ attachment: true });
    expect(
      summarizeDisclosure(subject({ hasAttachment: true }), kind, options({ attachment: false }))
        .attachment,
    ).toBe(false);
    expect(summarizeDisclosure(subject(), kind, DEFAULT_DISCLOSURE).attachment).toBe(false);
  });

  it('counts nothing of excerpts for a codebook, which carries only the rights', () => {
    const summary = summarizeDisclosure(
      subject({
        excerpts: [excerpt({ privateExcerpt: true }), excerpt({ rightIds: [] })],
      }),
      'qdc',
      options({ rightIds: [PRIVACY.id] }),
    );
    expect(summary).toMatchObject({
      excerpts: 0,
      documents: 0,
      privateExcerpts: 0,
      outsideRights: 0,
    });
  });

  it('counts document notes only on quoted documents, private ones apart', () => {
    const noted = subject({
      excerpts: [excerpt({ docId: 'd1' })],
      documentNotes: [
        { docId: 'd1', text: 'Shareable' },
        { docId: 'd1', text: 'Also shareable', privateNote: false },
        { docId: 'd1', text: 'Mine', privateNote: true },
        { docId: 'd2', text: 'Not quoted' },
        { docId: 'd2', text: 'Not quoted, mine', privateNote: true },
      ],
    });
    expect(summarizeDisclosure(noted, 'markdown', DEFAULT_DISCLOSURE)).toMatchObject({
      documentNotes: 2,
      privateDocumentNotes: 1,
      documentNotesSwitchedOff: 0,
    });
    expect(summarizeDisclosure(noted, 'rightsmark', options({ notes: false }))).toMatchObject({
      documentNotes: 0,
      privateDocumentNotes: 1,
      documentNotesSwitchedOff: 2,
    });
    // A format with no place for document notes neither carries nor holds any back.
    expect(summarizeDisclosure(noted, 'qdpx', DEFAULT_DISCLOSURE)).toMatchObject({
      documentNotes: 0,
      privateDocumentNotes: 0,
      documentNotesSwitchedOff: 0,
    });
  });

  it('lets the argument go or holds it back, only for kinds with a place for it', () => {
    const argued = subject({ argumentParts: ['Executive summary', 'Recommendations'] });
    expect(summarizeDisclosure(argued, 'briefing', DEFAULT_DISCLOSURE)).toMatchObject({
      argumentParts: ['Executive summary', 'Recommendations'],
      argumentSwitchedOff: [],
    });
    expect(summarizeDisclosure(argued, 'briefing', options({ argument: false }))).toMatchObject({
      argumentParts: [],
      argumentSwitchedOff: ['Executive summary', 'Recommendations'],
    });
    expect(summarizeDisclosure(argued, 'markdown', DEFAULT_DISCLOSURE)).toMatchObject({
      argumentParts: [],
      argumentSwitchedOff: [],
    });
    expect(summarizeDisclosure(subject(), 'briefing', options({ argument: false }))).toMatchObject({
      argumentParts: [],
      argumentSwitchedOff: [],
    });
  });

  it('reports the source texts as they act on the kind of file', () => {
    expect(
      summarizeDisclosure(subject(), 'rightsmark', options({ sourceTexts: false })).sourceTexts,
    ).toBe(false);
    expect(summarizeDisclosure(subject(), 'rightsmark', DEFAULT_DISCLOSURE).sourceTexts).toBe(true);
    expect(summarizeDisclosure(subject(), 'csv', DEFAULT_DISCLOSURE).sourceTexts).toBe(false);
    expect(
      summarizeDisclosure(subject(), 'qdpx', options({ sourceTexts: false })).sourceTexts,
    ).toBe(true);
  });
});

describe('the metadata each kind of file names', () => {
  it('a briefing: title, author, a subject from the leaving rights, keywords, creator, producer', () => {
    const briefing = summarizeDisclosure(
      subject({
        title: '  ',
        preparedBy: 'Ana Diaz',
        excerpts: [
          excerpt({ rightIds: [PRIVACY.id] }),
          excerpt({ rightIds: [EXPRESSION.id] }),
          excerpt({ rightIds: [ASSEMBLY.id], privateExcerpt: true }),
        ],
      }),
      'briefing',
      options({ authors: 'initials' }),
    );
    expect(briefing.metadata).toEqual([
      { label: 'Title', value: 'Briefing' },
      { label: 'Author', value: 'A. D.' },
      { label: 'Subject', value: 'Briefing on Freedom of expression, Privacy: 2 excerpts' },
      { label: 'Keywords', value: 'Freedom of expression; Privacy' },
      { label: 'Creator', value: 'Rightsmark' },
      { label: 'Producer', value: PRODUCER },
    ]);
  });

  it('a briefing with a title and subtitle uses them, and says when no author is named', () => {
    const briefing = summarizeDisclosure(
      subject({ title: ' Brief ', description: ' On privacy ', preparedBy: 'Ana Diaz' }),
      'briefing',
      options({ authors: 'none' }),
    );
    expect(briefing.metadata.slice(0, 3)).toEqual([
      { label: 'Title', value: 'Brief' },
      { label: 'Author', value: '(none)' },
      { label: 'Subject', value: 'On privacy' },
    ]);
  });

  it('a collection file: name, description or "(none)", generator', () => {
    expect(
      summarizeDisclosure(subject({ description: 'Desk set' }), 'rightsmark', DEFAULT_DISCLOSURE)
        .metadata,
    ).toEqual([
      { label: 'Name', value: 'Set' },
      { label: 'Description', value: 'Desk set' },
      { label: 'Generator', value: 'Rightsmark' },
    ]);
    expect(summarizeDisclosure(subject(), 'rightsmark', DEFAULT_DISCLOSURE).metadata[1]).toEqual({
      label: 'Description',
      value: '(none)',
    });
  });

  it('CSV, Markdown, a REFI-QDA project and a codebook', () => {
    const of = (kind: 'csv' | 'markdown' | 'qdpx' | 'qdc') =>
      summarizeDisclosure(subject(), kind, DEFAULT_DISCLOSURE).metadata;
    expect(of('csv')).toEqual([{ label: 'Header row', value: 'column names only' }]);
    expect(of('markdown')).toEqual([{ label: 'Heading', value: 'Set' }]);
    expect(of('qdpx')).toEqual([
      { label: 'Project name', value: 'Set' },
      { label: 'Origin', value: 'Rightsmark' },
    ]);
    // A codebook carries every right, used or not.
    expect(of('qdc')).toEqual([
      { label: 'Origin', value: 'Rightsmark' },
      { label: 'Codes', value: 'Freedom of expression; Privacy; Assembly' },
    ]);
  });
});

describe('the review in sentences', () => {
  it('a codebook says it carries only the rights, then its metadata', () => {
    expect(describeDisclosure(summarizeDisclosure(subject(), 'qdc', DEFAULT_DISCLOSURE))).toEqual([
      'Only the rights, as codes: no excerpts, notes, comments, authors or texts.',
      'Origin: Rightsmark',
      'Codes: Freedom of expression; Privacy; Assembly',
    ]);
  });

  it('one of each reads in the singular', () => {
    const lines = describeDisclosure(
      summarizeDisclosure(
        subject({
          preparedBy: 'Ana Diaz',
          hasAttachment: true,
          excerpts: [
            excerpt({ note: 'Mine', privateNote: true, comment: 'Lead' }),
            excerpt({ privateExcerpt: true }),
            excerpt({ rightIds: [EXPRESSION.id] }),
            excerpt({ docId: 'd1', note: 'Shared' }),
          ],
          documentNotes: [
            { docId: 'd1', text: 'Shared' },
            { docId: 'd1', text: 'Mine', privateNote: true },
          ],
          argumentParts: ['Key findings'],
        }),
        'rightsmark',
        options({ rightIds: [PRIVACY.id], notes: false, comments: false, sourceTexts: false }),
      ),
    );
    expect(lines).toEqual([
      '2 excerpts from 1 document.',
      '1 private excerpt held back.',
      '1 excerpt outside the chosen rights left out.',
      'Notes: switched off (1 note held back).',
      '1 private note held back.',
      'Document notes: switched off with the notes (1 note held back).',
      '1 private document note held back.',
      'Collection comments: switched off (1 comment held back).',
      'Authors: named (Ana Diaz).',
      'Full source texts: left out.',
      'The analyst’s argument: Key findings go.',
      'Name: Set',
      'Description: (none)',
      'Generator: Rightsmark',
    ]);
  });

  it('several read in the plural; what goes is counted as going', () => {
    const lines = describeDisclosure(
      summarizeDisclosure(
        subject({
          excerpts: [
            excerpt({ docId: 'd1', note: 'A', comment: 'a', privateNote: false }),
            excerpt({ docId: 'd2', note: 'B', comment: 'b' }),
            excerpt({ docId: 'd2', note: 'C', privateNote: true }),
            excerpt({ docId: 'd2', note: 'D', privateNote: true }),
            excerpt({ privateExcerpt: true }),
            excerpt({ privateExcerpt: true }),
            excerpt({ rightIds: [] }),
            excerpt({ rightIds: [] }),
          ],
          documentNotes: [
            { docId: 'd1', text: 'One' },
            { docId: 'd2', text: 'Two' },
            { docId: 'd1', text: 'Mine', privateNote: true },
            { docId: 'd2', text: 'Mine too', privateNote: true },
          ],
        }),
        'markdown',
        options({ rightIds: [PRIVACY.id] }),
      ),
    );
    expect(lines).toEqual([
      '4 excerpts from 2 documents.',
      '2 private excerpts held back.',
      '2 excerpts outside the chosen rights left out.',
      'Notes: 2 go.',
      '2 private notes held back.',
      'Document notes (on whole documents): 2 go.',
      '2 private document notes held back.',
      'Collection comments: 2 go.',
      // Markdown names no authors.
      'Authors: nobody is named.',
      'Full source texts: left out.',
      'Heading: Set',
    ]);
  });

  it('switched off, several notes, document notes and comments are held back in the plural', () => {
    const lines = describeDisclosure(
      summarizeDisclosure(
        subject({
          excerpts: [
            excerpt({ docId: 'd1', note: 'A', comment: 'a' }),
            excerpt({ docId: 'd1', note: 'B', comment: 'b' }),
          ],
          documentNotes: [
            { docId: 'd1', text: 'One' },
            { docId: 'd1', text: 'Two' },
          ],
        }),
        'rightsmark',
        options({ notes: false, comments: false }),
      ),
    );
    expect(lines).toContain('Notes: switched off (2 notes held back).');
    expect(lines).toContain('Document notes: switched off with the notes (2 notes held back).');
    expect(lines).toContain('Collection comments: switched off (2 comments held back).');
  });

  it('says when no note or comment goes, and names authors by initials when asked', () => {
    const lines = describeDisclosure(
      summarizeDisclosure(
        subject({ preparedBy: 'Ana Diaz' }),
        'briefing',
        options({ authors: 'initials', attachment: false }),
      ),
    );
    expect(lines.slice(0, 6)).toEqual([
      '1 excerpt from 1 document.',
      'Notes: none go.',
      'Collection comments: none go.',
      'Authors: initials only (A. D.).',
      'Full source texts: included.',
      'Attached collection: left out.',
    ]);
  });

  it('names nobody when nobody has a name, and says what of the argument is held back', () => {
    const lines = describeDisclosure(
      summarizeDisclosure(
        subject({
          excerpts: [excerpt({ author: '  ' })],
          hasAttachment: true,
          argumentParts: ['Executive summary', 'Key findings'],
        }),
        'briefing',
        options({ argument: false }),
      ),
    );
    expect(lines).toContain('Authors: nobody is named.');
    expect(lines).toContain(
      'The analyst’s argument: switched off (Executive summary, Key findings held back).',
    );
    expect(lines).toContain('Attached collection: included.');
    expect(lines.some((line) => line.includes('go.') && line.includes('argument'))).toBe(false);
  });
});

describe('the review of a summary made elsewhere', () => {
  it('with authors switched off, names nobody, whatever names it is given', () => {
    const summary = summarizeDisclosure(subject(), 'briefing', DEFAULT_DISCLOSURE);
    const lines = describeDisclosure({ ...summary, authors: 'none', authorNames: ['Ana Diaz'] });
    expect(lines).toContain('Authors: nobody is named.');
  });
});

describe('subjects of a collection export and of a briefing', () => {
  const doc = makeDocument('d1', 'Report', ['Privacy matters online.']);
  const a = makeAnnotation(doc, sequentialUuid(1), 'Privacy', {
    rightIds: ['right:privacy'],
    note: 'Kept',
    privateNote: true,
    privateExcerpt: false,
    author: 'Ana Diaz',
  });
  const b = makeAnnotation(doc, sequentialUuid(2), 'online', { privateExcerpt: true });

  it('carries the private marks, comments and live, written document notes', () => {
    const input = {
      ...makeInput(
        makeCollection(sequentialUuid(9), 'Set', [{ annotationId: a.id, comment: 'Lead' }, b.id], {
          description: 'Desk set',
          briefing: {
            documentType: '',
            reference: '',
            cutOffDate: '',
            summary: 'S',
            findings: ' ',
            recommendations: 'R',
            modifiedAt: '2025-02-01T00:00:00.000Z',
          },
        }),
        [doc],
        [a, b],
      ),
      documentNotes: [
        {
          id: 'n1',
          docId: 'd1',
          text: 'Live',
          author: '',
          tags: [],
          createdAt: '2024-01-01T00:00:00.000Z',
          modifiedAt: '2024-01-01T00:00:00.000Z',
          deletedAt: null,
          privateNote: true,
        },
        {
          id: 'n2',
          docId: 'd1',
          text: 'Gone',
          author: '',
          tags: [],
          createdAt: '2024-01-01T00:00:00.000Z',
          modifiedAt: '2024-01-01T00:00:00.000Z',
          deletedAt: '2024-02-01T00:00:00.000Z',
        },
        {
          id: 'n4',
          docId: 'd1',
          text: 'Live, shareable',
          author: '',
          tags: [],
          createdAt: '2024-01-01T00:00:00.000Z',
          modifiedAt: '2024-01-01T00:00:00.000Z',
          deletedAt: null,
        },
        {
          id: 'n3',
          docId: 'd1',
          text: '  ',
          author: '',
          tags: [],
          createdAt: '2024-01-01T00:00:00.000Z',
          modifiedAt: '2024-01-01T00:00:00.000Z',
          deletedAt: null,
        },
      ],
    };
    const s = subjectOfExportInput(input);
    expect(s).toMatchObject({
      title: 'Set',
      description: 'Desk set',
      preparedBy: '',
      hasAttachment: false,
      argumentParts: ['Executive summary', 'Recommendations'],
    });
    // Strictly: a private mark the analyst never set is absent, not present and undefined.
    expect(s.documentNotes).toStrictEqual([
      { docId: 'd1', text: 'Live', privateNote: true },
      { docId: 'd1', text: 'Live, shareable' },
    ]);
    expect(s.excerpts).toStrictEqual([
      {
        docId: 'd1',
        rightIds: ['right:privacy'],
        note: 'Kept',
        privateNote: true,
        privateExcerpt: false,
        comment: 'Lead',
        author: 'Ana Diaz',
      },
      { docId: 'd1', rightIds: [], note: '', privateExcerpt: true, comment: '', author: 'Amina' },
    ]);
  });

  it('orders rights by their order, not as given', () => {
    const input = makeInput(
      makeCollection('c', 'Set', []),
      [],
      [],
      [rightRow('right:b', 2), rightRow('right:c', 3), rightRow('right:a', 1)],
    );
    expect(subjectOfExportInput(input).rights.map((r) => r.id)).toEqual([
      'right:a',
      'right:b',
      'right:c',
    ]);
    expect(subjectOfBriefingInput(briefingInput()).rights.map((r) => r.id)).toEqual([
      'right:a',
      'right:b',
      'right:c',
    ]);
  });

  it('a briefing names its preparer, subtitle and attachment', () => {
    const s = subjectOfBriefingInput(briefingInput());
    expect(s).toMatchObject({
      title: 'Brief',
      description: 'On privacy',
      preparedBy: 'Ana Diaz',
      hasAttachment: true,
      argumentParts: ['Key findings'],
    });
    const { attachment: _attachment, ...without } = briefingInput();
    expect(subjectOfBriefingInput(without).hasAttachment).toBe(false);
  });
});

describe('argumentPartsOf', () => {
  it('names the written parts, in order; blank ones are not written', () => {
    expect(argumentPartsOf(undefined)).toEqual([]);
    expect(argumentPartsOf({ summary: ' ', findings: '\n', recommendations: '' })).toEqual([]);
    expect(argumentPartsOf({ summary: 'S', findings: 'F', recommendations: 'R' })).toEqual([
      'Executive summary',
      'Key findings',
      'Recommendations',
    ]);
    expect(argumentPartsOf({ findings: 'F' })).toEqual(['Key findings']);
  });
});

function rightRow(id: string, order: number) {
  return {
    id,
    name: id,
    description: '',
    legalBasis: '',
    color: '#000000',
    order,
    builtIn: false,
    archived: false,
    createdAt: '2024-01-01T00:00:00.000Z',
    modifiedAt: '2024-01-01T00:00:00.000Z',
  };
}

function briefingInput(): BriefingInput {
  return {
    title: 'Brief',
    subtitle: 'On privacy',
    author: 'Ana Diaz',
    organisation: 'Desk',
    date: '1 June 2024',
    classification: '',
    language: 'en-GB',
    rights: [
      { id: 'right:b', name: 'B', description: '', legalBasis: '', colour: '#000000', order: 2 },
      { id: 'right:c', name: 'C', description: '', legalBasis: '', colour: '#000000', order: 3 },
      { id: 'right:a', name: 'A', description: '', legalBasis: '', colour: '#000000', order: 1 },
    ],
    documents: [],
    excerpts: [],
    options: DEFAULT_BRIEFING_OPTIONS,
    now: new Date('2024-06-01T12:00:00Z'),
    argument: { findings: 'F' },
    attachment: { fileName: 'set.rightsmark.json', bytes: new Uint8Array(), mimeType: 'x' },
  };
}
