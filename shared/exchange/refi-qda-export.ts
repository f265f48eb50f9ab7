/**
 * Exports a collection for qualitative-analysis tools (NVivo, ATLAS.ti, MAXQDA, QualCoder) in
 * the REFI-QDA standard: a `.qdpx` project (a zip of `project.qde` and the source texts) and a
 * `.qdc` codebook. Rights become codes, documents text sources, excerpts coded selections.
 */
import { strToU8, zipSync } from 'fflate';
import { documentText } from '../model/document';
import type { Right } from '../model/right';
import { CodePointOffsets } from './code-points';
import { contentUuid } from './content-uuid';
import { gatherExcerpts, type ExportInput, type ExportedExcerpt } from './export-input';
import { xmlElement } from './xml';

/** Namespaces of REFI-QDA Project and Codebook 1.0 (QDA-XML, March 2019). */
export const REFI_PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const REFI_CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** Time and GUIDs, injected so exports are deterministic in tests. */
export interface RefiEnvironment {
  now(): string;
  /** A new GUID (8-4-4-4-12 hex), as REFI-QDA requires for every element's `guid`. */
  newGuid(): string;
  readonly appVersion: string;
}

export interface RefiOptions {
  /** The analysts' notes as REFI notes linked from each selection. */
  readonly includeNotes: boolean;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/** Longest selection name: REFI tools list selections by name, so a quote's start is enough. */
const SELECTION_NAME_LENGTH = 60;

function shorten(text: string, length: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length - 1).join('')}…`;
}

/** REFI requires upper- or lowercase #rrggbb; ours are #rrggbb already, normalised to upper. */
function refiColor(color: string): string | undefined {
  return /^#[0-9a-fA-F]{6}$/.test(color) ? color.toUpperCase() : undefined;
}

function codeElements(
  rights: readonly Right[],
  guids: ReadonlyMap<string, string>,
  depth: number,
): string[] {
  return rights.flatMap((right) =>
    xmlElement(
      'Code',
      [
        ['guid', guids.get(right.id)],
        ['name', right.name],
        ['isCodable', true],
        ['color', refiColor(right.color)],
      ],
      {
        children: [
          ...xmlElement(
            'Description',
            [],
            { text: [right.description, right.legalBasis].filter((s) => s !== '').join('\n\n') },
            depth + 1,
          ),
        ],
      },
      depth,
    ),
  );
}

/** Rights in the library's order. */
function sortedRights(rights: Iterable<Right>): Right[] {
  return [...rights].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

/**
 * A right's code GUID, derived from the right's id: the codebook (`.qdc`) and every project
 * (`.qdpx`) give the same right the same code, so a QDA tool merges them instead of doubling.
 */
export function codeGuid(right: Pick<Right, 'id'>): string {
  return contentUuid(`rightsmark:code:${right.id}`);
}

/**
 * The codebook alone (`.qdc`): every right given, as a code with its colour and, as its
 * description, what it protects and where it is recognised.
 */
export function buildRefiCodebook(
  rights: readonly Right[],
  env: Pick<RefiEnvironment, 'newGuid' | 'appVersion'>,
): string {
  const sorted = sortedRights(rights);
  const guids = new Map(sorted.map((right) => [right.id, codeGuid(right)]));
  const lines = xmlElement(
    'CodeBook',
    [
      ['xmlns', REFI_CODEBOOK_NAMESPACE],
      ['origin', `Rightsmark ${env.appVersion}`],
    ],
    { children: xmlElement('Codes', [], { children: codeElements(sorted, guids, 2) }, 1) },
  );
  return `${XML_DECLARATION}\n${lines.join('\n')}\n`;
}

/** The pieces of a REFI-QDA project before zipping: `project.qde` and each source text. */
export interface RefiProject {
  readonly projectXml: string;
  /** Source texts by file name (`<guid>.txt`), stored under `sources/` in the zip. */
  readonly sources: ReadonlyMap<string, string>;
  /** Excerpts left out because they are orphaned: their position is not in the current text. */
  readonly omittedAnnotationIds: readonly string[];
}

/**
 * Builds the project's XML and texts. Positions in REFI-QDA count Unicode code points of the
 * plain text (not UTF-16 code units as ours do): they are converted here, so an emoji before
 * an excerpt shifts it by one, not two.
 *
 * @throws ExportInputError when a document's blocks are missing from the input.
 */
export function buildRefiProject(
  input: ExportInput,
  options: RefiOptions,
  env: RefiEnvironment,
): RefiProject {
  const now = env.now();
  const all = gatherExcerpts(input);
  const excerpts = all.filter((e) => e.annotation.status !== 'orphaned');
  const omittedAnnotationIds = all
    .filter((e) => e.annotation.status === 'orphaned')
    .map((e) => e.annotation.id);

  const userGuids = new Map<string, string>();
  for (const { annotation } of excerpts) {
    if (!userGuids.has(annotation.author)) userGuids.set(annotation.author, env.newGuid());
  }
  const rights = sortedRights(
    new Map(excerpts.flatMap((e) => e.rights.map((r) => [r.id, r]))).values(),
  );
  const codeGuids = new Map(rights.map((right) => [right.id, codeGuid(right)]));

  const byDocument = new Map<string, ExportedExcerpt[]>();
  for (const excerpt of excerpts) {
    const list = byDocument.get(excerpt.document.id) ?? [];
    list.push(excerpt);
    byDocument.set(excerpt.document.id, list);
  }

  const sources = new Map<string, string>();
  const notes: string[] = [];
  const sourceElements: string[] = [];
  for (const [docId, docExcerpts] of byDocument) {
    const first = docExcerpts[0];
    const blocks = input.blocks.get(docId);
    if (first === undefined || blocks === undefined) continue;
    const { document } = first;
    const text = documentText(blocks);
    const offsets = new CodePointOffsets(text);
    const sourceGuid = env.newGuid();
    sources.set(`${sourceGuid}.txt`, text);
    const selections = docExcerpts.flatMap(({ annotation, rights: excerptRights, comment }) => {
      const userGuid = userGuids.get(annotation.author);
      let noteGuid: string | null = null;
      if (options.includeNotes && annotation.note !== '') {
        noteGuid = env.newGuid();
        notes.push(
          ...xmlElement(
            'Note',
            [
              ['guid', noteGuid],
              ['name', `Note: ${shorten(annotation.quote.exact, SELECTION_NAME_LENGTH)}`],
              ['creatingUser', userGuid],
              ['creationDateTime', annotation.createdAt],
              ['modifiedDateTime', annotation.modifiedAt],
            ],
            { children: xmlElement('PlainTextContent', [], { text: annotation.note }, 3) },
            2,
          ),
        );
      }
      const children = [
        ...(comment === '' ? [] : xmlElement('Description', [], { text: comment }, 4)),
        ...excerptRights.flatMap((right) =>
          xmlElement(
            'Coding',
            [
              ['guid', env.newGuid()],
              ['creatingUser', userGuid],
              ['creationDateTime', annotation.modifiedAt],
            ],
            { children: xmlElement('CodeRef', [['targetGUID', codeGuids.get(right.id)]], {}, 5) },
            4,
          ),
        ),
        ...(noteGuid === null ? [] : xmlElement('NoteRef', [['targetGUID', noteGuid]], {}, 4)),
      ];
      return xmlElement(
        'PlainTextSelection',
        [
          ['guid', env.newGuid()],
          ['name', shorten(annotation.quote.exact, SELECTION_NAME_LENGTH)],
          ['startPosition', offsets.toCodePoints(annotation.position.start)],
          ['endPosition', offsets.toCodePoints(annotation.position.end)],
          ['creatingUser', userGuid],
          ['creationDateTime', annotation.createdAt],
          ['modifiedDateTime', annotation.modifiedAt],
        ],
        { children },
        3,
      );
    });
    const about = [
      document.publisher,
      document.year === null ? null : String(document.year),
      document.kind,
    ].filter((part): part is string => part !== null && part !== '');
    sourceElements.push(
      ...xmlElement(
        'TextSource',
        [
          ['guid', sourceGuid],
          ['name', document.title],
          ['plainTextPath', `internal://${sourceGuid}.txt`],
          ['creationDateTime', document.createdAt],
          ['modifiedDateTime', document.modifiedAt],
        ],
        {
          children: [
            ...(about.length === 0
              ? []
              : xmlElement('Description', [], { text: about.join(', ') }, 3)),
            ...selections,
          ],
        },
        2,
      ),
    );
  }

  const users = [...userGuids].flatMap(([name, guid]) =>
    xmlElement(
      'User',
      [
        ['guid', guid],
        ['name', name === '' ? 'Unknown' : name],
      ],
      {},
      2,
    ),
  );
  const { collection } = input;
  const project = xmlElement(
    'Project',
    [
      ['xmlns', REFI_PROJECT_NAMESPACE],
      ['name', collection.name],
      ['origin', `Rightsmark ${env.appVersion}`],
      ['creationDateTime', now],
    ],
    {
      children: [
        ...(users.length === 0 ? [] : xmlElement('Users', [], { children: users }, 1)),
        ...(rights.length === 0
          ? []
          : xmlElement(
              'CodeBook',
              [],
              {
                children: xmlElement(
                  'Codes',
                  [],
                  { children: codeElements(rights, codeGuids, 3) },
                  2,
                ),
              },
              1,
            )),
        ...(sourceElements.length === 0
          ? []
          : xmlElement('Sources', [], { children: sourceElements }, 1)),
        ...(notes.length === 0 ? [] : xmlElement('Notes', [], { children: notes }, 1)),
        ...(collection.description === ''
          ? []
          : xmlElement('Description', [], { text: collection.description }, 1)),
      ],
    },
  );
  return {
    projectXml: `${XML_DECLARATION}\n${project.join('\n')}\n`,
    sources,
    omittedAnnotationIds,
  };
}

/**
 * The `.qdpx` file: a zip holding `project.qde` and `sources/<guid>.txt` (UTF-8), with every
 * entry dated `env.now()` so the same input gives the same bytes.
 */
export function buildRefiQdpx(
  input: ExportInput,
  options: RefiOptions,
  env: RefiEnvironment,
): Uint8Array {
  const project = buildRefiProject(input, options, env);
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(project.projectXml) };
  for (const [name, text] of project.sources) files[`sources/${name}`] = strToU8(text);
  return zipSync(files, { level: 6, mtime: env.now() });
}
