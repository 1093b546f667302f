import { changeTitle, SharedTexts } from '../shared-texts';
import { F } from '../chars';
import type { RuleContext } from '../context';
import { T, type Tokens } from '../tokenize';
import type { Rule } from '../types';

const MESSAGES = new SharedTexts();
/** The Persian decimal separator (U+066B), «۱۲٫۵». */
const MOMAYYEZ = 0x066b;

/** text[s, e) with the digits in [from, from + 9] moved to the block starting at `to`. */
function convertDigits(text: string, s: number, e: number, from: number, to: number): string {
  let out = '';
  let copied = s;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c < from || c > from + 9) continue;
    out += text.slice(copied, p) + String.fromCharCode(c - from + to);
    copied = p + 1;
  }
  return out + text.slice(copied, e);
}

/** A run of numbers and punctuation with no space inside, e.g. 2025-09-19 or 12.5. */
function runBounds(ctx: RuleContext, i: number): [number, number] {
  const { kind } = ctx.tokens;
  let a = i;
  let b = i;
  while (a > 0 && (kind[a - 1] === T.Number || kind[a - 1] === T.Punct)) a--;
  while (b + 1 < ctx.tokens.count && (kind[b + 1] === T.Number || kind[b + 1] === T.Punct)) b++;
  return [a, b];
}

function neighbour(ctx: RuleContext, from: number, step: 1 | -1): number {
  for (let j = from + step; j >= 0 && j < ctx.tokens.count; j += step) {
    const k = ctx.tokens.kind[j];
    if (k === T.Space || k === T.Punct) continue;
    return k === T.Newline ? -1 : j;
  }
  return -1;
}

function isForeign(tokens: Tokens, j: number): boolean {
  if (j < 0) return false;
  const k = tokens.kind[j];
  return k === T.Latin || k === T.Url || k === T.Email || k === T.Code;
}

function isPersianWord(tokens: Tokens, j: number): boolean {
  return j >= 0 && tokens.kind[j] === T.Word && !(tokens.flags[j] & F.ArabicSpan);
}

export const rule: Rule = {
  meta: {
    id: 'latin-digits',
    family: 'punctuation',
    severity: 'information',
    fixable: 'suggest',
    section: '§5',
    title: { fa: 'رقم لاتین در متن فارسی', en: 'Latin digits in Persian text' },
    description: {
      fa: 'در متن فارسی رقم‌ها فارسی نوشته می‌شوند؛ نشانی‌ها، واژه‌های لاتین و کد دست نمی‌خورند. گزینهٔ digits: «persian» (پیش‌فرض) یا «latin».',
      en: 'Persian text uses Persian digits; URLs, Latin words and code are untouched. Option digits: "persian" (default) or "latin".',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const wantLatin = ctx.option<string>('digits', 'persian') === 'latin';
    const wrongKind = (i: number) => {
      const c = text.charCodeAt(tokens.start[i]);
      return wantLatin ? c >= 0x06f0 && c <= 0x06f9 : c >= 0x30 && c <= 0x39;
    };
    // One finding per run of numbers («1403/05/12», «12.5»): its numbers are one value to the
    // editor, and bounds per number were quadratic on "1.2.3.4…" lines.
    let runEnd = -1;
    const numberTokens = ctx.indexesOf(T.Number);
    for (let ti = 0; ti < numberTokens.length; ti++) {
      const i = numberTokens[ti];
      if (i <= runEnd || !wrongKind(i)) continue;
      const [a, b] = runBounds(ctx, i);
      runEnd = b;
      const before = neighbour(ctx, a, -1);
      const after = neighbour(ctx, b, 1);
      if (isForeign(tokens, before) || isForeign(tokens, after)) continue;
      if (!isPersianWord(tokens, before) && !isPersianWord(tokens, after)) continue;
      let last = i;
      for (let j = i + 1; j <= b; j++) if (tokens.kind[j] === T.Number && wrongKind(j)) last = j;
      const s = tokens.start[i];
      const e = tokens.end[last];
      const word = text.slice(s, e);
      let fixed = wantLatin ? convertDigits(text, s, e, 0x06f0, 0x30) : convertDigits(text, s, e, 0x30, 0x06f0);
      // A decimal number takes the decimal separator of its digits: «12.5» → «۱۲٫۵», «۱۲٫۵» → «12.5».
      if (last === i + 2 && e - s === fixed.length) {
        const sep = text.charCodeAt(tokens.start[i + 1]);
        if (tokens.end[i + 1] - tokens.start[i + 1] === 1 && sep === (wantLatin ? MOMAYYEZ : 0x2e)) {
          const at = tokens.start[i + 1] - s;
          fixed = fixed.slice(0, at) + (wantLatin ? '.' : '\u066b') + fixed.slice(at + 1);
        }
      }
      // The word decides the direction (Latin or Persian digits), so it alone keys the text.
      const message = MESSAGES.get(word, () =>
          wantLatin
            ? { fa: `رقم فارسی در متن: «${word}» ← «${fixed}»`, en: `Persian digits: “${word}” → “${fixed}”` }
            : { fa: `رقم لاتین در متن فارسی: «${word}» ← «${fixed}»`, en: `Latin digits in Persian text: “${word}” → “${fixed}”` },
      );
      ctx.reportEdit(s, e, message, changeTitle(fixed), s, e, fixed);
    }
  },
  tests: {
    valid: [
      'سال ۱۴۰۴',
      'date 2025-09-19 به گزارش',
      'نسخهٔ GPT 4 آمد',
      'نشانی https://x.ir/2025 را ببینید',
      { text: 'کد `x = 12` است', markdown: true },
      'Windows 11 and 2025',
    ],
    invalid: [
      { text: 'سال 1404 بود', output: 'سال ۱۴۰۴ بود', unsafe: true },
      { text: 'در 12.5 درصد', output: 'در ۱۲٫۵ درصد', unsafe: true, errors: 1 },
      { text: 'دستگاه 1.5 تسلا است', output: 'دستگاه ۱٫۵ تسلا است', unsafe: true, errors: 1 },
      // Not a decimal: a version or a date keeps its dots.
      { text: 'نسخه 1.2.3 آمد', output: 'نسخه ۱.۲.۳ آمد', unsafe: true, errors: 1 },
      { text: 'رشد ۱۲٫۵ درصد', output: 'رشد 12.5 درصد', unsafe: true, options: { digits: 'latin' } },
      { text: 'جلسه در تاریخ 1403/05/12 برگزار شد.', output: 'جلسه در تاریخ ۱۴۰۳/۰۵/۱۲ برگزار شد.', unsafe: true, errors: 1 },
      { text: 'ساعت ۱۰:30 و 11:45 بود', output: 'ساعت ۱۰:۳۰ و ۱۱:۴۵ بود', unsafe: true, errors: 2 },
      { text: 'سال ۱۴۰۴ بود', output: 'سال 1404 بود', unsafe: true, options: { digits: 'latin' } },
    ],
  },
};
