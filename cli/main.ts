/**
 * The headless entry: `rightsmark brief` reads a collection file, turns it into a briefing's
 * input and writes the PDF, with the collection attached. Returns the exit code: 0 done,
 * 1 the file or the briefing could not be made, 2 a usage mistake.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildBriefing } from '../shared/briefing/build-briefing';
import {
  BriefingInputError,
  type BriefingInput,
  type BriefingOptions,
} from '../shared/briefing/briefing-input';
import { briefingInputFromCollection } from '../shared/briefing/from-collection';
import { ExchangeError, parseCollectionFile } from '../shared/exchange/index';
import { loadBriefingFonts } from './node-briefing-fonts';
import { USAGE, UsageError, parseArgs, type BriefCommand } from './parse-args';
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
  try {
    const command = parseArgs(argv);
    if (command.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (command.command === 'version') {
      io.out(`rightsmark ${VERSION}`);
      return 0;
    }
    await brief(command, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`rightsmark: ${error.message}\n\n${USAGE}`);
      return 2;
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

async function brief(command: BriefCommand, io: CliIo): Promise<void> {
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
  const pdf = await buildBriefing(input, await loadBriefingFonts());
  const out = path.resolve(io.cwd, command.out);
  await writeFile(out, pdf);
  if (!command.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.out(
      `Wrote ${path.relative(io.cwd, out) || out} (${(pdf.length / 1024).toFixed(0)} KB, ${input.excerpts.length} excerpts) in ${seconds} s`,
    );
  }
}

function coverOverrides(command: BriefCommand) {
  return {
    ...(command.title === null ? {} : { title: command.title }),
    ...(command.subtitle === null ? {} : { subtitle: command.subtitle }),
    ...(command.author === null ? {} : { author: command.author }),
    ...(command.organisation === null ? {} : { organisation: command.organisation }),
    ...(command.classification === null ? {} : { classification: command.classification }),
    ...(command.date === null ? {} : { date: command.date }),
  };
}
