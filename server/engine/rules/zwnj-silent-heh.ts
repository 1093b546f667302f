import type { RuleContext } from '../context';
import { gluedAnalysis, suffixCandidates } from '../morphology/suffix-scan';
import { HEH, pronouncedHeh, STOP_WORDS } from '../morphology/suffixes';
import { F, fold } from '../chars';
import { pdfLexicon } from '../morphology/segment';
import { foldedHash, T } from '../tokenize';
import type { Rule } from '../types';
import { fixTitle, reportGlued, zwnjMessage } from './zwnj-plural';

const AL = 'ال';

/**
 * Endings after a silent «ه» that no plural reading shares once «ها» is ruled out. Not «ات»:
 * Arabic plurals end so («توجهات»); «ام» only where the dictionary has no such word («الهام»).
 */
const PRESS_HEH_ENDINGS = ['اش', 'ام', 'ایم', 'اید', 'اند', 'ای'];

/**
 * «تولهاش», «سیرهاش»: a press word in «ه» the silent-ه list lacks, glued to an ending, where
 * the letters before «ه» are no word (so no «…ها» plural reads there). Where the ZWNJ goes,
 * or -1; suggested, the lexicon being wider than the list.
 */
function pressHehEnding(text: string, s: number, e: number): number {
  for (const ending of PRESS_HEH_ENDINGS) {
    const hp = e - ending.length - 1;
    if (hp - s < 3 || text.charCodeAt(hp) !== HEH || !text.endsWith(ending, e)) continue;
    // The cheap tests first: this runs for every glued word no other reading took, on every lint.
    if (pronouncedHeh(text, s, hp + 1)) return -1;
    const lexicon = pdfLexicon();
    const stem = fold(text.slice(s, hp + 1));
    // No plural reads before «اند» («سالهاند» is no «سال‌ها» + «ند»), so a word may stand
    // before the «ه» there.
    if (!lexicon.words.has(stem) || (ending !== 'اند' && lexicon.anyWord(stem.slice(0, -1)))) return -1;
    return (ending === 'ام' || ending === 'اند') && lexicon.hasWord(foldedHash(text.slice(s, e))) ? -1 : hp + 1;
  }
  return -1;
}

export const rule: Rule = {
  meta: {
    id: 'zwnj-silent-heh',
    family: 'zwnj',
    severity: 'warning',
    fixable: 'fix',
    section: '§2',
    title: { fa: 'نیم‌فاصله پس از «ه» ناملفوظ', en: 'ZWNJ after a silent «ه»' },
    description: {
      fa: 'پس از «ه» ناملفوظ، «ای، ام، ات، اش، ایم، اید، اند»، «ی» و «شان، تان، مان» با نیم‌فاصله نوشته می‌شوند: «خانه‌ای»، «گفته‌اند»، «خانواده‌شان».',
      en: 'After a silent ه, the endings ای، ام، ات، اش، ایم، اید، اند, ی and شان، تان، مان are written with a ZWNJ: خانه‌ای، گفته‌اند، خانواده‌شان.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const c = suffixCandidates(text, tokens);
    // Spaced: «خانه ای», «گفته اند»: the ending is its own token.
    const spacedHehList = c.spacedHeh;
    for (let ti = 0; ti < spacedHehList.length; ti++) { const i = spacedHehList[ti]; checkSpaced(ctx, i); }
    for (let k = 0; k < c.glued.length; k++) {
      const a = gluedAnalysis(text, tokens, c, k);
      const i = c.glued[k];
      if (!a) {
        if (tokens.flags[i] & F.Joiner) continue;
        const at = pressHehEnding(text, tokens.start[i], tokens.end[i]);
        if (at >= 0 && !ctx.isIgnoredWord(i)) reportGlued(ctx, i, [at], false, false);
        continue;
      }
      if (a.kind !== 'heh' || ctx.isIgnoredWord(i)) continue;
      reportGlued(ctx, i, a.at, a.safe, false);
    }
  },
  tests: {
    valid: [
      'برنامه‌ای تازه و خانه‌ای بزرگ',
      // Arabic plurals in «ات» and words in «هام» the dictionary has.
      'توجهات و شبهات مردم و الهام شاعر',
      'گفته‌اند که داده‌ایم.',
      // The plural of a noun of preverb and stem stays as written: «برآورد» + «های».
      'بر پایه برآوردهای سازمان',
      'گروهشان و اندوهشان و جایگاهتان، مهمان و بهتان و کوهستان و کهکشان و درهمان؛ در شان شما نیست.',
      'آنها در راه اند؟',
      'این الهام و ابهام و اتهام',
      'سهام این شرکت',
      'آگاهی و گواهی و ماهی',
      'توجهی نکرد و همراهی کرد.',
      'روزهای گذشته و کدهای برنامه',
      'گروهی از مردم',
      'به عنوان ام القرا',
      'حضرت فاطمه ام ابیها',
      'کوه ای',
      'دردهای مردم',
      // Plurals of nouns that are also past stems («خریده‌ای» would be the participle).
      'خریدهای اینترنتی و بازدیدهای نوروزی',
      'روندهای جدید و پیوندهای تازه',
      'دستاوردهای نهاد وقف و درآمدهای استان',
      'کاربردهای فناوری',
      'نشستهای مشترک',
      'مردهای روستا',
      'دورهای مذاکره',
      'که ای کاش',
      'شبکه‌های اجتماعی',
      'حرفهای تازه',
      'او گفت: ای مردم',
      'خانه\nای',
      'کار انجام شدهاست.',
      // A ZWNJ the writer typed ends a word: «نشان‌دهی» is «نشان» + «دهی», no «نشانده» + «ی».
      'طرح نشانی‌دهی روستایی و نشان‌دهی مسیر',
      // «برند» (a brand) is a listed noun: «برندهای» before its complement is its plural, written as it should be.
      'معرفی برندهای محلی و نام برندهای معروف',
    ],
    invalid: [
      { text: 'نوهام هم آمد', output: 'نوه‌ام هم آمد', errors: 1 },
      // A press word in «ه» the list lacks: suggested.
      { text: 'پلنگ و تولهاش دیده شدند و سیرهاش را ستودند.', output: 'پلنگ و توله‌اش دیده شدند و سیره‌اش را ستودند.', errors: 2, unsafe: true },
      { text: 'فرستنده‌ای دیگر و سرایندهای جوان', output: 'فرستنده‌ای دیگر و سراینده‌ای جوان', errors: 1 },
      { text: 'کیف اضطراری خانوادهشان و نامهتان و کتابخانهمان', output: 'کیف اضطراری خانواده‌شان و نامه‌تان و کتابخانه‌مان', errors: 3 },
      { text: 'خانه ای بزرگ', output: 'خانه‌ای بزرگ', errors: 1 },
      { text: 'آنها گفته اند', output: 'آنها گفته‌اند', errors: 1 },
      { text: 'ما رفته ایم و شما رفته اید', output: 'ما رفته‌ایم و شما رفته‌اید', errors: 2 },
      { text: 'من گفته ام', output: 'من گفته‌ام', errors: 1 },
      { text: 'خانه اش را فروخت', output: 'خانه‌اش را فروخت', errors: 1 },
      { text: 'خانه ات آباد', output: 'خانه‌ات آباد', errors: 1 },
      { text: 'خانه ی ما', output: 'خانه‌ی ما', errors: 1 },
      { text: 'تعامل سازندهای که', output: 'تعامل سازنده‌ای که', errors: 1 },
      { text: 'مأموریت دادهایم', output: 'مأموریت داده‌ایم', errors: 1 },
      { text: 'پیگیری‌های گستردهای در حال انجام است', output: 'پیگیری‌های گسترده‌ای در حال انجام است', errors: 1 },
      { text: 'برنامهای نیز داریم', output: 'برنامه‌ای نیز داریم', errors: 1 },
      { text: 'جای ویژهای داشته باشد', output: 'جای ویژه‌ای داشته باشد', errors: 1 },
      { text: 'گفتهاند که', output: 'گفته‌اند که', errors: 1 },
      { text: 'آنها رفتهاند', output: 'آنها رفته‌اند', errors: 1 },
      { text: 'نتیجهای نگرفت', output: 'نتیجه‌ای نگرفت', errors: 1 },
      { text: 'خانهام', output: 'خانه‌ام', errors: 1 },
      { text: 'خانهاش', output: 'خانه‌اش', errors: 1 },
      { text: 'نوشتهای از او', output: 'نوشته‌ای از او', errors: 1 },
      { text: 'نگفتهاند', output: 'نگفته‌اند', errors: 1 },
      { text: 'پرندگان نیامدهاند و کالا نیاوردهاند', output: 'پرندگان نیامده‌اند و کالا نیاورده‌اند', errors: 2 },
      // An adverb in «انه» of a listed adjective or noun: «…انهای» is no plural of a plural «…ان».
      { text: 'این کمک آبرومندانهای است و رفتار کودکانهای نیست، اما خیابانهای شهر شلوغ است.', output: 'این کمک آبرومندانه‌ای است و رفتار کودکانه‌ای نیست، اما خیابانهای شهر شلوغ است.', errors: 2 },
      // A preverb's participle before «ام» too («درآورده‌ام»).
      { text: 'این را از همین سوزن درآوردهام.', output: 'این را از همین سوزن درآورده‌ام.', errors: 1 },
      { text: 'بیمه نشدهاند', output: 'بیمه نشده‌اند', errors: 1 },
      { text: 'مرحلهای تازه', output: 'مرحله‌ای تازه', errors: 1 },
      { text: 'رشتهای دیگر', output: 'رشته‌ای دیگر', errors: 1 },
      { text: 'تولیدکنندهای بزرگ', output: 'تولیدکننده‌ای بزرگ', errors: 1 },
      { text: 'شده ای؟', output: 'شده‌ای؟', errors: 1 },
      { text: 'آیا دیده اید', output: 'آیا دیده‌اید', errors: 1 },
      { text: 'خسته اند', output: 'خسته‌اند', errors: 1 },
      { text: 'پروندهای را به روند اخیر', output: 'پرونده‌ای را به روند اخیر', errors: 1 },
      { text: 'نسخهای از آن', output: 'نسخه‌ای از آن', errors: 1 },
      { text: 'در اتومبیلی نشستهاید', output: 'در اتومبیلی نشسته‌اید', errors: 1 },
      { text: 'ترسیم کردهایم', output: 'ترسیم کرده‌ایم', errors: 1 },
      { text: 'با تجربه ای منصوب شود', output: 'با تجربه‌ای منصوب شود', errors: 1 },
      { text: 'روبه‌رو شده اند', output: 'روبه‌رو شده‌اند', errors: 1 },
      { text: 'تلاقی میکردهاند', output: 'تلاقی میکرده‌اند', errors: 1 },
      { text: 'مقالهای نوشت', output: 'مقاله‌ای نوشت', errors: 1 },
      { text: 'جلسهای برگزار شد', output: 'جلسه‌ای برگزار شد', errors: 1 },
      { text: 'هفتهای دو بار', output: 'هفته‌ای دو بار', errors: 1 },
      { text: 'گستردهاند', output: 'گسترده‌اند', errors: 1 },
      // A preverb and a listed past stem, before the perfect's endings; «کهنه» is listed.
      { text: 'نهنگ‌ها بازگشتهاند و برخاستهاند؛ طومار کهنهاش', output: 'نهنگ‌ها بازگشته‌اند و برخاسته‌اند؛ طومار کهنه‌اش', errors: 3 },
      { text: 'آمادهایم', output: 'آماده‌ایم', errors: 1 },
      { text: 'استفادهای از آن کرد', output: 'استفاده‌ای از آن کرد', errors: 1 },
      { text: 'کمیته ای تشکیل شد', output: 'کمیته‌ای تشکیل شد', errors: 1 },
      { text: 'ماهوارهای به فضا رفت', output: 'ماهواره‌ای به فضا رفت', errors: 1 },
      // Before «اند» no plural reads, so a word may stand before the «ه» («خال»).
      { text: 'آن دو زن خالهاند.', output: 'آن دو زن خاله‌اند.', errors: 1, unsafe: true },
      // Everyday words in a silent «ه» the list now has: a booth, a piece, bulk, an extract, a blood price.
      { text: 'در حجرهای کوچک، تکهای نان و فروش فلهای و عصارهای گیاهی و دیهای نگرفتند', output: 'در حجره‌ای کوچک، تکه‌ای نان و فروش فله‌ای و عصاره‌ای گیاهی و دیه‌ای نگرفتند', errors: 5 },
    ],
  },
};

function checkSpaced(ctx: RuleContext, i: number): void {
  const { tokens, text } = ctx;
  if (i < 2 || tokens.kind[i - 1] !== T.Space || tokens.kind[i - 2] !== T.Word) return;
  const w = i - 2;
  const ws = tokens.start[w];
  const we = tokens.end[w];
  if (text.charCodeAt(we - 1) !== HEH || we - ws < 2) return;
  if (ctx.isIgnoredWord(w) || ctx.isIgnoredWord(i)) return;
  if (STOP_WORDS.hasRange(text, ws, we, tokens.fhash[w]) || pronouncedHeh(text, ws, we)) return;
  // «ام» before an Arabic construct or a name is the Arabic «ام» (mother): «ام القرا», «ام کلثوم».
  const es = tokens.start[i];
  const ee = tokens.end[i];
  if (ee - es === 2 && text.charCodeAt(es + 1) === 0x0645 && i + 2 < tokens.count && tokens.kind[i + 1] === T.Space && tokens.kind[i + 2] === T.Word) {
    const ns = tokens.start[i + 2];
    if (text.startsWith(AL, ns) || ARABIC_UMM_NAMES.has(text.slice(ns, tokens.end[i + 2]))) return;
  }
  const sp = tokens.start[i - 1];
  const from = text.slice(ws, ee);
  const to = text.slice(ws, we) + '\u200c' + text.slice(es, ee);
  ctx.reportEdit(ws, ee, zwnjMessage(from, to), fixTitle(to), sp, tokens.end[i - 1], '\u200c', true);
}

const ARABIC_UMM_NAMES = new Set(['کلثوم', 'سلمه', 'ایمن', 'هانی', 'حبیبه', 'ابیها', 'البنین', 'فروه']);
