/**
 * `rightsmark compare <old> <new> [--json]` and `rightsmark similar <file>… --quote "…"`: the
 * version comparison and the wording search of shared/reuse, over files imported the way the app
 * imports them (any supported format), with their structural references. Returns the exit code:
 * 0 done, 1 a file could not be read or imported (the message names it), 2 a usage mistake.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importFile, type ImportedDocument } from '../shared/import/import-file';
import { isImportError } from '../shared/import/import-error';
import type { PdfJsLike } from '../shared/import/read-pdf';
import {
  CANDIDATES_ALIGNED,
  compareVersions,
  fingerprintBlocks,
  paragraphNames,
  rankSimilar,
  SIMILARITY_FLOOR,
  WordingIndex,
  type VersionComparison,
  type VersionWord,
  type WordDifference,
} from '../shared/reuse/index';
import type { CliIo } from './main';

export const REUSE_USAGE = `  rightsmark compare <old> <new> [--json]
  rightsmark similar <file>… --quote "<wording>" [--json] [--floor 0.5]

compare: two versions of a document (.txt .md .html .pdf .docx), paragraph by paragraph by
their own numbering: same, changed (words marked {+added+} [-removed-]), moved, added, removed,
and operative paragraphs' leading verbs made stronger or weaker.
similar: where the wording appears in the files, exact repeats and close variants, best first.`;

/** The commands this module runs. */
export const REUSE_COMMANDS = new Set(['compare', 'similar']);

class ReuseUsageError extends Error {}

class FileProblem extends Error {}

async function loadPdfJs(): Promise<PdfJsLike> {
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJsLike;
}

async function importOne(file: string, io: CliIo): Promise<ImportedDocument> {
  const full = path.resolve(io.cwd, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch {
    throw new FileProblem(`cannot read ${file}`);
  }
  try {
    return await importFile(
      { name: path.basename(full), bytes: new Uint8Array(bytes) },
      { pdfjs: await loadPdfJs() },
    );
  } catch (error) {
    if (isImportError(error)) throw new FileProblem(`${file}: ${error.message}`);
    throw error;
  }
}

interface Parsed {
  readonly files: string[];
  readonly json: boolean;
  readonly quote: string | null;
  readonly floor: number;
}

function parse(rest: readonly string[]): Parsed {
  const files: string[] = [];
  let json = false;
  let quote: string | null = null;
  let floor = SIMILARITY_FLOOR;
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? '';
    const [name, inline] = arg.startsWith('--')
      ? arg.slice(2).split(/=(.*)/su, 2)
      : [null, undefined];
    if (name === null) {
      files.push(arg);
    } else if (name === 'json' && inline === undefined) {
      json = true;
    } else if (name === 'quote' || name === 'floor') {
      const value = inline ?? rest[index + 1];
      if (value === undefined) throw new ReuseUsageError(`--${name} needs a value.`);
      if (inline === undefined) index += 1;
      if (name === 'quote') quote = value;
      else {
        floor = Number(value);
        if (!Number.isFinite(floor) || floor < 0 || floor > 1) {
          throw new ReuseUsageError(`--floor takes a similarity between 0 and 1, not “${value}”.`);
        }
      }
    } else {
      throw new ReuseUsageError(`Unknown option --${name ?? arg}.`);
    }
  }
  return { files, json, quote, floor };
}

/** Words of a changed paragraph in wdiff style: {+added+} [-removed-]. */
function markedWords(words: readonly (VersionWord | WordDifference)[]): string {
  return words
    .map((word) => {
      if (word.op === 'added') return `{+${word.text}+}`;
      if (word.op === 'removed') return `[-${word.text}-]`;
      if (word.op === 'changed') return `[-${word.was ?? ''}-]{+${word.text}+}`;
      return word.text;
    })
    .join(' ');
}

/** The comparison as the JSON: paragraphs named by their references. */
export function comparisonJson(comparison: VersionComparison): unknown {
  return {
    pairs: comparison.pairs.map((pair) => ({
      old: pair.old,
      new: pair.new,
      change: pair.change,
      words: pair.words.map((word) => ({ op: word.op, text: word.text })),
      ...(pair.leadVerb === undefined ? {} : { leadVerb: pair.leadVerb }),
    })),
    added: comparison.added.map((paragraph) => paragraph.name),
    removed: comparison.removed.map((paragraph) => paragraph.name),
  };
}

async function compare(parsed: Parsed, io: CliIo): Promise<void> {
  if (parsed.files.length !== 2 || parsed.quote !== null) {
    throw new ReuseUsageError('compare takes two files: the old version, then the new one.');
  }
  const [oldFile = '', newFile = ''] = parsed.files;
  const before = await importOne(oldFile, io);
  const after = await importOne(newFile, io);
  const comparison = compareVersions(before.blocks, after.blocks);
  if (parsed.json) {
    io.out(JSON.stringify(comparisonJson(comparison), null, 2));
    return;
  }
  io.out(
    `${oldFile} (${before.blocks.length} paragraphs) → ${newFile} (${after.blocks.length} paragraphs)`,
  );
  const changes = { same: 0, changed: 0, moved: 0 };
  for (const pair of comparison.pairs) {
    changes[pair.change] += 1;
    const names = pair.old === pair.new ? pair.new : `${pair.old} → ${pair.new}`;
    const verb =
      pair.leadVerb === undefined
        ? ''
        : `  lead verb: ${pair.leadVerb.old} → ${pair.leadVerb.new} (${pair.leadVerb.direction})`;
    io.out(`${pair.change.padEnd(8)} ${names}${verb}`);
    if (pair.words.length > 0) io.out(`         ${markedWords(pair.words)}`);
  }
  for (const paragraph of comparison.added) io.out(`added    ${paragraph.name}`);
  for (const paragraph of comparison.removed) io.out(`removed  ${paragraph.name}`);
  io.out(
    `${changes.same} same, ${changes.changed} changed, ${changes.moved} moved, ` +
      `${comparison.added.length} added, ${comparison.removed.length} removed`,
  );
}

async function similar(parsed: Parsed, io: CliIo): Promise<void> {
  if (parsed.quote === null || parsed.quote.trim() === '') {
    throw new ReuseUsageError('similar needs the wording to look for: --quote "…".');
  }
  if (parsed.files.length === 0) throw new ReuseUsageError('similar needs at least one file.');
  const documents = new Map<string, ImportedDocument>();
  for (const file of parsed.files) documents.set(file, await importOne(file, io));
  const index = new WordingIndex();
  index.add(
    [...documents].map(([file, document]) => ({
      docId: file,
      passages: fingerprintBlocks(document.blocks),
    })),
  );
  const quote = parsed.quote;
  const found = rankSimilar(
    quote,
    index.candidates(quote, CANDIDATES_ALIGNED).map((candidate) => ({
      ...candidate,
      text: documents.get(candidate.docId)?.blocks[candidate.index]?.text ?? '',
    })),
    parsed.floor,
  );
  const names = new Map(
    [...documents].map(([file, document]) => [file, paragraphNames(document.blocks)]),
  );
  const results = found.map((match) => {
    const document = documents.get(match.docId);
    const block = document?.blocks[match.index];
    return {
      file: match.docId,
      title: document?.meta.title ?? match.docId,
      year: document?.meta.year ?? null,
      ref: names.get(match.docId)?.[match.index] ?? `¶ ${match.index + 1}`,
      similarity: Math.round(match.similarity * 100) / 100,
      exact: match.exact,
      text: block?.text.slice(match.start, match.end) ?? '',
      words: match.words,
    };
  });
  if (parsed.json) {
    io.out(JSON.stringify({ quote, floor: parsed.floor, results }, null, 2));
    return;
  }
  io.out(
    `${results.length} passage${results.length === 1 ? '' : 's'} at or above similarity ${parsed.floor}`,
  );
  for (const result of results) {
    const year = result.year === null ? '' : `, ${result.year}`;
    io.out(
      `${result.similarity.toFixed(2)}  ${result.file}, ${result.ref}${year}${result.exact ? '  (exact)' : ''}`,
    );
    io.out(`      ${result.exact ? result.text : markedWords(result.words)}`);
  }
}

/** Runs `compare` or `similar`; resolves to the exit code. */
export async function runReuseCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const parsed = parse(rest);
    if (command === 'compare') await compare(parsed, io);
    else await similar(parsed, io);
    return 0;
  } catch (error) {
    if (error instanceof ReuseUsageError) {
      io.err(`rightsmark ${command ?? ''}: ${error.message}\n\nUsage:\n${REUSE_USAGE}`);
      return 2;
    }
    if (error instanceof FileProblem) {
      io.err(`rightsmark ${command ?? ''}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
