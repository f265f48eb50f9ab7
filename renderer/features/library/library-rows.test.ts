import { describe, expect, it } from 'vitest';
import type { LibraryDocument } from '../../../shared/model';
import { changeSelection, libraryRows, rowLabels, type LibraryRow } from './library-rows';

function row(
  title: string,
  year: number | null,
  publisher: string | null = null,
  count = 0,
): LibraryRow {
  const document = {
    title,
    year,
    publisher,
    kind: 'declaration',
    wordCount: title.length,
  } as LibraryDocument;
  return { document, annotationCount: count };
}

const rows = [
  row('Zeta', 2011, 'Freedom Online Coalition'),
  row('Alpha', null),
  row('Réseau', 2022, 'EPRS', 3),
];

describe('libraryRows', () => {
  it('sorts by title with a locale collator', () => {
    expect(libraryRows(rows, '', 'title', 'ascending').map((r) => r.document.title)).toEqual([
      'Alpha',
      'Réseau',
      'Zeta',
    ]);
  });

  it('keeps unknown values last in both directions', () => {
    expect(libraryRows(rows, '', 'year', 'ascending').map((r) => r.document.year)).toEqual([
      2011,
      2022,
      null,
    ]);
    expect(libraryRows(rows, '', 'year', 'descending').map((r) => r.document.year)).toEqual([
      2022,
      2011,
      null,
    ]);
  });

  it('filters on every word, ignoring case and accents', () => {
    expect(
      libraryRows(rows, 'reseau eprs', 'title', 'ascending').map((r) => r.document.title),
    ).toEqual(['Réseau']);
    expect(libraryRows(rows, 'coalition 2011', 'title', 'ascending')).toHaveLength(1);
    expect(libraryRows(rows, 'nothing like it', 'title', 'ascending')).toHaveLength(0);
  });

  it('sorts by annotation count', () => {
    expect(libraryRows(rows, '', 'annotations', 'descending')[0]?.document.title).toBe('Réseau');
  });
});

describe('rowLabels', () => {
  it('names a row by its title, adding the file name only where titles repeat', () => {
    const doc = (id: string, title: string, sourceName: string) =>
      ({ id, title, sourceName }) as LibraryDocument;
    const labels = rowLabels([
      doc('a', 'Covenant', 'covenant.pdf'),
      doc('b', 'Covenant', 'covenant.docx'),
      doc('c', 'Covenant', 'covenant.docx'),
      doc('d', 'Report', 'report.pdf'),
    ]);
    expect([...labels.values()]).toEqual([
      '“Covenant” (covenant.pdf)',
      '“Covenant” (covenant.docx)',
      '“Covenant” (covenant.docx, copy 2)',
      '“Report”',
    ]);
    expect(new Set(labels.values()).size).toBe(4);
  });
});

describe('changeSelection', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];

  it('ticks and unticks one row without Shift', () => {
    const one = changeSelection(new Set(), ids, 1, true, null, false);
    expect([...one]).toEqual(['b']);
    expect([...changeSelection(one, ids, 1, false, 1, false)]).toEqual([]);
    // Without Shift an anchor is ignored: only the clicked row changes.
    expect([...changeSelection(one, ids, 3, true, 1, false)].sort()).toEqual(['b', 'd']);
  });

  it('with Shift, gives every row between the anchor and the click the new state, either way round', () => {
    expect([...changeSelection(new Set(['a']), ids, 3, true, 1, true)].sort()).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect([...changeSelection(new Set(ids), ids, 0, false, 2, true)].sort()).toEqual(['d', 'e']);
  });

  it('treats an anchor beyond the shown rows (the filter changed) as no anchor', () => {
    expect([...changeSelection(new Set(), ['a', 'b'], 0, true, 4, true)]).toEqual(['a']);
  });
});
