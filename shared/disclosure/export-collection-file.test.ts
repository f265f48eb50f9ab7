/**
 * The one way a collection becomes a file: each format is made from the disclosed input, with
 * the exporter's own switches set from the same choices, stamped with the injected clock, ids
 * and version; and the file a briefing attaches carries everything shareable.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  fixedEnv,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from '../exchange/testing/fixtures';
import { DEFAULT_DISCLOSURE, type DisclosureOptions } from './disclosure-options';
import { collectionAttachment, exportCollectionFile } from './export-collection-file';

const doc = makeDocument('d1', 'Report', ['Privacy matters online.', 'Unquoted source text.']);
const privacy = makeAnnotation(doc, sequentialUuid(1), 'Privacy matters', {
  rightIds: ['right:privacy'],
  note: 'Shared note',
  author: 'Ana Diaz',
});
const expression = makeAnnotation(doc, sequentialUuid(2), 'online', {
  rightIds: ['right:expression'],
  note: 'Second note',
  author: 'Ben Okafor',
});
const hidden = makeAnnotation(doc, sequentialUuid(3), 'matters', {
  rightIds: ['right:privacy'],
  note: 'Hidden note',
  privateExcerpt: true,
});
const input = makeInput(
  makeCollection(sequentialUuid(9), 'Set', [
    { annotationId: privacy.id, comment: 'Lead comment' },
    expression.id,
    hidden.id,
  ]),
  [doc],
  [privacy, expression, hidden],
);

const options = (fields: Partial<DisclosureOptions> = {}): DisclosureOptions => ({
  ...DEFAULT_DISCLOSURE,
  ...fields,
});
const text = (kind: 'rightsmark' | 'csv' | 'markdown' | 'qdc', fields = {}) =>
  strFromU8(exportCollectionFile(input, kind, options(fields), fixedEnv()));
const project = (fields = {}) =>
  strFromU8(
    unzipSync(exportCollectionFile(input, 'qdpx', options(fields), fixedEnv()))['project.qde'] ??
      new Uint8Array(),
  );

describe('exportCollectionFile', () => {
  it('a collection file: disclosed excerpts, its notes and texts switches from the choices', () => {
    const on = JSON.parse(text('rightsmark')) as {
      total: number;
      rightsmark: { includesNotes: boolean; includesSourceTexts: boolean };
    };
    expect(on).toMatchObject({
      total: 2,
      rightsmark: { includesNotes: true, includesSourceTexts: true },
    });
    const blocksOf = (file: string) =>
      (JSON.parse(file) as { rightsmark: { documents: { blocks?: unknown[] }[] } }).rightsmark
        .documents[0]?.blocks;
    expect(blocksOf(text('rightsmark'))).toHaveLength(2);
    const off = text('rightsmark', { notes: false, sourceTexts: false });
    expect(JSON.parse(off)).toMatchObject({
      rightsmark: { includesNotes: false, includesSourceTexts: false },
    });
    expect(off).not.toContain('Shared note');
    expect(blocksOf(off)).toBeUndefined();
    expect(text('rightsmark')).not.toContain('Hidden note');
    // Stamped with the injected clock and version.
    expect(JSON.parse(text('rightsmark'))).toMatchObject({
      generated: '2024-06-01T12:00:00.000Z',
      generator: { name: 'Rightsmark 0.1.0' },
    });
  });

  it('CSV: a byte-order mark for spreadsheet programs, notes as switched', () => {
    const bytes = exportCollectionFile(input, 'csv', DEFAULT_DISCLOSURE, fixedEnv());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = text('csv');
    expect(csv).toContain('Shared note');
    expect(text('csv', { notes: false })).not.toContain('Shared note');
    expect(csv).not.toContain('Hidden note');
  });

  it('Markdown: grouped by right unless the layout says otherwise, notes as switched', () => {
    const byRight = text('markdown');
    expect(byRight).toContain('## Privacy');
    expect(byRight).toContain('Shared note');
    expect(text('markdown', { notes: false })).not.toContain('Shared note');
    const inOrder = strFromU8(
      exportCollectionFile(input, 'markdown', DEFAULT_DISCLOSURE, fixedEnv(), {
        markdownGroupBy: 'collection',
      }),
    );
    expect(inOrder).not.toContain('## Privacy');
    expect(inOrder).toContain('Shared note');
    const explicit = exportCollectionFile(input, 'markdown', DEFAULT_DISCLOSURE, fixedEnv(), {
      markdownGroupBy: 'right',
    });
    expect(byRight).toBe(strFromU8(explicit));
  });

  it('a REFI-QDA project: notes as switched, stamped with the injected clock, ids and version', () => {
    const qde = project();
    expect(qde).toContain('origin="Rightsmark 0.1.0"');
    expect(qde).toContain('creationDateTime="2024-06-01T12:00:00.000Z"');
    expect(qde).toContain(sequentialUuid(1000));
    expect(qde).toContain('Shared note');
    expect(project({ notes: false })).not.toContain('Shared note');
    expect(qde).not.toContain('Hidden note');
    expect(project({ authors: 'initials' })).toContain('A. D.');
  });

  it('a codebook: every right of the library, whatever rights are chosen', () => {
    const qdc = text('qdc', { rightIds: ['right:privacy'] });
    expect(qdc).toContain('origin="Rightsmark 0.1.0"');
    for (const right of input.rights) expect(qdc).toContain(right.name);
    expect(qdc).not.toContain('Shared note');
  });
});

describe('collectionAttachment', () => {
  it('is the collection file with everything shareable, named and described', () => {
    const attachment = collectionAttachment(input, 'set.rightsmark.json', fixedEnv());
    expect(attachment).toMatchObject({
      fileName: 'set.rightsmark.json',
      mimeType: 'application/ld+json',
      description: 'The collection this briefing was made from',
    });
    expect(strFromU8(attachment.bytes)).toBe(text('rightsmark'));
  });
});
