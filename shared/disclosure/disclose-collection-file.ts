/**
 * Applies the disclosure choices to a `.rightsmark.json` file that already exists (the one a
 * briefing attaches, or the one the CLI was given): the file is read with our schema, which
 * drops every member it does not know, and rebuilt from what may leave.
 */
import { strFromU8, strToU8 } from 'fflate';
import { ExchangeError } from '../exchange/exchange-error';
import { contentHashFromIri, rightIdFromIri } from '../exchange/iri';
import { detectFormat } from '../exchange/parse-collection-file';
import { ANNO_CONTEXT, RIGHTSMARK_CONTEXT } from '../exchange/rightsmark-format';
import { rightsmarkFileSchema, type RightsmarkFileData } from '../exchange/rightsmark-schema';
import { parseUntrustedJson } from '../exchange/safe-json';
import { authorLabel } from './author-label';
import { bareFileName, withinRights } from './disclose-export-input';
import type { DisclosureOptions } from './disclosure-options';

type FileItem = RightsmarkFileData['first']['items'][number];

/** The right ids an item is tagged with: by its tag's IRI, else by the file's right of that name. */
function itemRightIds(item: FileItem, data: RightsmarkFileData): string[] {
  return (item.body ?? [])
    .filter((body) => body.purpose === 'tagging')
    .flatMap((body) => {
      const byIri = body.id === undefined ? null : rightIdFromIri(body.id);
      if (byIri !== null) return [byIri];
      const byName = data.rightsmark.rights.find(
        (right) => right.name.toLocaleLowerCase() === body.value.toLocaleLowerCase(),
      );
      return byName ? [byName.id] : [];
    });
}

function discloseItem(item: FileItem, options: DisclosureOptions): FileItem {
  const body = (item.body ?? []).filter(
    (part) =>
      part.purpose === 'tagging' ||
      (part.purpose === 'commenting' && options.notes) ||
      (part.purpose === 'describing' && options.comments),
  );
  const creator = item.creator ? authorLabel(item.creator.name, options.authors) : '';
  const { creator: _creator, body: _body, ...rest } = item;
  return {
    ...rest,
    ...(creator === '' ? {} : { creator: { type: 'Person' as const, name: creator } }),
    ...(body.length === 0 ? {} : { body }),
  };
}

type Extension = RightsmarkFileData['rightsmark'];

function withoutDocumentNotes(extension: Extension): Omit<Extension, 'documentNotes'> {
  const { documentNotes: _notes, ...rest } = extension;
  return rest;
}

/**
 * The document notes that may leave: none with notes switched off, else those on the documents
 * the remaining items cite, their creators named, reduced to initials or removed.
 */
function documentNotesLeaving(
  data: RightsmarkFileData,
  cited: ReadonlySet<string>,
  options: DisclosureOptions,
): Pick<Extension, 'documentNotes'> {
  if (!options.notes) return {};
  const notes = (data.rightsmark.documentNotes ?? [])
    .filter((note) => cited.has(contentHashFromIri(note.target) ?? note.target))
    .map(({ creator, ...note }) => {
      const name = creator ? authorLabel(creator.name, options.authors) : '';
      return name === '' ? note : { ...note, creator: { type: 'Person' as const, name } };
    });
  return notes.length === 0 ? {} : { documentNotes: notes };
}

type FileCollection = RightsmarkFileData['rightsmark']['collection'];

/** The collection member without the argument when it may not go (cover details stay). */
function discloseFileCollection(
  collection: FileCollection,
  options: DisclosureOptions,
): FileCollection {
  if (options.argument || collection.briefing === undefined) return collection;
  const { briefing, ...rest } = collection;
  const { summary: _s, findings: _f, recommendations: _r, ...cover } = briefing;
  const kept = Object.keys(cover).some((key) => key !== 'modified');
  return kept ? { ...rest, briefing: cover } : rest;
}

/**
 * The file with only what may leave: items outside the chosen rights gone, notes (commenting
 * bodies) and comments (describing bodies) dropped when switched off, the briefing's argument
 * dropped when switched off, creators named, reduced
 * to initials or removed, notes on whole documents kept only with notes on and only on the
 * documents the remaining items cite, only the rights and documents the remaining items use, documents'
 * blocks dropped without source texts, source names reduced to the file name.
 */
export function discloseCollectionData(
  data: RightsmarkFileData,
  options: DisclosureOptions,
): RightsmarkFileData {
  const items = data.first.items
    .filter((item) => withinRights(itemRightIds(item, data), options.rightIds))
    .map((item) => discloseItem(item, options));
  const usedRights = new Set(items.flatMap((item) => itemRightIds(item, data)));
  const cited = new Set(
    items.map((item) => contentHashFromIri(item.target.source) ?? item.target.source),
  );
  return {
    '@context': [ANNO_CONTEXT, RIGHTSMARK_CONTEXT],
    id: data.id,
    type: data.type,
    label: data.label,
    total: items.length,
    ...(data.created === undefined ? {} : { created: data.created }),
    ...(data.modified === undefined ? {} : { modified: data.modified }),
    ...(data.generator === undefined ? {} : { generator: data.generator }),
    ...(data.generated === undefined ? {} : { generated: data.generated }),
    first: { ...data.first, items },
    rightsmark: {
      ...withoutDocumentNotes(data.rightsmark),
      ...documentNotesLeaving(data, cited, options),
      collection: discloseFileCollection(data.rightsmark.collection, options),
      includesNotes: data.rightsmark.includesNotes && options.notes,
      includesSourceTexts: data.rightsmark.includesSourceTexts && options.sourceTexts,
      rights: data.rightsmark.rights.filter((right) => usedRights.has(right.id)),
      documents: data.rightsmark.documents
        .filter((doc) => cited.has(doc.contentHash) || cited.has(doc.id))
        .map(({ blocks, ...doc }) => ({
          ...doc,
          sourceName: bareFileName(doc.sourceName),
          ...(options.sourceTexts && blocks !== undefined ? { blocks } : {}),
        })),
    },
  };
}

/**
 * A collection file's bytes with only what may leave, as 2-space JSON; null when the bytes are
 * not one of our files (a W3C or Hypothesis export, which this cannot rebuild).
 *
 * @throws ExchangeError when the bytes claim to be our format but do not follow it.
 */
export function discloseCollectionFile(
  bytes: Uint8Array,
  fileName: string,
  options: DisclosureOptions,
): Uint8Array | null {
  const json = parseUntrustedJson(strFromU8(bytes), fileName);
  if (detectFormat(json) !== 'rightsmark') return null;
  const parsed = rightsmarkFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new ExchangeError(
      'invalid',
      fileName,
      '',
      'not a valid Rightsmark collection file, so it cannot be filtered before attaching',
    );
  }
  return strToU8(`${JSON.stringify(discloseCollectionData(parsed.data, options), null, 2)}\n`);
}
