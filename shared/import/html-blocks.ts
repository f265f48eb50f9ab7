/**
 * HTML to reading blocks without a DOM. htmlparser2 tokenises the page into a small tree of our
 * own in which nothing can run or load: scripts, styles, frames, forms, media and images are
 * dropped while parsing (their text never reaches the tree), and no URL is ever followed. The
 * article content (<main>, else a lone <article>, else <body>) is then walked into headings,
 * paragraphs, list items and quotes, without the page's navigation, banners and asides.
 *
 * Why not DOMPurify: it needs a DOM, which the import worker does not have, and its product is
 * sanitised HTML to render. We never render imported HTML: we keep only text and a few marks, so
 * an allowlist walk over inert data is the narrower and safer tool.
 */
import { Parser } from 'htmlparser2';
import type { BlockKind, ParsedBlock } from '../model/document';
import { finishBlocks, type DraftBlock } from '../text/draft-block';
import { InlineTextBuilder, type MarkType } from '../text/inline-text';
import { cleanMetaText, languageTag, yearFrom } from './metadata';

/** An element of the inert tree: a tag name, the few attributes kept, and its children. */
export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
}

/** A node of the inert tree: an element or a run of (entity-decoded) text. */
export type HtmlNode = HtmlElement | string;

/** What a page says about itself and its reading blocks. */
export interface HtmlDocument {
  readonly blocks: ParsedBlock[];
  /** The title the page declares (citation, Dublin Core or Open Graph); null when none. */
  readonly title: string | null;
  /** The page's <title> without a " | Site" suffix: its name in tabs and bookmarks. */
  readonly pageName: string | null;
  readonly publisher: string | null;
  readonly year: number | null;
  readonly language: string | null;
}

/** Elements dropped with everything inside them: active, embedded, interactive or not text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'img',
  'picture',
  'map',
  'area',
  'link',
  'base',
  'head',
  'nav',
  'aside',
  'dialog',
  'menu',
  'portal',
]);

/** ARIA landmarks that are page furniture, not content. */
const DROPPED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
]);

/** Elements that end the current block and hold blocks (or text that forms its own block). */
const CONTAINERS = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'div',
  'header',
  'footer',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'figure',
  'details',
  'fieldset',
  'center',
  'hgroup',
  'search',
]);

/** Elements whose content is one paragraph. */
const PARAGRAPHS = new Set([
  'p',
  'pre',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'address',
  'summary',
  'legend',
  'tr',
]);

/** Inline elements that carry a mark. */
const MARKS: Readonly<Record<string, MarkType>> = {
  strong: 'strong',
  b: 'strong',
  em: 'emphasis',
  i: 'emphasis',
};

/** Elements that sectioning content owns; a header/footer inside one is content, not chrome. */
const SECTIONING = new Set(['article', 'main', 'section']);

/**
 * Deepest nesting kept as a tree; deeper elements are flattened into their ancestor. Real pages
 * nest a few dozen levels; the cap keeps hostile nesting from exhausting the stack.
 */
const MAX_DEPTH = 256;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

interface ParsedPage {
  readonly root: HtmlElement;
  readonly title: string | null;
  readonly lang: string | null;
  /** Lowercased meta name/property → content (first wins). */
  readonly meta: ReadonlyMap<string, string>;
}

function isHidden(attrs: Readonly<Record<string, string>>): boolean {
  return (
    'hidden' in attrs ||
    attrs['aria-hidden'] === 'true' ||
    DROPPED_ROLES.has((attrs.role ?? '').trim().toLowerCase()) ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style ?? '')
  );
}

/**
 * The attributes the walk needs, and nothing else: the tree never holds a URL, a style or an
 * event handler, so nothing downstream can follow or run one. A link only records that it is one.
 */
function keptAttributes(attrs: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  if (attrs.role) kept.role = attrs.role.slice(0, 40);
  if (attrs.href) kept.href = 'link';
  // Ordered lists' numbering (digits and a one-letter type), for structural references.
  if (attrs.start && /^\d{1,4}$/.test(attrs.start)) kept.start = attrs.start;
  if (attrs.value && /^\d{1,4}$/.test(attrs.value)) kept.value = attrs.value;
  if (attrs.type && /^[1aAiI]$/.test(attrs.type)) kept.type = attrs.type;
  return kept;
}

/** Parses HTML into the inert tree, collecting the page's title, language and meta tags. */
export function parseHtml(html: string): ParsedPage {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  // Each open tag pushes a frame: the element it made, or null when it was dropped/flattened.
  const stack: { tag: string; element: HtmlElement | null; dropped: boolean }[] = [];
  let droppedDepth = 0;
  let parent = root;
  let title: string | null = null;
  let titleText: string | null = null;
  let lang: string | null = null;
  const meta = new Map<string, string>();

  const currentParent = (): HtmlElement => {
    for (let i = stack.length - 1; i >= 0; i -= 1) {
      const element = stack[i]?.element;
      if (element) return element;
    }
    return root;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'html' && attribs.lang && lang === null) lang = attribs.lang;
        if (name === 'meta') {
          const key = (attribs.name ?? attribs.property ?? attribs['http-equiv'] ?? '')
            .trim()
            .toLowerCase();
          if (key && attribs.content !== undefined && !meta.has(key)) {
            meta.set(key, attribs.content);
          }
        }
        // The page title lives in <head>, which is dropped; catch it on the way (but not the
        // <title> of an SVG drawing, which sits inside a dropped <svg>).
        if (name === 'title' && title === null && !stack.some((f) => f.tag === 'svg')) {
          titleText = '';
        }
        const drop = droppedDepth > 0 || DROPPED.has(name) || isHidden(attribs);
        if (drop) {
          droppedDepth += 1;
          stack.push({ tag: name, element: null, dropped: true });
          return;
        }
        if (stack.length >= MAX_DEPTH) {
          stack.push({ tag: name, element: null, dropped: false });
          return;
        }
        const element: HtmlElement = { tag: name, attrs: keptAttributes(attribs), children: [] };
        parent.children.push(element);
        stack.push({ tag: name, element, dropped: false });
        parent = element;
      },
      ontext(text) {
        if (titleText !== null) titleText += text;
        if (droppedDepth > 0) return;
        const last = parent.children.at(-1);
        if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
        else parent.children.push(text);
      },
      onclosetag(name) {
        if (name === 'title' && titleText !== null) {
          title = titleText;
          titleText = null;
        }
        const frame = stack.pop();
        if (frame?.dropped) droppedDepth -= 1;
        parent = currentParent();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { root, title, lang, meta };
}

function findFirst(node: HtmlElement, test: (e: HtmlElement) => boolean): HtmlElement | null {
  const pending: HtmlElement[] = [node];
  while (pending.length > 0) {
    const element = pending.shift()!;
    if (test(element)) return element;
    for (const child of element.children) if (typeof child !== 'string') pending.push(child);
  }
  return null;
}

function findAll(node: HtmlElement, test: (e: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const pending: HtmlElement[] = [node];
  while (pending.length > 0) {
    const element = pending.pop()!;
    if (test(element)) found.push(element);
    for (const child of element.children) if (typeof child !== 'string') pending.push(child);
  }
  return found;
}

/** The part of the page that holds its content: <main>, a lone <article>, or <body>. */
export function contentRoot(root: HtmlElement): HtmlElement {
  const main = findFirst(root, (e) => e.tag === 'main' || e.attrs.role === 'main');
  if (main) return main;
  const articles = findAll(root, (e) => e.tag === 'article');
  if (articles.length === 1 && articles[0]) return articles[0];
  return findFirst(root, (e) => e.tag === 'body') ?? root;
}

interface WalkContext {
  readonly quote: boolean;
  readonly inSectioning: boolean;
}

/** Collects blocks as the walk opens and closes them. */
class BlockCollector {
  readonly drafts: DraftBlock[] = [];
  #current: {
    kind: BlockKind;
    level?: number;
    label?: string;
    builder: InlineTextBuilder;
  } | null = null;

  open(kind: BlockKind, level?: number, label?: string): void {
    this.flush();
    this.#current = {
      kind,
      ...(level !== undefined ? { level } : {}),
      ...(label !== undefined ? { label } : {}),
      builder: new InlineTextBuilder(),
    };
  }

  /** The builder of the open block, opening an anonymous paragraph when none is open. */
  builder(context: WalkContext): InlineTextBuilder {
    if (!this.#current) this.open(context.quote ? 'quote' : 'paragraph');
    return this.#current!.builder;
  }

  hasOpenBlock(): boolean {
    return this.#current !== null;
  }

  flush(): void {
    const current = this.#current;
    this.#current = null;
    if (!current) return;
    const { text, marks } = current.builder.build();
    if (text === '') return;
    this.drafts.push({
      kind: current.kind,
      ...(current.kind === 'heading' ? { level: current.level ?? 1 } : {}),
      text,
      marks,
      singleLine: true,
      ...(current.label !== undefined ? { label: current.label } : {}),
    });
  }
}

/** The label an ordered list prints for its n-th number, by the list's type (1, a, A). */
function listLabel(type: string | undefined, n: number): string {
  if ((type === 'a' || type === 'A') && n >= 1 && n <= 26) {
    const letter = String.fromCharCode(96 + n);
    return type === 'A' ? letter.toUpperCase() : letter;
  }
  return String(n);
}

/** An ordered list: each item keeps the number (or letter) the list prints before it. */
function walkOrderedList(list: HtmlElement, context: WalkContext, out: BlockCollector): void {
  out.flush();
  const start = Number.parseInt(list.attrs.start ?? '1', 10);
  let n = Number.isFinite(start) ? start : 1;
  for (const child of list.children) {
    if (typeof child !== 'string' && child.tag === 'li') {
      const value = Number.parseInt(child.attrs.value ?? '', 10);
      if (Number.isFinite(value)) n = value;
      out.open('list-item', undefined, listLabel(list.attrs.type, n));
      walkChildren(child, context, out);
      out.flush();
      n += 1;
    } else {
      walk(child, context, out);
    }
  }
  out.flush();
}

function walkChildren(element: HtmlElement, context: WalkContext, out: BlockCollector): void {
  for (const child of element.children) walk(child, context, out);
}

function superscript(element: HtmlElement): string | null {
  const text = element.children.every((c) => typeof c === 'string')
    ? element.children.join('').trim()
    : '';
  return /^\d{1,3}$/.test(text)
    ? [...text].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('')
    : null;
}

function walk(node: HtmlNode, context: WalkContext, out: BlockCollector): void {
  if (typeof node === 'string') {
    if (/\S/.test(node)) out.builder(context).append(node);
    else if (out.hasOpenBlock()) out.builder(context).append(' ');
    return;
  }
  const { tag } = node;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    out.open('heading', Number(heading[1]));
    walkChildren(node, context, out);
    out.flush();
  } else if (tag === 'ol') {
    walkOrderedList(node, context, out);
  } else if (tag === 'li') {
    out.open('list-item');
    walkChildren(node, context, out);
    out.flush();
  } else if (tag === 'blockquote') {
    out.flush();
    walkChildren(node, { ...context, quote: true }, out);
    out.flush();
  } else if (PARAGRAPHS.has(tag)) {
    out.open(context.quote ? 'quote' : 'paragraph');
    walkChildren(node, context, out);
    out.flush();
  } else if ((tag === 'header' || tag === 'footer') && !context.inSectioning) {
    // The page's own banner and footer: chrome, not content.
  } else if (CONTAINERS.has(tag)) {
    out.flush();
    walkChildren(
      node,
      { ...context, inSectioning: context.inSectioning || SECTIONING.has(tag) },
      out,
    );
    out.flush();
  } else if (tag === 'br' || tag === 'td' || tag === 'th') {
    if (out.hasOpenBlock()) out.builder(context).appendSpace();
    walkChildren(node, context, out);
    if (out.hasOpenBlock()) out.builder(context).appendSpace();
  } else if (tag === 'hr') {
    out.flush();
  } else if (tag === 'sup' && superscript(node) !== null) {
    out.builder(context).append(superscript(node)!);
  } else {
    const mark = MARKS[tag] ?? (tag === 'a' && node.attrs.href ? 'link' : undefined);
    if (mark) out.builder(context).withMark(mark, () => walkChildren(node, context, out));
    else walkChildren(node, context, out);
  }
}

/** Reading blocks from an element of the inert tree. */
export function blocksFromHtmlTree(root: HtmlElement): ParsedBlock[] {
  const out = new BlockCollector();
  walk(root, { quote: false, inSectioning: root.tag === 'main' || root.tag === 'article' }, out);
  out.flush();
  return finishBlocks(out.drafts);
}

function firstMeta(meta: ReadonlyMap<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = cleanMetaText(meta.get(key));
    if (value) return value;
  }
  return null;
}

/** Keeps the part of a <title> before " | Site name", the usual suffix. */
function pageTitle(title: string | null): string | null {
  const cleaned = cleanMetaText(title);
  return cleaned ? (cleaned.split(' | ')[0]?.trim() ?? cleaned) : null;
}

/** Converts an HTML page (or mammoth's HTML for a DOCX) into reading blocks and metadata. */
export function htmlToDocument(html: string): HtmlDocument {
  const page = parseHtml(html);
  const blocks = blocksFromHtmlTree(contentRoot(page.root));
  const meta = page.meta;
  return {
    blocks,
    // What the page declares; importFile's title rule falls back to the first line, then to the
    // page's name (its <title>, which tabs and bookmarks show) before the file's.
    title: firstMeta(meta, ['citation_title', 'dc.title', 'dcterms.title', 'og:title']),
    pageName: pageTitle(page.title),
    publisher: firstMeta(meta, [
      'citation_publisher',
      'dc.publisher',
      'dcterms.publisher',
      'publisher',
      'og:site_name',
    ]),
    year: yearFrom(
      firstMeta(meta, [
        'citation_publication_date',
        'citation_date',
        'dc.date',
        'dcterms.issued',
        'dcterms.date',
        'article:published_time',
        'date',
      ]),
    ),
    language:
      languageTag(page.lang) ?? languageTag(firstMeta(meta, ['content-language', 'dc.language'])),
  };
}
