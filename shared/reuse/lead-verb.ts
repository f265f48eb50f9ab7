/**
 * The leading verb of an operative paragraph ("Encourages", "Calls upon", "Strongly condemns",
 * "Exhorte") and its strength on a stated scale, so a comparison can say a commitment grew
 * stronger or weaker between two drafts.
 *
 * The scales (weakest first), after the usage of UN resolutions and the drafting guides of the
 * General Assembly and the Human Rights Council; verbs on one step are equivalent:
 *
 * - asking States to act: invites < encourages, recommends < strongly encourages <
 *   requests, calls upon < urges < strongly urges < demands
 *   (French: invite < encourage, recommande < encourage vivement < prie, demande, engage <
 *   exhorte, prie instamment < exhorte vivement < exige)
 * - disapproving: expresses concern < expresses deep or grave concern < deplores < condemns <
 *   strongly condemns < unequivocally condemns
 *   (French: se déclare préoccupé < se déclare profondément préoccupé < déplore < condamne <
 *   condamne fermement, énergiquement < condamne sans équivoque)
 *
 * A verb on neither scale, or two verbs on different scales, change in no stated direction.
 */
import { fold } from '../search/fold';

/** Which scale a verb is on. */
export type VerbScale = 'exhortation' | 'condemnation';

interface ScaleStep {
  readonly scale: VerbScale;
  readonly strength: number;
  readonly phrases: readonly string[];
}

const STEPS: readonly ScaleStep[] = [
  { scale: 'exhortation', strength: 1, phrases: ['invites', 'invite'] },
  {
    scale: 'exhortation',
    strength: 2,
    phrases: ['encourages', 'recommends', 'encourage', 'recommande'],
  },
  {
    scale: 'exhortation',
    strength: 3,
    phrases: ['strongly encourages', 'encourage vivement', 'encourage fermement'],
  },
  {
    scale: 'exhortation',
    strength: 4,
    phrases: ['requests', 'calls upon', 'calls on', 'prie', 'demande', 'engage'],
  },
  {
    scale: 'exhortation',
    strength: 5,
    phrases: ['urges', 'exhorte', 'prie instamment', 'invite instamment', 'demande instamment'],
  },
  {
    scale: 'exhortation',
    strength: 6,
    phrases: ['strongly urges', 'exhorte vivement', 'exhorte fermement'],
  },
  { scale: 'exhortation', strength: 7, phrases: ['demands', 'exige'] },
  {
    scale: 'condemnation',
    strength: 1,
    phrases: [
      'expresses concern',
      'expresses its concern',
      'se declare preoccupe',
      'se declare preoccupee',
    ],
  },
  {
    scale: 'condemnation',
    strength: 2,
    phrases: [
      'expresses deep concern',
      'expresses grave concern',
      'expresses its deep concern',
      'expresses its grave concern',
      'se declare profondement preoccupe',
      'se declare profondement preoccupee',
      'se declare gravement preoccupe',
      'se declare gravement preoccupee',
    ],
  },
  { scale: 'condemnation', strength: 3, phrases: ['deplores', 'deplore'] },
  { scale: 'condemnation', strength: 4, phrases: ['condemns', 'condamne'] },
  {
    scale: 'condemnation',
    strength: 5,
    phrases: [
      'strongly condemns',
      'condamne fermement',
      'condamne energiquement',
      'condamne vigoureusement',
    ],
  },
  {
    scale: 'condemnation',
    strength: 6,
    phrases: ['unequivocally condemns', 'condamne sans equivoque', 'condamne sans reserve'],
  },
];

/** Longest phrases first, so "strongly condemns" wins over "condemns"… */
const PHRASES = STEPS.flatMap((step) => step.phrases.map((phrase) => ({ phrase, step }))).sort(
  (a, b) => b.phrase.length - a.phrase.length,
);

/** …after words that repeat rather than qualify ("Also encourages", "Further urges"). */
const REPEATING =
  /^(?:also|further|again|once again|reiterates its|aussi|également|en outre|de nouveau)\s+/u;

/** An operative paragraph's leading verb. */
export interface LeadVerb {
  /** As written ("Calls upon", "Strongly condemns"). */
  readonly text: string;
  /** Its place on a scale, when it is on one. */
  readonly scale: VerbScale | null;
  readonly strength: number | null;
}

/** Paragraph numbers and letters before the verb: "5.", "(a)", "3 ". */
const MARKER = /^\s*(?:\(?[0-9]{1,3}[.)]?|\([a-z]{1,3}\)|[a-z]\))\s+/u;

/**
 * The verb an operative paragraph opens with: a phrase on one of the scales when it opens with
 * one, else its first word (with an adverb before it, "Strongly supports"); null for no text.
 */
export function leadVerb(paragraph: string): LeadVerb | null {
  const text = paragraph.replace(MARKER, '');
  const lowered = fold(text.toLowerCase());
  const repeated = REPEATING.exec(lowered);
  const skip = repeated === null ? 0 : repeated[0].length;
  const rest = lowered.slice(skip);
  for (const { phrase, step } of PHRASES) {
    if (rest.startsWith(phrase) && !/[\p{L}]/u.test(rest.charAt(phrase.length))) {
      return {
        text: text.slice(skip, skip + phrase.length),
        scale: step.scale,
        strength: step.strength,
      };
    }
  }
  const words = /^(\p{L}+ly\s+)?\p{L}[\p{L}'’-]*/u.exec(text.slice(skip));
  if (words === null) return null;
  return { text: words[0], scale: null, strength: null };
}

/** How a change of leading verb moves the commitment. */
export type VerbDirection = 'stronger' | 'weaker' | 'other';

/** Stronger or weaker when both verbs are on the same scale and differ in strength. */
export function verbDirection(before: LeadVerb, after: LeadVerb): VerbDirection {
  if (
    before.scale === null ||
    before.scale !== after.scale ||
    before.strength === null ||
    after.strength === null ||
    before.strength === after.strength
  ) {
    return 'other';
  }
  return after.strength > before.strength ? 'stronger' : 'weaker';
}
