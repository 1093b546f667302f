import { F } from '../chars';
import type { RuleContext } from '../context';
import { T } from '../tokenize';
import type { Rule } from '../types';

/** Punctuation that takes no space before it and one space after it. */
const CLOSING = new Set([...'.،؛:؟!)»'].map((c) => c.charCodeAt(0)));
/** Punctuation that takes no space after it. */
const OPENING = new Set([...'(«'].map((c) => c.charCodeAt(0)));
const ONE_SPACE = 0x20;

function isWord(ctx: RuleContext, i: number): boolean {
  return i >= 0 && i < ctx.tokens.count && ctx.tokens.kind[i] === T.Word && !(ctx.tokens.flags[i] & F.ArabicSpan);
}

function punctAt(ctx: RuleContext, i: number, set: Set<number>): boolean {
  return i >= 0 && i < ctx.tokens.count && ctx.tokens.kind[i] === T.Punct && set.has(ctx.text.charCodeAt(ctx.tokens.start[i]));
}

function plainSpaces(text: string, s: number, e: number): boolean {
  for (let p = s; p < e; p++) if (text.charCodeAt(p) !== ONE_SPACE) return false;
  return true;
}

export const rule: Rule = {
  meta: {
    id: 'punctuation-spacing',
    family: 'punctuation',
    severity: 'warning',
    fixable: 'fix',
    section: '§5',
    title: { fa: 'فاصله‌گذاری نشانه‌های نگارشی', en: 'Spacing around punctuation' },
    description: {
      fa: 'پیش از . ، ؛ : ؟ ! ) » فاصله نمی‌آید و پس از آنها یک فاصله؛ درون پرانتز و گیومه فاصله نمی‌آید؛ میان دو واژه یک فاصله.',
      en: 'No space before . ، ؛ : ؟ ! ) », one space after; no space inside ( ) or « »; one space between words.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const n = tokens.count;
    for (let i = 0; i < n; i++) {
      const k = tokens.kind[i];
      if (k === T.Space) {
        const s = tokens.start[i];
        const e = tokens.end[i];
        if (i === 0 || i + 1 >= n || tokens.kind[i - 1] === T.Newline || tokens.kind[i + 1] === T.Newline) continue;
        if (!plainSpaces(text, s, e)) continue;
        if (isWord(ctx, i - 1) && punctAt(ctx, i + 1, CLOSING)) {
          const p = text[tokens.start[i + 1]];
          ctx.report({
            start: s,
            end: tokens.end[i + 1],
            message: { fa: `فاصلهٔ اضافه پیش از «${p}»`, en: `Extra space before “${p}”` },
            fixes: [ctx.replace(s, e, '', { fa: 'حذف فاصله', en: 'Remove the space' })],
          });
        } else if (punctAt(ctx, i - 1, OPENING) && isWord(ctx, i + 1)) {
          const p = text[tokens.start[i - 1]];
          ctx.report({
            start: tokens.start[i - 1],
            end: e,
            message: { fa: `فاصلهٔ اضافه پس از «${p}»`, en: `Extra space after “${p}”` },
            fixes: [ctx.replace(s, e, '', { fa: 'حذف فاصله', en: 'Remove the space' })],
          });
        } else if (e - s > 1 && isWord(ctx, i - 1) && isWord(ctx, i + 1)) {
          ctx.report({
            start: s,
            end: e,
            message: { fa: 'بیش از یک فاصله میان دو واژه', en: 'More than one space between words' },
            fixes: [ctx.replace(s, e, ' ', { fa: 'یک فاصله', en: 'Use one space' })],
          });
        }
        continue;
      }
      // A closing mark glued to the next Persian word: «گفت:او» → «گفت: او».
      if (k === T.Punct && isWord(ctx, i + 1) && punctAt(ctx, i, CLOSING)) {
        const c = text.charCodeAt(tokens.start[i]);
        // "." and ":" between two words without spaces are often abbreviations or times; only after a word.
        if ((c === 0x2e || c === 0x3a) && !isWord(ctx, i - 1)) continue;
        if (i > 0 && tokens.kind[i - 1] === T.Punct && !punctAt(ctx, i - 1, CLOSING)) continue;
        const e = tokens.end[i];
        const p = text[tokens.start[i]];
        ctx.report({
          start: tokens.start[i],
          end: tokens.end[i + 1],
          message: { fa: `پس از «${p}» یک فاصله لازم است`, en: `One space is needed after “${p}”` },
          fixes: [ctx.replace(e, e, ' ', { fa: 'افزودن فاصله', en: 'Add a space' })],
        });
      }
    }
  },
  tests: {
    valid: [
      'قم نیوز: دیدار معاون وزیر.',
      'او گفت «سلام» و رفت (دیروز).',
      'ساعت 10:30 و عدد ۱۲.۵ است.',
      '  تورفتگی آغاز سطر می‌ماند.',
      'Hello , world .',
      'نشانی www.example.com را ببینید.',
      { text: 'متن `a  b` است.', markdown: true },
    ],
    invalid: [
      { text: 'قم نیوز : دیدار', output: 'قم نیوز: دیدار' },
      { text: 'گفت ، رفت .', output: 'گفت، رفت.', errors: 2 },
      { text: 'گفت:او آمد', output: 'گفت: او آمد' },
      { text: 'تهران،ایران', output: 'تهران، ایران' },
      { text: 'حضرت ( ره ) گفت', output: 'حضرت (ره) گفت', errors: 2 },
      { text: 'موضوع « ابر » است', output: 'موضوع «ابر» است', errors: 2 },
      { text: 'دو  واژه', output: 'دو واژه' },
    ],
  },
};
