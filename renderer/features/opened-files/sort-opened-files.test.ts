import { describe, expect, it } from 'vitest';
import type { PickedFile } from '../../platform/platform';
import { openedFileKind, sortOpenedFiles } from './sort-opened-files';

const file = (name: string, text = ''): PickedFile => ({
  name,
  path: `/in/${name}`,
  bytes: new TextEncoder().encode(text),
});

describe('openedFileKind', () => {
  it('knows collections, PDFs and documents by their extension, in any case', () => {
    expect(openedFileKind('team.rightsmark.json')).toBe('collection');
    expect(openedFileKind('w3c.JSONLD')).toBe('collection');
    expect(openedFileKind('Brief.PDF')).toBe('pdf');
    for (const name of ['a.txt', 'b.md', 'c.html', 'd.docx', 'e.markdown', 'f.htm']) {
      expect(openedFileKind(name), name).toBe('document');
    }
    for (const name of ['a.exe', 'b', 'c.zip', 'd.json.exe']) {
      expect(openedFileKind(name), name).toBe('unsupported');
    }
  });
});

describe('sortOpenedFiles', () => {
  it('sends a briefing PDF carrying a collection to the collection import, other PDFs to the library', async () => {
    const sorted = await sortOpenedFiles(
      [file('brief.pdf', 'with'), file('treaty.pdf', 'without'), file('team.rightsmark.json')],
      async (bytes) => new TextDecoder().decode(bytes) === 'with',
    );
    expect(sorted.collections.map((f) => f.name)).toEqual(['brief.pdf', 'team.rightsmark.json']);
    expect(sorted.documents.map((f) => f.name)).toEqual(['treaty.pdf']);
    expect(sorted.unsupported).toEqual([]);
  });

  it('sends a PDF it cannot read to the document import (which names the problem)', async () => {
    const sorted = await sortOpenedFiles([file('broken.pdf')], async () => {
      throw new Error('not a PDF');
    });
    expect(sorted.documents.map((f) => f.name)).toEqual(['broken.pdf']);
  });

  it('names the files the app does not open', async () => {
    const sorted = await sortOpenedFiles([file('setup.exe'), file('notes.md')], async () => false);
    expect(sorted.unsupported).toEqual(['setup.exe']);
    expect(sorted.documents.map((f) => f.name)).toEqual(['notes.md']);
  });
});
