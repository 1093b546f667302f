import { changeTitle, SharedTexts } from '../shared-texts';
import { foldWord, nextWord } from '../article-scan';
import type { RuleContext } from '../context';
import { gluedAnalysis, suffixCandidates } from '../morphology/suffix-scan';
import { HEH, joinerAfter, STOP_WORDS } from '../morphology/suffixes';
import { foldedHash, T } from '../tokenize';
import { fold, NON_JOINING } from '../chars';
import { MEASURE_NOUNS, pdfLexicon } from '../morphology/segment';
import { negatedVerb, normalizeLetters, verbWord } from '../morphology/verbs';
import { gluedBi } from './zwnj-bi-prefix';
import type { Fix, Msg, Rule } from '../types';

const MESSAGES = new SharedTexts();

export function zwnjMessage(from: string, to: string): Msg {
  return MESSAGES.get(`${from}\u0000${to}`, () => ({ fa: `نیم‌فاصله لازم است: «${from}» ← «${to}»`, en: `ZWNJ needed: “${from}” → “${to}”` }));
}

/** Shared with the other ZWNJ rules under this name. */
export const fixTitle = changeTitle;

/** Reports a glued word read by analyzeGlued (shared with zwnj-silent-heh). */
export function reportGlued(ctx: RuleContext, i: number, at: number[], safe: boolean, ambiguous: boolean): void {
  const { text, tokens } = ctx;
  const s = tokens.start[i];
  const e = tokens.end[i];
  const word = text.slice(s, e);
  // A reading whose joint follows a non-joining letter is the word as written: the plural of
  // «داد» is «دادهای», glued (a ZWNJ there is zwnj-misuse's), so it is named but not offered.
  const asWritten = (p: number) => NON_JOINING.has(text.charCodeAt(p - 1));
  const outs = at.map((p) => (asWritten(p) ? word : word.slice(0, p - s) + '\u200c' + word.slice(p - s)));
  if (!ambiguous && at.length === 1) {
    ctx.reportEdit(s, e, zwnjMessage(word, outs[0]), fixTitle(outs[0]), at[0], at[0], '\u200c', safe);
    return;
  }
  const order = at.map((_, k) => k);
  // Where no word follows to complete a plural's ezafe, the indefinite reads first: «طلبهای که …»
  // is «طلبه‌ای که», never the plural «طلب‌های» (that would be «هایی که»).
  // «در» is weaker evidence than «که» or a verb: a reading correct as written («سدهای در …»,
  // after a non-joining letter) is not given up for it.
  if (ambiguous && noComplementAfter(ctx, i, !at.some(asWritten))) {
    const k = at.findIndex((p) => text.startsWith('ای', p) && p === e - 2);
    if (k > 0) order.unshift(...order.splice(k, 1));
  }
  const fixes: Fix[] = order.flatMap((k) => (asWritten(at[k]) ? [] : [{ title: fixTitle(outs[k]), safe, edits: [{ start: at[k], end: at[k], newText: '\u200c' }] }]));
  const message: Msg = ambiguous
    ? {
        fa: `نیم‌فاصله لازم است؛ «${word}» دو خوانش دارد: ${outs.map((o) => `«${o}»`).join(' یا ')}`,
        en: `ZWNJ needed; “${word}” reads two ways: ${outs.map((o) => `“${o}”`).join(' or ')}`,
      }
    : zwnjMessage(word, outs[0]);
  ctx.report({ start: s, end: e, message, fixes });
}

/**
 * «اجارهبها»: an unknown stem before «ها» that is a word in ه glued to the start of a word
 * ending in «ها» («اجاره» + «بها») is a compound, not the plural of «اجارهب»; so is a known
 * word glued to «بها» («نیمبها»).
 */
function hehCompound(text: string, s: number, at: number, e: number): boolean {
  const lexicon = pdfLexicon();
  // «نیمبها»: a known word of three letters or more glued to «بها», no plural of «نیمب» (but
  // «سیبها», «ترکیبها» are plurals of known words).
  if (text.charCodeAt(at - 1) === 0x0628 && at - 1 - s >= 3 && lexicon.known(fold(text.slice(s, at - 1))) && !lexicon.known(fold(text.slice(s, at)))) return true;
  const k = text.lastIndexOf('ه', at - 2);
  if (k < s + 2) return false;
  const second = fold(text.slice(k + 1, e));
  // «نگهبانها» is the plural of the known «نگهبان», no «نگه» + «بانها».
  return second.length >= 3 && lexicon.known(fold(text.slice(s, k + 1))) && lexicon.known(second) && !lexicon.known(fold(text.slice(s, at)));
}

/**
 * Whether text[s, e) («…های») reads only as a word in silent ه + «ای»: the stem before «های»
 * is no word the press lexicon knows, the stem with its «ه» is («ناشناختهای»; not «پیشرفتهای»).
 */
function pluralStemUnknown(text: string, s: number, e: number): boolean {
  if (e - 3 - s < 3) return false;
  const lexicon = pdfLexicon();
  const stem = fold(text.slice(s, e - 3));
  return !lexicon.anyWord(stem) && lexicon.hasWord(foldedHash(stem + 'ه'));
}

export const rule: Rule = {
  meta: {
    id: 'zwnj-plural',
    family: 'zwnj',
    severity: 'warning',
    fixable: 'fix',
    section: '§2',
    title: { fa: 'نیم‌فاصله پیش از «ها»ی جمع', en: 'ZWNJ before the plural «ها»' },
    description: {
      fa: 'نشانه جمع «ها/های» با نیم‌فاصله به اسم می‌چسبد: «شبکه‌ها»، «زیرساخت‌های». پس از «ه» پایانی نیم‌فاصله الزامی است؛ پس از حروف دیگر سبک پیش‌فرض نیم‌فاصله است (گزینه afterNonHeh: "either" شکل چسبیده را هم می‌پذیرد).',
      en: 'The plural «ها/های» is joined to its noun with a ZWNJ: شبکه‌ها، زیرساخت‌های. After a final ه the ZWNJ is compulsory; after other letters the default style wants it too (option afterNonHeh: "either" accepts the glued form).',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const afterNonHeh = ctx.option<string>('afterNonHeh', 'zwnj') !== 'either';
    const c = suffixCandidates(text, tokens);
    // Spaced: «شبکه های». The suffix is its own token; the noun is the word before it.
    const spacedPluralList = c.spacedPlural;
    for (let ti = 0; ti < spacedPluralList.length; ti++) { const i = spacedPluralList[ti]; checkSpaced(ctx, i); }
    // Glued: «شبکههای», «ظرفیتها».
    for (let k = 0; k < c.glued.length; k++) {
      const a = gluedAnalysis(text, tokens, c, k);
      if (!a || a.kind === 'heh') continue;
      // With afterNonHeh "either", «ظرفیتها» is accepted; «شبکهها» never is.
      if (!afterNonHeh && a.kind === 'plural' && text.charCodeAt(a.at[0] - 1) !== HEH) continue;
      const i = c.glued[k];
      if (ctx.isIgnoredWord(i)) continue;
      // «بینهایت» is «بی‌نهایت» (zwnj-bi-prefix's), no plural of «بین».
      if (a.kind === 'plural' && text.startsWith('بی', tokens.start[i]) && gluedBi(normalizeLetters(ctx.tokenText(i)))) continue;
      // «ازآنها», «درآنها»: a function word glued to the pronoun «آنها» (glued-function-word's),
      // no plural of «ازآن».
      if (GLUED_PRONOUN.test(text.slice(tokens.start[i], a.at[0]))) continue;
      const e = tokens.end[i];
      // «کارکنانآنها»: a word glued to the pronoun «آنها» (pdf-run-together's), no plural of «کارکنانآن».
      if (a.kind === 'plural' && pronounGlued(text, tokens.start[i], a.at[0], e)) continue;
      if (a.kind === 'plural' && !a.safe && hehCompound(text, tokens.start[i], a.at[0], e)) continue;
      // A plain «…های» read as a plural: the readings below may prefer «…ه‌ای».
      const pluralInHay = a.kind === 'plural' && a.at.length === 1 && a.at[0] === e - 3 && text.startsWith('های', e - 3);
      // «طلبهای که», «آیینهای از»: a plural «های» needs the word its ezafe joins («هایی که»),
      // so before «که», «از», a verb or the end a word in ه before «ای» is the reading offered first.
      if (pluralInHay && noComplementAfter(ctx, i) && pdfLexicon().words.has(fold(text.slice(tokens.start[i], e - 2)))) {
        reportGlued(ctx, i, [e - 2, a.at[0]], false, true);
        continue;
      }
      // «۲۲ سالهای»: after a number a measure is singular, so «ساله‌ای» is meant, not «سال‌های».
      if (pluralInHay && afterNumber(ctx, i) && MEASURES.has(text.slice(tokens.start[i], e - 3))) {
        reportGlued(ctx, i, [e - 2], false, false);
        continue;
      }
      // «ناشناختهای»: no word «ناشناخت» takes the plural, but «ناشناخته» is a word: «ناشناخته‌ای».
      if (pluralInHay && pluralStemUnknown(text, tokens.start[i], e)) {
        reportGlued(ctx, i, [e - 2], false, false);
        continue;
      }
      // «بندهای»: the plural needs no edit; with no word to complete its ezafe, «بنده‌ای» is meant.
      if (a.plainPlural) {
        if (noComplementAfter(ctx, i, false)) reportGlued(ctx, i, a.at, false, false);
        continue;
      }
      reportGlued(ctx, i, a.at, a.safe, a.kind === 'ambiguous');
    }
  },
  tests: {
    valid: [
      'شبکه‌ها و زیرساخت‌های ارتباطی استان تقویت می‌شود.',
      // A plural with its ezafe before the word that completes it («بند» + «های»: no edit).
      'روزهای گذشته و بندهای مختلف قانون و روزهای در پیش',
      'کشورها و ساختارها و ابزارهای نوین',
      'آنها تنها راه را انتخاب کردند.',
      'همه در این دهه به دفتر آمدند.',
      'اینها و همانها را دیدیم.',
      'منتها این کار به انتهای خود رسید.',
      'در تنهایی و با اشتهای کم، بهای سنگینی پرداخت.',
      'سلام‌الله‌علیها و سلام الله علیها',
      'روزهای گذشته و کارهای انجام‌شده',
      'کمبودها و نیازهای استان',
      'دستاوردهای نهاد وقف',
      '۱۰ ها',
      'The has ها',
      { text: 'ظرفیتهای ویژه و فعالیتها', options: { afterNonHeh: 'either' } },
      'سال‌های گذشته و ماه‌های آینده',
      'او رها شد و بها را پرداخت.',
      'گرانبهای این سازمان',
      'دانش‌آموزان و کودکان',
      'آقای شاه‌ها نیامد.',
      'شبکه\nها',
      'شبکه، ها',
      'نسخهای از آن',
      'داروهای تازه و کالاهای اساسی',
      'فقها و علما',
      'گرانبهایی و پربها',
      'علیه او و له او',
      'منتهای آرزو',
      'آنهایی که رفتند',
      'اینهاست',
      'تنهایش گذاشتند.',
      'بهایش را پرداخت.',
      'انتهایش پیدا نیست.',
      'و ها',
      'شانگهای چین',
      'ازآنها و درآنها',
      // A word in ه glued to a word in «ها» is a compound («اجاره‌بها»), never «اجارهب‌ها».
      'نرخ اجارهبها و خونبها و بلیت نیمبها',
      // A quotation may close on a plural cut short of its ezafe: no «بنده‌ای» offered.
      'گفت‌وگو درباره «اجرای بندهای» همین توافق بود.',
      // «بینهایت» is zwnj-bi-prefix's «بی‌نهایت»; a number completes a plural's ezafe.
      'در یک حلقه بینهایت ماند و کدهای ۷ بیتی را حفظ کرد.',
    ],
    invalid: [
      // No word «ناشناخت»: the word in silent ه with «ای» is meant (suggested).
      { text: 'گنج‌های ناشناختهای دارد', output: 'گنج‌های ناشناخته‌ای دارد', unsafe: true },
      // «دورهای» before a verb, a preposition or the end: no plural's ezafe, so «دوره‌ای».
      { text: 'معاینه دورهای دارند و آزمونهای دورهای را دیدند؛ آبیاری قطرهای بروند.', output: 'معاینه دوره‌ای دارند و آزمون‌های دوره‌ای را دیدند؛ آبیاری قطره‌ای بروند.', errors: 4, unsafe: true },
      { text: 'سگها و شنها و پیهای ساختمان', output: 'سگ‌ها و شن‌ها و پی‌های ساختمان', errors: 3 },
      { text: 'تقویت شبکه های فیبر نوری', output: 'تقویت شبکه‌های فیبر نوری', errors: 1 },
      { text: 'زیرساخت های ارتباطی', output: 'زیرساخت‌های ارتباطی', errors: 1 },
      { text: 'نیازمندی ها و امکانات', output: 'نیازمندی‌ها و امکانات', errors: 1 },
      { text: 'با توجه به ظرفیت های ویژه قم', output: 'با توجه به ظرفیت‌های ویژه قم', errors: 1 },
      { text: 'در شاخص های ارتباطی', output: 'در شاخص‌های ارتباطی', errors: 1 },
      { text: 'در بین استان های کشور', output: 'در بین استان‌های کشور', errors: 1 },
      { text: 'تکنولوژی های نوین', output: 'تکنولوژی‌های نوین', errors: 1 },
      { text: 'دستگاه های دولتی', output: 'دستگاه‌های دولتی', errors: 1 },
      { text: 'مجموعه های استانی', output: 'مجموعه‌های استانی', errors: 1 },
      { text: 'فعالیت های صورت گرفته', output: 'فعالیت‌های صورت گرفته', errors: 1 },
      { text: 'کشور ها و ساختار های نو', output: 'کشورها و ساختارهای نو', errors: 2 },
      { text: 'شبکهها', output: 'شبکه‌ها', errors: 1 },
      { text: 'شبکههای اجتماعی', output: 'شبکه‌های اجتماعی', errors: 1 },
      { text: 'از ظرفیتهای ویژه برخوردار است.', output: 'از ظرفیت‌های ویژه برخوردار است.', errors: 1 },
      { text: 'این ظرفیتها و توانمندیهای ویژه', output: 'این ظرفیت‌ها و توانمندی‌های ویژه', errors: 2 },
      { text: 'دیدگاههای جمهوری اسلامی', output: 'دیدگاه‌های جمهوری اسلامی', errors: 1 },
      { text: 'برنامهها و پروژههای کلان', output: 'برنامه‌ها و پروژه‌های کلان', errors: 2 },
      { text: 'ماموریتهای ستاد', output: 'ماموریت‌های ستاد', errors: 1 },
      { text: 'در سالهای گذشته', output: 'در سال‌های گذشته', errors: 1 },
      { text: 'فناوریهای نوین', output: 'فناوری‌های نوین', errors: 1 },
      { text: 'سایر دستگاهها و سازمانها', output: 'سایر دستگاه‌ها و سازمان‌ها', errors: 2 },
      { text: 'شرکتهای دانش‌بنیان', output: 'شرکت‌های دانش‌بنیان', errors: 1 },
      { text: 'پیگیریهای گسترده', output: 'پیگیری‌های گسترده', errors: 1 },
      { text: 'زیرساختهای پردازشی', output: 'زیرساخت‌های پردازشی', errors: 1 },
      { text: 'غرفههای نمایشگاه', output: 'غرفه‌های نمایشگاه', errors: 1 },
      { text: 'طرحهای نوآورانه و همکاریهای فناورانه', output: 'طرح‌های نوآورانه و همکاری‌های فناورانه', errors: 2 },
      { text: 'گروهها و راهها', output: 'گروه‌ها و راه‌ها', errors: 2 },
      { text: 'فعالیتهایشان', output: 'فعالیت‌هایشان', errors: 1 },
      { text: 'ظرفیتهایی که داریم', output: 'ظرفیت‌هایی که داریم', errors: 1 },
      { text: 'مشکل اصلی ساختمانهاست.', output: 'مشکل اصلی ساختمان‌هاست.', errors: 1 },
      { text: 'سرویسهای باکیفیت', output: 'سرویس‌های باکیفیت', errors: 1, unsafe: true },
      { text: 'حرفهای او', output: 'حرفه‌ای او', errors: 1, unsafe: true },
      { text: 'سیبها و ترکیبها و جیبها', output: 'سیب‌ها و ترکیب‌ها و جیب‌ها', errors: 3, unsafe: true },
      { text: 'چه دادهای؟', output: 'چه داده‌ای؟', errors: 1, unsafe: true },
      { text: 'دهها نفر', output: 'ده‌ها نفر', errors: 1 },
      { text: 'شبکهها', output: 'شبکه‌ها', errors: 1, options: { afterNonHeh: 'either' } },
      { text: 'شبکه ها و ظرفیت ها', output: 'شبکه‌ها و ظرفیت‌ها', errors: 2, options: { afterNonHeh: 'either' } },
      { text: 'شبکه  ها', output: 'شبکه‌ها', errors: 1 },
      { text: 'آن ها', output: 'آن‌ها', errors: 1 },
      { text: 'این ها را دیدیم', output: 'این‌ها را دیدیم', errors: 1 },
      { text: 'دعوت بهترینها', output: 'دعوت بهترین‌ها', errors: 1 },
      { text: 'تیمهای لیگ برتر', output: 'تیم‌های لیگ برتر', errors: 1 },
      { text: 'با چالشهای بسیاری', output: 'با چالش‌های بسیاری', errors: 1 },
      { text: 'از مدتها پیش', output: 'از مدت‌ها پیش', errors: 1 },
      { text: 'بانکهای تجاری', output: 'بانک‌های تجاری', errors: 1 },
      { text: 'نرخهای سود', output: 'نرخ‌های سود', errors: 1 },
      { text: 'کمیسیونهای مربوط', output: 'کمیسیون‌های مربوط', errors: 1 },
      { text: 'هزینههای تولید', output: 'هزینه‌های تولید', errors: 1 },
      { text: 'ماههای آتی', output: 'ماه‌های آتی', errors: 1 },
      { text: 'ایرانیها و یمنیها', output: 'ایرانی‌ها و یمنی‌ها', errors: 2 },
      { text: 'دادگاهها', output: 'دادگاه‌ها', errors: 1 },
      { text: 'شنیده ها حاکی است', output: 'شنیده‌ها حاکی است', errors: 1 },
      { text: 'نام های بزرگ', output: 'نام‌های بزرگ', errors: 1 },
      { text: 'هیأت های تشخیص', output: 'هیأت‌های تشخیص', errors: 1 },
      { text: 'شبکههایشان', output: 'شبکه‌هایشان', errors: 1 },
      { text: 'ظرفیتهایمان', output: 'ظرفیت‌هایمان', errors: 1 },
      // Two readings, the listed commoner first (ambiguous.txt): the press writes «زمین‌های» far
      // more than «زمینه‌ای»; before «که» the indefinite.
      { text: 'زمینهای کشاورزی', output: 'زمین‌های کشاورزی', errors: 1, unsafe: true },
      // «قرآن» is a word: its plural; «کارکنانآنها» is a word glued to «آنها» (pdf-run-together's).
      { text: 'قرآنها و کارکنانآنها', output: 'قرآن‌ها و کارکنانآنها', errors: 1, unsafe: true },
      { text: 'بیماری زمینهای که داشت', output: 'بیماری زمینه‌ای که داشت', errors: 1, unsafe: true },
      { text: 'در نامهای به وزیر', output: 'در نامه‌ای به وزیر', errors: 1, unsafe: true },
      { text: 'طلبهای که علم آموخت', output: 'طلبه‌ای که علم آموخت', errors: 1, unsafe: true },
      // «گلهای»: flowers, mud or goals first; a herd or a complaint before «در» or a negated verb.
      { text: 'نقش گلهای اسلیمی', output: 'نقش گل‌های اسلیمی', errors: 1, unsafe: true },
      { text: 'چراگاهی که گلهای در آن چرید و گفت گلهای ندارم', output: 'چراگاهی که گله‌ای در آن چرید و گفت گله‌ای ندارم', errors: 2, unsafe: true },
      { text: 'طرحهای در دست اجرا', output: 'طرح‌های در دست اجرا', errors: 1 },
      // The same before «از», «را», a verb or the end: a plural's ezafe needs a word after it.
      { text: 'این کتاب آیینهای از دغدغه‌هاست و هر وصلهای را دوخت.', output: 'این کتاب آیینه‌ای از دغدغه‌هاست و هر وصله‌ای را دوخت.', errors: 2, unsafe: true },
      // A year ends its phrase: the plural after it stays a plural.
      { text: 'در ۱۴۰۲ کتابهای تازه آمد.', output: 'در ۱۴۰۲ کتاب‌های تازه آمد.', errors: 1 },
      // After a number the noun is singular: «سالهای» is «ساله‌ای».
      { text: 'جوان‌ترین پهلوان، 22 سالهای از قزوین و بیست سالهای از زنجان', output: 'جوان‌ترین پهلوان، 22 ساله‌ای از قزوین و بیست ساله‌ای از زنجان', errors: 2, unsafe: true },
      // The plural of a word in a non-joining letter is glued as written: only the other reading is offered.
      { text: 'این دادهای مهم است و قطرهای ریخت.', output: 'این داده‌ای مهم است و قطره‌ای ریخت.', errors: 2, unsafe: true },
      // «نگهبانها» is the plural of the known «نگهبان», no «نگه» + «بانها».
      { text: 'کنترل جمعیت از دست نگهبانها خارج شد.', output: 'کنترل جمعیت از دست نگهبان‌ها خارج شد.', errors: 1, unsafe: true },
      // Listed (ambiguous.txt): «دورهای» is «دوره‌ای» before any word (the plural of «دور» is
      // rare in press copy), «نقشهای» the plural «نقش‌های» first.
      { text: 'در دورهای کوتاه آموزشی، نقشهای تازه را دیدند.', output: 'در دوره‌ای کوتاه آموزشی، نقش‌های تازه را دیدند.', errors: 2, unsafe: true },
    ],
  },
};

const GLUED_PRONOUN = /^(?:از|در|با|به|بر|برای|تا|که|و)(?:آن|این|همین|همان)$/;

/** The stem text[s, z) ends in «آن», is no word («قرآن» is), and the run splits text[s, e) before «آنها» (pdf-run-together's). */
function pronounGlued(text: string, s: number, z: number, e: number): boolean {
  if (z - s < 5 || !text.startsWith('آن', z - 2) || pdfLexicon().words.has(fold(text.slice(s, z)))) return false;
  return pdfLexicon().runSplit(fold(text.slice(s, e)))?.pieces.at(-1) === 'آنها';
}

/**
 * Whether «Xهای» at token i reads as «Xه‌ای» rather than the plural «X‌های»: the plural with its
 * ezafe needs a word after it, so before «که», «را», «از», a verb, punctuation or the end of the
 * line the indefinite (or adjective) «‌ای» is meant: «طلبهای که», «آبیاری قطرهای بروند».
 */
function noComplementAfter(ctx: RuleContext, i: number, beforeIn = true): boolean {
  const { tokens, text } = ctx;
  let k = i + 1;
  if (k < tokens.count && tokens.kind[k] === T.Space) k++;
  // A quotation or a parenthesis may close on a phrase cut short: «درباره «اجرای بندهای» همین…».
  if (k < tokens.count && tokens.kind[k] === T.Punct && (text.charCodeAt(tokens.start[k]) === 0xbb || text.charCodeAt(tokens.start[k]) === 0x29)) return false;
  // A number or a Latin word may complete the ezafe: «کدهای ۷ بیتی», «نسخه‌های Debian».
  if (k < tokens.count && (tokens.kind[k] === T.Number || tokens.kind[k] === T.Latin)) return false;
  if (k >= tokens.count || tokens.kind[k] !== T.Word) return true;
  const w = fold(text.slice(tokens.start[k], tokens.end[k])).replace(/\u200c/g, '');
  // «کدهای از پیش انتخاب‌شده»: «از پیش», «از قبل» before a participle qualify the plural.
  if (w === 'از') {
    const j = nextWord(tokens, k);
    if (j >= 0 && AHEAD_OF_PARTICIPLE.has(foldWord(text, tokens, j))) return false;
  }
  // «گلهای در آن می‌چرید» is «گله‌ای در آن»; not «در حال», «در دست», which qualify a plural
  // («طرح‌های در دست اجرا»).
  if (w === 'در') {
    if (!beforeIn) return false;
    const j = nextWord(tokens, k);
    return !(j >= 0 && AFTER_IN_QUALIFIES.has(foldWord(text, tokens, j)));
  }
  return AFTER_INDEFINITE.has(w) || AUXILIARIES.has(w) || prefixedVerb(w) || negatedVerb(w);
}

const AFTER_IN_QUALIFIES = new Set(['حال', 'دست']);

const AHEAD_OF_PARTICIPLE = new Set(['پیش', 'قبل']);

const MEASURES = new Set(MEASURE_NOUNS);

/** Cardinal numbers written as words, which take a singular noun («سه سال», «بیست ساله»). */
const NUMBER_WORDS = new Set('یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده بیست سی چهل پنجاه شصت هفتاد هشتاد نود صد هزار'.split(' '));

/**
 * Whether the word before token i is a number, in words or in up to three digits: a year
 * («۱۴۰۲») may end a phrase before a plural («در ۱۴۰۲ کتابهای …»).
 */
function afterNumber(ctx: RuleContext, i: number): boolean {
  const { tokens, text } = ctx;
  const p = ctx.prevNonSpace(i);
  if (p < 0) return false;
  if (tokens.kind[p] === T.Number) return tokens.end[p] - tokens.start[p] <= 3;
  return tokens.kind[p] === T.Word && NUMBER_WORDS.has(text.slice(tokens.start[p], tokens.end[p]));
}

/**
 * Words after «Xه‌ای» and not after a plural's ezafe: «دسته‌ای از», «طلبه‌ای را». Not the
 * prepositions a plural takes as its complement: «روزهای در پیش», «کتاب‌های روی میز».
 */
const AFTER_INDEFINITE = new Set(['که', 'را', 'از', 'نیز', 'هم']);
/** Verbs that follow a noun phrase and are no noun: a bare past stem often is («خرید», «رسید»). */
const AUXILIARIES = new Set('است هست هستند نیست نیستند بود بودند دارد دارند داشت داشتند شد شدند کرد کردند کند کنند شود شوند'.split(' '));

/** A verb with «می/نمی» or the subjunctive «ب» («میرود», «بروند»); participles aside («گذشته»). */
function prefixedVerb(w: string): boolean {
  for (const p of ['نمی', 'می', 'ب']) if (w.length - p.length >= 3 && w.startsWith(p) && verbWord(w.slice(p.length), false)) return true;
  return false;
}

function checkSpaced(ctx: RuleContext, i: number): void {
  const { tokens, text } = ctx;
  if (i < 2 || tokens.kind[i - 1] !== T.Space || tokens.kind[i - 2] !== T.Word) return;
  const w = i - 2;
  if (ctx.isIgnoredWord(w) || ctx.isIgnoredWord(i)) return;
  const ws = tokens.start[w];
  const we = tokens.end[w];
  if (STOP_WORDS.hasRange(text, ws, we, tokens.fhash[w])) return;
  // A ZWNJ-joined word before («نیم‌فاصله ها») is fine; the last letter decides the joiner. The
  // pronouns too: a space where the ZWNJ was lost gets it back («آن ها» → «آن‌ها»), though the
  // glued «آنها» that press copy also writes is left alone.
  const joiner = joinerAfter(text.charCodeAt(we - 1));
  const sp = tokens.start[i - 1];
  const spEnd = tokens.end[i - 1];
  const from = text.slice(ws, tokens.end[i]);
  const to = text.slice(ws, we) + joiner + text.slice(tokens.start[i], tokens.end[i]);
  const message = joiner ? zwnjMessage(from, to) : { fa: `سرهم نوشته می‌شود: «${from}» ← «${to}»`, en: `Written as one word: “${from}” → “${to}”` };
  ctx.reportEdit(ws, tokens.end[i], message, fixTitle(to), sp, spEnd, joiner, true);
}
