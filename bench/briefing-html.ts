/**
 * The obvious alternative an Electron developer would pick for briefings: the same content as
 * an HTML page printed by Chromium (`page.pdf()`). Like for like with the engine: the same
 * Noto faces loaded with @font-face from local files (no system fallbacks), the engine's page
 * margins, type sizes and spaces, and everything the engine draws: the cover (organisation,
 * document type, reference and cut-off), the executive summary with its findings and
 * recommendations, the summary with its per-right and per-document-by-right charts and the
 * documents × rights table, linked contents with each section's excerpt numbers, numbered
 * sections with description, legal basis and counts, each excerpt's number, its quotation in
 * its language's quotation marks with the citation, `[n]` source number and "also ‹right›"
 * tags, analyst's notes with their byline, comments, the list of sources with its note on
 * places, running heads and "page n of N" (header and footer templates), bookmarks (`outline`)
 * and links. What Chromium cannot print is the page number of each contents entry (it has no
 * `target-counter()`); its entries are links only.
 */
import { argumentBlocks, hasArgument } from '../shared/briefing/argument-section';
import type { BriefingExcerpt, BriefingInput } from '../shared/briefing/briefing-input';
import { BRIEFING_FONT_FILES, type FaceKey } from '../shared/briefing/briefing-fonts';
import { planBriefing, PART_IDS } from '../shared/briefing/briefing-plan';
import { afterTitle, citeExcerpt, publication } from '../shared/briefing/citation';
import { contentsNumbers, excerptLabel } from '../shared/briefing/excerpt-sections';
import { quotationText } from '../shared/briefing/quotation-text';
import { PLACE_NOTE } from '../shared/briefing/sources-section';
import { chartScale } from '../shared/briefing/summary-section';

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
  const max = chartScale(plan);
  const bar = (count: number, colour: string) =>
    `<span class="bar" style="width:${(count / max) * 60}%;background:${colour}"></span> ${count}`;
  const language = input.language || 'en';

  const coverMeta = (
    [
      ['PREPARED BY', input.author],
      ['ORGANISATION', input.organisation],
      ['DATE', input.date],
      ['REFERENCE', input.reference ?? ''],
      ['DATA CUT-OFF', input.cutOffDate ?? ''],
    ] as const
  )
    .filter(([, value]) => value.trim() !== '')
    .map(([label, value]) => `<div><p class="meta-label">${label}</p><p>${escape(value)}</p></div>`)
    .join('');
  const cover = `<div class="cover">
<p class="classification">${escape(input.classification)}</p>
<p class="kicker">${escape(input.organisation.toLocaleUpperCase(language))}</p><hr class="accent">
${input.documentType ? `<p class="kicker doc-type">${escape(input.documentType.toLocaleUpperCase(language))}</p>` : ''}
<h1>${escape(input.title)}</h1><p class="subtitle">${escape(input.subtitle)}</p>
<p class="small">${plural(plan.excerpts.length, 'excerpt')} from ${plural(plan.documents.length, 'document')} · ${plural(plan.rights.length, 'right')}</p>
<div class="meta">${coverMeta}</div>
<p class="classification">${escape(input.classification)}</p></div>`;

  const argumentPart = (text: string) =>
    argumentBlocks(text)
      .map((block) =>
        block.kind === 'paragraph'
          ? `<p>${escape(block.text)}</p>`
          : `<ul>${block.items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`,
      )
      .join('');
  const argument = hasArgument(input.argument)
    ? `<section class="part" id="${PART_IDS.argument}"><h1>Executive summary</h1>${argumentPart(input.argument?.summary ?? '')}${(
        [
          ['Key findings', input.argument?.findings ?? ''],
          ['Recommendations', input.argument?.recommendations ?? ''],
        ] as const
      )
        .filter(([, text]) => text.trim() !== '')
        .map(([title, text]) => `<h2>${title}</h2>${argumentPart(text)}`)
        .join('')}</section>`
    : '';

  const grouping = input.options.grouping === 'right' ? 'by right' : 'by document';
  const perRight = plan.rights
    .map((right) => {
      const count = plan.countByRight.get(right.id) ?? 0;
      return `<tr><td>${escape(right.name)}</td><td>${bar(count, right.colour)}</td></tr>`;
    })
    .join('');
  const legend = plan.rights
    .map(
      (right) =>
        `<span class="key"><span class="swatch" style="background:${right.colour}"></span>${escape(right.name)}</span>`,
    )
    .join('');
  const perDocument = plan.documents
    .map((doc) => {
      const row = plan.matrix.get(doc.id);
      const bars = plan.rights
        .filter((right) => (row?.get(right.id) ?? 0) > 0)
        .map((right) => bar(row?.get(right.id) ?? 0, right.colour))
        .join('<br>');
      return `<tr><td>[${plan.sourceNumber.get(doc.id)}] ${escape(doc.title)}</td><td>${bars}</td></tr>`;
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
    ? `<section class="part" id="${PART_IDS.summary}"><h1>Summary</h1>
<p>This briefing brings together ${plural(plan.excerpts.length, 'excerpt')} from ${plural(plan.documents.length, 'document')}, tagged with ${plural(plan.rights.length, 'right')}. Excerpts are arranged ${grouping}; an excerpt tagged with several rights appears under each of them.</p>
<h2>Excerpts per right</h2><table class="chart">${perRight}</table>
<h2>Excerpts per document, by right</h2><p class="legend">${legend}</p><table class="chart">${perDocument}</table>
<p class="small">Bars are counts of excerpts, on one scale in both charts, each count printed at its end.</p>
<h2>Documents and rights</h2><table class="matrix"><tr><th>Document</th>${plan.rights.map((r) => `<th>${escape(r.name)}</th>`).join('')}<th>Total</th></tr>${matrixRows}
<tr><th>Total</th>${plan.rights.map((r) => `<td>${plan.countByRight.get(r.id) ?? 0}</td>`).join('')}<td>${plan.excerpts.length}</td></tr></table>
<p class="small">Counts are excerpts; an excerpt tagged with several rights is counted once per right, and once in the total.</p></section>`
    : '';

  const sectionNumbers = (excerpts: readonly BriefingExcerpt[]) =>
    contentsNumbers(
      excerpts
        .map((excerpt) => plan.excerptNumber.get(excerpt.id))
        .filter((n): n is number => n !== undefined),
    );
  const contentsEntries = [
    ...(hasArgument(input.argument) ? [['Executive summary', PART_IDS.argument, '']] : []),
    ...(input.options.includeSummary ? [['Summary', PART_IDS.summary, '']] : []),
    ...plan.sections.map((s, i) => [`${i + 1}. ${s.title}`, s.id, sectionNumbers(s.excerpts)]),
    ['Sources', PART_IDS.sources, ''],
  ]
    .map(
      ([title, id, detail]) =>
        `<li><a href="#${escape(id!)}">${escape(title!)}</a>${detail ? `<span class="detail">${escape(detail)}</span>` : ''}</li>`,
    )
    .join('');
  const contents = `<section class="part" id="${PART_IDS.contents}"><h1>Contents</h1><ol class="contents">${contentsEntries}</ol></section>`;

  const sections = plan.sections
    .map((section, i) => {
      const colour = section.right?.colour ?? '#8a9096';
      const docCount = new Set(section.excerpts.map((e) => e.docId)).size;
      const head = section.right
        ? `${section.right.description ? `<p class="description">${escape(section.right.description)}</p>` : ''}${
            input.options.includeLegalBasis && section.right.legalBasis
              ? `<p class="labelled"><span class="label">Legal basis</span><span class="note-text">${escape(section.right.legalBasis)}</span></p>`
              : ''
          }`
        : '';
      const items = section.excerpts
        .map((e) => {
          const doc = documentOf(e.docId);
          const cite = doc ? citeExcerpt(doc, e, plan.sourceNumber.get(doc.id) ?? 0) : undefined;
          const also = plan.rights
            .filter((right) => e.rightIds.includes(right.id) && right.id !== section.right?.id)
            .map((right) => `<span style="color:${right.colour}">${escape(right.name)}</span>`);
          const citation = cite
            ? `— <i>${escape(cite.title)}</i>${cite.details ? `${escape(afterTitle(cite.title, ','))}${escape(cite.details)}` : ''}&nbsp;<a href="#${PART_IDS.sources}">${cite.source}</a>`
            : '— place not recorded';
          const note =
            input.options.includeNotes && e.note
              ? `<aside><p class="label">ANALYST’S NOTE${e.author ? `  ·  <span class="byline">${escape(e.author)}</span>` : ''}</p><p>${escape(e.note).replace(/\n/g, '<br>')}</p></aside>`
              : '';
          const comment =
            input.options.includeNotes && e.comment
              ? `<p class="labelled comment"><span class="label">Comment</span><span>${escape(e.comment)}</span></p>`
              : '';
          const number = plan.excerptNumber.get(e.id) ?? 0;
          return `<div class="excerpt"><blockquote style="border-left-color:${colour}"><h3>${excerptLabel(number)}</h3><p class="quote">${escape(quotationText(e.quote))}</p><cite>${citation}${also.length > 0 ? `  ·  also ${also.join(', ')}` : ''}</cite></blockquote>${note}${comment}</div>`;
        })
        .join('\n');
      return `<section class="body${i === 0 ? ' first' : ''}" id="${escape(section.id)}"><div class="section-head"><span class="section-rule" style="background:${colour}"></span><h1><span style="color:${colour}">${i + 1}</span>  ${escape(section.title)}</h1>${head}
<p class="small">${plural(section.excerpts.length, 'excerpt')}${section.right ? ` from ${plural(docCount, 'document')}` : ''}</p><hr></div>${items}</section>`;
    })
    .join('\n');

  const sources = plan.documents
    .map((d) => {
      const details = [publication(d), d.kind ?? '']
        .map((part) => part.trim())
        .filter((part) => part !== '');
      const title = d.title.trim();
      const count = plan.countByDocument.get(d.id) ?? 0;
      const after =
        details.length > 0
          ? `${afterTitle(title, '.')}${details.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(' ')}`
          : afterTitle(title, '.') === ' '
            ? ''
            : '.';
      return `<li><span class="n">[${plan.sourceNumber.get(d.id)}]</span><span><i>${escape(title)}</i>${escape(after)} <span class="small">${plural(count, 'excerpt')}</span></span></li>`;
    })
    .join('');

  // Sizes and spaces are the engine's (shared/briefing/typography.ts, page-geometry.ts and the
  // section modules), so both sides set the same text on about as many pages.
  const html = `<!doctype html><html lang="${escape(input.language)}"><head><meta charset="utf-8"><title>${escape(input.title)}</title>
<style>
${fontFaces(fontUrl)}
@page { size: A4; margin: 27mm 25mm; }
body { font: 10.5pt/15pt 'Noto Serif', ${SERIF_FALLBACKS}; color: #1c1f23; margin: 0; }
p { margin: 0; }
h1, h2, h3, .label, .small, cite, th, td, .kicker, .meta, .classification, aside, .legend, .detail { font-family: 'Noto Sans', ${FALLBACKS}; }
h1 { font: 700 18pt/23pt 'Noto Serif', ${SERIF_FALLBACKS}; margin: 0 0 10pt; break-after: avoid; }
h2 { font-size: 11.5pt; line-height: 15pt; font-weight: 600; margin: 14pt 0 6pt; break-after: avoid; }
.part, .body.first { break-before: page; }
.body { margin-top: 30pt; }
.cover .kicker { font-size: 9pt; font-weight: 600; color: #1f3a5f; letter-spacing: 0.02em; margin-top: 12mm; }
.cover .doc-type { margin-top: 40mm; }
hr.accent { border: 0; border-top: 1pt solid #1f3a5f; margin: 4mm 0; }
.cover h1 { font-size: 26pt; line-height: 32pt; margin: 8mm 0 6mm; }
.subtitle { font-size: 14pt; line-height: 19pt; color: #5b6168; margin-bottom: 8mm; }
.meta { display: grid; grid-template-columns: 1fr 1fr 1fr; row-gap: 6mm; border-top: 0.5pt solid #c9cdd2; margin-top: 60mm; padding-top: 5mm; }
.meta p { font-size: 10pt; line-height: 15pt; } .meta .meta-label { font-size: 7.5pt; line-height: 11pt; font-weight: 600; color: #6a7076; }
.classification { text-align: center; font-size: 8pt; font-weight: 600; color: #8b1e1e; margin: 4mm 0; }
.label { font-size: 7.5pt; line-height: 11pt; font-weight: 600; color: #5b6168; }
.small { font-size: 8.5pt; line-height: 12pt; color: #5b6168; }
ul { margin: 0; padding-left: 16pt; } li { margin-top: 4pt; }
.part p + p, .part ul + p, .part p + ul { margin-top: 8pt; }
.chart td { font-size: 8.5pt; line-height: 11.5pt; padding: 2pt 4pt; vertical-align: top; } .chart td:first-child { width: 40%; }
.bar { display: inline-block; height: 7pt; }
.legend { font-size: 8.5pt; } .key { margin-right: 16pt; } .swatch { display: inline-block; width: 8pt; height: 8pt; margin-right: 5pt; }
table { border-collapse: collapse; width: 100%; }
.matrix td, .matrix th { font-size: 8.5pt; line-height: 11.5pt; padding: 3pt 4pt; vertical-align: top; border-bottom: 0.5pt solid #c9cdd2; }
.matrix th { font-size: 8pt; font-weight: 600; } .matrix td { text-align: center; } .matrix td:first-child { text-align: left; }
ol.contents { list-style: none; padding: 0; } .contents li { margin: 0; } .contents .detail { font-size: 8.5pt; color: #5b6168; margin-left: 6pt; }
.section-rule { display: block; width: 28pt; height: 3pt; margin-bottom: 7pt; }
.section-head { break-inside: avoid; margin-bottom: 18pt; } .section-head hr { border: 0; border-top: 0.5pt solid #c9cdd2; margin: 6pt 0 0; }
.description { font-style: italic; color: #5b6168; }
.labelled { display: flex; margin-top: 4pt; } .labelled .label { flex: 0 0 58pt; }
.note-text { font: 9pt/13pt 'Noto Sans', ${FALLBACKS}; }
.excerpt { margin: 0 0 18pt 16pt; }
blockquote { margin: 0 0 0 -13pt; padding-left: 10.5pt; border-left: 2.5pt solid; break-inside: avoid; }
h3 { font-size: 8pt; line-height: 12pt; font-weight: 600; color: #1f3a5f; margin: 0 0 2pt; }
cite { display: block; font-style: normal; font-size: 8.5pt; line-height: 12pt; color: #5b6168; margin-top: 4pt; }
cite i { font: italic 9pt 'Noto Serif', ${SERIF_FALLBACKS}; }
aside { background: #f2f3f5; padding: 7pt; margin-top: 7pt; font-size: 9pt; line-height: 13pt; break-inside: avoid; }
aside .label { margin-bottom: 2pt; } aside .byline { font-weight: 400; }
.comment { margin-top: 7pt; } .comment span:last-child { font: italic 10pt/14pt 'Noto Serif', ${SERIF_FALLBACKS}; }
ol.sources { list-style: none; padding: 0; } .sources li { display: flex; margin-top: 6pt; } .sources .n { flex: 0 0 10mm; }
a { color: inherit; text-decoration: none; }
</style></head><body>
${cover}
${argument}
${summary}
${contents}
${sections}
<section class="part" id="${PART_IDS.sources}"><h1>Sources</h1><p class="small">${escape(PLACE_NOTE)}</p><ol class="sources">${sources}</ol></section>
</body></html>`;

  // Header and footer templates print in their own frame with the document's fonts available.
  const running = `font-family: 'Noto Sans'; font-size: 7.5pt; color: #6a7076; width: 100%; margin: 0 25mm; display: flex; justify-content: space-between;`;
  const headerTemplate = `<div style="${running} border-bottom: 0.4pt solid #c9cdd2; padding-bottom: 3pt;"><span>${escape(input.title)}</span><span style="color:#8b1e1e">${escape(input.classification)}</span></div>`;
  const footerTemplate = `<div style="${running}"><span>${escape(input.organisation)} · ${escape(input.date)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
  return { html, headerTemplate, footerTemplate };
}
