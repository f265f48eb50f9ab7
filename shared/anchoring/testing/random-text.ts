/**
 * Seeded random text for anchoring's tests and benchmark: a pseudo-random generator and
 * documents of policy-like paragraphs (with some non-Latin script), the same for a given seed.
 */
import { BLOCK_SEPARATOR } from '../../model/document';

/** A seeded pseudo-random generator (mulberry32) returning numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export const WORDS = (
  'the state shall ensure everyone right rights freedom of expression opinion assembly ' +
  'association privacy data protection online offline access information without interference ' +
  'regardless frontiers through any media discrimination equality before law remedy effective ' +
  'surveillance encryption platforms content moderation companies due diligence children women ' +
  'minorities journalists defenders civil society participation digital technologies artificial ' +
  'intelligence safeguards necessary proportionate legitimate aim restrictions'
).split(' ');

// Sentences that recur verbatim, as boilerplate does in treaties and resolutions.
const BOILERPLATE = [
  'Everyone has the right to freedom of opinion and expression.',
  'Subject to the provisions of this Covenant, States shall take the necessary steps.',
  'The same rights that people have offline must also be protected online.',
];

const UNICODE = [
  'テクノロジーは人権を尊重しなければならない。',
  'Défense des droits — naïve café',
  'Cafe\u0301 de\u0301claration, re\u0301sume\u0301',
  'Rights 🌍 online 👩🏽‍💻 and offline 🔒',
  'Право на свободу выражения мнений',
];

function sentence(random: Random): string {
  const roll = random();
  if (roll < 0.08) return pick(random, BOILERPLATE);
  if (roll < 0.13) return pick(random, UNICODE);
  const words = Array.from({ length: integer(random, 5, 22) }, () => pick(random, WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random): string {
  if (random() < 0.1) return `Article ${integer(random, 1, 30)}`;
  return Array.from({ length: integer(random, 1, 6) }, () => sentence(random)).join(' ');
}

/** The blocks of a random document of about `length` UTF-16 units of plain text. */
export function randomBlocks(random: Random, length: number): string[] {
  const blocks: string[] = [];
  let size = 0;
  while (size < length) {
    const block = paragraph(random);
    blocks.push(block);
    size += block.length + BLOCK_SEPARATOR.length;
  }
  return blocks;
}
