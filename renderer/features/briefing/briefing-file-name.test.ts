import { describe, expect, it } from 'vitest';
import { briefingFileName, briefingFileStem } from './briefing-file-name';

describe('briefingFileName', () => {
  it('writes the title in kebab case with .pdf', () => {
    expect(briefingFileName('Human rights online: what states committed to')).toBe(
      'human-rights-online-what-states-committed-to.pdf',
    );
    expect(briefingFileName('  Privacy — 2025 / Q1  ')).toBe('privacy-2025-q1.pdf');
    expect(briefingFileName('Données personnelles')).toBe('données-personnelles.pdf');
    expect(briefingFileName('人権ブリーフィング 2025')).toBe('人権ブリーフィング-2025.pdf');
  });

  it('leaves no path, control, bidi or reserved-name tricks', () => {
    expect(briefingFileName('../../etc/passwd')).toBe('etc-passwd.pdf');
    expect(briefingFileName('C:\\Windows\\evil.exe')).toBe('c-windows-evil-exe.pdf');
    expect(briefingFileName('report\u202Efdp.exe')).toBe('report-fdp-exe.pdf');
    expect(briefingFileName('a\u0000b\nc')).toBe('a-b-c.pdf');
    expect(briefingFileName('CON')).toBe('_con.pdf');
    expect(briefingFileName('nul')).toBe('_nul.pdf');
  });

  it('falls back to "briefing" when nothing usable is left', () => {
    expect(briefingFileName('')).toBe('briefing.pdf');
    expect(briefingFileName(' — ?? // ')).toBe('briefing.pdf');
    expect(briefingFileName('\u200B\uFEFF')).toBe('briefing.pdf');
  });

  it('keeps long titles to whole words within 80 characters', () => {
    const stem = briefingFileStem('word '.repeat(60));
    expect(Array.from(stem).length).toBeLessThanOrEqual(80);
    expect(stem.endsWith('word')).toBe(true);
    expect(Array.from(briefingFileStem('x'.repeat(300))).length).toBe(80);
    expect(briefingFileName('😀'.repeat(200)).endsWith('.pdf')).toBe(true);
  });
});
