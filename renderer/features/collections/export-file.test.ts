import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file';

describe('exportFileName', () => {
  it('keeps an ordinary name and adds the format’s extension', () => {
    expect(exportFileName('Briefing: shutdowns 2026', 'rightsmark')).toBe(
      'Briefing shutdowns 2026.rightsmark.json',
    );
    expect(exportFileName('Données personnelles', 'csv')).toBe('Données personnelles.csv');
    expect(exportFileName('デジタル権利', 'markdown')).toBe('デジタル権利.md');
  });

  it('defuses hostile names', () => {
    expect(exportFileName('../../etc/passwd', 'qdpx')).toBe('etc passwd.qdpx');
    expect(exportFileName('a\\b/c:d*e?f"g<h>i|j', 'csv')).toBe('a b c d e f g h i j.csv');
    expect(exportFileName('evil\u202Egnp.exe', 'csv')).toBe('evil gnp exe.csv');
    expect(exportFileName('tab\tnew\nline\u0000', 'csv')).toBe('tab new line.csv');
    expect(exportFileName('...', 'csv')).toBe('collection.csv');
    expect(exportFileName('   ', 'qdc')).toBe('collection.qdc');
    expect(exportFileName('CON', 'csv')).toBe('_CON.csv');
    expect(exportFileName('name. . .', 'csv')).toBe('name.csv');
    const long = exportFileName('x'.repeat(500), 'rightsmark');
    expect(long).toBe(`${'x'.repeat(80)}.rightsmark.json`);
    // Astral characters are not split in half when shortening.
    const emoji = exportFileName('🙂'.repeat(100), 'csv');
    expect(emoji).toMatch(/^(🙂)+\.csv$/u);
  });
});
