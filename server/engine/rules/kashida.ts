import { SharedTexts } from '../shared-texts';
import { F, TATWEEL } from '../chars';
import type { Rule, TextEdit } from '../types';

const MESSAGES = new SharedTexts();

export const rule: Rule = {
  meta: {
    id: 'kashida',
    family: 'letters',
    severity: 'error',
    fixable: 'fix',
    section: '§1',
    title: { fa: 'کشیده (ـ) در واژه', en: 'Tatweel (kashida) inside a word' },
    description: {
      fa: 'کشیده (ـ) برای کشیدن حروف است و در متن خبری حذف می‌شود.',
      en: 'Tatweel (U+0640) only stretches letters; press text removes it.',
    },
  },
  check(ctx) {
    if (!(ctx.docFlags & F.Tatweel)) return;
    const { tokens, text } = ctx;
    const tatweelTokens = ctx.wordsWith(F.Tatweel);
    for (let ti = 0; ti < tatweelTokens.length; ti++) {
      const i = tatweelTokens[ti];
      if (ctx.isIgnoredWord(i)) continue;
      const s = tokens.start[i];
      const e = tokens.end[i];
      const edits: TextEdit[] = [];
      for (let p = s; p < e; p++) {
        if (text.charCodeAt(p) !== TATWEEL) continue;
        let q = p;
        while (q < e && text.charCodeAt(q) === TATWEEL) q++;
        edits.push({ start: p, end: q, newText: '' });
        p = q - 1;
      }
      const word = text.slice(s, e);
      const fixed = word.split('\u0640').join('');
      if (!fixed) continue;
      ctx.report({
        start: s,
        end: e,
        message: MESSAGES.get(word, () => ({ fa: `کشیده در «${word}» ← «${fixed}»`, en: `Tatweel in “${word}” → “${fixed}”` })),
        fixes: [{ title: { fa: 'حذف کشیده', en: 'Remove tatweel' }, safe: true, edits }],
      });
    }
  },
  tests: {
    valid: ['ایران بزرگ است.'],
    invalid: [
      { text: 'ایـــران بزرگ', output: 'ایران بزرگ' },
      { text: 'مـحـمـد', output: 'محمد', errors: 1 },
    ],
  },
};
