/** Messages for files and batches. */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/import';
import type { LibraryDocument } from '../../../shared/model';
import { batchSummary, isFinal, stateMessage } from './import-messages';

const doc = { title: 'Report', version: 2 } as LibraryDocument;

describe('import messages', () => {
  it('describes each state', () => {
    expect(stateMessage({ status: 'reading', fraction: 0.42 })).toBe('Reading… 42%');
    expect(stateMessage({ status: 'reading', fraction: null })).toBe('Reading…');
    expect(stateMessage({ status: 'duplicate', existing: doc })).toBe(
      'Already in the library as “Report”',
    );
    expect(
      stateMessage({
        status: 'replaced',
        document: doc,
        report: { exact: 2, moved: 1, fuzzy: 0, orphaned: 1 },
      }),
    ).toBe('Replaced “Report” with version 2: 3 annotations kept, 1 not found (kept as orphans)');
    expect(stateMessage({ status: 'failed', error: new ImportError('not-pdf', 'not a PDF') })).toBe(
      'not a PDF',
    );
    expect(isFinal({ status: 'saving' })).toBe(false);
    expect(isFinal({ status: 'cancelled' })).toBe(true);
  });

  it('sums up a batch', () => {
    expect(
      batchSummary([
        { status: 'imported', document: doc },
        { status: 'imported', document: doc },
        { status: 'duplicate', existing: doc },
        { status: 'failed', error: new ImportError('empty', 'empty file') },
      ]),
    ).toBe('Imported 2 documents, 1 already in the library, 1 could not be imported.');
    expect(batchSummary([{ status: 'cancelled' }])).toBe('1 cancelled.');
    expect(batchSummary([])).toBe('Nothing to import');
  });
});
