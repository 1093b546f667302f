import { F, FOLD, fold } from '../chars';
import { pdfLexicon } from '../morphology/segment';
import { COMPOUNDS, HEH, joins } from '../morphology/suffixes';
import { T } from '../tokenize';
import type { Rule, TextEdit } from '../types';
import { fixTitle, zwnjMessage } from './zwnj-plural';

const Z = '\u200c';
const BE = 'به';
const DAR = 'در';

/**
 * Whether text[a, a + n) and text[b, b + n) are the same letters (folded, so «ك» and «ک» match).
 */
function sameLetters(text: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (FOLD[text.charCodeAt(a + k)] !== FOLD[text.charCodeAt(b + k)]) return false;
  return true;
}

/**
 * A glued reduplication (STYLE.md §2 compounds): a word doubled («تکهتکه» → «تکه‌تکه») or joined
 * by «به» («جابهجا» → «جابه‌جا», «دستبهدست» → «دست‌به‌دست»: «به» leans on a first part ending in
 * a non-joining letter, and stands between ZWNJs after a joining one) or «در» («پیدرپی»). The repeated part ends at
 * partEnd; cuts are where the ZWNJs go. Null when the word is no such shape.
 */
export function reduplication(text: string, s: number, e: number): { partEnd: number; cuts: number[] } | null {
  const n = e - s;
  if (n < 6) return null;
  // A word doubled: each half three letters or more, ending in a joining letter (else no glue shows).
  if (n % 2 === 0) {
    const half = s + n / 2;
    if (joins(text.charCodeAt(half - 1)) && sameLetters(text, s, half, n / 2)) return { partEnd: half, cuts: [half] };
  } else return null;
  // A word, «به» or «در», the same word: each two letters or more.
  const be = s + (n - 2) / 2;
  if (!sameLetters(text, s, be + 2, be - s)) return null;
  if (text.startsWith(BE, be)) return { partEnd: be, cuts: joins(text.charCodeAt(be - 1)) ? [be, be + 2] : [be + 2] };
  // «پیدرپی» → «پی‌درپی»: after «در» nothing joins; after a non-joining letter no glue shows.
  if (text.startsWith(DAR, be) && joins(text.charCodeAt(be - 1))) return { partEnd: be, cuts: [be] };
  return null;
}

export const rule: Rule = {
  meta: {
    id: 'zwnj-reduplication',
    family: 'zwnj',
    severity: 'warning',
    fixable: 'fix',
    section: '§2',
    title: { fa: 'نیم‌فاصله در واژه‌های مکرر', en: 'ZWNJ in reduplicated words' },
    description: {
      fa: 'واژهٔ تکرارشده و ترکیب «… به …» با نیم‌فاصله نوشته می‌شوند، نه چسبیده: «تکهتکه» ← «تکه‌تکه»، «جابهجا» ← «جابه‌جا»، «دستبهدست» ← «دست‌به‌دست». تنها وقتی که جزء تکرارشده واژه‌ای شناخته باشد و کل واژه نباشد.',
      en: 'A reduplicated word and a «… به …» compound take ZWNJs, not glue: تکهتکه → تکه‌تکه, جابهجا → جابه‌جا, دستبهدست → دست‌به‌دست. Only when the repeated part is a known word and the whole is not.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const { kind, start, end, flags, count } = tokens;
    let lexicon: ReturnType<typeof pdfLexicon> | undefined;
    for (let i = 0; i < count; i++) {
      if (kind[i] !== T.Word || flags[i] & F.Joiner) continue;
      const s = start[i];
      const e = end[i];
      if (e - s < 6 || e - s > 24) continue;
      const r = reduplication(text, s, e);
      if (!r || ctx.isIgnoredWord(i)) continue;
      lexicon ??= pdfLexicon();
      const h = tokens.fhash[i];
      // A listed compound («روبهرو») is zwnj-compound's. A dictionary word is left, except «… به …»
      // after a joining letter, where the glue shows («قدمبهقدم»), and a word in «ه» doubled: the
      // dictionary lists «تکهتکه» only because it drops every ZWNJ.
      const gluedShows = r.cuts.length >= 2 || text.charCodeAt(r.partEnd - 1) === HEH;
      if (COMPOUNDS.mayHave(h) || (lexicon.hasWord(h) && !gluedShows) || !lexicon.known(fold(text.slice(s, r.partEnd)))) continue;
      const { cuts } = r;
      const edits: TextEdit[] = cuts.map((c) => ({ start: c, end: c, newText: Z }));
      const from = text.slice(s, e);
      let to = '';
      let p = s;
      for (const c of cuts) {
        to += text.slice(p, c) + Z;
        p = c;
      }
      to += text.slice(p, e);
      ctx.report({ start: s, end: e, message: zwnjMessage(from, to), fixes: [{ title: fixTitle(to), safe: true, edits }] });
    }
  },
  tests: {
    valid: [
      'سنگ را تکه‌تکه کرد و جابه‌جا شد و دست‌به‌دست گشت.',
      'جا به جا و تکه تکه',
      'راهروهای تودرتو و سرتاسر کشور',
      'بابا و ماما آمدند و کمکم کرد.',
      'نانا و لالا',
    ],
    invalid: [
      { text: 'مردم دستهدسته آمدند و زمین قطعهقطعه شد.', output: `مردم دسته${Z}دسته آمدند و زمین قطعه${Z}قطعه شد.`, errors: 2 },
      // The dictionary lists «تکهتکه» (its words carry no ZWNJ): a word in «ه» doubled all the same.
      { text: 'گاردریل‌ها را تکهتکه بار کردند.', output: `گاردریل‌ها را تکه${Z}تکه بار کردند.`, errors: 1 },
      { text: 'بار را جابهجا کرد و دستبهدست گشت.', output: `بار را جابه${Z}جا کرد و دست${Z}به${Z}دست گشت.`, errors: 2 },
      { text: 'خشکسالی‌های پیدرپی ادامه دارد.', output: `خشکسالی‌های پی${Z}درپی ادامه دارد.`, errors: 1 },
      // The dictionary lists «قدمبهقدم» glued, but after a joining letter the glue shows.
      { text: 'قدمبهقدم به تمرین برگشت.', output: `قدم${Z}به${Z}قدم به تمرین برگشت.`, errors: 1 },
    ],
  },
};
