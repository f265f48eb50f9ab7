import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CodePointOffsets, utf16ToCodePoint } from './code-points';
import { buildCsv, csvCell } from './csv-export';
import { buildMarkdown, escapeMarkdown } from './markdown-export';
import { buildRefiCodebook, buildRefiProject, buildRefiQdpx, codeGuid } from './refi-qda-export';
import {
  RIGHTS,
  makeAnnotation,
  makeCollection,
  makeDocument,
  makeInput,
  sequentialUuid,
} from './testing/fixtures';
import { escapeXmlAttribute, escapeXmlText } from './xml';

const doc = makeDocument(
  'd1',
  'Rights & "Wrongs" <online>',
  [
    '😀 Emoji first: the right to privacy matters.',
    { kind: 'paragraph', text: '=HYPERLINK("http://evil") is not a formula here.', page: 7 },
    '- a list-like line, with *stars* and _underscores_ and [links](x).',
  ],
  { publisher: 'Council, "Digital" Unit', year: 2022 },
);
const privacy = makeAnnotation(doc, sequentialUuid(1), 'the right to privacy matters', {
  rightIds: ['right:privacy'],
  note: 'Line one,\nline "two".',
});
const formula = makeAnnotation(doc, sequentialUuid(2), '=HYPERLINK("http://evil")', {
  rightIds: ['right:expression', 'right:privacy'],
  author: 'Ben',
});
const listLike = makeAnnotation(doc, sequentialUuid(3), '- a list-like line, with *stars*', {
  note: '@mention <b>bold</b>',
});
const input = makeInput(
  makeCollection(
    sequentialUuid(9),
    'Briefing *draft*',
    [privacy.id, { annotationId: formula.id, comment: '+1 from the team' }, listLike.id],
    { description: 'For the 3 May meeting.' },
  ),
  [doc],
  [privacy, formula, listLike],
);

function guids(): () => string {
  let n = 0;
  return () => `aaaaaaaa-0000-4000-8000-${(n++).toString(16).padStart(12, '0')}`;
}
const refiEnv = () => ({
  now: () => '2024-06-01T12:00:00.000Z',
  newGuid: guids(),
  appVersion: '0.1.0',
});

describe('CSV', () => {
  const csv = buildCsv(input);
  const lines = csv.split('\r\n');

  it('starts with a BOM and a header, one CRLF-ended row per excerpt', () => {
    expect(
      csv.startsWith(
        '\uFEFFQuote,Rights,Note,Comment,Document,Publisher,Year,Paragraph,Page,Author,Created,Modified\r\n',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(buildCsv(input, { includeNotes: true, byteOrderMark: false }).startsWith('Quote,')).toBe(
      true,
    );
  });

  it('quotes per RFC 4180 and keeps line breaks inside quoted cells', () => {
    expect(lines[1]).toBe(
      'the right to privacy matters,Privacy,"Line one,\nline ""two"".",,"Rights & ""Wrongs"" <online>","Council, ""Digital"" Unit",2022,¶ 1,,Amina,2024-05-01T09:00:00.000Z,2024-05-01T09:00:00.000Z',
    );
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    expect(
      lines[2]?.startsWith(
        `"'=HYPERLINK(""http://evil"")",Freedom of expression; Privacy,,'+1 from the team,`,
      ),
    ).toBe(true);
    expect(lines[2]).toContain(',¶ 2,7,Ben,');
    expect(lines[3]?.startsWith("'- a list-like line, with *stars*,,'@mention <b>bold</b>,")).toBe(
      false,
    );
    expect(
      lines[3]?.startsWith(`"'- a list-like line, with *stars*",,'@mention <b>bold</b>,`),
    ).toBe(true);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}1`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    }
    expect(csvCell('plain')).toBe('plain');
  });

  it('leaves notes out when asked', () => {
    expect(buildCsv(input, { includeNotes: false, byteOrderMark: false })).not.toContain(
      'Line one',
    );
  });
});

describe('Markdown', () => {
  it('groups by right in the library order, quotes as escaped block quotes', () => {
    expect(buildMarkdown(input)).toBe(
      [
        '# Briefing \\*draft\\*',
        '',
        'For the 3 May meeting.',
        '',
        '## Freedom of expression',
        '',
        '> \\=HYPERLINK("http://evil")',
        '',
        '— *Rights \\& "Wrongs" \\<online\\>*, Council, "Digital" Unit, 2022, ¶ 2, p. 7',
        '',
        '**Comment:** \\+1 from the team',
        '',
        '## Privacy',
        '',
        '> the right to privacy matters',
        '',
        '— *Rights \\& "Wrongs" \\<online\\>*, Council, "Digital" Unit, 2022, ¶ 1',
        '',
        // A hard break (backslash at the line's end) keeps the note's line break when rendered.
        '**Note:** Line one,\\',
        'line "two".',
        '',
        '> \\=HYPERLINK("http://evil")',
        '',
        '— *Rights \\& "Wrongs" \\<online\\>*, Council, "Digital" Unit, 2022, ¶ 2, p. 7',
        '',
        '**Comment:** \\+1 from the team',
        '',
        '## Not tagged',
        '',
        '> \\- a list-like line, with \\*stars\\*',
        '',
        '— *Rights \\& "Wrongs" \\<online\\>*, Council, "Digital" Unit, 2022, ¶ 3',
        '',
        '**Note:** @mention \\<b\\>bold\\</b\\>',
        '',
      ].join('\n'),
    );
  });

  it('groups by document, listing rights with each excerpt', () => {
    const md = buildMarkdown(input, { groupBy: 'document', includeNotes: false });
    expect(md).toContain('## Rights \\& "Wrongs" \\<online\\>\n');
    expect(md).toContain('Rights: Freedom of expression, Privacy');
    expect(md).not.toContain('Note:');
  });

  it("lists excerpts in the collection's own order, without sections, rights with each", () => {
    const md = buildMarkdown(input, { groupBy: 'collection', includeNotes: true });
    expect(md).not.toContain('## ');
    const order = ['the right to privacy matters', '\\=HYPERLINK', '\\- a list-like line'].map(
      (quote) => md.indexOf(`> ${quote}`),
    );
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(md.match(/^> /gm)).toHaveLength(3);
    expect(md).toContain('Rights: Freedom of expression, Privacy');
  });

  it('escapes what would start a heading, list or quote, and inline markup', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('a `b` [c](d) ![e] <f> _g_ |h| ~i~')).toBe(
      'a \\`b\\` \\[c\\](d) !\\[e\\] \\<f\\> \\_g\\_ \\|h\\| \\~i\\~',
    );
  });
});

describe('code points', () => {
  it('converts UTF-16 offsets to code points past characters outside the BMP', () => {
    const text = 'a😀b𠮷c';
    const offsets = new CodePointOffsets(text);
    expect([0, 1, 3, 4, 6, 7].map((o) => offsets.toCodePoints(o))).toEqual([0, 1, 2, 3, 4, 5]);
    // An offset inside a pair counts as the pair's start.
    expect(offsets.toCodePoints(2)).toBe(1);
    expect(utf16ToCodePoint('日本', 2)).toBe(2);
  });
});

describe('XML escaping', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXmlText('a < b && c > d ]]>')).toBe('a &lt; b &amp;&amp; c &gt; d ]]&gt;');
    expect(escapeXmlAttribute('say "hi"\n\tnow')).toBe('say &quot;hi&quot;&#10;&#9;now');
    expect(escapeXmlText('bell\u0007 lone\uD800 ok😀')).toBe('bell lone ok😀');
  });
});

describe('REFI-QDA', () => {
  it('writes the codebook: rights as codes with colours and descriptions', () => {
    const qdc = buildRefiCodebook(RIGHTS, refiEnv());
    expect(qdc).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Rightsmark 0.1.0">');
    const privacyGuid = codeGuid({ id: 'right:privacy' });
    expect(qdc).toContain(
      `<Code guid="${privacyGuid}" name="Privacy" isCodable="true" color="#2F80ED">`,
    );
    expect(qdc).toContain('UDHR art. 12; ICCPR art. 17</Description>');
    expect(qdc.match(/<Code /g)).toHaveLength(3);
  });

  it('gives a right the same code GUID in the codebook and in every project', () => {
    const codes = (xml: string) =>
      [...xml.matchAll(/<Code guid="([^"]+)" name="([^"]+)"/g)].map((m) => `${m[2]}=${m[1]}`);
    const fromCodebook = codes(buildRefiCodebook(RIGHTS, refiEnv()));
    const fromProject = codes(
      buildRefiProject(input, { includeNotes: true }, refiEnv()).projectXml,
    );
    expect(fromProject.length).toBeGreaterThan(0);
    for (const code of fromProject) expect(fromCodebook).toContain(code);
    // And the same again in a later export.
    expect(codes(buildRefiCodebook(RIGHTS, refiEnv()))).toEqual(fromCodebook);
  });

  const project = buildRefiProject(input, { includeNotes: true }, refiEnv());

  it('places selections in code points, with codings, notes and comments', () => {
    const xml = project.projectXml;
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Briefing *draft*"',
      ),
    ).toBe(true);
    const text = [...project.sources.values()][0] ?? '';
    const start = doc.text.indexOf('the right to privacy matters');
    // The emoji before it is two UTF-16 code units but one code point.
    expect(xml).toContain(
      `startPosition="${start - 1}" endPosition="${start - 1 + 'the right to privacy matters'.length}"`,
    );
    expect(
      Array.from(text)
        .slice(start - 1, start - 1 + 28)
        .join(''),
    ).toBe('the right to privacy matters');
    expect(xml).toContain('name="Rights &amp; &quot;Wrongs&quot; &lt;online&gt;"');
    expect(xml).toContain('plainTextPath="internal://');
    expect(xml).toContain('<Description>+1 from the team</Description>');
    expect(xml).toContain('<PlainTextContent>Line one,\nline "two".</PlainTextContent>');
    expect(xml).toContain('<PlainTextContent>@mention &lt;b&gt;bold&lt;/b&gt;</PlainTextContent>');
    expect(xml.match(/<Coding /g)).toHaveLength(3);
    expect(xml.match(/<NoteRef /g)).toHaveLength(2);
    // Elements in the order the schema requires.
    const order = ['<Users>', '<CodeBook>', '<Sources>', '<Notes>', '<Description>For the 3 May'];
    const at = order.map((tag) => xml.indexOf(tag));
    expect(at.every((i, k) => i > (at[k - 1] ?? -1))).toBe(true);
    expect(isBalanced(xml)).toBe(true);
  });

  it('zips project.qde and the sources deterministically', () => {
    const bytes = buildRefiQdpx(input, { includeNotes: false }, refiEnv());
    expect(buildRefiQdpx(input, { includeNotes: false }, refiEnv())).toEqual(bytes);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual([
      'project.qde',
      expect.stringMatching(/^sources\/aaaaaaaa-[0-9a-f-]+\.txt$/),
    ]);
    const source = Object.entries(files).find(([name]) => name.startsWith('sources/'));
    expect(strFromU8(source?.[1] ?? new Uint8Array())).toBe(doc.text);
    expect(strFromU8(files['project.qde'] ?? new Uint8Array())).not.toContain('<Notes>');
  });

  it('leaves out orphaned excerpts, whose offsets are not in the current text', () => {
    const orphaned = { ...privacy, status: 'orphaned' as const };
    const out = buildRefiProject(
      makeInput(makeCollection('c', 'C', [privacy.id]), [doc], [orphaned]),
      { includeNotes: true },
      refiEnv(),
    );
    expect(out.omittedAnnotationIds).toEqual([privacy.id]);
    expect(out.projectXml).not.toContain('PlainTextSelection');
  });
});

/** True when every start tag has its end tag, properly nested. */
function isBalanced(xml: string): boolean {
  const stack: string[] = [];
  for (const match of xml.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing === '/' || name === undefined) continue;
    if (closing === '/') {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}
