import { F } from '../chars';
import type { Rule, TextEdit } from '../types';

/** Base letters of one presentation-form character (ﻻ → لا, ﯽ → ی, ﹼ → ّ). */
export function decompose(ch: string): string {
  const code = ch.charCodeAt(0);
  const base = ch.normalize('NFKC');
  // Isolated harakat (U+FE70–FE7F) decompose to a space plus the mark; keep the mark only.
  return code >= 0xfe70 && code <= 0xfe7f ? base.replace(/^ /, '') : base;
}

export const rule: Rule = {
  meta: {
    id: 'presentation-forms',
    family: 'letters',
    severity: 'error',
    fixable: 'fix',
    section: '§1',
    title: { fa: 'شکل‌های نمایشی حروف', en: 'Arabic presentation forms' },
    description: {
      fa: 'نویسه‌های نمایشی (مانند ﻻ و ﷲ) که از PDF می‌آیند باید به حروف پایه تبدیل شوند.',
      en: 'Presentation-form characters (ﻻ, ﷲ), often pasted from PDFs, are decomposed to base letters.',
    },
  },
  check(ctx) {
    if (!(ctx.docFlags & F.Presentation)) return;
    const { tokens, text } = ctx;
    const presentationTokens = ctx.wordsWith(F.Presentation);
    for (let ti = 0; ti < presentationTokens.length; ti++) {
      const i = presentationTokens[ti];
      if (ctx.isIgnoredWord(i)) continue;
      const s = tokens.start[i];
      const e = tokens.end[i];
      const edits: TextEdit[] = [];
      let fixed = '';
      for (let p = s; p < e; p++) {
        const c = text.charCodeAt(p);
        const isForm = (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
        const base = isForm ? decompose(text[p]) : text[p];
        if (isForm && base !== text[p]) edits.push({ start: p, end: p + 1, newText: base });
        fixed += base;
      }
      if (!edits.length) continue;
      const word = text.slice(s, e);
      ctx.report({
        start: s,
        end: e,
        message: { fa: `شکل نمایشی حروف: «${word}» ← «${fixed}»`, en: `Presentation forms: “${word}” → “${fixed}”` },
        fixes: [{ title: { fa: `تبدیل به «${fixed}»`, en: `Change to “${fixed}”` }, safe: true, edits }],
      });
    }
  },
  tests: {
    valid: ['لازم است که اطلاعات برسد.'],
    invalid: [
      { text: 'ﻻزم است', output: 'لازم است' },
      { text: 'به نام ﷲ', output: 'به نام الله' },
      { text: 'ﻣﺤﻤﺪ', output: 'محمد', errors: 1 },
    ],
  },
};
