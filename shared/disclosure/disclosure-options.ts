/**
 * What an export may carry beyond the excerpts themselves: the analyst's switches for notes,
 * collection comments, authors' names, full source texts and the attached collection, and the
 * rights a briefing is limited to. Which switches mean something depends on the kind of export.
 */

/** How exports name the people who made excerpts (and the briefing's "prepared by"). */
export type AuthorDisclosure = 'names' | 'initials' | 'none';

/** The kinds of export, each with its own remembered switches. */
export type ExportKind = 'briefing' | 'rightsmark' | 'csv' | 'markdown' | 'qdpx' | 'qdc';

export const EXPORT_KINDS: readonly ExportKind[] = [
  'briefing',
  'rightsmark',
  'csv',
  'markdown',
  'qdpx',
  'qdc',
];

/** The analyst's choices of what leaves with an export. */
export interface DisclosureOptions {
  /** The analysts' notes on excerpts (private notes never leave, whatever this says). */
  readonly notes: boolean;
  /** The comments written on excerpts in the collection. */
  readonly comments: boolean;
  readonly authors: AuthorDisclosure;
  /** The full text of every source document (in a collection file, or the briefing's attachment). */
  readonly sourceTexts: boolean;
  /** The collection file a briefing carries as an attachment. */
  readonly attachment: boolean;
  /**
   * The analyst's executive summary, key findings and recommendations: printed after a
   * briefing's cover and carried in collection files (the cover's document type, reference and
   * cut-off date go either way).
   */
  readonly argument: boolean;
  /** Only excerpts tagged with one of these rights leave; empty means every right. */
  readonly rightIds: readonly string[];
}

/** A switch the review shows; `rightIds` is chosen elsewhere (the briefing's rights list). */
export type DisclosureSwitch =
  'notes' | 'comments' | 'authors' | 'sourceTexts' | 'attachment' | 'argument';

/**
 * The switches that change each kind of export. A REFI-QDA project always carries its source
 * texts (it codes positions in them), Markdown names no authors, and a codebook holds only
 * rights.
 */
export const SWITCHES_BY_KIND: Readonly<Record<ExportKind, readonly DisclosureSwitch[]>> = {
  briefing: ['notes', 'comments', 'authors', 'sourceTexts', 'attachment', 'argument'],
  rightsmark: ['notes', 'comments', 'authors', 'sourceTexts', 'argument'],
  csv: ['notes', 'comments', 'authors'],
  markdown: ['notes', 'comments'],
  qdpx: ['notes', 'comments', 'authors'],
  qdc: [],
};

/** What an export starts from before the analyst changes anything: everything they wrote goes. */
export const DEFAULT_DISCLOSURE: DisclosureOptions = {
  notes: true,
  comments: true,
  authors: 'names',
  sourceTexts: true,
  attachment: true,
  argument: true,
  rightIds: [],
};

/** Whether a switch changes this kind of export. */
export function switchApplies(kind: ExportKind, name: DisclosureSwitch): boolean {
  return SWITCHES_BY_KIND[kind].includes(name);
}

/**
 * The options as they act on one kind of export: a switch that kind has no place for is off,
 * so a summary or a test never counts something the file cannot carry.
 */
export function effectiveDisclosure(
  kind: ExportKind,
  options: DisclosureOptions,
): DisclosureOptions {
  const on = (name: DisclosureSwitch, value: boolean): boolean =>
    switchApplies(kind, name) && value;
  return {
    notes: on('notes', options.notes),
    comments: on('comments', options.comments),
    authors: switchApplies(kind, 'authors') ? options.authors : 'none',
    // A REFI-QDA project cannot code passages without its texts; CSV, Markdown and a codebook
    // never carry whole texts.
    sourceTexts: switchApplies(kind, 'sourceTexts') ? options.sourceTexts : kind === 'qdpx',
    attachment: on('attachment', options.attachment),
    argument: on('argument', options.argument),
    rightIds: options.rightIds,
  };
}

const AUTHOR_MODES: readonly AuthorDisclosure[] = ['names', 'initials', 'none'];

/** Whether a value names an author mode. */
export function isAuthorDisclosure(value: unknown): value is AuthorDisclosure {
  return typeof value === 'string' && (AUTHOR_MODES as readonly string[]).includes(value);
}

/**
 * A stored value (settings, possibly from an older version or a restored backup) as options:
 * each field missing or malformed takes its default.
 */
export function readDisclosureOptions(value: unknown): DisclosureOptions {
  const stored =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const d = DEFAULT_DISCLOSURE;
  const flag = (key: 'notes' | 'comments' | 'sourceTexts' | 'attachment' | 'argument'): boolean => {
    const field = stored[key];
    return typeof field === 'boolean' ? field : d[key];
  };
  const rights = stored.rightIds;
  return {
    notes: flag('notes'),
    comments: flag('comments'),
    authors: isAuthorDisclosure(stored.authors) ? stored.authors : d.authors,
    sourceTexts: flag('sourceTexts'),
    attachment: flag('attachment'),
    argument: flag('argument'),
    rightIds: Array.isArray(rights)
      ? [...new Set(rights.filter((id): id is string => typeof id === 'string'))]
      : d.rightIds,
  };
}
