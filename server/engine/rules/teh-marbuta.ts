import { F } from '../chars';
import { T } from '../tokenize';
import type { Rule } from '../types';

/** Words Persian writes with ت; the rest take ه (مدرسة → مدرسه). */
const WITH_TEH = new Set(
  'حجة آیة آية رحمة نعمة دولة ملة امة أمة قدرة سنة جنة عزة عبرة عترة ولایة ولاية هیئة هيئة زکاة زكاة صلاة حیاة حياة مرآة مشکاة نجاة ذات رسالة وصیة وصية برکة بركة شرکة شركة حکومة حكومة عدالة صحة قیمة قيمة ثروة دعوة رؤیة رؤية خلافة امامة إمامة نبوة زیارة زيارة طهارة عبادة حرکة حركة'.split(' '),
);
/** Fixed Arabic phrases that keep ة (ثقة‌الاسلام, دایرة‌المعارف, لیلة‌القدر). */
const KEEP = new Set('ثقة دایرة دائرة ليلة لیلة'.split(' '));

function startsWithArticle(text: string, s: number, e: number): boolean {
  return e - s >= 4 && text.charCodeAt(s) === 0x0627 && text.charCodeAt(s + 1) === 0x0644;
}

export const rule: Rule = {
  meta: {
    id: 'teh-marbuta',
    family: 'letters',
    severity: 'warning',
    fixable: 'suggest',
    section: '§1',
    title: { fa: 'تای گرد (ة) در واژهٔ فارسی', en: 'Teh marbuta (ة) in a Persian word' },
    description: {
      fa: 'در فارسی «ة» به «ت» یا «ه» نوشته می‌شود: «حجة» ← «حجت»، «مدرسة» ← «مدرسه»؛ عبارت‌های ثابت عربی می‌توانند «ة» را نگه دارند.',
      en: 'Persian writes ة as ت or ه: حجة → حجت, مدرسة → مدرسه; fixed Arabic phrases may keep it.',
    },
  },
  check(ctx) {
    if (!(ctx.docFlags & F.TehMarbuta)) return;
    const { tokens, text } = ctx;
    const tehMarbutaTokens = ctx.wordsWith(F.TehMarbuta);
    for (let ti = 0; ti < tehMarbutaTokens.length; ti++) {
      const i = tehMarbutaTokens[ti];
      if (ctx.isIgnoredWord(i)) continue;
      const s = tokens.start[i];
      const e = tokens.end[i];
      const word = text.slice(s, e);
      const at = word.indexOf('ة');
      // Only a word-final ة (before any ZWNJ-joined part) is Persianised.
      const stem = word.slice(0, at + 1);
      if (KEEP.has(stem) || (at + 1 < word.length && word[at + 1] !== '\u200c')) continue;
      // «حجة الاسلام», «آیة الله»: the honorific-spelling rule fixes the whole phrase.
      // Before a word with the Arabic article the phrase is a fixed Arabic construct that
      // keeps its ة: «سلسلة الذهب», «دائرة المعارف», «حجة الاسلام» (the honorific rule fixes that).
      const next = ctx.nextNonSpace(i);
      if (next > 0 && tokens.kind[next] === T.Word && startsWithArticle(text, tokens.start[next], tokens.end[next])) continue;
      const bare = stem.slice(0, -1);
      const withTeh = bare + 'ت';
      const withHeh = bare + 'ه';
      const preferTeh = WITH_TEH.has(stem) || WITH_TEH.has(stem.replace(/^ال/, ''));
      const options = preferTeh ? [withTeh, withHeh] : [withHeh, withTeh];
      const p = s + at;
      ctx.report({
        start: s,
        end: e,
        message: {
          fa: `تای گرد در «${stem}»: «${options[0]}» یا «${options[1]}»`,
          en: `Teh marbuta in “${stem}”: “${options[0]}” or “${options[1]}”`,
        },
        fixes: options.map((o) =>
          ctx.replace(p, p + 1, o.slice(-1), { fa: `تبدیل به «${o}»`, en: `Change to “${o}”` }, false),
        ),
      });
    }
  },
  tests: {
    valid: ['حجت و آیت', 'آیة الله خامنه‌ای', 'حجة الاسلام رفیعی', 'حدیث سلسلة الذهب', 'ثقة‌الاسلام تهرانی', 'قال: إِنَّ الصَّلَاةَ كَانَتْ عَلَى الْمُؤْمِنِينَ'],
    invalid: [
      { text: 'حجة', output: 'حجت', unsafe: true },
      { text: 'آیة', output: 'آیت', unsafe: true },
      { text: 'مدرسة علمیه', output: 'مدرسه علمیه', unsafe: true },
      { text: 'حجة', output: 'حجة', unsafe: false },
      { text: 'رحمة خدا', output: 'رحمت خدا', unsafe: true },
    ],
  },
};
