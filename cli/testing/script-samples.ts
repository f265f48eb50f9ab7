/**
 * Test support: one sentence of Article 19 of the Universal Declaration of Human Rights (the
 * right to freedom of opinion and expression) in each script the briefing's fallback chain
 * covers, and a briefing input quoting every one. Round-trip tests build it and read each
 * sentence back; every sentence is short enough to stay on one line of a quotation.
 *
 * To add a script: add a row to SCRIPT_SAMPLES with the face that must draw it (its Han
 * characters, for CJK) and a sentence in NFC.
 */
import type { BriefingInput } from '../../shared/briefing/briefing-input';
import { DEFAULT_BRIEFING_OPTIONS } from '../../shared/briefing/briefing-input';
import type { FaceKey } from '../../shared/briefing/briefing-fonts';
import { SAMPLE_RIGHTS } from '../sample-briefing';

export interface ScriptSample {
  readonly script: string;
  /** BCP 47 tag of the sentence. */
  readonly language: string;
  /** The face that draws the sentence's own script in a quotation (serif text). */
  readonly face: FaceKey;
  readonly quote: string;
}

export const SCRIPT_SAMPLES: readonly ScriptSample[] = [
  {
    script: 'Latin',
    language: 'en',
    face: 'serif',
    quote: 'Everyone has the right to freedom of opinion and expression.',
  },
  {
    script: 'Latin (Vietnamese)',
    language: 'vi',
    face: 'serif',
    quote: 'Mọi người đều có quyền tự do ngôn luận và bày tỏ quan điểm.',
  },
  {
    script: 'Greek',
    language: 'el',
    face: 'serif',
    quote: 'Καθένας έχει το δικαίωμα της ελευθερίας της γνώμης και της έκφρασης.',
  },
  {
    script: 'Cyrillic',
    language: 'ru',
    face: 'serif',
    quote: 'Каждый человек имеет право на свободу убеждений и на свободное выражение их.',
  },
  {
    script: 'Arabic',
    language: 'ar',
    face: 'arabic',
    quote: 'لكل شخص الحق في حرية الرأي والتعبير.',
  },
  {
    script: 'Hebrew',
    language: 'he',
    face: 'hebrew',
    quote: 'לכל אדם הזכות לחירות הדעה והביטוי.',
  },
  {
    script: 'Devanagari',
    language: 'hi',
    face: 'devanagari',
    quote: 'प्रत्येक व्यक्ति को विचार और उसकी अभिव्यक्ति की स्वतंत्रता का अधिकार है।',
  },
  {
    script: 'Simplified Chinese',
    language: 'zh-Hans',
    face: 'simplifiedChineseSerif',
    quote: '人人有权享有主张和发表意见的自由；此项权利包括寻求、接受和传递消息和思想的自由。',
  },
  {
    script: 'Traditional Chinese',
    language: 'zh-Hant',
    face: 'traditionalChinese',
    quote: '人人有權享有主張和發表意見的自由；此項權利包括尋求、接受和傳遞消息和思想的自由。',
  },
  {
    script: 'Japanese',
    language: 'ja',
    face: 'japaneseSerif',
    quote: 'すべて人は、意見及び表現の自由に対する権利を有する。',
  },
  {
    script: 'Korean',
    language: 'ko',
    face: 'korean',
    quote: '모든 사람은 의견과 표현의 자유에 대한 권리를 가진다.',
  },
];

/** A briefing quoting every sample once, each from a document of its own (with its text). */
export function scriptsBriefingInput(now: Date): BriefingInput {
  const expression = SAMPLE_RIGHTS.find((right) => right.id.includes('expression'));
  if (!expression) throw new Error('The built-in rights have no expression right.');
  return {
    title: 'Article 19 in eleven scripts',
    subtitle: '',
    author: 'Rightsmark tests',
    organisation: '',
    date: '',
    classification: '',
    language: 'en',
    now,
    rights: [expression],
    documents: SCRIPT_SAMPLES.map((sample, index) => ({
      id: `doc:${index}`,
      title: `UDHR, Article 19 (${sample.script})`,
      publisher: 'United Nations',
      year: 1948,
      kind: 'declaration',
      language: sample.language,
      blocks: [{ kind: 'paragraph', text: sample.quote }],
    })),
    excerpts: SCRIPT_SAMPLES.map((sample, index) => ({
      id: `excerpt:${index}`,
      docId: `doc:${index}`,
      quote: sample.quote,
      rightIds: [expression.id],
      note: '',
      comment: '',
      paragraph: 1,
      page: null,
      author: '',
      created: now.toISOString(),
      position: { start: 0, end: sample.quote.length },
    })),
    options: { ...DEFAULT_BRIEFING_OPTIONS, includeSummary: false },
  };
}
