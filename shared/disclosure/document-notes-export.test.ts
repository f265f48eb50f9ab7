/**
 * Notes on whole documents leave with the collections that quote those documents, in the
 * Rightsmark collection file (as W3C Annotations on the document, read back as document notes)
 * and in Markdown, and only as "What will leave" says: never with notes switched off, never a
 * private one, never one on a document no leaving excerpt quotes, authors as chosen.
 */
import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DocumentNote } from '../model/document-note';
import { parseCollectionFile } from '../exchange/parse-collection-file';
import {
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from '../exchange/testing/fixtures';
import { discloseCollectionFile } from './disclose-collection-file';
import { DEFAULT_DISCLOSURE, type DisclosureOptions } from './disclosure-options';
import { exportCollectionFile } from './export-collection-file';
import {
  describeDisclosure,
  subjectOfExportInput,
  summarizeDisclosure,
} from './summarize-disclosure';

const quoted = makeDocument('d1', 'Resolution on privacy', ['Everyone has the right to privacy.']);
const other = makeDocument('d2', 'Unquoted report', ['Nothing quoted here.']);
const excerpt = makeAnnotation(quoted, sequentialUuid(1), 'right to privacy', {
  rightIds: ['right:privacy'],
});

function note(id: string, docId: string, text: string, extra: Partial<DocumentNote> = {}) {
  return {
    id,
    docId,
    text,
    author: 'Amina Diallo',
    tags: [],
    createdAt: '2024-03-01T09:00:00.000Z',
    modifiedAt: '2024-03-01T09:00:00.000Z',
    deletedAt: null,
    ...extra,
  } satisfies DocumentNote;
}

const NOTES: DocumentNote[] = [
  note(sequentialUuid(11), 'd1', 'Read with the 2022 statement.\n\nReply from Jonas: agreed.', {
    tags: ['to-check'],
    origin: { fileName: 'hypothesis.json', importedAt: '2024-04-01T00:00:00.000Z' },
  }),
  note(sequentialUuid(12), 'd1', 'Only for me.', { privateNote: true }),
  note(sequentialUuid(13), 'd1', 'Deleted.', { deletedAt: '2024-05-01T00:00:00.000Z' }),
  note(sequentialUuid(14), 'd2', 'On a document no excerpt quotes.'),
];

const input = {
  ...makeInput(makeCollection('c', 'Brief', [excerpt.id]), [quoted, other], [excerpt]),
  documentNotes: NOTES,
};

const exportAs = (kind: 'rightsmark' | 'markdown', options: DisclosureOptions) =>
  strFromU8(exportCollectionFile(input, kind, options, fixedEnv()));

describe('document notes in exports', () => {
  it('a collection file carries the shareable note on a quoted document, and reads back', () => {
    const text = exportAs('rightsmark', DEFAULT_DISCLOSURE);
    const file = JSON.parse(text) as { rightsmark: { documentNotes?: unknown[] } };
    expect(file.rightsmark.documentNotes).toEqual([
      {
        id: `urn:uuid:${sequentialUuid(11)}`,
        type: 'Annotation',
        motivation: 'commenting',
        created: '2024-03-01T09:00:00.000Z',
        modified: '2024-03-01T09:00:00.000Z',
        creator: { type: 'Person', name: 'Amina Diallo' },
        body: [
          {
            type: 'TextualBody',
            purpose: 'commenting',
            value: 'Read with the 2022 statement.\n\nReply from Jonas: agreed.',
            format: 'text/plain',
          },
          { type: 'TextualBody', purpose: 'tagging', value: 'to-check', format: 'text/plain' },
        ],
        target: `urn:sha256:${quoted.document.contentHash}`,
      },
    ]);
    // Where it was imported from, and private or deleted notes, never leave.
    expect(text).not.toContain('hypothesis.json');
    expect(text).not.toContain('Only for me');
    expect(text).not.toContain('Deleted.');
    expect(text).not.toContain('no excerpt quotes');

    const parsed = parseCollectionFile(text, 'brief.rightsmark.json');
    expect(parsed.documentNotes).toEqual([
      {
        id: sequentialUuid(11),
        externalId: `urn:uuid:${sequentialUuid(11)}`,
        docRef: {
          contentHash: quoted.document.contentHash,
          uri: null,
          title: 'Resolution on privacy',
        },
        text: 'Read with the 2022 statement.\n\nReply from Jonas: agreed.',
        tags: ['to-check'],
        creator: 'Amina Diallo',
        created: '2024-03-01T09:00:00.000Z',
        modified: '2024-03-01T09:00:00.000Z',
      },
    ]);
  });

  it('notes switched off take the document notes with them; authors follow the choice', () => {
    const off = exportAs('rightsmark', { ...DEFAULT_DISCLOSURE, notes: false });
    expect(JSON.parse(off).rightsmark.documentNotes).toBeUndefined();
    expect(off).not.toContain('2022 statement');
    const initials = exportAs('rightsmark', { ...DEFAULT_DISCLOSURE, authors: 'initials' });
    expect(JSON.parse(initials).rightsmark.documentNotes[0].creator).toEqual({
      type: 'Person',
      name: 'A. D.',
    });
    const nobody = exportAs('rightsmark', { ...DEFAULT_DISCLOSURE, authors: 'none' });
    expect(JSON.parse(nobody).rightsmark.documentNotes[0].creator).toBeUndefined();
  });

  it('an attached file re-disclosed for a briefing drops them with notes off', () => {
    const bytes = strToU8(exportAs('rightsmark', DEFAULT_DISCLOSURE));
    const kept = discloseCollectionFile(bytes, 'brief.rightsmark.json', DEFAULT_DISCLOSURE)!;
    expect(JSON.parse(strFromU8(kept)).rightsmark.documentNotes).toHaveLength(1);
    const dropped = discloseCollectionFile(bytes, 'brief.rightsmark.json', {
      ...DEFAULT_DISCLOSURE,
      notes: false,
    })!;
    expect(JSON.parse(strFromU8(dropped)).rightsmark.documentNotes).toBeUndefined();
    // Outside the chosen rights, the document is not quoted any more: its notes stay behind.
    const outside = discloseCollectionFile(bytes, 'brief.rightsmark.json', {
      ...DEFAULT_DISCLOSURE,
      rightIds: ['right:expression'],
    })!;
    expect(JSON.parse(strFromU8(outside)).rightsmark.documentNotes).toBeUndefined();
  });

  it('Markdown lists them after the excerpts, under their document, only with notes on', () => {
    const markdown = exportAs('markdown', DEFAULT_DISCLOSURE);
    expect(markdown).toContain(
      [
        '## Document notes',
        '',
        '### Resolution on privacy',
        '',
        'Read with the 2022 statement.',
        '',
        // Markdown names no authors (it has no authors switch).
        'Reply from Jonas: agreed. (2024-03-01)',
      ].join('\n'),
    );
    expect(markdown).not.toContain('Only for me');
    expect(exportAs('markdown', { ...DEFAULT_DISCLOSURE, notes: false })).not.toContain(
      'Document notes',
    );
  });

  it('"What will leave" counts them: going, private, switched off; none for CSV', () => {
    const subject = subjectOfExportInput(input);
    const on = summarizeDisclosure(subject, 'rightsmark', DEFAULT_DISCLOSURE);
    expect(on).toMatchObject({ documentNotes: 1, privateDocumentNotes: 1 });
    expect(describeDisclosure(on)).toContain('Document notes (on whole documents): 1 go.');
    expect(describeDisclosure(on)).toContain('1 private document note held back.');
    const off = summarizeDisclosure(subject, 'markdown', { ...DEFAULT_DISCLOSURE, notes: false });
    expect(off).toMatchObject({ documentNotes: 0, documentNotesSwitchedOff: 1 });
    expect(summarizeDisclosure(subject, 'csv', DEFAULT_DISCLOSURE)).toMatchObject({
      documentNotes: 0,
      privateDocumentNotes: 0,
    });
  });
});
