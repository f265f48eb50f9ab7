import { describe, expect, it } from 'vitest';
import type { FaceKey } from '../../../shared/briefing';
import { loadBriefingFonts } from '../../../cli/node-briefing-fonts';
import { ARABIC_QUOTE, JAPANESE_QUOTE, sampleBriefingInput } from '../../../cli/sample-briefing';
import { briefingCharacters, loadNeededFaces } from './briefing-faces';

/** A fetcher over resources/fonts (read as the CLI reads them) recording the faces asked for. */
function recordingFetcher() {
  const fetched: FaceKey[] = [];
  const fetchFace = async (key: FaceKey) => {
    fetched.push(key);
    return (await loadBriefingFonts()).faces[key];
  };
  return { fetched, fetchFace };
}

const LATIN = 'Freedom of expression — “offline = online” ¶ 14, p. 7; Données, Ελλάδα, Україна';

describe('loadNeededFaces', () => {
  it('loads only the Latin faces for Latin, Greek and Cyrillic text', async () => {
    const { fetched, fetchFace } = recordingFetcher();
    const { faces, needs } = await loadNeededFaces(new Set(LATIN), fetchFace);
    expect(needs).toEqual({ arabic: false, cjk: false });
    expect(fetched.sort()).toEqual(['sans', 'sansBold', 'serif', 'serifBold', 'serifItalic']);
    // The fallbacks stand in with the sans face: never chosen, never embedded.
    expect(faces.cjk).toBe(faces.sans);
    expect(faces.arabic).toBe(faces.sans);
  });

  it('loads the Arabic face for Arabic text, and not the Japanese one', async () => {
    const { fetched, fetchFace } = recordingFetcher();
    const { needs } = await loadNeededFaces(new Set(`${LATIN} ${ARABIC_QUOTE}`), fetchFace);
    expect(needs).toEqual({ arabic: true, cjk: false });
    expect(fetched).toContain('arabic');
    expect(fetched).not.toContain('cjk');
  });

  it('loads the Japanese face for Japanese text', async () => {
    const { fetched, fetchFace } = recordingFetcher();
    const { faces, needs } = await loadNeededFaces(
      new Set(`${LATIN} ${JAPANESE_QUOTE}`),
      fetchFace,
    );
    expect(needs.cjk).toBe(true);
    expect(fetched).toContain('cjk');
    expect(faces.cjk.byteLength).toBeGreaterThan(1_000_000);
  });
});

describe('briefingCharacters', () => {
  it('holds the cover, rights, excerpts and, with the appendix, the documents’ text', () => {
    const input = sampleBriefingInput({ now: new Date(0) });
    const without = briefingCharacters(input);
    for (const character of 'Human rights online' + JAPANESE_QUOTE + ARABIC_QUOTE)
      expect(without.has(character)).toBe(true);
    const appendixOnly = [
      ...briefingCharacters({ ...input, options: { ...input.options, includeAppendix: true } }),
    ].filter((character) => !without.has(character));
    expect(appendixOnly.length).toBeGreaterThan(0);
  });
});
