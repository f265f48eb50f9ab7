/**
 * A quotation as the briefing prints it, in the quotation marks of its language.
 */
import { tidyMultiline } from './layout-context';

const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]/;

/**
 * A quotation as it is printed: paragraph breaks kept as line breaks, in the quotation marks of
 * its language: 「」 for Japanese (kana tell it), curly quotes otherwise (Chinese and Korean
 * use “” too).
 */
export function quotationText(quote: string): string {
  const text = tidyMultiline(quote).replace(/\n\s*\n/g, '\n');
  return KANA.test(text) ? `「${nestedJapanese(text)}」` : `“${nested(text)}”`;
}

/**
 * Quotation marks inside the quotation become the inner kind, as typesetters nest them, so a
 * quote that ends on a quotation does not close with ””: “…saying ‘we all…Union).’”
 */
function nested(text: string): string {
  return text
    .replace(/"([^"\n]*)"/g, '‘$1’')
    .replace(/“/g, '‘')
    .replace(/”/g, '’');
}

/** 「」 inside a Japanese quotation become 『』. */
function nestedJapanese(text: string): string {
  return text.replace(/「/g, '『').replace(/」/g, '』');
}
