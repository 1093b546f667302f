import { changeTitle, SharedTexts } from '../shared-texts';
import { F } from '../chars';
import type { Rule, TextEdit } from '../types';

const MESSAGES = new SharedTexts();
const PERSIAN_FOR: Record<number, string> = { 0x064a: 'ی', 0x0649: 'ی', 0x0643: 'ک' };
const NAME: Record<number, { fa: string; en: string }> = {
  0x064a: { fa: 'ی عربی (ي) به‌جای ی فارسی (ی)', en: 'Arabic yeh (ي) instead of Persian yeh (ی)' },
  0x0649: { fa: 'الف مقصوره (ى) به‌جای ی فارسی (ی)', en: 'Alef maksura (ى) instead of Persian yeh (ی)' },
  0x0643: { fa: 'کاف عربی (ك) به‌جای ک فارسی (ک)', en: 'Arabic kaf (ك) instead of Persian kaf (ک)' },
};

export const rule: Rule = {
  meta: {
    id: 'arabic-letters',
    family: 'letters',
    severity: 'error',
    fixable: 'fix',
    section: '§1',
    title: { fa: 'حروف عربی به‌جای فارسی', en: 'Arabic letters instead of Persian ones' },
    description: {
      fa: 'در واژه‌های فارسی «ي» و «ى» باید «ی» و «ك» باید «ک» باشد.',
      en: 'Persian words use ی (U+06CC) and ک (U+06A9), not Arabic ي ى ك.',
    },
  },
  check(ctx) {
    if (!(ctx.docFlags & F.ArabicLetter)) return;
    const { tokens, text } = ctx;
    const arabicLetterTokens = ctx.wordsWith(F.ArabicLetter);
    for (let ti = 0; ti < arabicLetterTokens.length; ti++) {
      const i = arabicLetterTokens[ti];
      if (ctx.isIgnoredWord(i)) continue;
      const s = tokens.start[i];
      const e = tokens.end[i];
      const edits: TextEdit[] = [];
      let first = 0;
      let fixed = '';
      for (let p = s; p < e; p++) {
        const c = text.charCodeAt(p);
        const to = PERSIAN_FOR[c];
        if (to) {
          edits.push({ start: p, end: p + 1, newText: to });
          if (!first) first = c;
        }
        fixed += to ?? text[p];
      }
      const word = text.slice(s, e);
      ctx.report({
        start: s,
        end: e,
        message: MESSAGES.get(word, () => ({
          fa: `${NAME[first].fa}: «${word}» ← «${fixed}»`,
          en: `${NAME[first].en}: “${word}” → “${fixed}”`,
        })),
        fixes: [{ title: changeTitle(fixed), safe: true, edits }],
      });
    }
  },
  tests: {
    valid: [
      'قم نیوز گزارش داد که کار به پایان رسید.',
      'بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ',
      'Kamal and Yemen are Latin words.',
      { text: 'کد `كتاب` در مارک‌داون دست نمی‌خورد.', markdown: true },
      'نشانی https://example.com/يك را تغییر نده.',
    ],
    invalid: [
      { text: 'قم نيوز', output: 'قم نیوز', errors: 1 },
      { text: 'كتاب و ميز', output: 'کتاب و میز', errors: 2 },
      { text: 'مصطفى', output: 'مصطفی' },
      { text: 'يكي از آنها', output: 'یکی از آنها' },
      { text: 'او گفت: قال رسول اللَّه صَلَّى اللهُ عَلَيْهِ. سپس رفت و كار كرد.', output: 'او گفت: قال رسول اللَّه صَلَّى اللهُ عَلَيْهِ. سپس رفت و کار کرد.', errors: 2 },
      { text: '# عنوان\n\nمتن كوتاه', output: '# عنوان\n\nمتن کوتاه', markdown: true },
    ],
  },
};
