/**
 * The briefing's XMP metadata packet (ISO 16684-1), the catalog's /Metadata stream: the same
 * title, author, subject, keywords, tools and dates as the Info dictionary, the language, and
 * the PDF/UA identifier (`pdfuaid:part 1`) by which checkers and readers know the file claims
 * PDF/UA-1 conformance.
 */
import { strToU8 } from 'fflate';

/** What the packet says; the builder writes the same to the Info dictionary. */
export interface DocumentInfo {
  readonly title: string;
  /** Empty when the analyst gave none. */
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  readonly creator: string;
  readonly producer: string;
  readonly date: Date;
  /** BCP 47 tag of the document's language. */
  readonly language: string;
}

/** The XMP packet as UTF-8 bytes (stored uncompressed, so any tool can find it). */
export function xmpMetadata(info: DocumentInfo): Uint8Array {
  const date = info.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const creator = info.author
    ? `<dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>`
    : '';
  const lines = [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.title)}</rdf:li></rdf:Alt></dc:title>`,
    creator,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(info.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Keywords>${xml(info.keywords)}</pdf:Keywords>`,
    `<pdf:Producer>${xml(info.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${xml(info.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ];
  return strToU8(lines.filter((line) => line !== '').join('\n'));
}

/** Text escaped for XML element content; characters XML 1.0 forbids are dropped. */
export function xml(text: string): string {
  return [...text]
    .filter((character) => allowedInXml(character.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** XML 1.0 Char: tab, line feed, carriage return, and U+0020 on but the two non-characters. */
function allowedInXml(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  return code >= 0x20 && code !== 0xfffe && code !== 0xffff;
}
