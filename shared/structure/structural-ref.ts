/**
 * A passage's place in its document's own numbering ("Art. 19(3)(a)", "OP 5", "PP 3",
 * "para. 23", "sec. II", "p. 4"): the reference analysts cite, formatted singly or as a range.
 */

/** What a printed number names. */
export type StructuralUnit =
  'article' | 'preambular' | 'operative' | 'paragraph' | 'section' | 'page';

/**
 * A block's reference: the unit and the numbers from the outermost in, as the document prints
 * them ("19", "3", "a" for article 19, paragraph 3, sub-paragraph (a)). Preambular paragraphs are
 * counted (resolutions do not print their numbers); everything else is the document's own.
 */
export interface StructuralRef {
  readonly unit: StructuralUnit;
  readonly path: readonly string[];
}

const PREFIX: Readonly<Record<StructuralUnit, string>> = {
  article: 'Art. ',
  preambular: 'PP ',
  operative: 'OP ',
  paragraph: 'para. ',
  section: 'sec. ',
  page: 'p. ',
};

const PLURAL_PREFIX: Readonly<Record<StructuralUnit, string>> = {
  article: 'Arts. ',
  preambular: 'PP ',
  operative: 'OP ',
  paragraph: 'paras. ',
  section: 'secs. ',
  page: 'pp. ',
};

/** Units whose inner levels print in parentheses: Art. 19(3)(a), OP 5(b), para. 23(c). */
function tail(path: readonly string[]): string {
  return path.map((part) => `(${part})`).join('');
}

function numberPart(ref: StructuralRef): string {
  const [head = '', ...rest] = ref.path;
  return `${head}${tail(rest)}`;
}

/** The reference as cited: "Art. 19(3)(a)", "OP 5", "PP 3", "para. 23", "p. 4". */
export function formatRef(ref: StructuralRef): string {
  return `${PREFIX[ref.unit]}${numberPart(ref)}`;
}

/** True when two references name the same place. */
export function sameRef(a: StructuralRef | null, b: StructuralRef | null): boolean {
  if (a === null || b === null) return a === b;
  return a.unit === b.unit && a.path.join('\u0000') === b.path.join('\u0000');
}

/**
 * The reference of a passage from its first to its last block: one reference when both are the
 * same, a shared stem with the differing tails joined by an en dash otherwise ("Art. 19(2)–(3)",
 * "OP 5–7", "paras. 23–25", "pp. 4–5"), and both in full across units ("PP 8 – OP 1").
 */
export function formatRefRange(first: StructuralRef, last: StructuralRef): string {
  if (sameRef(first, last)) return formatRef(first);
  if (first.unit !== last.unit) return `${formatRef(first)} – ${formatRef(last)}`;
  let shared = 0;
  while (
    shared < first.path.length - 1 &&
    shared < last.path.length - 1 &&
    first.path[shared] === last.path[shared]
  ) {
    shared += 1;
  }
  if (shared === 0) {
    const from = numberPart(first);
    const to = numberPart(last);
    const prefix = first.path.length === 1 && last.path.length === 1 ? PLURAL_PREFIX : PREFIX;
    return `${prefix[first.unit]}${from}–${to}`;
  }
  const stem = { unit: first.unit, path: first.path.slice(0, shared) };
  return `${formatRef(stem)}${tail(first.path.slice(shared))}–${tail(last.path.slice(shared))}`;
}
