/**
 * Which CJK face a paragraph's Han characters are drawn in. Chinese, Japanese and Korean share
 * most Han code points but write them differently, so the face follows the paragraph: kana make
 * it Japanese, Hangul Korean, and otherwise the commoner of a few frequent characters that only
 * Simplified or only Traditional Chinese use decides (Simplified when neither appears).
 */
import type { FaceKey } from './briefing-fonts';

/** The CJK faces, in the order they are tried after the preferred one. */
export const CJK_FACES = ['simplifiedChinese', 'traditionalChinese', 'japanese', 'korean'] as const;

/** A face for Han characters. */
export type HanFace = (typeof CJK_FACES)[number] & FaceKey;

const ABOVE_HANGUL_JAMO = /[\u1100-\uffff]/;
const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]/;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/;
/** Any Han ideograph (the basic block and extension A; rarer ones fall back by coverage). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * Frequent characters with different Simplified and Traditional forms, pair by pair (the same
 * position in both strings). Forty-odd pairs suffice: any real paragraph of Chinese uses some.
 */
export const SIMPLIFIED_ONLY =
  '这们说发会时为对个来国学门开关还进过动应经问现书见实东车马鸟鱼语话让边认议论识记设许证该请读谁调贵资费达连选钱铁银错际陆陈难风飞饭馆黄龙齐张项寻传递权护隐无与济';
export const TRADITIONAL_ONLY =
  '這們說發會時為對個來國學門開關還進過動應經問現書見實東車馬鳥魚語話讓邊認議論識記設許證該請讀誰調貴資費達連選錢鐵銀錯際陸陳難風飛飯館黃龍齊張項尋傳遞權護隱無與濟';

const simplified = new Set(SIMPLIFIED_ONLY);
const traditional = new Set(TRADITIONAL_ONLY);

/** The face a paragraph's Han characters prefer (only meaningful when it has some). */
export function hanPreference(paragraph: string): HanFace {
  // Kana, Hangul and Han all lie above U+1100: most paragraphs are settled by one quick test.
  if (!ABOVE_HANGUL_JAMO.test(paragraph)) return 'simplifiedChinese';
  if (KANA.test(paragraph)) return 'japanese';
  if (HANGUL.test(paragraph)) return 'korean';
  if (!HAN.test(paragraph)) return 'simplifiedChinese';
  let balance = 0;
  for (const character of paragraph) {
    if (simplified.has(character)) balance += 1;
    else if (traditional.has(character)) balance -= 1;
  }
  return balance < 0 ? 'traditionalChinese' : 'simplifiedChinese';
}

/** The CJK faces in the order a paragraph preferring `preferred` tries them. */
export function cjkOrder(preferred: HanFace): readonly HanFace[] {
  return [preferred, ...CJK_FACES.filter((face) => face !== preferred)];
}
