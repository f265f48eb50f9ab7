/**
 * Checks on a right the analyst adds or edits, as pure functions: a name that is present and
 * not taken (ignoring case), a #rrggbb colour, aliases that name no other right; a fresh
 * colour to suggest for a new right; and how a right's usage reads when deleting it.
 */
import { foldName } from '../../../shared/exchange';
import type { Right } from '../../../shared/model';
import { KNOWN_RIGHT_NAMES } from '../../../shared/model/right-names';
import type { RightUsage } from '../../db/rights-repo';
import { plural } from '../../ui/plural';

export interface RightDraft {
  readonly name: string;
  readonly color: string;
  readonly description: string;
  readonly legalBasis: string;
  /** The aliases as typed: separated by commas, semicolons or new lines. */
  readonly aliases: string;
}

export interface RightDraftErrors {
  readonly name?: string;
  readonly color?: string;
  readonly aliases?: string;
}

/** An alias longer than this is not a name but a sentence. */
export const MAX_ALIAS_LENGTH = 100;

/** The aliases typed in the field: trimmed, blanks and repeats (ignoring case and accents) dropped. */
export function parseAliases(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,;\n]/u)
    .map((alias) => alias.normalize('NFC').trim())
    .filter((alias) => {
      const key = foldName(alias);
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The aliases of a right as the field shows them. */
export function aliasesText(aliases: readonly string[] | undefined): string {
  return (aliases ?? []).join(', ');
}

/** Every name by which tags already reach `right`: its name, aliases and known names. */
function namesOf(right: Pick<Right, 'id' | 'name' | 'aliases'>): string[] {
  const known = KNOWN_RIGHT_NAMES[right.id];
  return [
    right.name,
    ...(right.aliases ?? []),
    ...(known?.aliases ?? []),
    ...(known ? Object.values(known.translations).flat() : []),
  ];
}

/** Colours offered to new rights, distinct from the built-in yellow, blue and green. */
export const RIGHT_PALETTE: readonly string[] = [
  '#9b51e0',
  '#d6336c',
  '#f2994a',
  '#00a3a3',
  '#8d6e63',
  '#5c7cfa',
  '#6a994e',
  '#eb5757',
];

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Names compare without case, surrounding spaces or differences in Unicode composition. */
export function sameRightName(a: string, b: string): boolean {
  return (
    a.normalize('NFC').trim().toLocaleLowerCase() === b.normalize('NFC').trim().toLocaleLowerCase()
  );
}

/**
 * What is wrong with a draft, field by field; an empty object when nothing is. `selfId` is the
 * right being edited, which may keep its own name.
 */
export function validateRightDraft(
  draft: Pick<RightDraft, 'name' | 'color'> & { readonly aliases?: string },
  rights: readonly Pick<Right, 'id' | 'name' | 'aliases'>[],
  selfId: string | null = null,
): RightDraftErrors {
  const errors: { name?: string; color?: string; aliases?: string } = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Give the right a name.';
  else {
    const taken = rights.find((r) => r.id !== selfId && sameRightName(r.name, name));
    if (taken) errors.name = `There is already a right called “${taken.name}”.`;
  }
  if (!HEX_COLOUR.test(draft.color)) errors.color = 'Choose a colour as #rrggbb.';
  // An alias another right answers to would leave a tag between two rights, matched to neither.
  const others = rights.filter((r) => r.id !== selfId);
  for (const alias of parseAliases(draft.aliases ?? '')) {
    if (alias.length > MAX_ALIAS_LENGTH) {
      errors.aliases = `“${alias.slice(0, 30)}…” is longer than ${MAX_ALIAS_LENGTH} characters.`;
      break;
    }
    const folded = foldName(alias);
    const owner = others.find((r) => namesOf(r).some((n) => foldName(n) === folded));
    if (owner) {
      errors.aliases = `“${alias}” already names “${owner.name}”.`;
      break;
    }
  }
  return errors;
}

export function hasErrors(errors: RightDraftErrors): boolean {
  return errors.name !== undefined || errors.color !== undefined || errors.aliases !== undefined;
}

/** The first palette colour no right uses yet (the first one again when all are taken). */
export function suggestColour(rights: readonly Pick<Right, 'color'>[]): string {
  const used = new Set(rights.map((r) => r.color.toLowerCase()));
  return RIGHT_PALETTE.find((c) => !used.has(c)) ?? RIGHT_PALETTE[0] ?? '#9b51e0';
}

/** "3 passages carry “X”, as do 2 deleted passages that can still be restored." */
export function describeUsage(name: string, usage: RightUsage): string {
  const deleted = usage.tagged - usage.live;
  const restorable = plural(deleted, 'deleted passage', 'deleted passages');
  if (usage.live === 0) {
    return `${restorable}, which can still be restored, ${deleted === 1 ? 'carries' : 'carry'} “${name}”.`;
  }
  const live = `${plural(usage.live, 'passage carries', 'passages carry')} “${name}”`;
  return deleted === 0
    ? `${live}.`
    : `${live}, as ${deleted === 1 ? 'does' : 'do'} ${restorable} that can still be restored.`;
}

/**
 * What deleting a right says before it deletes: the passages that carry it (which move to the
 * right chosen), or that none does; then that it goes to the Trash, and for how long.
 */
export function describeRightDeletion(
  name: string,
  usage: RightUsage,
  trashDays: number,
): string[] {
  const trash = `“${name}” goes to the Trash, where you can restore it for ${plural(trashDays, 'day', 'days')}.`;
  if (usage.tagged === 0) return [`No passage carries “${name}”.`, trash];
  return [
    `${describeUsage(name, usage)} Choose the right to tag ${usage.tagged === 1 ? 'it' : 'them'} with instead.`,
    `${trash} Restoring it moves ${usage.tagged === 1 ? 'its passage' : 'its passages'} back.`,
  ];
}
