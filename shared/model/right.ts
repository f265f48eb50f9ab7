/**
 * Rights: the taxonomy analysts tag passages with. Three are built in; analysts add their own,
 * rename, recolour, reorder and archive them.
 */

export interface Right {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Where the right is recognised in international instruments, e.g. "UDHR art. 19; ICCPR art. 19". */
  readonly legalBasis: string;
  /** A CSS hex colour (#rrggbb) for highlights and charts. */
  readonly color: string;
  /** Position in the toolbar and lists; smaller first. */
  readonly order: number;
  readonly builtIn: boolean;
  /** Archived rights keep their annotations but are no longer offered for tagging. */
  readonly archived: boolean;
  /**
   * The analyst's other names for the right ("FoE", "libertad de expresión"): a colleague's
   * tag written so maps to it on import. Absent on rows written before rights had aliases.
   */
  readonly aliases?: readonly string[];
  readonly createdAt: string;
  readonly modifiedAt: string;
  /**
   * Set while the right is in the Trash. Absent on rows written before rights had a Trash,
   * which are live.
   */
  readonly deletedAt?: string | null;
  /** While in the Trash: what deleting it changed, so restoring it can undo exactly that. */
  readonly deletion?: RightDeletion;
}

/** What deleting a right in use did to its excerpts. */
export interface RightDeletion {
  /** The right its excerpts were moved to; null when none carried it. */
  readonly replacementId: string | null;
  /** Excerpts (deleted ones included) retagged from it to the replacement. */
  readonly movedAnnotationIds: readonly string[];
  /** Of those, the ones that carried the replacement already: restoring leaves it on them. */
  readonly alreadyTaggedIds: readonly string[];
}

type BuiltInRight = Omit<Right, 'createdAt' | 'modifiedAt' | 'deletedAt' | 'deletion'>;

/** The rights every library starts with. Ids are stable across libraries so shared files match. */
export const BUILT_IN_RIGHTS: readonly BuiltInRight[] = [
  {
    id: 'right:expression',
    name: 'Freedom of expression',
    description:
      'The freedom to hold opinions without interference and to seek, receive and impart information and ideas through any media and regardless of frontiers.',
    legalBasis: 'UDHR art. 19; ICCPR art. 19',
    color: '#e0a100',
    order: 1,
    builtIn: true,
    archived: false,
  },
  {
    id: 'right:privacy',
    name: 'Privacy',
    description:
      'Protection against arbitrary or unlawful interference with privacy, family, home or correspondence, including the protection of personal data.',
    legalBasis: 'UDHR art. 12; ICCPR art. 17',
    color: '#2f80ed',
    order: 2,
    builtIn: true,
    archived: false,
  },
  {
    id: 'right:assembly-association',
    name: 'Assembly and association',
    description:
      'The right of peaceful assembly and the freedom of association with others, online as well as offline.',
    legalBasis: 'UDHR art. 20; ICCPR arts. 21–22',
    color: '#27ae60',
    order: 3,
    builtIn: true,
    archived: false,
  },
];

/**
 * Colours given in turn to rights made from a shared file that names none (an import creating a
 * right, a briefing drawn from a file): distinct from the built-in rights' own colours.
 */
export const NEW_RIGHT_COLOURS: readonly string[] = [
  '#8e44ad',
  '#c0392b',
  '#16a085',
  '#d35400',
  '#2c3e50',
  '#7f8c8d',
];

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Whether a value is a colour a right can have: a CSS hex colour "#rrggbb". */
export function isRightColour(value: string | null | undefined): value is string {
  return typeof value === 'string' && HEX_COLOUR.test(value);
}

/** The colour of the n-th (from 0) new right that came without a usable colour of its own. */
export function newRightColour(index: number): string {
  return NEW_RIGHT_COLOURS[index % NEW_RIGHT_COLOURS.length] ?? '#7f8c8d';
}
