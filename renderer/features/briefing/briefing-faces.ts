/**
 * Which font faces a briefing needs, and loading only those. The engine always takes all seven
 * faces, but the two fallback faces are reached only for characters the Latin faces lack
 * (its fallback chain is: the style's face, serif, sans, Arabic, Japanese). So the Latin faces
 * are loaded first and asked which characters they cannot draw; Noto Naskh Arabic is loaded
 * only when some are left, and Noto Sans JP (5.5 MB) only when some are left after that.
 *
 * A face that is not needed is given as the sans face's bytes: it covers nothing sans does not,
 * so the chain never picks it and the engine never embeds it — the output is the same.
 */
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { briefingText, type BriefingInput, type FaceKey } from '../../../shared/briefing';

/** Fetches a face's TrueType bytes. */
export type FaceFetcher = (key: FaceKey) => Promise<Uint8Array>;

/** The faces every briefing is set in. */
const LATIN_FACES: readonly FaceKey[] = ['serif', 'serifItalic', 'serifBold', 'sans', 'sansBold'];

/**
 * Every character a briefing may draw: a superset of what the engine draws (the whole input,
 * not only the selected rights; its own labels are Latin, which the Latin faces cover).
 */
export function briefingCharacters(input: BriefingInput): Set<string> {
  return new Set(briefingText(input));
}

/** Characters that draw nothing, so no face needs to cover them. */
function isBlankCharacter(character: string): boolean {
  return /^[\s\p{Cc}\p{Cf}]$/u.test(character);
}

/** The characters none of `fonts` can draw. */
export function uncovered(characters: Iterable<string>, fonts: readonly Font[]): string[] {
  const left: string[] = [];
  for (const character of characters) {
    if (isBlankCharacter(character)) continue;
    const codePoint = character.codePointAt(0) ?? 0;
    if (!fonts.some((font) => font.hasGlyphForCodePoint(codePoint))) left.push(character);
  }
  return left;
}

/** The faces the briefing needs beyond the Latin ones. */
export interface FallbackNeeds {
  readonly arabic: boolean;
  readonly cjk: boolean;
}

const parsed = new WeakMap<Uint8Array, Font>();

/** A face parsed with fontkit (cached per bytes: the cmap is read once). */
function parse(bytes: Uint8Array): Font {
  let font = parsed.get(bytes);
  if (!font) {
    font = fontkit.create(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

/**
 * Loads the faces the briefing's characters need, fetching each at most once per call (the
 * fetcher may cache across calls). Resolves to bytes for every face key, as the engine wants.
 */
export async function loadNeededFaces(
  characters: Iterable<string>,
  fetchFace: FaceFetcher,
): Promise<{ faces: Record<FaceKey, Uint8Array>; needs: FallbackNeeds }> {
  const latin = await Promise.all(
    LATIN_FACES.map(async (key) => [key, await fetchFace(key)] as const),
  );
  const byKey = new Map<FaceKey, Uint8Array>(latin);
  const serif = byKey.get('serif');
  const sans = byKey.get('sans');
  if (!serif || !sans) throw new Error('The Latin briefing faces did not load.');

  let left = uncovered(characters, [parse(serif), parse(sans)]);
  const arabicNeeded = left.length > 0;
  const arabic = arabicNeeded ? await fetchFace('arabic') : sans;
  if (arabicNeeded) left = uncovered(left, [parse(arabic)]);
  const cjkNeeded = left.length > 0;
  const cjk = cjkNeeded ? await fetchFace('cjk') : sans;

  const face = (key: FaceKey): Uint8Array => byKey.get(key) ?? sans;
  return {
    faces: {
      serif,
      serifItalic: face('serifItalic'),
      serifBold: face('serifBold'),
      sans,
      sansBold: face('sansBold'),
      cjk,
      arabic,
    },
    needs: { arabic: arabicNeeded, cjk: cjkNeeded },
  };
}
