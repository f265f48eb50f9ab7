/** Minimal XML writing for the REFI-QDA exports: escaping and one element per call. */

// Characters XML 1.0 forbids outright (C0 controls other than tab, LF, CR; lone surrogates;
// U+FFFE/U+FFFF). They are dropped: a note pasted from elsewhere can hold them, and one such
// character would make the whole project unreadable.
const INVALID_XML_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: `&` and `<` escaped (and `>`, so `]]>` cannot occur), invalid characters dropped. */
export function escapeXmlText(value: string): string {
  return value
    .replace(INVALID_XML_CHARACTERS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * An attribute value in double quotes: also `"` escaped, and tab, LF and CR as character
 * references, since a parser would otherwise normalise them to spaces.
 */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Attributes in the given order; undefined and null values are left out. */
export type XmlAttributes = readonly (readonly [
  string,
  string | number | boolean | null | undefined,
])[];

/**
 * One element, indented by `depth` (two spaces a level). `children` are already-written lines;
 * `text` is escaped content on one line. With neither, the element is self-closing.
 */
export function xmlElement(
  name: string,
  attributes: XmlAttributes,
  content: { readonly children?: readonly string[]; readonly text?: string } = {},
  depth = 0,
): string[] {
  const indent = '  '.repeat(depth);
  const attrs = attributes
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
    .join('');
  if (content.text !== undefined) {
    return [`${indent}<${name}${attrs}>${escapeXmlText(content.text)}</${name}>`];
  }
  if (content.children === undefined || content.children.length === 0) {
    return [`${indent}<${name}${attrs}/>`];
  }
  return [`${indent}<${name}${attrs}>`, ...content.children, `${indent}</${name}>`];
}
