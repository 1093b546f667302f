import { SharedTexts } from '../shared-texts';
import { F, FOLD, NON_JOINING, ZWNJ, fold } from '../chars';
import type { RuleContext } from '../context';
import {
  alignEdits,
  applyToSlice,
  COMPOUND_PREFIXES,
  COMPOUNDS,
  foldHashRange,
  foldRange,
  HEH,
  joinerAfter,
  joins,
  LIGHT_VERB_NOUNS,
  NOUNS,
  PAST_STEMS,
  POUR_NAMES,
  ADJECTIVES,
  SECOND_PARTS,
  silentHeh,
  isParticiple,
  productiveNoun,
  AGENTS,
  ALEF,
  BUILD_PARTS,
  endsLikeCompound,
  pronouncedHeh,
  participleCompound,
  isOpenPart,
  openPartCut,
  secondPartAt,
  type Compound,
  type ZwnjEdit,
} from '../morphology/suffixes';
import { FNV_OFFSET, FNV_PRIME, T, type Tokens } from '../tokenize';
import { C_AGENT, C_FULL, C_JOINER, C_KAM, C_KARDE, C_OPEN, C_POUR, C_PREFIX, C_SECOND, C_SHODE, C_TAIL, gluedAnalysis, knownSecondPart, suffixCandidates } from '../morphology/suffix-scan';
import { pdfLexicon, type PdfLexicon } from '../morphology/segment';
import { commonFiniteVerb, negatedVerb, PERFECT_AUX, verbWord } from '../morphology/verbs';
import { nextWord } from '../article-scan';
import type { Msg, Rule } from '../types';
import { fixTitle, zwnjMessage } from './zwnj-plural';
import { HashSet } from '../morphology/hash-set';
import { afterSourceWord } from './pdf-run-together';

/**
 * Endings a spaced compound's last word may carry: «زیر ساختهای», «برنامه ریزیها». Not «برای»,
 * the preposition: «آب برای» is no «آب‌بر» + «ای».
 */
const TAILS: { s: string; plural: boolean }[] = [
  // The comparative takes the plural's joiner: a ZWNJ after a joining letter only («آسیب‌پذیرتر»).
  { s: 'ترین', plural: true },
  { s: 'تر', plural: true },
  { s: 'هایی', plural: true },
  { s: 'هاست', plural: true },
  { s: 'های', plural: true },
  { s: 'ها', plural: true },
  { s: 'ای', plural: false },
  { s: 'ان', plural: false },
  { s: 'یی', plural: false },
  { s: 'ی', plural: false },
];

const SOLID_MESSAGES = new SharedTexts();

function solidMessage(from: string, to: string): Msg {
  return SOLID_MESSAGES.get(`${from}\u0000${to}`, () => ({ fa: `سرهم نوشته می‌شود: «${from}» ← «${to}»`, en: `Written as one word: “${from}” → “${to}”` }));
}

function apartMessage(from: string, to: string): Msg {
  return SOLID_MESSAGES.get(`${from}\u0000${to}`, () => ({ fa: `جدا نوشته می‌شود: «${from}» ← «${to}»`, en: `Written apart: “${from}” → “${to}”` }));
}

function endsWithStr(text: string, s: number, e: number, suffix: string): boolean {
  const n = suffix.length;
  if (e - s <= n) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(e - n + k) !== suffix.charCodeAt(k)) return false;
  return true;
}

export const rule: Rule = {
  meta: {
    id: 'zwnj-compound',
    family: 'zwnj',
    severity: 'warning',
    fixable: 'fix',
    section: '§2',
    title: { fa: 'نیم‌فاصله در واژه‌های مرکب', en: 'ZWNJ in compound words' },
    description: {
      fa: 'واژه‌های مرکب رایج مطبوعاتی با نیم‌فاصله نوشته می‌شوند: «بین‌المللی»، «برنامه‌ریزی»، «دانش‌بنیان»، «به‌عنوان» (یا «به عنوان»)؛ برخی سرهم: «زیرساخت»، «اثربخشی».',
      en: 'Common press compounds are written with a ZWNJ: بین‌المللی، برنامه‌ریزی، دانش‌بنیان، به‌عنوان (or «به عنوان»); some solid: زیرساخت، اثربخشی.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const c = suffixCandidates(text, tokens);
    // Token ranges a listed spaced compound covered («سرمایه گذاران» as «سرمایه‌گذار» + ان):
    // a bound second part inside one is not reported again.
    const spanned: number[] = [];
    /** Words with a ZWNJ whose compound before it glued() has read (listed, «تصفیهخانه‌های»). */
    const readBeforeJoiner = new Set<number>();
    let skipTo = -1;
    for (let k = 0; k < c.compound.length; k++) {
      const i = c.compound[k];
      if (i <= skipTo) continue;
      const why = c.compoundWhy[k];
      const h = tokens.fhash[i];
      if (why & C_PREFIX && !ctx.isIgnoredWord(i)) {
        const last = matchSpaced(ctx, i);
        if (last > i) {
          skipTo = last;
          spanned.push(i, last);
          continue;
        }
      }
      const s = tokens.start[i];
      const e = tokens.end[i];
      if (why & C_FULL && glued(ctx, i, s, e, h)) continue;
      if (why & C_TAIL && gluedWithTail(ctx, i, s, e)) continue;
      if (tokens.flags[i] & F.Joiner) {
        if (!(why & C_JOINER)) continue;
        // «تفاهمنامه‌ای», «دانشبنیان‌های»: a compound before a ZWNJ-joined ending.
        let hh = FNV_OFFSET;
        for (let p = s; p < e; p++) {
          const ch = text.charCodeAt(p);
          if (ch === ZWNJ && p > s && COMPOUNDS.mayHave(hh) && glued(ctx, i, s, p, hh)) {
            readBeforeJoiner.add(i);
            break;
          }
          const f = FOLD[ch];
          if (f) hh = Math.imul(hh ^ f, FNV_PRIME);
        }
        continue;
      }
      if (why & C_SHODE) productive(ctx, i, e - 3, LIGHT_VERB_NOUNS, true, true);
      else if (why & C_KARDE) verbalParticiple(ctx, i, e - 4);
      else if (why & C_POUR) productive(ctx, i, e - 3, POUR_NAMES, false);
      else if (why & C_AGENT) agent(ctx, i, s, e);
      else if (why & C_SECOND) secondPart(ctx, i, s, e, c.compoundCut[k]);
      else if (why & C_OPEN) openPart(ctx, i, s, e, c.compoundCut[k]);
      else if (why & C_KAM) kamPrefix(ctx, i, s, e);
    }
    // «تصفیهخانههای», «تصفیهخانه‌های»: a compound missing its ZWNJ before a plural ending (its
    // ZWNJ missing too, the plural rule's, or already there).
    for (let k = 0; k < c.glued.length; k++) {
      const a = gluedAnalysis(text, tokens, c, k);
      if (a && a.kind === 'plural' && a.at.length === 1) compoundBefore(ctx, c.glued[k], a.at[0]);
    }
    const joined = ctx.wordsWith(F.Joiner);
    for (let k = 0; k < joined.length; k++) {
      const i = joined[k];
      if (readBeforeJoiner.has(i)) continue;
      const s = tokens.start[i];
      const z = text.indexOf('\u200c', s);
      // «ها…» after the ZWNJ, checked by letter before the ending is sliced.
      if (z - s >= 5 && z < tokens.end[i] && text.charCodeAt(z + 1) === 0x0647 && text.charCodeAt(z + 2) === 0x0627 && PLURAL_ENDINGS.has(text.slice(z + 1, tokens.end[i]))) compoundBefore(ctx, i, z);
    }
    const spacedPartList = c.spacedPart;
    let sp = 0;
    for (let ti = 0; ti < spacedPartList.length; ti++) {
      const i = spacedPartList[ti];
      while (sp < spanned.length && spanned[sp + 1] < i) sp += 2;
      if (sp < spanned.length && spanned[sp] <= i) continue;
      spacedPart(ctx, i);
    }
  },
  tests: {
    valid: [
      'روابط بین‌المللی و زمینه‌سازی',
      // «برای» is the preposition, no listed «آب‌بر», «سوخت‌بر» with «ای».
      'برداشت آب برای کشاورزی و سوخت برای نیروگاه',
      // Written both ways in the press (=solid): only the spaced form is fixed.
      'دستفروشان و دست‌فروشان و دستفروشی',
      // A listed press phrase glued is pdf-run-together's: «علاوه بر», not «علاوه‌بر».
      'علاوهبر این، با تکیهبر تجربه',
      // A participle that may be the verb: before an auxiliary, a conjunction, «تا», punctuation.
      'این طرح تصویب شده است و طرحی ویژه طراحی شده تا سفر ارزان شود؛ برنامه‌های اعلام شده، اجرا شد.',
      // Dictionary words with an open part's letters, written solid: pdf-keep.txt.
      'پیگیری پرونده چشمگیر بود و دستیابی به کالای کمیاب و دلپذیر ارزشمند است.',
      'تا ده بشمار و گندم بکار',
      'او آموزش دیده است و خانه آسیب دیده است.',
      'قم به عنوان ام‌القرا',
      'به‌عنوان نخستین دستگاه',
      'به خوبی پیش می‌رود و به‌خوبی هم.',
      'زمینه‌سازی صورت گرفته برای تقویت شبکه',
      'بیش از پیش به ویژه برای حرم',
      'به اجرا در آورد.',
      'معاینه و گفتگو کرد.',
      'گفت و گو با فعالان',
      'ارزیابی و دستیابی و کامیابی و بازیابی',
      // The ه of «الله» is pronounced: «حزب‌اللهی» is no «حزب‌الله‌ی».
      'حزب‌اللهی و نیمه شب و نیمه‌شب',
      'کار انجام شده است.',
      'در قطعه‌های ریزی و قطعه های ریزی پیدا شد',
      // A participle before «بود/است» is the verb's, written apart; «خاکریز» is written solid.
      'دماسنج‌ها یخ زده بودند و دیوار ترک خورده است؛ خاکریزی تازه',
      'خانه آسیب دیده است و واحدهای مسكوني آسيب ديده كه باید نوسازی شوند؛ کار انجام شده و آن نه.',
      'کارهای انجام‌شده',
      // Glued after a non-joining letter, or to «کرده», and no verb's word after it: left alone.
      'کالاهای واردشده از چین، طرح رهاشده در شهر و مردی تحصیلکرده در روستا',
      // A negated participle before anything but «است» may be an adjective: left alone.
      'کار سگ‌های واکسینهنشده بود.',
      'زیرساخت‌های ارتباطی و اثربخشی',
      'دستاوردهای نهاد وقف',
      'برنامه درسی و برنامه ریاضی',
      'زمینه استفاده بهینه',
      'محمدپور و جعفرپور',
      'نیشاپور و شاپور',
      'روند آن به خوبی پیش می‌رود',
      'زیر ساختمان',
      'اثر بخش دوم',
      'فناوری اطلاعات و ارتباطات',
      'موسی‌پور و زارع‌پور',
      'دستاوردهای آنها و درآمدهای ما',
      'استانداری و استاندار',
      'کارساز و نوسازی و بازسازی',
      'واگذاری سهام',
      'تولیدکننده و مصرف‌کننده',
      'روزنامه و کتابخانه و دانشگاه',
      'علیزاده و محمدپور',
      'همکاری و همسو و همزمان',
      'فروردین ماه',
      'شرکت‌کنندگان',
      'او سازی زد و رفت.',
      'گیرنده نامه و دوران گذار',
      'ارسال نامه به وزیر',
      // Bound parts that are also words, left out of the spaced list; «جا به جای» is two words.
      'در نهایت ذلت و خواری رها شد',
      'این خانه فروشی است',
      'صدای سازها بلند شد',
      'همه گفتند آفرین',
      'از این جا به جای دیگر رفتند',
      'آدرس گیرنده روی بسته',
      // A verb after «نمی» is zwnj-verb-prefix's.
      'تو این را نمی پذیری',
      'کشتی گیر کرد و او تازه وارد شد؛ تفاوت بین شهری و روستایی',
      // «عهده», «ساعته» end like participles and are none: their spaced compounds stay.
      'درمان کودکان را هم به عهده بگیرند و جلسه سه ساعته برگزار شد',
      'حقوق‌بگیران و آسیب‌پذیری و نقش‌آفرینی',
      // Before a negated verb the spaced parts are a phrase: «خود» is the reflexive.
      'مردم از بیماری خود آگاهی ندارند.',
      // «دارای» (having) is a word, no «دار» + «ای» after a compound's first part.
      'یخ را از کارخانه دارای پروانه می‌خریم.',
      // The comparative «کمتر», a word in «کمد», and «کم» before a verb are no «کم‌» compound.
      'فروش کمتراز پارسال بود و کمدهای اضافه را بردند و عاشقانش کمنیستند.',
      // An adjective, then a noun with «ی» before a negated verb: no «کم‌خطری».
      'کافئین در مقدار کم خطری ندارد.',
      // An agency's name after «به گزارش» is written as the agency writes it.
      'به گزارش کمجان، اهالی روستا جمع شدند.',
      // «کم شدن» is the verb, no «دست‌کم»; «جوان» is a word, no «جو» + «ان» of «کارجو».
      'حوصله نوشتن با دست کم شده و کار جوان‌هاست.',
      // «بر» opening a phrase after a listed first part: no «آب‌بر».
      'رهاسازی آب بر پایه برآورد و سهم آب بر اساس سند است.',
    ],
    invalid: [
      // «به» + a noun as an adverb, glued: «بهتنهایی» is «به‌تنهایی», no «به تن‌هایی».
      { text: 'برخورد قضایی بهتنهایی کارساز نیست.', output: 'برخورد قضایی به‌تنهایی کارساز نیست.', errors: 1 },
      // Before «است» a negated participle, no infinitive + «شده»: «پرداخت نشده», no «پرداختن شده».
      { text: 'حقوق هفت ماه پرداختنشده است.', output: 'حقوق هفت ماه پرداخت نشده است.', errors: 1, unsafe: true },
      // A listed participle in «دیده» before «بودن» is the perfect, apart; before «که» an adjective.
      { text: 'پل که آسیبدیده بود بازسازی شد و بازاریان خسارتدیده که آمدند', output: 'پل که آسیب دیده بود بازسازی شد و بازاریان خسارت‌دیده که آمدند', errors: 2 },
      { text: 'رتبه سوم را بهدست آورد و بهکار میبرند؛ بهدست ما رسید', output: 'رتبه سوم را به دست آورد و به کار میبرند؛ به دست ما رسید', errors: 3 },
      // «=apart»: the glued form is fixed to the spaced one, the press's usual spelling.
      { text: 'بهدلیل باران و بدلیل برف، بهجای آن و محیطزیست', output: 'به دلیل باران و به دلیل برف، به جای آن و محیط زیست', errors: 4 },
      { text: 'بخاطر باران و بهخاطر برف', output: 'به خاطر باران و به خاطر برف', errors: 2 },
      // The house style's «beh» decides for every «به» adverb.
      { text: 'بهدلیل باران و بهعنوان نمونه و محیطزیست', options: { beh: 'zwnj' }, output: 'به‌دلیل باران و به‌عنوان نمونه و محیط زیست', errors: 3 },
      { text: 'بهدلیل باران و بهعنوان نمونه', options: { beh: 'space' }, output: 'به دلیل باران و به عنوان نمونه', errors: 2 },
      { text: 'به گزارش نامهنیوز از مناطق نفتخیز', output: 'به گزارش نامه‌نیوز از مناطق نفت‌خیز', errors: 2 },
      { text: 'شغل‌ها را آسیبپذیرتر کرد و آسیبپذیرترین گروه', output: 'شغل‌ها را آسیب‌پذیرتر کرد و آسیب‌پذیرترین گروه', errors: 2 },
      // A participle in «شده» before «است» is the verb's: written apart; elsewhere the ZWNJ.
      { text: 'در آنکارا هماهنگشده است و کار انجامشده است؛ طرح انجامشده آماده است.', output: 'در آنکارا هماهنگ شده است و کار انجام شده است؛ طرح انجام‌شده آماده است.', errors: 3, unsafe: true },
      // Before «و», «که» or an auxiliary as well, and «کرده» likewise; after a non-joining letter
      // or a participle too, where only the space can be missing.
      { text: 'کالا صادرشده که بنا مرمتشده و آماده است؛ خانه را وقفکرده بود و نهال کاشتهشده است.', output: 'کالا صادر شده که بنا مرمت شده و آماده است؛ خانه را وقف کرده بود و نهال کاشته شده است.', errors: 4, unsafe: true },
      { text: 'من نذرکرده بودم و هیچ مرگی ثبتنشده است؛ نرخ تغییرنکرده است.', output: 'من نذر کرده بودم و هیچ مرگی ثبت نشده است؛ نرخ تغییر نکرده است.', errors: 3, unsafe: true },
      // Only the participle stands apart before the verb; the first part keeps its ZWNJ.
      { text: 'دما پیشبینیشده بود و باران پیشبینی‌شده است.', output: 'دما پیش‌بینی شده بود و باران پیش‌بینی شده است.', errors: 2, unsafe: true },
      // After a plural in its ezafe the participle qualifies it, «و» joining the next phrase.
      { text: 'ساختمان‌های تخریبشده و تونل‌ها', output: 'ساختمان‌های تخریب‌شده و تونل‌ها', errors: 1, unsafe: true },
      // Open second parts after a press word: suggested only, never applied by fix-all.
      { text: 'نقش شتابدهنده و خدمترسانی در نمکزدایی کار طاقتفرسایی است.', output: 'نقش شتاب‌دهنده و خدمت‌رسانی در نمک‌زدایی کار طاقت‌فرسایی است.', errors: 4, unsafe: true },
      { text: 'عده‌ای فرصتطلب از عدالتخواهی گفتند.', output: 'عده‌ای فرصت‌طلب از عدالت‌خواهی گفتند.', errors: 2, unsafe: true },
      { text: 'هزینه تمامشده برای پسماند تفکیکشده، نه گمشده و بازشده', output: 'هزینه تمام‌شده برای پسماند تفکیک‌شده، نه گمشده و بازشده', errors: 2, unsafe: true },
      // A compound the dictionary writes solid: only its spaced form is fixed.
      { text: 'کوهنورد و کوه‌نورد و کوه نورد', output: 'کوهنورد و کوه‌نورد و کوه‌نورد', errors: 1 },
      // A compound whose spaced form is a phrase too: a suggestion, not before a verb or «و».
      { text: 'کشتی گیر ایرانی در بازار بین بانکی تا نیمه شب', output: 'کشتی‌گیر ایرانی در بازار بین‌بانکی تا نیمه‌شب', errors: 3, unsafe: true },
      { text: 'حجم آب ذخیره شده در سدها و کتاب‌های چاپ شده امسال', output: 'حجم آب ذخیره‌شده در سدها و کتاب‌های چاپ‌شده امسال', errors: 2, unsafe: true },
      { text: 'نوبتدهی طولانیمدت در تصفیهخانه و قصهگویی', output: 'نوبت‌دهی طولانی‌مدت در تصفیه‌خانه و قصه‌گویی', errors: 4, unsafe: true },
      { text: 'سه کامیون اضافهبار داشتند و گروه‌ها در آمادهباش بودند.', output: 'سه کامیون اضافه‌بار داشتند و گروه‌ها در آماده‌باش بودند.', errors: 2 },
      { text: 'دوره دوازدهماهه و سادهزیستی', output: 'دوره دوازده‌ماهه و ساده‌زیستی', errors: 2 },
      { text: 'بعنوان نمونه بطور کلی و بنظر من', output: 'به‌عنوان نمونه به‌طور کلی و به‌نظر من', errors: 3 },
      { text: 'بهمراه او آمد', output: 'به همراه او آمد' },
      { text: 'تصفیه خانه شهر و دیوار ترکخورده', output: 'تصفیه‌خانه شهر و دیوار ترک‌خورده', errors: 2 },
      { text: 'نتایج رای گیری اعلام شد.', output: 'نتایج رای‌گیری اعلام شد.' },
      { text: 'اطلاع رسانی به موقع انجام شد.', output: 'اطلاع‌رسانی به موقع انجام شد.' },
      { text: 'دسته بندی پرونده‌ها', output: 'دسته‌بندی پرونده‌ها' },
      { text: 'ابعاد علمی ملی و بین المللی دارد', output: 'ابعاد علمی ملی و بین‌المللی دارد', errors: 1 },
      { text: 'سایت بینالمللی', output: 'سایت بین‌المللی', errors: 1 },
      { text: 'با اشاره به زمینه سازی صورت گرفته', output: 'با اشاره به زمینه‌سازی صورت گرفته', errors: 1 },
      { text: 'معاون برنامه ریزی', output: 'معاون برنامه‌ریزی', errors: 1 },
      { text: 'تکمیل و راه اندازی اقدامات', output: 'تکمیل و راه‌اندازی اقدامات', errors: 1 },
      { text: 'کانونی برای سیاست گذاری', output: 'کانونی برای سیاست‌گذاری', errors: 1 },
      { text: 'فرهنگ سازی و فراهم کردن', output: 'فرهنگ‌سازی و فراهم کردن', errors: 1 },
      { text: 'اقدامات مهم نیمه تمام', output: 'اقدامات مهم نیمه‌تمام', errors: 1 },
      { text: 'قم به عنوان ام القرا', output: 'قم به عنوان ام‌القرا', errors: 1 },
      { text: 'شرکتهای دانشبنیان', output: 'شرکتهای دانش‌بنیان', errors: 1 },
      { text: 'حکمرانی دادهمحور', output: 'حکمرانی داده‌محور', errors: 1 },
      { text: 'نرخ اجارهبها و مرثیهسرایی', output: 'نرخ اجاره‌بها و مرثیه‌سرایی', errors: 2 },
      { text: 'در کشورهای توسعهیافته', output: 'در کشورهای توسعه‌یافته', errors: 1 },
      { text: 'تصفیهخانه‌های تهران و خدمترسانی‌ها', output: 'تصفیه‌خانه‌های تهران و خدمت‌رسانی‌ها', errors: 2, unsafe: true },
      { text: 'زمینه بهرهمندی از آنها', output: 'زمینه بهره‌مندی از آنها', errors: 1 },
      { text: 'کشاورزان خسارت دیده تا مهر فرصت دارند', output: 'کشاورزان خسارت‌دیده تا مهر فرصت دارند', errors: 1, unsafe: true },
      { text: 'کارهای انجام شده در سال گذشته', output: 'کارهای انجام‌شده در سال گذشته', errors: 1, unsafe: true },
      { text: 'روزنامهنگاران و واژهیاب و ریشهیابی', output: 'روزنامه‌نگاران و واژه‌یاب و ریشه‌یابی', errors: 3 },
      { text: 'حزب الله لبنان', output: 'حزب‌الله لبنان', errors: 1 },
      { text: 'اقدامات انجامشده', output: 'اقدامات انجام‌شده', errors: 1 },
      { text: 'تفاهمنامه امضا شد', output: 'تفاهم‌نامه امضا شد', errors: 1 },
      { text: 'تفاهمنامه‌ای میان دو شرکت', output: 'تفاهم‌نامه‌ای میان دو شرکت', errors: 1 },
      { text: 'ضمن گفتوگو با فعالان', output: 'ضمن گفت‌وگو با فعالان', errors: 1 },
      // Half spaced: «گفت و گو», three words, stays (valid), «گفت وگو» does not.
      { text: 'در گفت وگو با خبرنگار و رفت وآمد', output: 'در گفت‌وگو با خبرنگار و رفت‌وآمد', errors: 2 },
      { text: 'وقف بهعنوان سرمایه', output: 'وقف به‌عنوان سرمایه', errors: 1 },
      { text: 'روند آن بهخوبی پیش می‌رود', output: 'روند آن به‌خوبی پیش می‌رود', errors: 1 },
      { text: 'توسعه زیر ساخت ارتباطی', output: 'توسعه زیرساخت ارتباطی', errors: 1 },
      { text: 'توسعه زیر ساختهای ضروری', output: 'توسعه زیرساخت‌های ضروری', errors: 1 },
      { text: 'میزان اثر بخشی این فعالیت‌ها', output: 'میزان اثربخشی این فعالیت‌ها', errors: 1 },
      { text: 'در برنامه ریزیهای ستاد', output: 'در برنامه‌ریزی‌های ستاد', errors: 1 },
      { text: 'حجت‌الاسلام موسیپور', output: 'حجت‌الاسلام موسی‌پور', errors: 1 },
      { text: 'آقای زارعپور', output: 'آقای زارع‌پور', errors: 1 },
      { text: 'موارد ثبتشده', output: 'موارد ثبت‌شده', errors: 1 },
      { text: 'طرح‌های تعیینشده', output: 'طرح‌های تعیین‌شده', errors: 1 },
      { text: 'پیش بینی می‌شود', output: 'پیش‌بینی می‌شود', errors: 1 },
      { text: 'اطلاع رسانی و تصمیم گیری', output: 'اطلاع‌رسانی و تصمیم‌گیری', errors: 2 },
      { text: 'این کار امکان پذیر است', output: 'این کار امکان‌پذیر است', errors: 1 },
      { text: 'سرمایه گذاری خارجی', output: 'سرمایه‌گذاری خارجی', errors: 1 },
      { text: 'بهرهبرداری از طرح', output: 'بهره‌برداری از طرح', errors: 1 },
      { text: 'نرمافزار و سخت افزار', output: 'نرم‌افزار و سخت‌افزار', errors: 2 },
      { text: 'تاثیر گذار بود', output: 'تاثیرگذار بود', errors: 1 },
      { text: 'چشمانداز توسعه', output: 'چشم‌انداز توسعه', errors: 1 },
      { text: 'مسیر بهویژه برای', output: 'مسیر به‌ویژه برای', errors: 1 },
      { text: 'جست‌وجو و جستوجو', output: 'جست‌وجو و جست‌وجو', errors: 1 },
      { text: 'آیین نامه اجرایی', output: 'آیین‌نامه اجرایی', errors: 1 },
      { text: 'بین   المللی', output: 'بین‌المللی', errors: 1 },
      { text: 'شاخص قیمت مصرفکننده', output: 'شاخص قیمت مصرف‌کننده', errors: 1 },
      { text: 'فضای خوشبینی', output: 'فضای خوش‌بینی', errors: 1 },
      { text: 'فضای اغراقآمیزی', output: 'فضای اغراق‌آمیزی', errors: 1 },
      { text: 'داشتن چشماندازی روشن', output: 'داشتن چشم‌اندازی روشن', errors: 1 },
      // A listed compound with the plural «ان», glued or spaced; no ZWNJ before «ان» after «ه».
      { text: 'کمتوانان و ریشسفیدان و ریش سفیدان و دانشپژوهان', output: 'کم‌توانان و ریش‌سفیدان و ریش‌سفیدان و دانش‌پژوهان', errors: 4 },
      { text: 'در گفتوگویی با ما', output: 'در گفت‌وگویی با ما', errors: 1 },
      { text: 'پایان فروردینماه', output: 'پایان فروردین‌ماه', errors: 1 },
      { text: 'روبهرو شده‌اند', output: 'روبه‌رو شده‌اند', errors: 1 },
      { text: 'بازی معوقه ماشینسازی', output: 'بازی معوقه ماشین‌سازی', errors: 1 },
      { text: 'دستگاه‌های ذیربط', output: 'دستگاه‌های ذی‌ربط', errors: 1 },
      { text: 'دستور العمل اجرایی', output: 'دستورالعمل اجرایی', errors: 1 },
      { text: 'دروازهبان تیم', output: 'دروازه‌بان تیم', errors: 1 },
      { text: 'سپردهگذاران بانک', output: 'سپرده‌گذاران بانک', errors: 1 },
      { text: 'اندازهگیری دقیق', output: 'اندازه‌گیری دقیق', errors: 1 },
      { text: 'نرمافزار تازه', output: 'نرم‌افزار تازه', errors: 1 },
      { text: 'دانشآموزان مدرسه', output: 'دانش‌آموزان مدرسه', errors: 1 },
      { text: 'هدفگذاری سالانه', output: 'هدف‌گذاری سالانه', errors: 1 },
      { text: 'هزینهبر است', output: 'هزینه‌بر است', errors: 1 },
      { text: 'به تهیهکنندگی او', output: 'به تهیه‌کنندگی او', errors: 1 },
      { text: 'داروخانههای شبانهروزی', output: 'داروخانههای شبانه‌روزی', errors: 1 },
      { text: 'بهمحض ورود', output: 'به‌محض ورود', errors: 1 },
      { text: 'ظرفیت سازی در استان', output: 'ظرفیت‌سازی در استان', errors: 1 },
      { text: 'بومی سازی فناوری', output: 'بومی‌سازی فناوری', errors: 1 },
      { text: 'قیمت گذاری کالاها', output: 'قیمت‌گذاری کالاها', errors: 1 },
      { text: 'تولید کننده و مصرف کننده', output: 'تولیدکننده و مصرف‌کننده', errors: 2 },
      { text: 'شرکت کنندگان همایش', output: 'شرکت‌کنندگان همایش', errors: 1 },
      { text: 'وام به پذیرفته شدگان و یاد جان باختگان', output: 'وام به پذیرفته‌شدگان و یاد جان‌باختگان', errors: 2 },
      { text: 'بهره برداران طرح و پیروزی آبی پوشان در روزی طاقت فرسا', output: 'بهره‌برداران طرح و پیروزی آبی‌پوشان در روزی طاقت‌فرسا', errors: 3 },
      { text: 'نقش تعیین کننده', output: 'نقش تعیین‌کننده', errors: 1 },
      { text: 'شبکه سازی', output: 'شبکه‌سازی', errors: 1 },
      { text: 'حقوق بگیران و یارانه بگیران', output: 'حقوق‌بگیران و یارانه‌بگیران', errors: 2 },
      { text: 'ژل تاریخ گذشته و لوازم التحریر و ماشین آلات', output: 'ژل تاریخ‌گذشته و لوازم‌التحریر و ماشین‌آلات', errors: 3 },
      { text: 'بلیت نیمبها و وام قرض الحسنه پس از زمین لرزه برای خاتمکاری', output: 'بلیت نیم‌بها و وام قرض‌الحسنه پس از زمین‌لرزه برای خاتم‌کاری', errors: 4 },
      { text: 'بخش کم عمق دریا و داروهای شیمی درمانی و گیاهان کم مصرف، نه کم مصرف کنید', output: 'بخش کم‌عمق دریا و داروهای شیمی‌درمانی و گیاهان کم‌مصرف، نه کم مصرف کنید', errors: 3, unsafe: true },
      { text: 'آسیب پذیری شبکه', output: 'آسیب‌پذیری شبکه', errors: 1 },
      { text: 'نقش آفرینی بازیگران', output: 'نقش‌آفرینی بازیگران', errors: 1 },
      { text: 'ارائه دهندگان خدمات', output: 'ارائه‌دهندگان خدمات', errors: 1 },
      { text: 'حاشیه نشینان شهر', output: 'حاشیه‌نشینان شهر', errors: 1 },
      { text: 'رفتار تحریک آمیز', output: 'رفتار تحریک‌آمیز', errors: 1 },
      { text: 'شایعه پراکنی و مانع تراشی', output: 'شایعه‌پراکنی و مانع‌تراشی', errors: 2 },
      { text: 'روزنامه نگاران و خبر نگاران', output: 'روزنامه‌نگاران و خبرنگاران', errors: 2 },
      { text: 'سرمایه گذاران خارجی', output: 'سرمایه‌گذاران خارجی', errors: 1 },
      { text: 'هیجان انگیز و تحسین برانگیز', output: 'هیجان‌انگیز و تحسین‌برانگیز', errors: 2 },
      { text: 'چاره اندیشی و آینده پژوهی', output: 'چاره‌اندیشی و آینده‌پژوهی', errors: 2 },
      { text: 'قانون شکنی و پول شویی', output: 'قانون‌شکنی و پول‌شویی', errors: 2 },
      { text: 'زمین خواری و رانت خواران', output: 'زمین‌خواری و رانت‌خواران', errors: 2 },
      { text: 'سهل انگاری مسئولان', output: 'سهل‌انگاری مسئولان', errors: 1 },
      { text: 'جا به جایی جمعیت', output: 'جابه‌جایی جمعیت', errors: 1 },
      { text: 'ارزان قیمت و گران قیمت', output: 'ارزان‌قیمت و گران‌قیمت', errors: 2 },
      { text: 'عقب نشینی نیروها', output: 'عقب‌نشینی نیروها', errors: 1 },
      { text: 'چانه زنی و گمانه زنی', output: 'چانه‌زنی و گمانه‌زنی', errors: 2 },
      { text: 'کار شناس و کار گردان', output: 'کارشناس و کارگردان', errors: 2 },
      { text: 'نمایش نامه تازه', output: 'نمایش‌نامه تازه', errors: 1 },
      { text: 'جلو گیری و یاد گیری', output: 'جلوگیری و یادگیری', errors: 2 },
      { text: 'پژوهش گران و گردش گری', output: 'پژوهشگران و گردشگری', errors: 2 },
      { text: 'شهر داری و سهام داران', output: 'شهرداری و سهامداران', errors: 2 },
      { text: 'جنگ زده و زلزله زدگان', output: 'جنگ‌زده و زلزله‌زدگان', errors: 2 },
      { text: 'نهادهای تشکیلشده', output: 'نهادهای تشکیل‌شده', errors: 1 },
      // «گرا» is never a word of its own.
      { text: 'نظام بانکی منفعت گرا است و نگاه واقع گرا', output: 'نظام بانکی منفعت‌گرا است و نگاه واقع‌گرا', errors: 2 },
      // «ثبت‌نام»: 102 of the golds' 105 write it with the ZWNJ, before «کردن» too.
      { text: 'برای این دوره ثبت نام کردند.', output: 'برای این دوره ثبت‌نام کردند.', errors: 1 },
      // Bound verbal-noun parts after a joining letter: «زدگی», «گرفتگی», «شدگان».
      { text: 'دچار بیرونزدگی دیسک شد و از ماهگرفتگی گفت و فهرست دعوتشدگان آمد.', output: 'دچار بیرون‌زدگی دیسک شد و از ماه‌گرفتگی گفت و فهرست دعوت‌شدگان آمد.', errors: 3, unsafe: true },
      // The prefix «کم» (low-) glued to a common word, unlisted.
      { text: 'در مسیر کمتردد آب کماکسیژن ماند.', output: 'در مسیر کم‌تردد آب کم‌اکسیژن ماند.', errors: 2, unsafe: true },
      // «زنی» (-striking) is an open second part.
      { text: 'ماموران گشتزنی کردند و کلنگزنی شد.', output: 'ماموران گشت‌زنی کردند و کلنگ‌زنی شد.', errors: 2, unsafe: true },
      // «گردی» (touring) is an open second part; «جهانگردی» is a word.
      { text: 'تورهای باغگردی و جهانگردی', output: 'تورهای باغ‌گردی و جهانگردی', errors: 1, unsafe: true },
      // Crafts and instruments: «سنج», «پز», «دوز», «ریسی», «باف»; the solid ones are words.
      { text: 'آزمایش ارتعاشسنجی و کارگاه لواشکپزی و طناببافی و نظرسنجی و آشپزی', output: 'آزمایش ارتعاش‌سنجی و کارگاه لواشک‌پزی و طناب‌بافی و نظرسنجی و آشپزی', errors: 3, unsafe: true },
      // «خوان» (reader) is an open part; «استخوانی» is no copula + «خوانی».
      { text: 'دستگاه کارتخوان و ماهیان استخوانی', output: 'دستگاه کارت‌خوان و ماهیان استخوانی', errors: 1, unsafe: true },
      // Listed: «…نامه» documents, «سیاه‌چادر», «چراغ‌قوه» (glued only: «چراغ قوه» is left).
      { text: 'شکایتنامه و نرخ نامه را در سیاهچادر با چراغقوه و چراغ قوه خواند.', output: 'شکایت‌نامه و نرخ‌نامه را در سیاه‌چادر با چراغ‌قوه و چراغ قوه خواند.', errors: 4 },
      // «اسباب‌بازی»: a compound, no run of two words for pdf-run-together.
      { text: 'اسباببازیها و اسباب بازی کودکان', output: 'اسباب‌بازی‌ها و اسباب‌بازی کودکان', errors: 2 },
    ],
  },
};

/** A compound written over several tokens from token i; returns the index of its last token. */
function matchSpaced(ctx: RuleContext, i: number): number {
  const { tokens, text } = ctx;
  let h = tokens.fhash[i];
  let j = i;
  // The parts are the Word tokens i, i+2, …; the folded key is built only when a hash hits.
  let bestK = -1;
  let bestCut = 0;
  let bestTarget = '';
  let bestSpaceOk = false;
  let bestSuggest = false;
  let bestTail: { s: string; plural: boolean } | null = null;
  for (let n = 1; n < 4; n++) {
    const k = j + 2;
    if (k >= tokens.count || tokens.kind[j + 1] !== T.Space || tokens.kind[k] !== T.Word || ctx.isIgnoredWord(k)) break;
    const ks = tokens.start[k];
    const ke = tokens.end[k];
    const full = foldHashRange(text, ks, ke, h);
    const hit = COMPOUNDS.mayHave(full) ? COMPOUNDS.getKey(full, spacedKey(text, tokens, i, k, ke)) : undefined;
    if (hit) {
      bestK = k;
      bestCut = ke;
      bestTarget = hit.target;
      bestSpaceOk = hit.spaceOk;
      bestSuggest = hit.suggest === true;
      bestTail = null;
    } else {
      for (const tail of TAILS) {
        // «برای», «دارای» are words of their own, no «بر» / «دار» + «ای» («کارخانه دارای پروانه»).
        if (!endsWithStr(text, ks, ke, tail.s) || (ke - ks === 4 && text.startsWith('برای', ks)) || (ke - ks === 5 && text.startsWith('دارای', ks))) continue;
        const cut = ke - tail.s.length;
        if (cut <= ks || (cut - ks >= 3 && !endsLikeCompound(text, ks, cut))) continue;
        // «کار جوان»: after «و» or «ا» the plural is «یان» («کارجویان»), so «جوان» is the word.
        if (tail.s === 'ان' && (text.charCodeAt(cut - 1) === 0x0648 || text.charCodeAt(cut - 1) === 0x0627)) continue;
        const ht = foldHashRange(text, ks, cut, h);
        if (!COMPOUNDS.mayHave(ht)) continue;
        const t = COMPOUNDS.getKey(ht, spacedKey(text, tokens, i, k, cut));
        if (t) {
          bestK = k;
          bestCut = cut;
          bestTarget = t.target;
          bestSpaceOk = t.spaceOk;
          bestSuggest = t.suggest === true;
          bestTail = tail;
          break;
        }
      }
    }
    if (!COMPOUND_PREFIXES.mayHave(full)) break;
    h = full;
    j = k;
  }
  if (bestK < 0) return -1;
  // «خسارت دیده» is the verb in «… خسارت دیده است» and the adjective in «کشاورزان خسارت دیده تا …»:
  // a spaced participle compound is offered (as a suggestion) only where no verb can end.
  let safe = true;
  if (bestSuggest) {
    // «کشتی گیر کرد», «تازه وارد شد»: the verb's noun, no compound; «بین شهری و روستایی»: a
    // preposition before two adjectives.
    const v = nextWord(tokens, bestK);
    const w = v >= 0 ? fold(ctx.tokenText(v)) : '';
    // A negated or «می» verb too: «از بیماری خود آگاهی ندارند».
    if (w === 'و' || commonFiniteVerb(w) || verbWord(w.replace(/\u200c/g, ''), false) || (w.endsWith('ه') && commonFiniteVerb(w.slice(0, -1)))) return -1;
    // «رهاسازی آب بر پایه برآورد»: «بر» opens a phrase, no «آب‌بر».
    if (bestTarget.endsWith('بر') && BAR_PHRASES.has(w)) return -1;
    safe = false;
  } else if (bestSpaceOk) {
    if (bestTail || !participleCompound(bestTarget) || !adjectiveFollows(ctx, bestK)) return -1;
    safe = false;
  } else if (bestTail?.s === 'ی' && bestK > i && negatedVerbFollows(ctx, bestK)) {
    // «در مقدار کم خطری ندارد»: an adjective, then a noun with «ی» before a negated verb.
    return -1;
  } else if (!bestTail && lightVerbOnPart(ctx, bestK)) {
    // «حوصله نوشتن با دست کم شده»: «کم شدن» is the verb, no «دست‌کم» (at least).
    return -1;
  } else if (!bestTail && LISTED_PARTICIPLE.test(bestTarget) && perfectFollows(ctx, bestK)) {
    // «یخ زده بودند»: before «بودن» the participle is the verb's, as glued() reads it.
    return -1;
  }
  const s = tokens.start[i];
  const edits = alignEdits(text, s, bestCut, bestTarget);
  if (!edits || edits.length === 0) return -1;
  const end = tokens.end[bestK];
  if (bestTail && bestCut > s) {
    const c = bestTarget.charCodeAt(bestTarget.length - 1);
    const joiner = bestTail.plural ? joinerAfter(c) : c === HEH && bestTail.s !== 'ان' ? '\u200c' : '';
    if (joiner && text.charCodeAt(bestCut - 1) !== ZWNJ) edits.push({ start: bestCut, end: bestCut, newText: joiner });
  }
  report(ctx, s, end, edits, safe);
  return bestK;
}


/** Words «بر» makes a phrase with: «بر پایه», «بر اساس», «بر عهده». */
const BAR_PHRASES = new Set(['پایه', 'اساس', 'عهده', 'روی', 'اثر', 'این', 'آن', 'سر', 'خلاف', 'طبق', 'ضد', 'علیه']);

/** Short words that make a compound verb with «شدن» or «کردن» («کم شد», «گم کرد»). */
const VERB_PARTS = new Set(['کم', 'گم', 'پر', 'رد', 'حل']);
const LIGHT_VERB_FORM = /^(?:ن|می|نمی)?(?:شد|شو|کرد|کن)/;

/** Whether word k is such a word and a form of «شدن» or «کردن» follows it. */
function lightVerbOnPart(ctx: RuleContext, k: number): boolean {
  if (!VERB_PARTS.has(fold(ctx.tokenText(k)))) return false;
  const v = nextWord(ctx.tokens, k);
  return v >= 0 && LIGHT_VERB_FORM.test(fold(ctx.tokenText(v)).replace(/\u200c/g, ''));
}

/** Whether a negated verb follows word k («ندارد», «نمی‌شود»). */
function negatedVerbFollows(ctx: RuleContext, k: number): boolean {
  const v = nextWord(ctx.tokens, k);
  const w = v >= 0 ? fold(ctx.tokenText(v)).replace(/\u200c/g, '') : '';
  return negatedVerb(w);
}

/**
 * Words after which a spaced participle may be a verb: the auxiliaries, «و», «که» and the
 * conjunctions that open the next clause («اعلام شده اما …»). «تا» too for a participle the
 * compound list does not hold («طراحی شده تا …»); a listed one is an adjective before it
 * often enough («کشاورزان خسارت دیده تا مهر …»).
 */
const AFTER_VERB = new Set([...PERFECT_AUX, ...'بوده شد شدند شده شود شوند و که اما ولی زیرا چون لذا سپس همچنین بنابراین'.split(' ')]);

/** The participle at token k is followed by another word of its phrase: not a verb's end. */
function adjectiveFollows(ctx: RuleContext, k: number, unlisted = false): boolean {
  const { tokens, text } = ctx;
  const n = k + 2;
  if (n >= tokens.count || tokens.kind[k + 1] !== T.Space || tokens.kind[n] !== T.Word) return false;
  const next = fold(text.slice(tokens.start[n], tokens.end[n]));
  return !AFTER_VERB.has(next) && !(unlisted && next === 'تا');
}

/** The folded key of the spaced parts: Word tokens first, first+2, …, last, the last cut at lastEnd. */
function spacedKey(text: string, tokens: Tokens, first: number, last: number, lastEnd: number): string {
  let key = '';
  for (let p = first; p <= last; p += 2) key += foldRange(text, tokens.start[p], p === last ? lastEnd : tokens.end[p]);
  return key;
}

/** «چشماندازی», «گفتوگویی», «کمتوانان»: a glued compound followed by a glued ending. */
function gluedWithTail(ctx: RuleContext, i: number, s: number, e: number): boolean {
  const { text } = ctx;
  const last = text.charCodeAt(e - 1);
  if (last !== 0x06cc && last !== 0x0627 && last !== 0x0631 && last !== 0x0646) return false;
  for (const tail of TAILS) {
    if (!endsWithStr(text, s, e, tail.s)) continue;
    const cut = e - tail.s.length;
    if (!endsLikeCompound(text, s, cut)) continue;
    const h = foldHashRange(text, s, cut);
    if (!COMPOUNDS.mayHave(h)) continue;
    const entry = COMPOUNDS.getRange(text, s, cut, h);
    if (!entry || ctx.isIgnoredWord(i)) continue;
    if (entry.solidOk) return true;
    const edits = alignEdits(text, s, cut, entry.target);
    if (!edits || edits.length === 0 || edits.some((x) => x.newText === '')) continue;
    const c = entry.target.charCodeAt(entry.target.length - 1);
    // Only a silent ه takes a ZWNJ before «ی»: the ه of «خواه», «راه», «نگاه» is sounded.
    const silent = c === HEH && entry.target.charCodeAt(entry.target.length - 2) !== ALEF;
    const joiner = tail.plural ? joinerAfter(c) : silent && tail.s !== 'ان' ? '\u200c' : '';
    if (joiner) edits.push({ start: cut, end: cut, newText: joiner });
    report(ctx, s, e, edits);
    return true;
  }
  return false;
}

/**
 * Whether a glued compound is fixed to its spaced form: an «=apart» entry, unless the house style
 * chose «به‌» with a ZWNJ for the «به» adverbs (option `beh`, set by the house-style file's
 * "beh"), which with "space" puts every one of them apart.
 */
function fixedApart(ctx: RuleContext, entry: Compound): boolean {
  const beh = ctx.option<string>('beh', '');
  if (beh && entry.spaceOk && entry.target.startsWith('به\u200c')) return beh === 'space';
  return entry.apart === true;
}

/** A listed compound that ends in a participle other than «شده» («آسیب‌دیده», «تحول‌یافته», «یخ‌زده»). */
const LISTED_PARTICIPLE = /\u200c(?:دیده|کرده|یافته|زده|خورده)$/;

function perfectFollows(ctx: RuleContext, i: number): boolean {
  const n = wordAfterSpace(ctx, i);
  return n >= 0 && PERFECT_AUX.has(fold(ctx.tokenText(n)));
}

/** «به» + the noun of a compound verb («به دست آوردن», «به کار بردن», «به شمار رفتن»). */
const BE_VERB_NOUNS = new Set('دست کار شمار وجود عهده نظر دنبال همراه'.split(' ').map((n) => 'به\u200c' + n));

/** The word after token i is a finite verb or a participle («آورد», «می‌رود», «ببرند», «آمده»). */
function verbAfter(ctx: RuleContext, i: number): boolean {
  const j = nextWord(ctx.tokens, i);
  return j >= 0 && verbWord(fold(ctx.tokenText(j)).replace(/\u200c/g, ''));
}

/** A compound inside one token, text[s, cut); true when reported. */
function glued(ctx: RuleContext, i: number, s: number, cut: number, h: number): boolean {
  const { text } = ctx;
  const entry = COMPOUNDS.getRange(text, s, cut, h);
  if (!entry || ctx.isIgnoredWord(i)) return false;
  // Glued or with its ZWNJ, both right; nothing else reads it as a compound either.
  if (entry.solidOk) return true;
  const apart = fixedApart(ctx, entry);
  if (entry.droppedHeh) {
    if (cut !== ctx.tokens.end[i]) return false;
    report(ctx, s, cut, [{ start: s + 1, end: s + 1, newText: apart ? 'ه ' : 'ه\u200c' }]);
    return true;
  }
  const edits = alignEdits(text, s, cut, entry.target);
  if (!edits) return false;
  // Written as listed («خاکریزی» after «خاک|ریز»): no other reading of it as a compound.
  if (edits.length === 0) return true;
  // «بهدست آورد», «بهشمار میرود»: before its verb the noun of a compound verb stands apart.
  // «هماهنگشده است»: a participle before a verb's word likewise (verbFollows); «آسیبدیده بود»:
  // one in «دیده», «کرده», «یافته» only before «بودن» (the perfect), being an adjective before
  // «که», «و» or «شد» («بازاریان خسارت‌دیده که …»).
  const verbal =
    cut === ctx.tokens.end[i] &&
    ((BE_VERB_NOUNS.has(entry.target) && verbAfter(ctx, i)) || (entry.target.endsWith('\u200cشده') ? verbFollows(ctx, i) : LISTED_PARTICIPLE.test(entry.target) && perfectFollows(ctx, i)));
  if (apart) spaceEveryJoint(edits);
  else if (verbal) spaceBeforeLastPart(text, cut, entry.target, edits);
  // A redundant ZWNJ after a non-joining letter is zwnj-misuse's (information), not ours.
  if (edits.every((x) => x.newText === '' && NON_JOINING.has(text.charCodeAt(x.start - 1)))) return false;
  report(ctx, ctx.tokens.start[i], ctx.tokens.end[i], edits);
  return true;
}

/** Every ZWNJ the fix would insert becomes a space: the compound written apart. */
function spaceEveryJoint(edits: ZwnjEdit[]): void {
  for (const x of edits) if (x.newText === '\u200c') x.newText = ' ';
}

/**
 * Before its verb only the last part stands apart: «پیشبینیشده بود» → «پیش‌بینی شده بود», the
 * joints inside the first part («پیش‌بینی») keep their ZWNJ. Changes `edits` in place.
 */
function spaceBeforeLastPart(text: string, cut: number, target: string, edits: ZwnjEdit[]): void {
  const last = target.length - 1 - target.lastIndexOf('\u200c');
  const p = cut - last;
  let same = p > 0;
  for (let k = 0; same && k < last; k++) same = FOLD[text.charCodeAt(p + k)] === FOLD[target.charCodeAt(target.length - last + k)];
  if (!same) return spaceEveryJoint(edits);
  const at = edits.findIndex((x) => x.end === p && x.newText === '\u200c');
  if (at >= 0) edits[at].newText = ' ';
  else if (text.charCodeAt(p - 1) === ZWNJ) edits.push({ start: p - 1, end: p, newText: ' ' });
}

/**
 * «هماهنگشده است», «مرمتشده و»: before an auxiliary, «و», «که» or a conjunction (AFTER_VERB) a
 * participle in «شده» is a passive verb's, written apart («هماهنگ شده است»: so in 285 of 290
 * gold texts' «… شده و»); as an adjective it takes the ZWNJ («طرح‌های تکمیلشده» → «تکمیل‌شده»).
 */
/** The word one space after token i, or -1. */
function wordAfterSpace(ctx: RuleContext, i: number): number {
  const { tokens } = ctx;
  return i + 2 < tokens.count && tokens.kind[i + 1] === T.Space && tokens.kind[i + 2] === T.Word ? i + 2 : -1;
}

/** The word after token i, one space away, is «است». */
function beforeAst(ctx: RuleContext, i: number): boolean {
  const n = wordAfterSpace(ctx, i);
  return n >= 0 && ctx.tokens.end[n] - ctx.tokens.start[n] === 3 && ctx.text.startsWith('است', ctx.tokens.start[n]);
}

function verbFollows(ctx: RuleContext, i: number): boolean {
  const { tokens, text } = ctx;
  const n = wordAfterSpace(ctx, i);
  if (n < 0) return false;
  const next = fold(ctx.tokenText(n));
  if (!AFTER_VERB.has(next)) return false;
  // After a plural in its ezafe it qualifies the noun, «و» joining the next phrase: «ساختمان‌های
  // تخریبشده و تونل‌ها» (so in all three such places of the gold texts).
  return !(next === 'و' && i >= 2 && tokens.kind[i - 1] === T.Space && tokens.kind[i - 2] === T.Word && text.endsWith('های', tokens.end[i - 2]));
}

/** «انجامشده» → «انجام‌شده», «موسیپور» → «موسی‌پور»: a listed first part glued to a fixed second. */
function productive(ctx: RuleContext, i: number, cut: number, heads: typeof NOUNS, alsoNouns: boolean, anyWord = false): void {
  const { text, tokens } = ctx;
  const s = tokens.start[i];
  if (cut - s < 2 || ctx.isIgnoredWord(i)) return;
  // After a non-joining letter no ZWNJ can be missing; before a verb's word the space can.
  if (!joins(text.charCodeAt(cut - 1))) return void (anyWord && verbalParticiple(ctx, i, cut));
  const listed = heads.hasRange(text, s, cut) || (alsoNouns && NOUNS.hasRange(text, s, cut));
  // «تمامشده», «تفکیکشده»: any common word of three letters or more before «شده» (after a
  // joining letter the dictionary writes no «…شده» solid but «گمشده», «دلشده», two letters);
  // suggested, as the lexicon is wider than the hand lists.
  if (!listed && !(anyWord && cut - s >= 3 && pdfLexicon().words.has(fold(text.slice(s, cut))))) return void (anyWord && verbalParticiple(ctx, i, cut));
  // «پرداختنشده است» is «پرداخت نشده», no infinitive «پرداختن» + «شده».
  if (anyWord && infinitive(fold(text.slice(s, cut)))) return void verbalParticiple(ctx, i, cut);
  report(ctx, s, tokens.end[i], [{ start: cut, end: cut, newText: anyWord && verbFollows(ctx, i) ? ' ' : '\u200c' }], listed);
}

/** A past stem and «ن»: «پرداختن», «خوردن». */
function infinitive(w: string): boolean {
  return w.length >= 4 && w.endsWith('ن') && PAST_STEMS.getString(w.slice(0, -1)) !== undefined;
}

/**
 * «صادرشده که», «وقفکرده بود»: a common word of three letters or more (or a participle) glued
 * to the participle before a verb's word (verbFollows) is a verb that lost its space, whatever
 * the letter before it; suggested.
 */
function verbalParticiple(ctx: RuleContext, i: number, cut: number): void {
  const { text, tokens } = ctx;
  const s = tokens.start[i];
  if (cut - s < 3 || ctx.isIgnoredWord(i) || !verbFollows(ctx, i)) return;
  const words = pdfLexicon().words;
  const first = fold(text.slice(s, cut));
  if (!words.has(first) || infinitive(first)) {
    // «ثبتنشده است», «تغییرنکرده است»: the negated participle, «ن» its first letter; only before
    // «است», as a negated participle is an adjective as often («سگ‌های واکسینه‌نشده بود»).
    if (first.endsWith('ن') && cut - s >= 4 && words.has(first.slice(0, -1))) {
      if (!beforeAst(ctx, i)) return;
      cut--;
    }
    // «کاشتهشده است»: a participle before it, a passive perfect.
    else if (!(text.charCodeAt(cut - 1) === HEH && isParticiple(text, s, cut - 1))) return;
  }
  report(ctx, s, tokens.end[i], [{ start: cut, end: cut, newText: ' ' }], false);
}


/**
 * «بهرهبرداری» → «بهره‌برداری», «نرمافزار» → «نرم‌افزار»: a word ending in a silent ه (or, before
 * «ا/آ», a known noun or adjective) glued to a listed second part.
 */
const BUILD_PART_HASHES = new HashSet(BUILD_PARTS.map((w) => foldHashRange(w, 0, w.length)));

/** «مصرفکننده» → «مصرف‌کننده»: an agent noun glued to a known noun. */
function agent(ctx: RuleContext, i: number, s: number, e: number): void {
  const { text } = ctx;
  for (const a of AGENTS) {
    if (!endsWithStr(text, s, e, a)) continue;
    const cut = e - a.length;
    const c = text.charCodeAt(cut - 1);
    const first = c === HEH ? silentHeh(text, s, cut - 1) !== 'none' : joins(c) && knownFirst(text, s, cut);
    if (cut - s >= 2 && first && !ctx.isIgnoredWord(i)) {
      report(ctx, s, e, [{ start: cut, end: cut, newText: '\u200c' }]);
    } else if (c !== HEH && joins(c)) openPart(ctx, i, s, e, cut);
    return;
  }
}

/**
 * «بهرهبرداری» → «بهره‌برداری» (a silent ه before a listed second part), «ماشینسازی» (a building
 * part after a known first part), «نرمافزار» (an «ا/آ» part after a known noun or adjective).
 */
function secondPart(ctx: RuleContext, i: number, s: number, e: number, cut: number): void {
  const { text } = ctx;
  const hb = foldHashRange(text, cut, e);
  if (text.charCodeAt(cut - 1) === HEH) {
    if (!SECOND_PARTS.hasRange(text, cut, e, hb)) return;
    // «علاوهبر», «تکیهبر»: a listed press phrase lost its space (pdf-run-together's), no ZWNJ.
    if (pdfLexicon().phraseSplit(fold(text.slice(s, e)))) return;
    // «تصفیه|خانه»: a first part the hand lists do not know, confirmed by the press lexicon.
    if (silentHeh(text, s, cut - 1) === 'none' || pronouncedHeh(text, s, cut)) return openPart(ctx, i, s, e, cut, true);
  } else if (BUILD_PART_HASHES.has(hb)) {
    if (!knownFirst(text, s, cut)) return openPart(ctx, i, s, e, cut);
  } else {
    const c = text.charCodeAt(cut);
    if (c !== 0x0627 && c !== 0x0622) return;
    if (!SECOND_PARTS.hasRange(text, cut, e, hb) || !knownFirst(text, s, cut)) return openPart(ctx, i, s, e, cut);
  }
  if (ctx.isIgnoredWord(i)) return;
  report(ctx, s, e, [{ start: cut, end: cut, newText: '\u200c' }]);
}

const PLURAL_ENDINGS = new Set(['ها', 'های', 'هایی', 'هایم', 'هایش', 'هایمان', 'هایتان', 'هایشان']);

/**
 * A second part (secondPart) or open part (openPart) glued in the stem text[start, z) of word i,
 * before its plural ending: the same checks as for a word that ends there.
 */
function compoundBefore(ctx: RuleContext, i: number, z: number): void {
  const { text, tokens } = ctx;
  const s = tokens.start[i];
  if (z - s < 5 || (tokens.flags[i] & F.Joiner && text.lastIndexOf('\u200c', z - 1) >= s)) return;
  const lo = z - 8 > s + 2 ? z - 8 : s + 2;
  for (let p = z - 2; p >= lo; p--) {
    const cut = secondPartAt(text, s, z, p);
    if (cut >= 0 && knownSecondPart(text, cut, z)) return secondPart(ctx, i, s, z, cut);
  }
  const cut = z - s >= 6 ? openPartCut(text, s, z) : -1;
  if (cut >= 0) openPart(ctx, i, s, z, cut);
}

/** The copula is no first part: «استخوانی» is «استخوان» + «ی», no «است» + «خوانی». */
const COPULA_FIRSTS = new Set(['است', 'هست', 'نیست']);

/**
 * An open second part after a first part the press lexicon knows («شتاب|دهنده», «خدمت|رسانی»),
 * the whole being no word of it and no dictionary word kept solid («پیگیری», «چشمگیر»). Only
 * suggested: the lexicon is wider than the hand lists, and a rare solid word may slip through.
 */
function openPart(ctx: RuleContext, i: number, s: number, e: number, cut: number, listed = false): void {
  const { text } = ctx;
  if (cut - s < 3 || !(listed || isOpenPart(text, cut, e))) return;
  const lexicon = pdfLexicon();
  const first = foldRange(text, s, cut);
  if (lexicon.hasWord(foldHashRange(text, s, e)) || !lexicon.known(first) || COPULA_FIRSTS.has(first)) return;
  if (ctx.isIgnoredWord(i)) return;
  report(ctx, s, e, [{ start: cut, end: cut, newText: '\u200c' }], false);
}

/**
 * «کمتردد», «کمبینایان»: the prefix «کم» (low-) glued to a common word, where the whole is no
 * word and no other word begins with its first letters («کمی», «کمک», «کمر», «کمد», «کمپ»:
 * «کمیته», «کمکهزینه», «کمدهای»), nor the comparative («کمتراز» is «کمتر از», pdf-run-together's),
 * nor a verb after «کم» («کمنیستند» is «کم نیستند»). A suggestion: the listed «کم‌» compounds
 * are glued()'s.
 */
const KAM_WORD_STARTS = ['کمد', 'کمپ'];
/** «کمترین», «کمتراز»: the comparative, alone or before a word; not «کمتردد». */
function kamComparative(w: string, lexicon: PdfLexicon): boolean {
  if (!w.startsWith('کمتر')) return false;
  const after = w.slice(4);
  return after === '' || after.startsWith('ین') || after === 'ی' || after.startsWith('ها') || lexicon.known(after);
}
/** The copula and the light verbs after «کم» (the adjective: «کم نیستند», «کم شد»). */
const KAM_VERB_STARTS = ['نیست', 'هست', 'است', 'بود', 'باش', 'شد', 'شو', 'کرد', 'کن', 'نشد', 'نکرد', 'نمی', 'می'];
function kamPrefix(ctx: RuleContext, i: number, s: number, e: number): void {
  const { text } = ctx;
  if (e - s < 5) return;
  const w = foldRange(text, s, e);
  const lexicon = pdfLexicon();
  if (KAM_WORD_STARTS.some((x) => w.startsWith(x)) || kamComparative(w, lexicon) || lexicon.hasWord(foldHashRange(text, s, e)) || lexicon.known(w) || lexicon.known(w.slice(0, 3))) return;
  const rest = w.slice(2);
  // «به گزارش کمجان»: an agency's name, as it writes it.
  if (!lexicon.known(rest) || verbWord(rest) || KAM_VERB_STARTS.some((x) => rest.startsWith(x)) || afterSourceWord(ctx, i) || ctx.isIgnoredWord(i)) return;
  report(ctx, s, e, [{ start: s + 2, end: s + 2, newText: '\u200c' }], false);
}

/** «ظرفیت سازی» → «ظرفیت‌سازی», «تولید کننده» → «تولیدکننده»: after a known first part. */
function spacedPart(ctx: RuleContext, i: number): void {
  const { text, tokens } = ctx;
  if (tokens.end[i] - tokens.start[i] === 3 && text.startsWith('شده', tokens.start[i])) return spacedParticiple(ctx, i);
  const w = i - 2;
  const ws = tokens.start[w];
  const we = tokens.end[w];
  if (we - ws < 2 || ctx.isIgnoredWord(w) || ctx.isIgnoredWord(i)) return;
  // «نمی پذیری», «نمی گیری»: a verb after its prefix, zwnj-verb-prefix's (not a compound).
  if (we - ws <= 3 && isVerbPrefix(foldRange(text, ws, we))) return;
  // A listed compound («زمینه سازی») is matchSpaced's.
  if (COMPOUNDS.mayHave(foldHashRange(text, tokens.start[i], tokens.end[i], tokens.fhash[w]))) return;
  // A plural with its ezafe heads no compound: «قطعه‌های ریزی» are small pieces.
  if (text.endsWith('های', we) || text.endsWith('هایی', we)) return;
  const c = text.charCodeAt(we - 1);
  const known = c === HEH ? silentHeh(text, ws, we - 1) !== 'none' && !pronouncedHeh(text, ws, we) : knownFirst(text, ws, we);
  if (!known) return;
  report(ctx, ws, tokens.end[i], [{ start: tokens.start[i - 1], end: tokens.end[i - 1], newText: joinerAfter(c) }]);
}

/**
 * «ذخیره شده در سدها» → «ذخیره‌شده»: the noun of a listed compound verb and «شده» where the
 * participle is an adjective (a word follows that no verb ends before: see adjectiveFollows).
 * Listed compounds («انجام شده») are matchSpaced's. A suggestion, as they are.
 */
function spacedParticiple(ctx: RuleContext, i: number): void {
  const { text, tokens } = ctx;
  const w = i - 2;
  const ws = tokens.start[w];
  const we = tokens.end[w];
  if (we - ws < 3 || ctx.isIgnoredWord(w) || ctx.isIgnoredWord(i) || !LIGHT_VERB_NOUNS.hasRange(text, ws, we)) return;
  if (COMPOUNDS.mayHave(foldHashRange(text, tokens.start[i], tokens.end[i], tokens.fhash[w]))) return;
  if (!adjectiveFollows(ctx, i, true)) return;
  report(ctx, ws, tokens.end[i], [{ start: tokens.start[i - 1], end: tokens.end[i - 1], newText: joinerAfter(text.charCodeAt(we - 1)) }], false);
}

function isVerbPrefix(w: string): boolean {
  return w === 'می' || w === 'نمی';
}

function knownFirst(text: string, s: number, cut: number): boolean {
  return NOUNS.hasRange(text, s, cut) || ADJECTIVES.hasRange(text, s, cut) || LIGHT_VERB_NOUNS.hasRange(text, s, cut) || productiveNoun(text, s, cut);
}

function report(ctx: RuleContext, start: number, end: number, edits: ZwnjEdit[], safe = true): void {
  const { text } = ctx;
  edits.sort((a, b) => a.start - b.start);
  const from = text.slice(start, end);
  const to = applyToSlice(text, start, end, edits);
  if (from === to) return;
  const message = edits.some((x) => x.newText.endsWith(' ')) ? apartMessage(from, to) : edits.some((x) => x.newText !== '') ? zwnjMessage(from, to) : solidMessage(from, to);
  if (edits.length === 1) ctx.reportEdit(start, end, message, fixTitle(to), edits[0].start, edits[0].end, edits[0].newText, safe);
  else ctx.report({ start, end, message, fixes: [{ title: fixTitle(to), safe, edits }] });
}
