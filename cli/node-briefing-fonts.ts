/**
 * Briefing fonts for Node (the CLI, tests, benchmarks): the faces read from resources/fonts and
 * subset with `subset-font` (harfbuzz compiled to WebAssembly, read from disk by the package).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './repo-root';
import subsetFont from 'subset-font';
import {
  BRIEFING_FONT_FILES,
  FACE_KEYS,
  type BriefingFonts,
  type FaceKey,
  type FontSubsetter,
} from '../shared/briefing/briefing-fonts';

/** resources/fonts in this checkout. */
export function defaultFontDirectory(): string {
  return path.join(repoRoot(), 'resources', 'fonts');
}

/** Subsets a TrueType font to the characters of `text`, keeping its layout features. */
export const subsetWithHarfbuzz: FontSubsetter = async (font, text) => {
  const bytes = await subsetFont(Buffer.from(font.buffer, font.byteOffset, font.byteLength), text, {
    targetFormat: 'sfnt',
  });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
};

const cache = new Map<string, Promise<Readonly<Record<FaceKey, Uint8Array>>>>();

/** Loads every face from `directory` (cached per directory) with the harfbuzz subsetter. */
export async function loadBriefingFonts(
  directory = defaultFontDirectory(),
): Promise<BriefingFonts> {
  let faces = cache.get(directory);
  if (!faces) {
    faces = (async () => {
      const entries = await Promise.all(
        FACE_KEYS.map(async (key) => {
          const file = path.join(directory, BRIEFING_FONT_FILES[key]);
          return [key, new Uint8Array(await readFile(file))] as const;
        }),
      );
      return Object.fromEntries(entries) as Record<FaceKey, Uint8Array>;
    })();
    cache.set(directory, faces);
  }
  return { faces: await faces, subset: subsetWithHarfbuzz };
}
