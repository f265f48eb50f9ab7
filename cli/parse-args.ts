/**
 * The command line of `rightsmark`, parsed into what to do: pure, so every flag and every
 * mistake is tested without running anything.
 */
import type { BriefingGrouping } from '../shared/briefing/briefing-input';
import { isAuthorDisclosure, type AuthorDisclosure } from '../shared/disclosure/disclosure-options';

/** What `rightsmark brief` was asked to make. */
export interface BriefCommand {
  readonly command: 'brief';
  /** The collection file; null with --sample (the bundled sample library). */
  readonly input: string | null;
  readonly out: string;
  readonly title: string | null;
  readonly subtitle: string | null;
  readonly author: string | null;
  readonly organisation: string | null;
  readonly classification: string | null;
  /** Cover details; each defaults to what the collection file says for its briefing. */
  readonly documentType: string | null;
  readonly reference: string | null;
  readonly cutOff: string | null;
  readonly date: string | null;
  readonly groupBy: BriefingGrouping;
  /** The analysts' notes and the collection's comments (--no-notes leaves both out). */
  readonly notes: boolean;
  /** The executive summary, key findings and recommendations (--no-argument leaves them out). */
  readonly argument: boolean;
  /** How excerpts' authors and the cover's "prepared by" are named. */
  readonly authors: AuthorDisclosure;
  /** The collection file attached to the PDF. */
  readonly attachment: boolean;
  /** The documents' full texts in the attached collection (and the appendix). */
  readonly sourceTexts: boolean;
  readonly appendix: boolean;
  readonly summary: boolean;
  readonly legalBasis: boolean;
  /** Right ids to include; empty for all. */
  readonly rights: readonly string[];
  /** The moment written into the PDF's metadata (ISO 8601); null for now. */
  readonly now: string | null;
  readonly quiet: boolean;
  /** Draw characters no bundled font has as a visible box instead of stopping. */
  readonly allowMissingGlyphs: boolean;
}

export type CliCommand =
  BriefCommand | { readonly command: 'help' } | { readonly command: 'version' };

/** A command line that cannot be understood; the message says what to change. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  rightsmark brief <collection.rightsmark.json> [--out briefing.pdf] [options]
  rightsmark brief --sample [--out sample-briefing.pdf] [options]

Makes a briefing PDF from a collection file (Rightsmark, W3C Web Annotation or Hypothesis JSON).

Options:
  --out <file>             where to write the PDF (default: the collection's name with .pdf)
  --title <text>           cover title (default: the collection's name)
  --subtitle <text>        cover subtitle (default: the collection's description)
  --author <name>          who prepared it
  --organisation <name>    organisation on the cover and in the footer
  --classification <text>  e.g. "Internal — not for distribution"
  --document-type <text>   printed above the title, e.g. "Policy brief"
  --reference <text>       reference or version number on the cover, e.g. "RM/2025/014 v2"
  --cut-off <text>         the date the evidence runs to, printed on the cover
                           (these three default to the file's rightsmark.collection.briefing,
                           which may also carry the executive summary, key findings and
                           recommendations printed after the cover)
  --date <text>            the date printed on the cover (default: today)
  --group-by right|document|collection
                           sections per right (default), per source document, or one
                           section keeping the collection's own order
  --rights <id,id>         only these rights (ids such as right:privacy), in the pages and
                           in the attached collection
  --no-notes               leave out the analysts' notes and the collection's comments,
                           everywhere (pages, highlight pop-ups, the attached collection)
  --no-argument            leave out the executive summary, key findings and
                           recommendations (pages and the attached collection)
  --authors names|initials|none
                           how excerpts' authors and --author are named (default: names)
  --no-authors             the same as --authors none
  --no-attachment          do not attach the collection file
  --no-source-texts        leave the documents' full texts out of the attached collection
                           (and leave out the appendix)
  --no-summary             leave out the summary page
  --no-legal-basis         leave out the legal basis of each right
  --appendix               add the full source texts with the excerpts highlighted
  --now <ISO date-time>    the creation date written into the PDF (reproducible output)
  --allow-missing-glyphs   draw characters no bundled font has as a box instead of stopping
  --sample                 use the bundled sample library instead of a file
  --quiet                  print nothing on success

Exit codes: 0 written as asked; 1 the file or the briefing could not be made; 2 a usage
mistake; 3 written, but the attachment was left out because only a Rightsmark collection
file can be filtered by these choices (the message says so).  -h, --help               this help
  --version                the version`;

const VALUE_FLAGS = new Set([
  'out',
  'title',
  'subtitle',
  'author',
  'organisation',
  'classification',
  'document-type',
  'reference',
  'cut-off',
  'date',
  'group-by',
  'rights',
  'now',
  'authors',
]);
const SWITCHES = new Set([
  'no-notes',
  'no-argument',
  'no-summary',
  'no-legal-basis',
  'no-authors',
  'no-attachment',
  'no-source-texts',
  'appendix',
  'sample',
  'quiet',
  'allow-missing-glyphs',
]);

/** Parses `argv` (without node and the script). */
export function parseArgs(argv: readonly string[]): CliCommand {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help'))
    return { command: 'help' };
  if (argv[0] === '--version') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'brief')
    throw new UsageError(
      `Unknown command “${command}”. Try: rightsmark brief <collection.rightsmark.json>`,
    );

  const values = new Map<string, string>();
  const switches = new Set<string>();
  const positional: string[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (SWITCHES.has(name) && inline === undefined) switches.add(name);
    else if (VALUE_FLAGS.has(name)) {
      const value = inline ?? rest[index + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`--${name} needs a value.`);
      }
      if (inline === undefined) index += 1;
      values.set(name, value);
    } else throw new UsageError(`Unknown option --${name}.`);
  }

  const sample = switches.has('sample');
  if (positional.length > 1)
    throw new UsageError(`One collection file at a time (got ${positional.length}).`);
  const input = positional[0] ?? null;
  if (!input && !sample)
    throw new UsageError('Name the collection file to brief, or pass --sample.');
  if (input && sample) throw new UsageError('Pass either a collection file or --sample, not both.');

  const groupBy = values.get('group-by') ?? 'right';
  if (groupBy !== 'right' && groupBy !== 'document' && groupBy !== 'collection') {
    throw new UsageError(`--group-by takes “right”, “document” or “collection”, not “${groupBy}”.`);
  }
  const authors = values.get('authors') ?? (switches.has('no-authors') ? 'none' : 'names');
  if (!isAuthorDisclosure(authors)) {
    throw new UsageError(`--authors takes “names”, “initials” or “none”, not “${authors}”.`);
  }
  if (switches.has('no-authors') && authors !== 'none') {
    throw new UsageError(`--no-authors and --authors ${authors} disagree: pass one of them.`);
  }
  const now = values.get('now') ?? null;
  if (now !== null && Number.isNaN(new Date(now).getTime())) {
    throw new UsageError(
      `--now needs an ISO 8601 date-time, such as 2025-03-14T09:00:00Z (got “${now}”).`,
    );
  }

  return {
    command: 'brief',
    input,
    out: values.get('out') ?? defaultOut(input),
    title: values.get('title') ?? null,
    subtitle: values.get('subtitle') ?? null,
    author: values.get('author') ?? null,
    organisation: values.get('organisation') ?? null,
    classification: values.get('classification') ?? null,
    documentType: values.get('document-type') ?? null,
    reference: values.get('reference') ?? null,
    cutOff: values.get('cut-off') ?? null,
    date: values.get('date') ?? null,
    groupBy,
    notes: !switches.has('no-notes'),
    argument: !switches.has('no-argument'),
    authors,
    attachment: !switches.has('no-attachment'),
    sourceTexts: !switches.has('no-source-texts'),
    appendix: switches.has('appendix'),
    summary: !switches.has('no-summary'),
    legalBasis: !switches.has('no-legal-basis'),
    rights: (values.get('rights') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
    now,
    quiet: switches.has('quiet'),
    allowMissingGlyphs: switches.has('allow-missing-glyphs'),
  };
}

/** "notes.rightsmark.json" → "notes.pdf"; the sample → "sample-briefing.pdf". */
export function defaultOut(input: string | null): string {
  if (!input) return 'sample-briefing.pdf';
  const base = input.replace(/^.*[\\/]/, '');
  const stem = base.replace(/(\.rightsmark)?\.json$/i, '').replace(/\.[^.]+$/, '') || 'briefing';
  return `${stem}.pdf`;
}
