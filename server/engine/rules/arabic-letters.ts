import { changeTitle, SharedPairs } from '../shared-texts';
import { F } from '../chars';
import type { Msg, Rule, TextEdit } from '../types';

/** A word's message and fix title, made once per spelling (a pasted article repeats its words). */
const WORD_TEXTS = new SharedPairs();
const PERSIAN_FOR: Record<number, string> = { 0x064a: 'ی', 0x0649: 'ی', 0x0643: 'ک' };
const NAME: Record<number, { fa: string; en: string }> = {
  0x064a: { fa: 'ی عربی (ي) به‌جای ی فارسی (ی)', en: 'Arabic yeh (ي) instead of Persian yeh (ی)' },
  0x0649: { fa: 'الف مقصوره (ى) به‌جای ی فارسی (ی)', en: 'Alef maksura (ى) instead of Persian yeh (ی)' },
  0x0643: { fa: 'کاف عربی (ك) به‌جای ک فارسی (ک)', en: 'Arabic kaf (ك) instead of Persian kaf (ک)' },
};

function textsFor(word: string): { message: Msg; title: Msg } {
  let fixed = '';
  let first = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    const to = PERSIAN_FOR[c];
    if (to !== undefined && !first) first = c;
    fixed += to ?? word[k];
  }
  return {
    message: Object.freeze({ fa: `${NAME[first].fa}: «${word}» ← «${fixed}»`, en: `${NAME[first].en}: “${word}” → “${fixed}”` }),
    title: changeTitle(fixed),
  };
}

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
      const word = text.slice(s, e);
      const texts = WORD_TEXTS.get(word, () => textsFor(word));
      let first = -1;
      let letters = 0;
      for (let p = s; p < e; p++) {
        if (PERSIAN_FOR[text.charCodeAt(p)] === undefined) continue;
        if (first < 0) first = p;
        letters++;
      }
      if (letters === 1) {
        ctx.reportEdit(s, e, texts.message, texts.title, first, first + 1, PERSIAN_FOR[text.charCodeAt(first)], true);
        continue;
      }
      const edits: TextEdit[] = [];
      for (let p = first; p < e; p++) {
        const to = PERSIAN_FOR[text.charCodeAt(p)];
        if (to !== undefined) edits.push({ start: p, end: p + 1, newText: to });
      }
      ctx.report({ start: s, end: e, message: texts.message, fixes: [{ title: texts.title, safe: true, edits }] });
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
