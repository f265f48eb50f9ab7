/**
 * Derives a UUID-shaped id from text, so that the same foreign annotation, or the same conflict
 * copy, gets the same id every time a file is imported and is never imported twice.
 */

// The four lanes and multipliers are those of bryc's public-domain cyrb128: a fast, well-mixed
// 128-bit hash. It is not cryptographic; ids derived from it only need to be unlikely to collide
// by chance (122 free bits), never to resist someone forging a collision — a forged id can at
// worst make one of the forger's own annotations look "already present".
const SEEDS = [1779033703, 3144134277, 1013904242, 2773480762] as const;
const MULTIPLIERS = [597399067, 2869860233, 951274213, 2716044179] as const;

function hash128(text: string): [number, number, number, number] {
  let [h1, h2, h3, h4] = SEEDS as readonly number[] as [number, number, number, number];
  const [m1, m2, m3, m4] = MULTIPLIERS;
  for (let at = 0; at < text.length; at += 1) {
    const k = text.charCodeAt(at);
    h1 = h2 ^ Math.imul(h1 ^ k, m1);
    h2 = h3 ^ Math.imul(h2 ^ k, m2);
    h3 = h4 ^ Math.imul(h3 ^ k, m3);
    h4 = h1 ^ Math.imul(h4 ^ k, m4);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), m1);
  h2 = Math.imul(h4 ^ (h2 >>> 22), m2);
  h3 = Math.imul(h1 ^ (h3 >>> 17), m3);
  h4 = Math.imul(h2 ^ (h4 >>> 19), m4);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function hex8(value: number): string {
  return value.toString(16).padStart(8, '0');
}

/**
 * A version-8 ("custom") UUID computed from `text`: the same text always gives the same id.
 * RFC 9562 reserves version 8 for ids made this way.
 */
export function contentUuid(text: string): string {
  const [a, b, c, d] = hash128(text);
  const hex = hex8(a) + hex8(b) + hex8(c) + hex8(d);
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
