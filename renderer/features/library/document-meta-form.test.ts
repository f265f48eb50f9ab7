import { describe, expect, it } from 'vitest';
import { validateMeta } from './document-meta-form';

const fields = { title: ' Report ', publisher: '', year: '2022', kind: 'briefing', language: 'en' };

describe('validateMeta', () => {
  it('trims and turns empty optional fields into null', () => {
    expect(validateMeta(fields, 2026)).toEqual({
      ok: true,
      meta: { title: 'Report', publisher: null, year: 2022, kind: 'briefing', language: 'en' },
    });
  });

  it('refuses an empty title, an impossible year and a malformed language tag', () => {
    const result = validateMeta(
      { ...fields, title: ' ', year: '20222', language: 'english!' },
      2026,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.errors).sort()).toEqual(['language', 'title', 'year']);
  });
});
