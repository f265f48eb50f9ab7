/**
 * A stand-in for the one use of `document` that the markdown parser makes when bundled for the
 * browser: decode-named-character-reference's browser build decodes "&amp;"-style references
 * by setting an <i> element's innerHTML and reading its textContent, and a worker has no
 * document. Vite resolves the "browser" build for workers too, so the import worker installs
 * this before anything else loads. It decodes with htmlparser2 (already bundled), never a DOM,
 * so nothing in it can run or load anything.
 */
import { Parser } from 'htmlparser2';

interface DecodingElement {
  textContent: string;
  innerHTML: string;
}

function decodingElement(): DecodingElement {
  let text = '';
  return {
    get textContent() {
      return text;
    },
    set textContent(value: string) {
      text = value;
    },
    get innerHTML() {
      return text;
    },
    set innerHTML(html: string) {
      let decoded = '';
      const parser = new Parser({ ontext: (data) => (decoded += data) }, { decodeEntities: true });
      parser.end(html);
      text = decoded;
    },
  };
}

const scope = globalThis as { document?: unknown };
if (scope.document === undefined) {
  scope.document = { createElement: () => decodingElement() };
}
