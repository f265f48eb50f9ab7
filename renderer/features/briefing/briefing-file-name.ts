/**
 * The file name a briefing PDF is offered under: its title in kebab case ("Human rights online:
 * 2025" → "human-rights-online-2025.pdf"), made safe for every platform by the same sanitiser
 * the desktop shell applies to every name the renderer suggests.
 */
import { sanitizeFileName } from '../../../shared/files/file-names';

/** The stem used when a title has no letters or digits at all. */
const FALLBACK_STEM = 'briefing';
/** Longest stem suggested, in characters: file names stay readable in a save dialog. */
const MAX_STEM_CHARACTERS = 80;

/**
 * The title as a kebab-case stem: lower case, letters and digits of any script kept (a
 * Japanese title stays Japanese), every other run of characters one hyphen.
 */
export function briefingFileStem(title: string): string {
  const words = title
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  let stem = '';
  for (const word of words) {
    const next = stem === '' ? word : `${stem}-${word}`;
    if (Array.from(next).length > MAX_STEM_CHARACTERS) {
      if (stem === '') stem = Array.from(word).slice(0, MAX_STEM_CHARACTERS).join('');
      break;
    }
    stem = next;
  }
  return stem === '' ? FALLBACK_STEM : stem;
}

/** The suggested file name of a briefing PDF with this title. */
export function briefingFileName(title: string): string {
  return sanitizeFileName(`${briefingFileStem(title)}.pdf`);
}
