/**
 * The headless entry: `rightsmark brief` reads a collection file, turns it into a briefing's
 * input, applies the analyst's disclosure choices (notes, comments, authors, attachment, source
 * texts, rights) and writes the PDF, saying what was left out. Returns the exit code: 0 done,
 * 1 the file or the briefing could not be made, 2 a usage mistake, 3 done but the attachment
 * had to be left out because it could not be filtered. A character no font can draw is a
 * briefing that could not be made (1), unless --allow-missing-glyphs draws a box for it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildBriefing } from '../shared/briefing/build-briefing';
import {
  BriefingInputError,
  type BriefingInput,
  type BriefingOptions,
} from '../shared/briefing/briefing-input';
import { planBriefing } from '../shared/briefing/briefing-plan';
import { briefingInputFromCollection } from '../shared/briefing/from-collection';
import {
  discloseBriefingInput,
  summarizeDisclosure,
  subjectOfBriefingInput,
  type AttachmentOutcome,
  type DisclosureOptions,
  type DisclosureSummary,
} from '../shared/disclosure/index';
import {
  MissingGlyphsError,
  describeMissingGlyph,
  type MissingGlyph,
} from '../shared/briefing/glyph-coverage';
import { ExchangeError, parseCollectionFile } from '../shared/exchange/index';
import { loadBriefingFonts } from './node-briefing-fonts';
import { nodeDeflate } from './node-deflate';
import { USAGE, UsageError, parseArgs, type BriefCommand } from './parse-args';
import { REUSE_COMMANDS, REUSE_USAGE, runReuseCommand } from './reuse-commands';
import { sampleBriefingInput } from './sample-briefing';

/** Where output goes; tests pass their own. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
};

const VERSION = '0.1.0';

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  if (REUSE_COMMANDS.has(argv[0] ?? '')) return runReuseCommand(argv, io);
  try {
    const command = parseArgs(argv);
    if (command.command === 'help') {
      io.out(`${USAGE}\n\nAgreed language:\n${REUSE_USAGE}`);
      return 0;
    }
    if (command.command === 'version') {
      io.out(`rightsmark ${VERSION}`);
      return 0;
    }
    return await brief(command, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`rightsmark: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof MissingGlyphsError) {
      io.err(
        `rightsmark: no font in the briefing can draw ${error.missing.length === 1 ? 'this character' : `these ${error.missing.length} characters`}; nothing was written:`,
      );
      for (const missing of error.missing) io.err(`  ${describeMissingGlyph(missing)}`);
      io.err('Change the text, or pass --allow-missing-glyphs to draw a box in their place.');
      return 1;
    }
    if (error instanceof BriefingInputError || error instanceof ExchangeError) {
      io.err(`rightsmark: ${error.message}`);
      return 1;
    }
    if (
      error instanceof Error &&
      'code' in error &&
      (error.code === 'ENOENT' || error.code === 'EISDIR')
    ) {
      io.err(`rightsmark: cannot read ${(error as Error & { path?: string }).path ?? 'the file'}`);
      return 1;
    }
    throw error;
  }
}

/** The exit code of a briefing written without its attachment, which could not be filtered. */
export const EXIT_ATTACHMENT_LEFT_OUT = 3;

async function brief(command: BriefCommand, io: CliIo): Promise<number> {
  const started = performance.now();
  const now = command.now ? new Date(command.now) : new Date();
  const options: Partial<BriefingOptions> = {
    grouping: command.groupBy,
    includeNotes: command.notes,
    includeAppendix: command.appendix,
    includeSummary: command.summary,
    includeLegalBasis: command.legalBasis,
    selectedRightIds: command.rights,
  };
  let input: BriefingInput;
  // The collection file's name, for messages about what it holds.
  const source = command.input === null ? null : path.basename(command.input);
  if (command.input === null) {
    input = sampleBriefingInput({ now, options });
    input = { ...input, ...coverOverrides(command) };
  } else {
    const file = path.resolve(io.cwd, command.input);
    const bytes = await readFile(file);
    const fileName = path.basename(file);
    const parsed = parseCollectionFile(bytes.toString('utf8'), fileName);
    input = briefingInputFromCollection(parsed, {
      now,
      options,
      ...coverOverrides(command),
      attachment: {
        fileName,
        bytes: new Uint8Array(bytes),
        mimeType: 'application/ld+json',
        description: 'The collection this briefing was made from',
      },
    });
  }
  const disclosure: DisclosureOptions = {
    notes: command.notes,
    comments: command.notes,
    authors: command.authors,
    sourceTexts: command.sourceTexts,
    attachment: command.attachment,
    argument: command.argument,
    rightIds: command.rights,
  };
  if (source && input.excerpts.length === 0) {
    throw new BriefingInputError(
      'no-excerpts',
      `${source} has no excerpts: there is nothing to put in a briefing.`,
    );
  }
  checkRights(command.rights, input);
  const summary = summarizeDisclosure(subjectOfBriefingInput(input), 'briefing', disclosure);
  const disclosed = discloseBriefingInput(input, disclosure);
  const pdf = await buildBriefing(disclosed.input, await loadBriefingFonts(), {
    deflate: nodeDeflate,
    allowMissingGlyphs: command.allowMissingGlyphs,
    onMissingGlyphs: (missing: readonly MissingGlyph[]) => {
      // Said even with --quiet: a box in place of a character must never go unnoticed.
      io.err(
        `rightsmark: drew a box in place of ${missing.length === 1 ? 'a character' : `${missing.length} characters`} no font has:`,
      );
      for (const each of missing) io.err(`  ${describeMissingGlyph(each)}`);
    },
  }).catch((error: unknown) => {
    throw source && error instanceof BriefingInputError ? aboutFile(source, error) : error;
  });
  // What the briefing holds: the excerpts left after --rights and the analyst's private ones.
  const included = planBriefing(disclosed.input).excerpts.length;
  const out = path.resolve(io.cwd, command.out);
  await writeFile(out, pdf);
  if (!command.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.out(
      `Wrote ${path.relative(io.cwd, out) || out} (${(pdf.length / 1024).toFixed(0)} KB, ${included} excerpt${included === 1 ? '' : 's'}) in ${seconds} s`,
    );
    const leftOut = leftOutParts(summary, disclosed.attachment, disclosure);
    if (leftOut.length > 0) io.out(`Left out: ${leftOut.join('; ')}.`);
  }
  if (disclosed.attachment.kind === 'unfilterable') {
    io.err(
      `rightsmark: ${disclosed.attachment.fileName} was not attached: only a Rightsmark ` +
        'collection file can be filtered by --no-notes, --no-argument, --authors, ' +
        '--no-source-texts and ' +
        '--rights, and this one would carry what they leave out. Pass --no-attachment to ' +
        'leave it out on purpose.',
    );
    return EXIT_ATTACHMENT_LEFT_OUT;
  }
  return 0;
}

/** The error said of the collection file, by name. */
function aboutFile(source: string, error: BriefingInputError): BriefingInputError {
  return new BriefingInputError(error.code, `${source}: ${error.message}`);
}

/** Refuses right ids the collection does not have: a typo would silently change the briefing. */
function checkRights(rightIds: readonly string[], input: BriefingInput): void {
  const known = input.rights.map((right) => right.id);
  const unknown = rightIds.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new UsageError(
      `--rights names ${unknown.join(', ')}, which the collection does not have ` +
        `(it has ${known.join(', ') || 'no rights'}).`,
    );
  }
}

/** What the briefing leaves out, in the analyst's words, for the line after "Wrote …". */
function leftOutParts(
  summary: DisclosureSummary,
  attachment: AttachmentOutcome,
  options: DisclosureOptions,
): string[] {
  const parts: string[] = [];
  if (summary.outsideRights > 0) {
    parts.push(`${summary.outsideRights} excerpts outside the chosen rights`);
  }
  if (summary.notesSwitchedOff > 0) parts.push(`${summary.notesSwitchedOff} notes`);
  if (summary.commentsSwitchedOff > 0) parts.push(`${summary.commentsSwitchedOff} comments`);
  if (options.authors === 'none') parts.push('authors’ names');
  if (options.authors === 'initials') parts.push('authors’ names (initials only)');
  if (!options.sourceTexts) parts.push('full source texts');
  if (summary.argumentSwitchedOff.length > 0) {
    parts.push(`the ${summary.argumentSwitchedOff.join(', ').toLocaleLowerCase('en-GB')}`);
  }
  if (attachment.kind === 'switched-off') parts.push(`the attached collection`);
  if (attachment.kind === 'unfilterable')
    parts.push(`the attached collection (cannot be filtered)`);
  return parts;
}

function coverOverrides(command: BriefCommand) {
  return {
    ...(command.title === null ? {} : { title: command.title }),
    ...(command.subtitle === null ? {} : { subtitle: command.subtitle }),
    ...(command.author === null ? {} : { author: command.author }),
    ...(command.organisation === null ? {} : { organisation: command.organisation }),
    ...(command.classification === null ? {} : { classification: command.classification }),
    ...(command.documentType === null ? {} : { documentType: command.documentType }),
    ...(command.reference === null ? {} : { reference: command.reference }),
    ...(command.cutOff === null ? {} : { cutOffDate: command.cutOff }),
    ...(command.date === null ? {} : { date: command.date }),
  };
}
