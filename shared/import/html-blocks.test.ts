/** HTML to blocks: article content kept, page furniture and every active or remote thing dropped. */
import { describe, expect, it } from 'vitest';
import { HOSTILE_HTML, HOSTILE_HTML_EXPECTED } from '../../e2e/fixtures/import-files';
import { blockProblems } from '../text/block-invariants';
import { htmlToDocument, parseHtml } from './html-blocks';

/** Every string in the inert tree, attributes included, for "nothing of X survives" checks. */
function everything(html: string): string {
  return JSON.stringify(parseHtml(html).root);
}

describe('htmlToDocument', () => {
  it('keeps the article and its structure, with page name, publisher, year and language', () => {
    const doc = htmlToDocument(HOSTILE_HTML);
    expect(doc.blocks.map((b) => b.text)).toEqual(HOSTILE_HTML_EXPECTED);
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'paragraph',
      'list-item',
      'list-item',
      'quote',
    ]);
    expect(doc).toMatchObject({
      title: null,
      pageName: 'Liberté en ligne',
      publisher: 'Observatoire des droits',
      year: 2023,
      language: 'fr',
    });
    expect(blockProblems(doc.blocks)).toEqual([]);
  });

  it('keeps no script, style, frame, form, image, object or remote address in the tree', () => {
    const tree = everything(HOSTILE_HTML);
    for (const gone of [
      '__pwned',
      'example.com',
      'script',
      'iframe',
      'Texte du formulaire',
      'Envoyer',
      'Texte SVG',
      'Texte caché',
      'Activez JavaScript',
      'Objet',
      'background',
      'Accueil',
      'Related: other stories',
      'onload',
      'onerror',
      'javascript',
    ]) {
      expect(tree, gone).not.toContain(gone);
    }
    const text = htmlToDocument(HOSTILE_HTML)
      .blocks.map((b) => b.text)
      .join('\n');
    for (const furniture of ['Site banner text', 'mentions légales', 'Dessin', 'pwned']) {
      expect(text, furniture).not.toContain(furniture);
    }
  });

  it('declares title meta tags as the title, <title> (without " | Site") as the page name', () => {
    expect(htmlToDocument('<title>Report | Site</title><p>x</p>')).toMatchObject({
      title: null,
      pageName: 'Report',
    });
    expect(
      htmlToDocument('<meta property="og:title" content="OG title"><title>T</title><p>x</p>'),
    ).toMatchObject({ title: 'OG title', pageName: 'T' });
    expect(
      htmlToDocument('<meta name="citation_title" content="Cited"><h1>Heading</h1>').title,
    ).toBe('Cited');
    expect(htmlToDocument('<html lang="pt_BR"><p>x</p>').language).toBe('pt-BR');
    expect(htmlToDocument('<html lang="not a tag!"><p>x</p>').language).toBeNull();
    expect(htmlToDocument('<p>x</p>')).toMatchObject({
      title: null,
      pageName: null,
      language: null,
      year: null,
    });
  });

  it('prefers <main>, else a lone <article>, else <body>, and keeps headers inside articles', () => {
    const page = `<body><p>Outside</p><article><header><h1>Inside title</h1></header><p>Inside</p>
      <footer><p>Article footnote</p></footer></article></body>`;
    expect(htmlToDocument(page).blocks.map((b) => b.text)).toEqual([
      'Inside title',
      'Inside',
      'Article footnote',
    ]);
    const two = '<body><article><p>One</p></article><article><p>Two</p></article></body>';
    expect(htmlToDocument(two).blocks.map((b) => b.text)).toEqual(['One', 'Two']);
  });

  it('turns tables into one paragraph per row and text outside blocks into paragraphs', () => {
    const page =
      '<div>Loose text<table><tr><th>Right</th><td>Article</td></tr><tr><td>Privacy</td><td>17</td></tr></table>tail</div>';
    expect(htmlToDocument(page).blocks.map((b) => b.text)).toEqual([
      'Loose text',
      'Right Article',
      'Privacy 17',
      'tail',
    ]);
  });

  it('survives deep nesting and unclosed tags', () => {
    const deep = '<div>'.repeat(5000) + 'deep text' + '</div>'.repeat(10);
    expect(htmlToDocument(deep).blocks.map((b) => b.text)).toEqual(['deep text']);
    expect(htmlToDocument('<p>one<p>two<li>three').blocks.map((b) => b.text)).toEqual([
      'one',
      'two',
      'three',
    ]);
  });
});
