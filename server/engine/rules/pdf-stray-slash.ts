import { T } from '../tokenize';
import type { Rule } from '../types';
import { foldWithMap, pdfLexicon, tokenContaining } from '../morphology/segment';
import { COMPOUNDS, SECOND_PARTS } from '../morphology/suffixes';

/** [damaged sentence, repaired sentence]: export marks left inside a word. */
const BROKEN: [string, string][] = [
  ['مع//اون وزیر در جلسه حضور داشت.', 'معاون وزیر در جلسه حضور داشت.'],
  ['این طرح اس//ت که اجرا می‌شود.', 'این طرح است که اجرا می‌شود.'],
  ['توس//عه اقتصادی', 'توسعه اقتصادی'],
  ['مدی/ریت منابع', 'مدیریت منابع'],
  ['خدم//ات الکترونیکی', 'خدمات الکترونیکی'],
  ['اطلا//عات تکمیلی', 'اطلاعات تکمیلی'],
  ['استان//دار قم گفت', 'استاندار قم گفت'],
  ['برنا//مه‌های فرهنگی', 'برنامه‌های فرهنگی'],
  ['نشس//ت خبری', 'نشست خبری'],
  ['سازم/ان ملی', 'سازمان ملی'],
  ['وزار/\\ت کشور', 'وزارت کشور'],
  ['فرهن|/گی و هنری', 'فرهنگی و هنری'],
  ['دانشگ///اه تهران', 'دانشگاه تهران'],
  ['همکار//ی دو کشور', 'همکاری دو کشور'],
  ['دومین بیمارستان خیر//ساز استان', 'دومین بیمارستان خیرساز استان'],
  // Where a listed compound had its ZWNJ, the ZWNJ comes back.
  ['رئیس سازمان آتش//نشانی و شرکت‌های دانش//بنیان', 'رئیس سازمان آتش\u200cنشانی و شرکت‌های دانش\u200cبنیان'],
  ['اداره کل راه//داری', 'اداره کل راهداری'],
  // A doubled mark before a fragment that is no word, in a word the lexicon lacks.
  ['در فهرست طرح‌ها گنج//انده شده است.', 'در فهرست طرح‌ها گنجانده شده است.'],
  // A word the dictionary lists though the common-word list lacks it, cut before its ZWNJ.
  ['پیام ع//لاقه‌مندان رسید.', 'پیام علاقه‌مندان رسید.'],
  // One letter before a doubled mark, a fragment that is no word after it («ب//ستگان»).
  ['همچنین ب//ستگان او آمدند.', 'همچنین بستگان او آمدند.'],
];

const INTACT = [
  'این نامه در تاریخ ۱۴۰۴/۰۲/۰۳ ارسال شد.',
  'قیمت هر قطعه ۱/۵ میلیون تومان است.',
  'متقاضیان و/یا نمایندگان آنها حاضر شوند.',
  'خبرنگار/عکاس: علی محمدی',
  'نویسنده/مترجم این کتاب',
  'دانشجو/دانش‌آموز',
  'مرد/زن',
  'جوی/جو/جه',
  'کار/گاه',
  'نشانی https://www.irna.ir/news/85123456 را ببینید.',
  'نشانی www.mehrnews.com/fa/news را ببینید.',
  'عدد ۳/۴ را در نظر بگیرید.',
  'A/B testing در این طرح انجام شد.',
  'ج/ا ایران',
  'کار / گاه',
  'این نامه // آن نامه',
  'مسیر تهران//اصفهان',
  { text: 'کد `مع//اون` در مارک‌داون دست نمی‌خورد.', markdown: true },
];

/** Whether a compound's written form has a ZWNJ after its first n letters. */
function zwnjAfter(target: string, n: number): boolean {
  let letters = 0;
  for (let k = 0; k < target.length; k++) {
    if (target.charCodeAt(k) === 0x200c) {
      if (letters === n) return true;
      continue;
    }
    letters++;
  }
  return false;
}

/**
 * Marks a PDF export leaves inside words: slashes, sometimes with a backslash or a bar in the
 * run. A run is found by its slash: one search over the text per mark would cost a pass each.
 */
function isMark(c: number): boolean {
  return c === 0x2f || c === 0x5c || c === 0x7c;
}

export const rule: Rule = {
  meta: {
    id: 'pdf-stray-slash',
    family: 'pdf',
    severity: 'warning',
    fixable: 'suggest',
    section: '§6',
    title: { fa: 'خط مورب سرگردان در واژه (متن چسبانده از PDF)', en: 'Stray slash inside a word (text pasted from a PDF)' },
    description: {
      fa: 'نشانه‌هایی که خروجی PDF در میان واژه می‌گذارد: «مع//اون» به‌جای «معاون». تاریخ، کسر، نشانی وب و «و/یا» دست نمی‌خورند.',
      en: 'Marks a PDF export leaves inside words (مع//اون for معاون). Dates, fractions, URLs and alternatives such as و/یا are left alone.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    let cursor = 0;
    for (let hit = text.indexOf('/'); hit >= 0; hit = text.indexOf('/', hit + 1)) {
      let at = hit;
      while (at > 0 && isMark(text.charCodeAt(at - 1))) at--;
      let b = hit;
      while (b < text.length && isMark(text.charCodeAt(b))) b++;
      hit = b - 1;
      if (at === 0) continue;
      const i = tokenContaining(tokens, at - 1, cursor);
      if (i < 0 || tokens.kind[i] !== T.Word || tokens.end[i] !== at) continue;
      cursor = i;
      const j = tokenContaining(tokens, b, i);
      if (j < 0 || tokens.kind[j] !== T.Word || tokens.start[j] !== b) continue;
      if (ctx.isIgnoredWord(i) || ctx.isIgnoredWord(j)) continue;
      const lexicon = pdfLexicon();
      const left = foldWithMap(text, tokens.start[i], at).text;
      const right = foldWithMap(text, b, tokens.end[j]).text;
      const joinedKnown = lexicon.anyWord(left + right);
      const leftKnown = left.length > 1 && lexicon.known(left);
      const rightKnown = right.length > 1 && lexicon.known(right);
      // One slash next to a word is an alternative («خبرنگار/عکاس»، «جوی/جو/جه»); a doubled
      // one, or a single one between two fragments of a known word, is an export mark. Two
      // known words around a doubled one are a compound when the second is a compound's
      // second part («خیر//ساز»), else maybe two words; a doubled one before a fragment that is
      // no word is a mark inside a word the lexicon lacks («گنج//انده»), after one letter too
      // where the fragment has three letters or more («ب//ستگان»; «و» may stand alone).
      // A listed compound («آتش//نشانی»): the marks stand where its ZWNJ was.
      const compound = b - at > 1 && left.length > 1 ? COMPOUNDS.getString(left + right) : undefined;
      const damaged =
        b - at > 1
          ? joinedKnown || compound !== undefined || (!rightKnown && (left.length > 1 ? right.length > 1 : left !== 'و' && right.length >= 3)) || (left.length > 1 && SECOND_PARTS.getString(right) !== undefined)
          : joinedKnown && !leftKnown && !rightKnown && left.length > 1 && right.length > 1;
      if (!damaged) continue;
      const s = tokens.start[i];
      const e = tokens.end[j];
      const wrong = text.slice(s, e);
      // A compound the dictionary also writes glued after a sounded «ه» («راه//داری») is joined solid.
      const joint = compound && !compound.solidOk && zwnjAfter(compound.target, left.length) ? '\u200c' : '';
      const fixed = text.slice(s, at) + joint + text.slice(b, e);
      ctx.report({
        start: s,
        end: e,
        message: {
          fa: `نشانهٔ سرگردان در واژه (متن چسبانده از PDF): «${wrong}» ← «${fixed}»`,
          en: `Stray mark inside a word (pasted from a PDF): “${wrong}” → “${fixed}”`,
        },
        fixes: [ctx.replace(at, b, joint, { fa: `تبدیل به «${fixed}»`, en: `Change to “${fixed}”` })],
      });
    }
  },
  tests: {
    valid: INTACT,
    invalid: BROKEN.map(([text, output]) => ({ text, output, unsafe: true })),
  },
};
