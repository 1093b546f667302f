import { T } from '../tokenize';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'arabic-digits',
    family: 'letters',
    severity: 'error',
    fixable: 'fix',
    section: '§1',
    title: { fa: 'رقم عربی به‌جای رقم فارسی', en: 'Arabic-Indic digits instead of Persian digits' },
    description: {
      fa: 'رقم‌های عربی (٤ ٥ ٦) در متن فارسی باید رقم فارسی (۴ ۵ ۶) باشند.',
      en: 'Arabic-Indic digits (U+0660–0669) are written as Persian digits (U+06F0–06F9).',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const numberTokens = ctx.indexesOf(T.Number);
    for (let ti = 0; ti < numberTokens.length; ti++) {
      const i = numberTokens[ti];
      const s = tokens.start[i];
      const e = tokens.end[i];
      let has = false;
      for (let p = s; p < e && !has; p++) {
        const c = text.charCodeAt(p);
        has = c >= 0x0660 && c <= 0x0669;
      }
      if (!has) continue;
      const word = text.slice(s, e);
      const fixed = word.replace(/[٠-٩]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0x90));
      ctx.report({
        start: s,
        end: e,
        message: { fa: `رقم عربی: «${word}» ← «${fixed}»`, en: `Arabic-Indic digits: “${word}” → “${fixed}”` },
        fixes: [ctx.replace(s, e, fixed, { fa: `تبدیل به «${fixed}»`, en: `Change to “${fixed}”` })],
      });
    }
  },
  tests: {
    valid: ['سال ۱۴۰۴ بود.', 'in 2025 it was', { text: 'کد `٤٥` بماند', markdown: true }],
    invalid: [
      { text: 'سال ١٤٠٤ بود.', output: 'سال ۱۴۰۴ بود.' },
      { text: '٤ نفر و ۵ نفر', output: '۴ نفر و ۵ نفر', errors: 1 },
    ],
  },
};
