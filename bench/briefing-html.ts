/**
 * The obvious alternative an Electron developer would pick for briefings: the same content as
 * an HTML page printed by Chromium (`page.pdf()`). Kept deliberately plain but complete (cover,
 * sections by right, quotations with citations and notes, sources) so the comparison is fair.
 */
import type { BriefingInput } from '../shared/briefing/briefing-input';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function briefingHtml(input: BriefingInput): string {
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const sections = [...input.rights]
    .sort((a, b) => a.order - b.order)
    .map((right) => {
      const excerpts = input.excerpts.filter((e) => e.rightIds.includes(right.id));
      const items = excerpts
        .map((e) => {
          const doc = documents.get(e.docId);
          const cite = [
            doc?.title,
            doc?.publisher,
            doc?.year,
            e.paragraph ? `¶ ${e.paragraph}` : null,
          ]
            .filter((v) => v !== null && v !== undefined)
            .join(', ');
          return `<blockquote style="border-left:3px solid ${right.colour}">“${escape(e.quote)}”<cite>— ${escape(cite)}</cite>${
            e.note
              ? `<aside><b>Analyst’s note</b> ${escape(e.note).replace(/\n/g, '<br>')}</aside>`
              : ''
          }</blockquote>`;
        })
        .join('\n');
      return `<section><h2>${escape(right.name)}</h2><p><i>${escape(right.description)}</i></p><p>${escape(right.legalBasis)}</p>${items}</section>`;
    })
    .join('\n');
  const sources = input.documents
    .map((d) => `<li>${escape([d.title, d.publisher, d.year].filter(Boolean).join(', '))}</li>`)
    .join('');
  return `<!doctype html><html lang="${input.language}"><head><meta charset="utf-8"><title>${escape(input.title)}</title>
<style>
@page { size: A4; margin: 22mm 20mm; }
body { font: 10.5pt/1.45 'Noto Serif', serif; color: #222; }
h1 { font-size: 26pt; margin-top: 40mm; } h2 { font-size: 16pt; break-after: avoid; }
blockquote { margin: 0 0 12pt; padding-left: 10pt; break-inside: avoid; }
cite { display: block; font-size: 8.5pt; color: #555; margin-top: 3pt; }
aside { background: #f1f1f1; padding: 6pt 8pt; margin-top: 5pt; font: 9pt 'Noto Sans', sans-serif; }
.cover { break-after: page; }
</style></head><body>
<div class="cover"><p>${escape(input.organisation)}</p><h1>${escape(input.title)}</h1><p>${escape(input.subtitle)}</p><p>${escape(input.author)} · ${escape(input.date)}</p><p>${escape(input.classification)}</p></div>
${sections}
<section><h2>Sources</h2><ol>${sources}</ol></section>
</body></html>`;
}
