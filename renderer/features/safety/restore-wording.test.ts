import { describe, expect, it } from 'vitest';
import type { PlannedRow } from '../../../shared/backup';
import { plannedRowLines, rowsWith } from './restore-wording';

const row = (
  table: PlannedRow['table'],
  label: string,
  action: PlannedRow['action'],
): PlannedRow => ({ table, id: label, label, action });

describe('a restore plan in the analyst’s words', () => {
  it('names documents, rights and collections and counts excerpts', () => {
    const rows = [
      row('documents', 'Report', 'restore'),
      row('annotations', '“a”', 'restore'),
      row('annotations', '“b”', 'add'),
      row('rights', 'Education', 'add'),
      row('collections', 'Brief', 'update'),
    ];
    expect(plannedRowLines(rowsWith(rows, 'restore', 'add'))).toEqual([
      'Document “Report”',
      'Right “Education”',
      '2 excerpts',
    ]);
    expect(plannedRowLines(rowsWith(rows, 'update'))).toEqual(['Collection “Brief”']);
    expect(plannedRowLines([row('annotations', '“a”', 'lose')])).toEqual(['1 excerpt']);
    expect(plannedRowLines([])).toEqual([]);
  });
});
