/**
 * Reads Hypothesis exports (a list of annotations, or the client's export object with an
 * `annotations` list) into the common incoming shape: tags become rights by name, `text` the note.
 */
import { contentUuid } from './content-uuid';
import { duplicateIdChecker, findTextSelectors, isoDate } from './foreign-parts';
import { formatPath } from './issue-path';
import { parseWith } from './parse-with';
import type {
  IncomingDocument,
  IncomingExcerpt,
  ParsedExchange,
  SkippedEntry,
} from './parsed-exchange';
import {
  hypothesisAnnotationSchema,
  hypothesisListSchema,
  type HypothesisAnnotation,
} from './hypothesis-schema';

function title(annotation: HypothesisAnnotation): string | null {
  const value = annotation.document?.title;
  if (value === undefined) return null;
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** The name to show for the annotator: their display name, else `acct:name@host` as `name`. */
function creator(annotation: HypothesisAnnotation): string | null {
  const display = annotation.user_info?.display_name;
  if (display) return display;
  if (annotation.user === undefined) return null;
  const account = /^acct:([^@]+)@/.exec(annotation.user);
  return account?.[1] ?? annotation.user;
}

/** Reads a file already recognised as a Hypothesis export. */
export function readHypothesis(json: unknown, fileName: string): ParsedExchange {
  const wrapped = !Array.isArray(json);
  const rows = parseWith(
    hypothesisListSchema,
    wrapped ? (json as { annotations?: unknown }).annotations : json,
    fileName,
    wrapped ? ['annotations'] : [],
  );
  const checkId = duplicateIdChecker(fileName);
  const excerpts: IncomingExcerpt[] = [];
  const skipped: SkippedEntry[] = [];
  const documents = new Map<string, IncomingDocument>();

  for (const [index, row] of rows.entries()) {
    const path = wrapped ? ['annotations', index] : [index];
    const annotation = parseWith(hypothesisAnnotationSchema, row, fileName, path);
    checkId(annotation.id, path);
    let found: ReturnType<typeof findTextSelectors> = null;
    let source: string | null = null;
    for (const [t, target] of annotation.target.entries()) {
      found = findTextSelectors(target.selector ?? [], fileName, (i) => [
        ...path,
        'target',
        t,
        'selector',
        i,
      ]);
      if (found !== null) {
        source = target.source ?? null;
        break;
      }
    }
    if (found === null) {
      skipped.push({
        path: formatPath(path),
        reason:
          (annotation.references ?? []).length > 0
            ? 'a reply, not an excerpt'
            : 'a page note: no quoted text (TextQuoteSelector)',
      });
      continue;
    }
    const uri = source ?? annotation.uri ?? null;
    const docTitle = title(annotation);
    if (uri !== null && !documents.has(uri)) {
      documents.set(uri, {
        contentHash: null,
        uri,
        title: docTitle,
        publisher: null,
        year: null,
        kind: null,
        language: null,
        sourceName: null,
        textLength: null,
        blocks: null,
      });
    }
    excerpts.push({
      id: contentUuid(`hypothesis:${annotation.id}`),
      externalId: annotation.id,
      docRef: { contentHash: null, uri, title: docTitle },
      quote: found.quote,
      position: found.position,
      rights: (annotation.tags ?? []).map((name) => ({ id: null, name })),
      note: annotation.text ?? '',
      comment: '',
      creator: creator(annotation),
      created: isoDate(annotation.created),
      modified: isoDate(annotation.updated ?? annotation.created),
    });
  }

  return {
    format: 'hypothesis',
    fileName,
    collectionId: null,
    name: null,
    description: '',
    excerpts,
    documents: [...documents.values()],
    rights: [],
    exportedAt: null,
    generator: null,
    skipped,
  };
}
