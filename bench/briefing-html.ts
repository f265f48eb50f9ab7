/**
 * The obvious alternative an Electron developer would pick for briefings: the same content as
 * an HTML page printed by Chromium (`page.pdf()`). Like for like with the engine: the same
 * Noto faces loaded with @font-face from local files (no system fallbacks), and everything the
 * engine draws: cover, summary with its per-right and per-document counts and the documents ×
 * rights table, linked contents, numbered sections with description, legal basis and counts,
 * quotations with citations, `[n]` source numbers and "also ‹right›" tags, analyst's notes with
 * their byline, comments, the list of sources, running heads and "page n of N" (header and
 * footer templates), bookmarks (`outline`) and links. What Chromium cannot print is the page
 * number of each contents entry (it has no `target-counter()`); its entries are links only.
 */
import type { BriefingInput, BriefingRight } from '../shared/briefing/briefing-input';
import { BRIEFING_FONT_FILES, type FaceKey } from '../shared/briefing/briefing-fonts';
import { planBriefing, PART_IDS } from '../shared/briefing/briefing-plan';
import { citeExcerpt } from '../shared/briefing/citation';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** CSS family, weight and style of each face the engine uses. */
const FACES: Readonly<Record<FaceKey, { family: string; weight: number; style: string }>> = {
  serif: { family: 'Noto Serif', weight: 400, style: 'normal' },
  serifItalic: { family: 'Noto Serif', weight: 400, style: 'italic' },
  serifBold: { family: 'Noto Serif', weight: 700, style: 'normal' },
  sans: { family: 'Noto Sans', weight: 400, style: 'normal' },
  sansBold: { family: 'Noto Sans', weight: 600, style: 'normal' },
  japanese: { family: 'Noto Sans JP', weight: 400, style: 'normal' },
  arabic: { family: 'Noto Naskh Arabic', weight: 400, style: 'normal' },
  hebrew: { family: 'Noto Serif Hebrew', weight: 400, style: 'normal' },
  devanagari: { family: 'Noto Serif Devanagari', weight: 400, style: 'normal' },
  korean: { family: 'Noto Sans KR', weight: 400, style: 'normal' },
  simplifiedChinese: { family: 'Noto Sans SC', weight: 400, style: 'normal' },
  traditionalChinese: { family: 'Noto Sans TC', weight: 400, style: 'normal' },
  japaneseSerif: { family: 'Noto Serif JP', weight: 400, style: 'normal' },
  simplifiedChineseSerif: { family: 'Noto Serif SC', weight: 400, style: 'normal' },
};

/**
 * The scripts each fallback face is for, so Chromium fetches a face only for text in its script
 * (as the engine loads a fallback only when the text needs it).
 */
const CJK =
  'U+2E80-2FFF, U+3000-30FF, U+3100-31FF, U+3200-9FFF, U+AC00-D7AF, U+F900-FAFF, U+FF00-FFEF, U+20000-2FFFF';
const RANGES: Partial<Record<FaceKey, string>> = {
  arabic: 'U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF',
  hebrew: 'U+0590-05FF, U+FB1D-FB4F',
  devanagari: 'U+0900-097F, U+A8E0-A8FF, U+1CD0-1CFF',
  japanese: CJK,
  korean: CJK,
  simplifiedChinese: CJK,
  traditionalChinese: CJK,
  japaneseSerif: CJK,
  simplifiedChineseSerif: CJK,
};

/** Every other script's face after the Latin one, as the engine falls back per script. */
const FALLBACKS =
  "'Noto Naskh Arabic', 'Noto Serif Hebrew', 'Noto Serif Devanagari', 'Noto Sans JP', 'Noto Sans KR', 'Noto Sans SC', 'Noto Sans TC'";
/** Serif text's fallbacks: the serif CJK faces first, as the engine sets serif Japanese and Chinese. */
const SERIF_FALLBACKS =
  "'Noto Naskh Arabic', 'Noto Serif Hebrew', 'Noto Serif Devanagari', 'Noto Serif JP', 'Noto Serif SC', 'Noto Sans JP', 'Noto Sans KR', 'Noto Sans SC', 'Noto Sans TC'";

/** The @font-face rules, each face read from `fontUrl(file)` (a file: or data: URL). */
export function fontFaces(fontUrl: (file: string) => string): string {
  return (Object.keys(FACES) as FaceKey[])
    .map((key) => {
      const face = FACES[key];
      const range = RANGES[key] ? ` unicode-range: ${RANGES[key]};` : '';
      return `@font-face { font-family: '${face.family}'; font-weight: ${face.weight}; font-style: ${face.style};${range} src: url('${fontUrl(BRIEFING_FONT_FILES[key])}') format('truetype'); }`;
    })
    .join('\n');
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/** The page and its running heads, for `page.pdf({ headerTemplate, footerTemplate })`. */
export interface BriefingHtml {
  readonly html: string;
  readonly headerTemplate: string;
  readonly footerTemplate: string;
}

export function briefingHtml(
  input: BriefingInput,
  fontUrl: (file: string) => string,
): BriefingHtml {
  const plan = planBriefing(input);
  const documentOf = (id: string) => plan.documentById.get(id);
  const rightName = (right: BriefingRight | undefined) => escape(right?.name ?? '');
  const max = Math.max(1, ...plan.countByRight.values(), ...plan.countByDocument.values());
  const bar = (count: number, colour: string) =>
    `<span class="bar" style="width:${(count / max) * 45}%;background:${colour}"></span>`;

  const cover = `<div class="cover">
<p class="classification">${escape(input.classification)}</p>
<p class="org">${escape(input.organisation.toLocaleUpperCase('en'))}</p>
<h1>${escape(input.title)}</h1><p class="subtitle">${escape(input.subtitle)}</p>
<p class="scope">${plural(plan.excerpts.length, 'excerpt')} from ${plural(plan.documents.length, 'document')} · ${plural(plan.rights.length, 'right')}</p>
<table class="meta"><tr><th>PREPARED BY</th><th>ORGANISATION</th><th>DATE</th></tr>
<tr><td>${escape(input.author)}</td><td>${escape(input.organisation)}</td><td>${escape(input.date)}</td></tr></table>
<p class="classification">${escape(input.classification)}</p></div>`;

  const grouping = input.options.grouping === 'right' ? 'by right' : 'by document';
  const perRight = plan.rights
    .map((right) => {
      const count = plan.countByRight.get(right.id) ?? 0;
      return `<tr><td>${escape(right.name)}</td><td>${bar(count, right.colour)} ${count}</td></tr>`;
    })
    .join('');
  const perDocument = plan.documents
    .map((doc) => {
      const count = plan.countByDocument.get(doc.id) ?? 0;
      return `<tr><td>[${plan.sourceNumber.get(doc.id)}] ${escape(doc.title)}</td><td>${bar(count, '#777')} ${count}</td></tr>`;
    })
    .join('');
  const matrixRows = plan.documents
    .map((doc) => {
      const row = plan.matrix.get(doc.id);
      const cells = plan.rights.map((r) => `<td>${row?.get(r.id) ?? '–'}</td>`).join('');
      return `<tr><td>[${plan.sourceNumber.get(doc.id)}] ${escape(doc.title)}</td>${cells}<td>${plan.countByDocument.get(doc.id) ?? 0}</td></tr>`;
    })
    .join('');
  const summary = input.options.includeSummary
    ? `<section id="${PART_IDS.summary}"><h1>Summary</h1>
<p>This briefing brings together ${plural(plan.excerpts.length, 'excerpt')} from ${plural(plan.documents.length, 'document')}, tagged with ${plural(plan.rights.length, 'right')}. Excerpts are arranged ${grouping}; an excerpt tagged with several rights appears under each of them.</p>
<h2>Excerpts per right</h2><table class="chart">${perRight}</table>
<h2>Excerpts per document</h2><table class="chart">${perDocument}</table>
<h2>Documents and rights</h2><table class="matrix"><tr><th>Document</th>${plan.rights.map((r) => `<th>${escape(r.name)}</th>`).join('')}<th>Total</th></tr>${matrixRows}
<tr><th>Total</th>${plan.rights.map((r) => `<td>${plan.countByRight.get(r.id) ?? 0}</td>`).join('')}<td>${plan.excerpts.length}</td></tr></table>
<p class="small">Counts are excerpts; an excerpt tagged with several rights is counted once per right, and once in the total.</p></section>`
    : '';

  const contentsEntries = [
    ...(input.options.includeSummary ? [['Summary', PART_IDS.summary]] : []),
    ...plan.sections.map((s, i) => [`${i + 1}. ${s.title}`, s.id]),
    ['Sources', PART_IDS.sources],
  ]
    .map(([title, id]) => `<li><a href="#${escape(id!)}">${escape(title!)}</a></li>`)
    .join('');
  const contents = `<section id="${PART_IDS.contents}"><h1>Contents</h1><ol class="contents">${contentsEntries}</ol></section>`;

  const sections = plan.sections
    .map((section, i) => {
      const colour = section.right?.colour ?? '#555';
      const docCount = new Set(section.excerpts.map((e) => e.docId)).size;
      const head = section.right
        ? `<p class="description">${escape(section.right.description)}</p>${
            input.options.includeLegalBasis && section.right.legalBasis
              ? `<p><span class="label">Legal basis</span> ${escape(section.right.legalBasis)}</p>`
              : ''
          }`
        : '';
      const items = section.excerpts
        .map((e) => {
          const doc = documentOf(e.docId);
          const cite = doc ? citeExcerpt(doc, e, plan.sourceNumber.get(doc.id) ?? 0) : undefined;
          const also = e.rightIds
            .filter((id) => id !== section.right?.id)
            .map((id) => rightName(plan.rightById.get(id)))
            .filter((name) => name !== '');
          const citation = cite
            ? `— <i>${escape(cite.title)}</i>${cite.details ? `, ${escape(cite.details)}` : ''}&nbsp;<a href="#${PART_IDS.sources}">${cite.source}</a>`
            : '— place not recorded';
          const note =
            input.options.includeNotes && e.note
              ? `<aside><span class="label">ANALYST’S NOTE</span>${e.author ? `  ·  ${escape(e.author)}` : ''}<br>${escape(e.note).replace(/\n/g, '<br>')}</aside>`
              : '';
          const comment =
            input.options.includeNotes && e.comment
              ? `<p class="comment"><span class="label">Comment</span> ${escape(e.comment)}</p>`
              : '';
          return `<blockquote style="border-left:3px solid ${colour}"><p>“${escape(e.quote)}”</p><cite>${citation}${also.length > 0 ? ` · also ${also.join(', ')}` : ''}</cite>${note}${comment}</blockquote>`;
        })
        .join('\n');
      return `<section id="${escape(section.id)}"><h1><span style="color:${colour}">${i + 1}</span> ${escape(section.title)}</h1>${head}
<p class="small">${plural(section.excerpts.length, 'excerpt')}${section.right ? ` from ${plural(docCount, 'document')}` : ''}</p>${items}</section>`;
    })
    .join('\n');

  const sources = plan.documents
    .map((d) => {
      const details = [
        [d.publisher, d.year === null ? null : String(d.year)].filter(Boolean).join(', '),
        d.kind ?? '',
      ].filter((part) => part !== '');
      const count = plan.countByDocument.get(d.id) ?? 0;
      return `<li><span class="n">[${plan.sourceNumber.get(d.id)}]</span> ${escape(d.title)}${details.length > 0 ? `. ${escape(details.join('. '))}.` : '.'} <span class="small">${plural(count, 'excerpt')}</span></li>`;
    })
    .join('');

  const html = `<!doctype html><html lang="${escape(input.language)}"><head><meta charset="utf-8"><title>${escape(input.title)}</title>
<style>
${fontFaces(fontUrl)}
@page { size: A4; margin: 22mm 20mm; }
body { font: 10.5pt/1.45 'Noto Serif', ${SERIF_FALLBACKS}; color: #222; margin: 0; }
h1, h2, .label, .small, cite, th, .org, .scope, .classification { font-family: 'Noto Sans', ${FALLBACKS}; }
h1 { font-size: 20pt; font-weight: 600; break-after: avoid; } h2 { font-size: 13pt; font-weight: 600; break-after: avoid; }
section { break-before: page; }
.cover h1 { font-size: 26pt; margin-top: 40mm; }
.classification { text-align: center; font-size: 9pt; color: #a00; }
.label { font-size: 8pt; letter-spacing: 0.05em; color: #555; }
.small { font-size: 8.5pt; color: #555; }
.bar { display: inline-block; height: 8pt; }
table { border-collapse: collapse; width: 100%; } td, th { padding: 2pt 4pt; vertical-align: top; }
.matrix td { text-align: center; } .matrix td:first-child { text-align: left; }
blockquote { margin: 0 0 12pt; padding-left: 10pt; break-inside: avoid; }
blockquote p { margin: 0; }
cite { display: block; font-style: normal; font-size: 8.5pt; color: #555; margin-top: 3pt; }
aside { background: #f1f1f1; padding: 6pt 8pt; margin-top: 5pt; font: 9pt 'Noto Sans', ${FALLBACKS}; }
.comment { font: 9pt 'Noto Sans', ${FALLBACKS}; margin-top: 4pt; }
ol.sources { list-style: none; padding: 0; } .sources .n { display: inline-block; width: 10mm; }
a { color: inherit; text-decoration: none; }
</style></head><body>
${cover}
${summary}
${contents}
${sections}
<section id="${PART_IDS.sources}"><h1>Sources</h1><ol class="sources">${sources}</ol></section>
</body></html>`;

  // Header and footer templates print in their own frame with the document's fonts available.
  const running = `font-family: 'Noto Sans'; font-size: 7.5pt; color: #555; width: 100%; margin: 0 20mm; display: flex; justify-content: space-between;`;
  const headerTemplate = `<div style="${running}"><span>${escape(input.title)}</span><span>${escape(input.classification)}</span></div>`;
  const footerTemplate = `<div style="${running}"><span>${escape(input.organisation)} · ${escape(input.date)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
  return { html, headerTemplate, footerTemplate };
}
