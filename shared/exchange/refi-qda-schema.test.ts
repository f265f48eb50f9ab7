/**
 * Our REFI-QDA exports against the standard's own XML schemas (docs/standards/refi-qda, MIT):
 * the `.qdc` codebook against Codebook.xsd and the `project.qde` inside a `.qdpx` against
 * Project.xsd, validated by xmllint (libxml2 as WebAssembly: no native build, no network). The
 * last test shows the validator does refuse what the schema forbids.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { buildRefiCodebook, buildRefiQdpx } from './refi-qda-export';
import {
  RIGHTS,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from './testing/fixtures';

function schema(name: string): { fileName: string; contents: string } {
  const url = new URL(`../../docs/standards/refi-qda/${name}`, import.meta.url);
  return { fileName: name, contents: readFileSync(url, 'utf8') };
}
const CODEBOOK_XSD = schema('Codebook.xsd');
const PROJECT_XSD = schema('Project.xsd');

async function problems(xml: string, xsd: { fileName: string; contents: string }) {
  const result = await validateXML({ xml: { fileName: 'export.xml', contents: xml }, schema: xsd });
  return result.errors.map((e) => e.message);
}

const doc = makeDocument('d1', 'Rights & "Wrongs" <online>', [
  '😀 Emoji first: the right to privacy matters.',
  { kind: 'paragraph', text: 'Encryption protects everyone 𠮷.', page: 7 },
]);
const privacy = makeAnnotation(doc, sequentialUuid(1), 'the right to privacy matters', {
  rightIds: ['right:privacy'],
  note: 'Line one,\nline "two".',
});
const both = makeAnnotation(doc, sequentialUuid(2), 'Encryption protects everyone', {
  rightIds: ['right:expression', 'right:privacy'],
  author: 'Ben',
});
const orphan = {
  ...makeAnnotation(doc, sequentialUuid(3), 'matters'),
  status: 'orphaned' as const,
};
const input = makeInput(
  makeCollection(sequentialUuid(9), 'Briefing <draft>', [
    privacy.id,
    { annotationId: both.id, comment: '+1 from the team' },
    orphan.id,
  ]),
  [doc],
  [privacy, both, orphan],
);

function refiEnv() {
  let n = 0;
  return {
    now: () => '2024-06-01T12:00:00.000Z',
    newGuid: () => `aaaaaaaa-0000-4000-8000-${(n++).toString(16).padStart(12, '0')}`,
    appVersion: '0.1.0',
  };
}

function projectXml(includeNotes: boolean): string {
  const entries = unzipSync(buildRefiQdpx(input, { includeNotes }, refiEnv()));
  const qde = entries['project.qde'];
  if (qde === undefined) throw new Error('no project.qde in the .qdpx');
  return strFromU8(qde);
}

describe('REFI-QDA exports against the REFI-QDA XML schemas', () => {
  it('the .qdc codebook is valid against Codebook.xsd', async () => {
    expect(await problems(buildRefiCodebook(RIGHTS, refiEnv()), CODEBOOK_XSD)).toEqual([]);
  });

  it.each([true, false])(
    'the .qdpx project (notes %s) is valid against Project.xsd',
    async (notes) => {
      const xml = projectXml(notes);
      expect(xml).toContain('<PlainTextSelection');
      expect(await problems(xml, PROJECT_XSD)).toEqual([]);
    },
  );

  it('the validator refuses what the schemas forbid', async () => {
    const codebook = buildRefiCodebook(RIGHTS, refiEnv()).replace(/isCodable="true"/, '');
    expect((await problems(codebook, CODEBOOK_XSD)).join('\n')).toMatch(/isCodable.*required/);
    const project = projectXml(true).replace(
      /guid="aaaaaaaa-0000-4000-8000-000000000000"/,
      'guid="not-a-guid"',
    );
    expect((await problems(project, PROJECT_XSD)).join('\n')).toMatch(/not-a-guid/);
  });
});
