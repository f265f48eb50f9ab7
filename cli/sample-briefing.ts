/**
 * A realistic briefing input built from the sample corpus (resources/corpus, parsed as the app
 * parses it) plus one synthetic Arabic document: a dozen excerpts across the three built-in
 * rights, with notes, comments, the BHRRC Japanese passage and superscript footnote markers.
 * Used by tests, the benchmark and `rightsmark brief --sample`.
 *
 * To add an excerpt: add a row to EXCERPTS with a phrase copied exactly from the source text;
 * building throws if the phrase is not found, so a fixture never drifts from the corpus.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repo-root';
import type {
  BriefingBlock,
  BriefingDocument,
  BriefingExcerpt,
  BriefingInput,
  BriefingOptions,
  BriefingRight,
} from '../shared/briefing/briefing-input';
import { DEFAULT_BRIEFING_OPTIONS } from '../shared/briefing/briefing-input';
import { BUILT_IN_RIGHTS } from '../shared/model/right';
import { parseDocument, type TextSourceFormat } from '../shared/text/index';

interface ManifestEntry {
  readonly file: string;
  readonly format: TextSourceFormat;
  readonly title: string;
  readonly publisher: string | null;
  readonly year: number | null;
  readonly kind: string | null;
}

/** resources/corpus in this checkout. */
export function defaultCorpusDirectory(): string {
  return path.join(repoRoot(), 'resources', 'corpus');
}

/** The built-in rights as briefing rights. */
export const SAMPLE_RIGHTS: readonly BriefingRight[] = BUILT_IN_RIGHTS.map((right) => ({
  id: right.id,
  name: right.name,
  description: right.description,
  legalBasis: right.legalBasis,
  colour: right.color,
  order: right.order,
}));

/** A synthetic document in Arabic: articles 12, 19 and 20 of the UDHR in their official Arabic text. */
export const ARABIC_DOCUMENT: BriefingDocument = {
  id: 'doc:udhr-ar',
  title: 'الإعلان العالمي لحقوق الإنسان (مقتطفات)',
  publisher: 'United Nations',
  year: 1948,
  kind: 'declaration (Arabic text, synthetic sample)',
  language: 'ar',
  blocks: [
    { kind: 'heading', level: 1, text: 'الإعلان العالمي لحقوق الإنسان' },
    {
      kind: 'paragraph',
      text: 'المادة 12: لا يعرض أحد لتدخل تعسفي في حياته الخاصة أو أسرته أو مسكنه أو مراسلاته أو لحملات على شرفه وسمعته، ولكل شخص الحق في حماية القانون من مثل هذا التدخل أو تلك الحملات.',
    },
    {
      kind: 'paragraph',
      text: 'المادة 19: لكل شخص الحق في حرية الرأي والتعبير، ويشمل هذا الحق حرية اعتناق الآراء دون أي تدخل، واستقاء الأنباء والأفكار وتلقيها وإذاعتها بأية وسيلة كانت دون تقيد بالحدود الجغرافية.',
    },
    {
      kind: 'paragraph',
      text: 'المادة 20: لكل شخص الحق في حرية الاشتراك في الجمعيات والجماعات السلمية. ولا يجوز إرغام أحد على الانضمام إلى جمعية ما.',
    },
  ],
};

/** The Arabic sentence of article 19 quoted by the sample (tests look for it). */
export const ARABIC_QUOTE =
  'لكل شخص الحق في حرية الرأي والتعبير، ويشمل هذا الحق حرية اعتناق الآراء دون أي تدخل';

/** The Japanese sentence from the BHRRC page quoted by the sample. */
export const JAPANESE_QUOTE =
  'テクノロジー(技術)は、人権にとって強力なツールになります。人口知能やブロックチェーンな どの新しいテクノロジーは、人権の促進と保護に大きく貢献する可能性があります。';

/** The analyst's argument of the sample briefing (E numbers as the sample numbers them). */
export const SAMPLE_ARGUMENT = {
  summary:
    'States and coalitions have long agreed that the rights people have offline must also be protected online (E1). The commitments are consistent across a decade; what is missing is follow-through on shutdowns and on the private surveillance market.',
  findings:
    '- The offline/online formula recurs from the 2011 Freedom Online declaration to the 2022 EPRS study.\n- Restrictions are framed as exceptions that must meet the tests of lawfulness, legitimacy, necessity and proportionality.\n- Governments buy surveillance technology from private firms that disregard human rights.',
  recommendations:
    'The ministry should:\n\n- raise internet shutdowns at the next Human Rights Council session;\n- support export controls on surveillance technology;\n- fund civil society working in repressive environments.',
} as const;

interface ExcerptRow {
  readonly file: string;
  readonly phrase: string;
  readonly rights: readonly ('expression' | 'privacy' | 'assembly-association')[];
  readonly note?: string;
  readonly comment?: string;
}

const EXCERPTS: readonly ExcerptRow[] = [
  {
    file: 'canada-human-rights-online.txt',
    phrase:
      'The rights and freedoms that individuals have offline must also be protected online. Canada is committed to working with international partners to protect Internet freedom, including the rights to online freedom of expression, association and peaceful assembly, as well as to protect privacy online.',
    rights: ['expression', 'assembly-association'],
    note: 'Canada restates the “offline = online” principle and ties it to three rights at once — a useful framing for the opening of the briefing.',
  },
  {
    file: 'foc-joint-action-free-expression.txt',
    phrase:
      'Noting with concern that in many countries these human rights and fundamental freedoms are increasingly subject to restrictions, whereby the flow of information on the Internet and through connection technologies is limited beyond the few exceptional circumstances in which restrictions are acceptable',
    rights: ['expression'],
    note: 'The 2011 declaration already frames restrictions as exceptions that must be justified under international law.\nCompare with the 2020 HRC language on disinformation.\n\nFollow up: which signatories have since imposed shutdowns?',
    comment: 'Cite as the founding statement of the Coalition.',
  },
  {
    file: 'foc-joint-action-free-expression.txt',
    phrase:
      'Collaborating closely to support – both politically and through project aid – the ability of individuals, particularly those operating in repressive environments, to exercise their human rights through the Internet and connection technologies.',
    rights: ['assembly-association', 'expression'],
    note: 'Project aid for people in repressive environments: the operational side of the commitment.',
  },
  {
    file: 'foc-stresses-human-rights-online.txt',
    phrase:
      'saying “we all have a duty to promote and protect human rights in all forums where we engage, including the ITU (International Telecommunications Union).”',
    rights: ['expression'],
    note: '',
  },
  {
    file: 'bhrrc-technology-and-digital-freedom.txt',
    phrase:
      'Moreover, governments are now regularly acquiring powerful surveillance technology from private firms, as Surveillance Industry Index shows. According to Privacy International, the surveillance industry routinely disregards human rights considerations, providing repressive regimes with capabilities often used for tracking of defenders.',
    rights: ['privacy'],
    note: 'Export controls on surveillance technology: see the Summit for Democracy initiative cited by EPRS.',
    comment: 'Strongest evidence in the collection on the private surveillance market.',
  },
  {
    file: 'bhrrc-technology-and-digital-freedom.txt',
    phrase:
      'Internet, mobile, and telecommunications companies’ policies and practices can also positively affect users’ freedom of expression and privacy, including those of defenders, especially when they work together.',
    rights: ['expression', 'privacy'],
    note: 'Company practice can protect as well as harm.',
  },
  {
    file: 'bhrrc-technology-and-digital-freedom.txt',
    phrase: JAPANESE_QUOTE,
    rights: ['privacy', 'expression'],
    note: 'The Japanese version of the BHRRC digest: technology as a powerful tool for human rights (AI, blockchain).',
  },
  {
    file: 'bhrrc-technology-and-digital-freedom.txt',
    phrase:
      'Internet shutdowns are an increasingly common tool by governments to restrict dialogue, debate, online organizing, and information dissemination.',
    rights: ['assembly-association', 'expression'],
    note: 'Shutdowns hit organising first.',
  },
  {
    file: 'eprs-multilateral-initiatives-digital-rights.md',
    phrase:
      'There is a broad consensus that the same human rights and human rights obligations that apply offline also apply in the digital environment. However, new technologies are creating a fundamentally different paradigm for human interaction, and the current international human rights framework has conceptual gaps.',
    rights: ['privacy', 'expression'],
    note: 'EPRS names the gap the briefing is about.',
  },
  {
    file: 'eprs-multilateral-initiatives-digital-rights.md',
    phrase:
      "The silver thread in relevant UNGA resolutions⁶ is that 'the same rights that people have offline must also be protected online'. Similar obligations for duty bearers apply in the digital environment as in the offline context. For example,⁷ UNGA resolutions on the right to privacy make it clear that states have a duty to respect and protect the right to privacy in the context of digital communications;",
    rights: ['privacy'],
    note: 'Footnotes 6 and 7 list the UNGA resolutions (68/167, 69/166, 71/199…).',
  },
  {
    file: 'eprs-multilateral-initiatives-digital-rights.md',
    phrase:
      "A resolution on freedom of opinion and expression (44/12 of 24 July 2020) underlines that responses to disinformation 'must be grounded in international human rights law, including the principles of lawfulness, legitimacy, necessity and proportionality'.",
    rights: ['expression'],
    note: 'HRC resolution 44/12 — the test of lawfulness, legitimacy, necessity and proportionality.',
  },
  {
    file: 'eprs-multilateral-initiatives-digital-rights.md',
    phrase:
      "Canada, Denmark and the United States launched a Surveillance Principles Initiative whose purpose is to outline 'how governments should use surveillance technology in a manner consistent with the Universal Declaration of Human Rights and the rule of law'.",
    rights: ['privacy', 'assembly-association'],
  },
];

const ARABIC_NOTE =
  'Article 19 in the official Arabic text of the UDHR, for the Arabic-language annex.';

/** Reads the corpus and returns its documents with full text, keyed by file name. */
export function loadSampleDocuments(
  corpus = defaultCorpusDirectory(),
): Map<string, BriefingDocument> {
  const manifest = JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as {
    documents: ManifestEntry[];
  };
  const documents = new Map<string, BriefingDocument>();
  for (const entry of manifest.documents) {
    const source = readFileSync(path.join(corpus, entry.file), 'utf8');
    const blocks: BriefingBlock[] = parseDocument(source, entry.format).blocks.map((block) => ({
      kind: block.kind,
      ...(block.level === undefined ? {} : { level: block.level }),
      text: block.text,
      ...(block.page === undefined ? {} : { page: block.page }),
    }));
    documents.set(entry.file, {
      id: `doc:${entry.file.replace(/\.[a-z]+$/, '')}`,
      title: entry.title,
      publisher: entry.publisher,
      year: entry.year,
      kind: entry.kind,
      blocks,
    });
  }
  return documents;
}

/** Finds `phrase` in a document and makes the excerpt (position, ¶ number) for it. */
export function excerptOf(
  document: BriefingDocument,
  phrase: string,
  fields: Omit<BriefingExcerpt, 'docId' | 'quote' | 'position' | 'paragraph' | 'page'>,
): BriefingExcerpt {
  const blocks = document.blocks ?? [];
  const text = blocks.map((block) => block.text).join('\n\n');
  const start = text.indexOf(phrase);
  if (start < 0)
    throw new Error(`Sample phrase not found in ${document.title}: ${phrase.slice(0, 60)}…`);
  let offset = 0;
  let paragraph = 1;
  for (const [index, block] of blocks.entries()) {
    if (start < offset + block.text.length + 2) {
      paragraph = index + 1;
      break;
    }
    offset += block.text.length + 2;
  }
  return {
    ...fields,
    docId: document.id,
    quote: phrase,
    position: { start, end: start + phrase.length },
    paragraph,
    page: blocks[paragraph - 1]?.page ?? null,
  };
}

export interface SampleOptions {
  readonly now: Date;
  /** How many excerpts: the dozen sample ones repeated (with distinct ids) up to this count. */
  readonly count?: number;
  readonly options?: Partial<BriefingOptions>;
  readonly corpus?: string;
}

/** The sample briefing input. */
export function sampleBriefingInput({ now, count, options, corpus }: SampleOptions): BriefingInput {
  const byFile = loadSampleDocuments(corpus);
  const base: BriefingExcerpt[] = EXCERPTS.map((row, index) => {
    const document = byFile.get(row.file);
    if (!document) throw new Error(`Sample document missing: ${row.file}`);
    return excerptOf(document, row.phrase, {
      id: `excerpt:${index + 1}`,
      rightIds: row.rights.map((id) => `right:${id}`),
      note: row.note ?? '',
      comment: row.comment ?? '',
      author: 'A. Analyst',
      created: new Date(Date.UTC(2025, 2, 1 + index, 9, 30)).toISOString(),
    });
  });
  base.push(
    excerptOf(ARABIC_DOCUMENT, ARABIC_QUOTE, {
      id: `excerpt:${base.length + 1}`,
      rightIds: ['right:expression'],
      note: ARABIC_NOTE,
      comment: '',
      author: 'A. Analyst',
      created: new Date(Date.UTC(2025, 2, 20, 9, 30)).toISOString(),
    }),
  );
  const wanted = count ?? base.length;
  const excerpts: BriefingExcerpt[] = [];
  for (let index = 0; index < wanted; index += 1) {
    const template = base[index % base.length];
    if (!template) break;
    excerpts.push(index < base.length ? template : { ...template, id: `excerpt:${index + 1}` });
  }
  return {
    title: 'Human rights online: what states and coalitions have committed to',
    subtitle: 'Excerpts on expression, privacy and assembly from five public sources',
    author: 'A. Analyst',
    organisation: 'Digital Rights Research Unit',
    date: '14 March 2025',
    classification: 'Internal — not for distribution',
    documentType: 'Briefing note',
    reference: 'DRRU/2025/07 v2',
    cutOffDate: '28 February 2025',
    argument: SAMPLE_ARGUMENT,
    language: 'en-GB',
    rights: SAMPLE_RIGHTS,
    documents: [...byFile.values(), ARABIC_DOCUMENT],
    excerpts,
    options: { ...DEFAULT_BRIEFING_OPTIONS, ...options },
    now,
  };
}
