import { FOLD, NON_JOINING, fold } from '../chars';
import { foldedHash } from '../tokenize';
import { HashSet } from './hash-set';
import wordsSource from '../data/pdf-words.txt';
import lamSource from '../data/pdf-lam.txt';
import keepSource from '../data/pdf-keep.txt';
import secondPartsSource from '../data/second-parts.txt';
import compoundsSource from '../data/compounds.txt';
import blessingsSource from '../data/blessings.txt';
import honorificsSource from '../data/honorifics.txt';
import titlesSource from '../data/titles.txt';
import givenNamesSource from '../data/given-names.txt';
import pressPhrasesSource from '../data/press-phrases.txt';
import placesSource from '../data/places.txt';
import { parseLexicon } from '../lexicon';
import { commonFiniteVerb, gluedVerb, PREVERBS as VERB_PREVERBS, verbAfterPrefix, verbLexicon, VerbForm, verbWord } from './verbs';
import { copulaAfterHeh, NO_ZWNJ, PAST_STEMS } from './suffixes';

/**
 * Known words for the §6 rules (text pasted from PDFs): a broken lam-alef repaired only into a
 * known word, a stray slash removed only when the joined word is known, a run of words split
 * only into known words. The word lists are derived from a 770k-word dictionary at build time
 * (scripts/gen-pdf-lexicon.ts); the rules themselves only see the compact lists.
 */

// ---------------------------------------------------------------------------------------------
// Data file codec. The bundler writes every non-ASCII character of a string as a six-byte
// escape, so the lists are stored transliterated to ASCII, one byte a letter (close to the
// Buckwalter scheme), and front-coded: each line is the length of the prefix shared with the
// previous word (one base-36 digit) and the rest of the word.

const LETTERS = 'اآأإؤئءبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیةۀ\u0654\u200c';
const ASCII = "A|><&}'bptvjcHxd*rzJs$SDTZEgfqkGlmnwhyPV^-";
const TO_ASCII = new Map<string, string>();
const FROM_ASCII = new Map<string, string>();
for (let i = 0; i < LETTERS.length; i++) {
  TO_ASCII.set(LETTERS[i], ASCII[i]);
  FROM_ASCII.set(ASCII[i], LETTERS[i]);
}
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Whether every letter of a (folded) word can be stored. */
export function encodable(w: string): boolean {
  for (const c of w) if (!TO_ASCII.has(c)) return false;
  return w.length > 0;
}

/** Sorted, front-coded, transliterated lines (no header). */
export function encodeWords(words: Iterable<string>): string {
  const sorted = [...new Set(words)].filter(encodable).sort();
  const lines: string[] = [];
  let prev = '';
  for (const w of sorted) {
    let k = 0;
    while (k < prev.length && k < w.length && k < 35 && prev[k] === w[k]) k++;
    let rest = '';
    for (let i = k; i < w.length; i++) rest += TO_ASCII.get(w[i]);
    lines.push(DIGITS[k] + rest);
    prev = w;
  }
  return lines.join('\n') + '\n';
}

export function decodeWords(source: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (const line of source.split('\n')) {
    if (!line || line[0] === '#') continue;
    let w = prev.slice(0, DIGITS.indexOf(line[0]));
    for (let i = 1; i < line.length; i++) w += FROM_ASCII.get(line[i]) ?? '';
    out.push(w);
    prev = w;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Folding with a map back to the source, so edits touch only the characters they mean to.

export interface Folded {
  /** The word folded as the tokenizer's fhash folds it (Persian letters, no ZWNJ/tatweel/harakat). */
  text: string;
  /** Source offset of every folded character. */
  at: number[];
}

export function foldWithMap(text: string, start: number, end: number): Folded {
  let out = '';
  const at: number[] = [];
  for (let p = start; p < end; p++) {
    const f = FOLD[text.charCodeAt(p)];
    if (!f) continue;
    out += String.fromCharCode(f);
    at.push(p);
  }
  return { text: out, at };
}

// ---------------------------------------------------------------------------------------------
// The lexicon.

/** Inflections stripped before a look-up, longest first. */
const STRIP = ['هایشان', 'هایتان', 'هایمان', 'هایی', 'هایش', 'هایت', 'هایم', 'های', 'ها', 'ترین', 'تر', 'یان', 'ان', 'ات', 'ای', 'یی', 'ی', 'ام', 'اش', 'مان', 'تان', 'شان', 'ش'];
/**
 * Endings knownLam strips: STRIP and the verb endings. gen-pdf-lexicon stores the «لا» words
 * reduced by exactly these, so every stored base is reachable («اقلام» was stored as «اقلا»
 * under a longer list, and «اقالم» had no repair).
 */
export const LAM_STRIP = [...STRIP, 'ند', 'ید', 'یم', 'ست', 'گان'];
/** Pieces of a run that join the previous word with a ZWNJ. */
export const AFFIXES = new Set(['ها', 'های', 'هایی', 'هایش', 'هایشان', 'ترین', 'تر', 'ای']);
/** Letters of the shortest word that may be a run (see PdfLexicon.runSplit). */
export const RUN_MIN = 9;
export const APART_MIN = 6;
/** Two-part given names («محمدرضا») are no run (see apart). */
const GIVEN_PARTS = parseLexicon(givenNamesSource);
const GIVEN_CUT = GIVEN_PARTS.indexOf('+');
const givenWords = (lines: string[]) => new Set(lines.join(' ').split(/\s+/));
const GIVEN_FIRSTS = givenWords(GIVEN_PARTS.slice(0, GIVEN_CUT));
const GIVEN_SECONDS = givenWords(GIVEN_PARTS.slice(GIVEN_CUT + 1));
/** The future auxiliary at the start of a word. */
const FUTURE = /^خواه(?:ند|یم|ید|د|م|ی)(?=.{2})/;
/** Preverbs and verb fragments: a verb glued after them is a compound verb («فروریخت»). */
const PREVERB_PIECES = new Set(['باز', 'فرو', 'بیا', 'نیا', 'ورا', 'فرا']);
/** «بازشد», «بازشدند»: «باز» (open) and a finite «شدن» make no verb of a preverb («بازکرد» is listed). */
const OPEN_VERBS = new Set(['شد', 'شدند', 'شود', 'شوند', 'نشد', 'نشدند', 'نشود']);
/**
 * Forms of the light verbs that runSplit splits off a known word, longest first: finite «شدن»
 * and «دادن», the past of «کردن», «زدن» and «یافتن», the infinitives «کردن» and «شدن»,
 * «دارد/دارند/داشت», «نیست», «باشد/باشند», «بودیم», «داد/دادند» and the participle «گرفته» (not
 * «یافته»: «پرورش‌یافته» is an adjective). Not «کند»: too many words end so («استراتژیکند» is
 * «استراتژیک» + «ند»); nor «دید»: «کمبودشدید» is «کمبود شدید», no «کمبودش دید».
 */
const LIGHT_VERBS = [
  ...['نداشتند', 'نمانند', 'نمانیم', 'ماندیم', 'ماندند', 'بمانیم', 'بمانند', 'داشتیم', 'داشتند', 'گرفتیم', 'گرفتند', 'نکردند', 'نشدند', 'نشوند', 'نکنند', 'یافتند', 'کردند', 'گفتند', 'بودند', 'دارند', 'گرفته', 'باشند', 'دادند', 'بزنند', 'نداشت', 'کردن', 'دادن', 'دهیم', 'کنیم', 'شدند', 'شوند', 'نشود', 'دهند', 'زدند', 'کنند', 'بودیم', 'بودم', 'بزند', 'نکرد', 'نشد', 'یافت', 'شدن', 'شود', 'دهد', 'دارد', 'داشت', 'نیست', 'باشد', 'کرد', 'گفت', 'بود', 'داد', 'شد', 'زد'],
  // More persons and infinitives of the same verbs, and «گرفت», «رسید», «افتاد», «کشید», «نمود»,
  // «خورد» («شکلگرفت», «نتیجهرسید», «عقبافتاد», «طولکشید», «لیزخورد»). Not «آورد» alone
  // («دستآورد» is «دستاورد»), nor «زدم» («دستمزدم»), nor «دهم» (ordinals: «هجدهم»).
  ...['کردم', 'کردیم', 'شدم', 'شدیم', 'دادم', 'دادیم', 'گرفتم', 'رسیدم', 'رسیدیم', 'خوردیم', 'افتادیم', 'کشیدیم'],
  ...['گرفت', 'رسید', 'افتاد', 'کشید', 'نمود', 'خورد', 'رسیدند', 'افتادند', 'کشیدند', 'نمودند', 'خوردند', 'آوردند', 'نمایند', 'گیرند', 'یابند', 'گیرد', 'یابد', 'نماید'],
  // The subjunctive of «دادن» and «رسیدن» («اجازهبدهند», «خبربرسد»).
  ...['بدهند', 'بدهد', 'برسند', 'برسد'],
  ...['گرفتن', 'زدن', 'یافتن', 'داشتن', 'بودن', 'خوردن', 'رسیدن', 'کشیدن', 'نمودن', 'آوردن'],
  // «جانباخت»: the press's «died».
  ...['باخت', 'باختند'],
  // «تقویتکند», «رعایتنکند», «تنهابماند»: «کند» after a word that does not make one in «ک» + «ند»
  // (see COPULA_AFTER_KAF), and «بماند», which no word ends in.
  ...['کند', 'نکند', 'بماند'],
].sort((a, b) => b.length - a.length);
/**
 * «کوچکند», «نزدیکند», «استراتژیکند»: a word in «ک» and the copula «ند», not a word and «کند».
 * The loan adjectives in «یک» are listed: the lexicon lacks most, and their stem in «ی» may be a
 * word («استراتژی»).
 */
const COPULA_AFTER_KAF = new Set(['کند', 'نکند']);
const LOAN_IK = new Set([
  'استراتژیک', 'دموکراتیک', 'دیپلماتیک', 'سیستماتیک', 'اتوماتیک', 'تاکتیک', 'کلاسیک', 'الکترونیک', 'ژنتیک', 'المپیک',
  'پلاستیک', 'سرامیک', 'تراژیک', 'رمانتیک', 'سمبلیک', 'ایدئولوژیک', 'تکنیک', 'مکانیک', 'استاتیک', 'دینامیک',
  'کاتولیک', 'آکادمیک', 'گرافیک', 'ترافیک', 'موزیک', 'آنتیک', 'انرژیک', 'اسیدیک', 'متالیک', 'فیزیک',
]);
/**
 * Light verbs whose glued form a spelling dictionary lists as one word, with the nouns before
 * which the press writes them apart: «افزایش یافته است», «قول داده است», «آسیب دید». The nouns
 * are listed because the same verbs make compound adjectives after other nouns («توسعه‌یافته»,
 * «پایگاه‌داده», «آسیب‌دیده» is another word).
 */
const LISTED_LIGHT_VERBS: [string, ReadonlySet<string>][] = [
  ['یافته', new Set(['افزایش', 'کاهش', 'اختصاص', 'تخصیص', 'ادامه', 'انتقال', 'گسترش', 'بهبود', 'ارتقا', 'تحقق', 'استقرار', 'انتشار', 'تداوم', 'خاتمه', 'پایان', 'تغییر', 'افت', 'رشد', 'کاستی', 'تقلیل'])],
  ['داده', new Set(['قول', 'نشان', 'خبر', 'رخ', 'انجام', 'اجازه', 'ادامه', 'پاسخ', 'توضیح', 'هشدار', 'تشکیل', 'قرار', 'گوش', 'رای', 'ارائه', 'اختصاص', 'تغییر', 'سفارش', 'وعده', 'دستور', 'ترجیح', 'تحویل', 'جواب', 'شکست', 'نجات', 'فریب', 'آزار', 'گزارش', 'اطلاع', 'تذکر', 'جریمه'])],
  ['دید', new Set(['آسیب', 'خسارت', 'آموزش', 'تدارک', 'صدمه', 'زیان'])],
];
/** Compound infinitives: the dictionary's glued «واردکردن» is «وارد کردن» in the press. */
const INFINITIVES = ['کردن', 'شدن'];
/**
 * A past participle, negative («نرفته») or after a preverb («فروریخته», «برگشته») too: before a
 * verb glued to it («نرفتهبودند»), the verb stands apart.
 */
const PARTICIPLE_HEADS = ['ن', ...VERB_PREVERBS];
function participle(w: string): boolean {
  if (!w.endsWith('ه')) return false;
  if (verbAfterPrefix(w) === VerbForm.Participle) return true;
  for (const head of PARTICIPLE_HEADS) if (w.length - head.length >= 4 && w.startsWith(head) && verbAfterPrefix(w.slice(head.length)) === VerbForm.Participle) return true;
  return false;
}

/**
 * Participles of light verbs whose perfect runSplit splits off a known word («تماسداشتهاند» →
 * «تماس داشته‌اند»). «شده» and «کرده» stay apart even where the dictionary lists the word with
 * them («دستگیرشدهاند» is «دستگیر شده‌اند»); the others not («سالخوردهاند» is «سالخورده‌اند»).
 */
const SHODE_KARDE = new Set(['شده', 'کرده', 'نشده', 'نکرده']);
const PERFECT_PARTICIPLES = [...SHODE_KARDE, 'داده', 'گرفته', 'داشته', 'یافته', 'رسیده', 'کشیده', 'خورده', 'آورده', 'گذاشته', 'نداشته', 'نداده', 'نگرفته'];
/** Two-letter nouns of compound verbs, glued to the verb after them («کممیکند», «حلمیشود», «پسگرفت»). */
const SHORT_VERB_NOUNS = new Set(['کم', 'حل', 'گم', 'رد', 'پر', 'سر', 'پس']);
/** Words that end like a word with «است» glued but are words (gluedCopula): «پیراست», «کنتراست». */
const NOT_COPULA = new Set(['پیراست', 'بپیراست', 'بیاراست', 'نپیراست', 'نیاراست', 'کنتراست', 'نازاست', 'بافراست']);
/** Short words that may stand as pieces of a run; other pieces need three letters and more. */
const FUNCTION_WORDS = new Set(['و', 'به', 'که', 'از', 'در', 'با', 'را', 'تا', 'بر', 'این', 'آن', 'آنها', 'اینها', 'برای']);
const MAX_PIECE = 18;
/** Endings written after a ZWNJ inside a piece of a run, after a silent «ه». */
const PLURALS = ['ای', 'ها', 'های', 'هایی'];
/** Plural and ezafe endings a word may carry glued: a listed compound's (split), a not-«بی» word's (zwnj-bi-prefix). */
export const GLUED_ENDINGS = ['هایی', 'های', 'ها', 'ای', 'ی'];
/** Endings after which a listed compound is still one word to split(): also «ان» with a pronoun («دانشآموزانشان»). */
const SOLID_ENDINGS = [...GLUED_ENDINGS, 'انشان', 'انمان', 'انتان', 'انش'];
/** The agent endings of a present stem («فرستنده», «رانندگان»), words of their own only in the dictionary. */
const AGENT_ENDINGS = new Set(['نده', 'ندگان', 'ندگی']);

/** A common present stem with an agent ending, whether or not the word list has it: «فرستنده». */
/** An infinitive of a verb the lexicon lists («نشستن»), which the word list leaves out as an inflection. */
function infinitivePiece(piece: string): boolean {
  return piece.length >= 4 && piece.endsWith('ن') && PAST_STEMS.hasRange(piece, 0, piece.length - 1);
}

function agentNoun(piece: string): boolean {
  for (const e of AGENT_ENDINGS) {
    if (piece.length - e.length < 2 || !piece.endsWith(e)) continue;
    if (commonStem(piece.slice(0, -e.length))) return true;
  }
  return false;
}
/** A preposition needs its object: a run does not end in one. */
const ENDS_NOT = new Set(['و', 'به', 'از', 'در', 'با', 'بر', 'تا', 'برای']);
/**
 * Second parts of compounds beyond the ZWNJ rules' list («ساماندهی»، «اطلاعرسانی»), with the
 * agent «بگیر» («مستمریبگیر» is no «مستمری بگیر») and Arabic second parts with the article
 * («قرضالحسنه»، «حقالزحمه»). Not «بگیران»: «حقوقبگیران» split is «حقوق بگیران», which
 * zwnj-compound then joins.
 */
const MORE_SECOND_PARTS = [
  ...['دهی', 'یابی', 'رسانی', 'گیری', 'کننده', 'کنندگان', 'دهنده', 'دهندگان', 'شده', 'شدگان', 'یافته', 'گاه', 'گاهی', 'ستان', 'فروش', 'فروشی', 'فروشان', 'بگیر', 'گذران'],
  // Bound verbal-noun parts: «بیرونزدگی», «ماهگرفتگی», «قهرمانپرور», «آهکپاشی».
  ...['زدگی', 'زدگان', 'گرفتگی', 'پرور', 'پروری', 'پاشی'],
  // Readers and therapists: «نارساخوان», «کتابخوانی», «کاردرمانگر».
  ...['خوان', 'خوانی', 'خوانان', 'درمانگر', 'درمانگران', 'درمانگری'],
  ...['الحسنه', 'العاده', 'التدریس', 'الزحمه', 'العمل', 'الاسلام', 'المسلمین', 'الملل', 'المللی', 'الاجرا', 'الذکر'],
];
/** Endings of surnames and of agencies' names: «علیزاده»، «رضاییپور»، «اعتمادآنلاین» are names, not runs. */
const SURNAME_ENDS = new Set(['زاده', 'پور', 'نیا', 'راد', 'منش', 'نژاد', 'نسب', 'مقدم', 'کیا', 'وند', 'دوست', 'فرد', 'خانی', 'آبادی', 'آنلاین', 'نیوز']);

/**
 * Whether the last cut of a run falls inside a surname ending the run ends in: «سارانیمقدم» is
 * «سارانی‌مقدم», no «سارا نیم قدم».
 */
function cutsSurnameEnd(pieces: string[]): boolean {
  const last = pieces[pieces.length - 1];
  const before = pieces[pieces.length - 2];
  for (const end of SURNAME_ENDS) if (end.length > last.length && end.endsWith(last) && before.endsWith(end.slice(0, end.length - last.length))) return true;
  return false;
}

/**
 * First words of solid names and bound prefixes, Persian and borrowed: «امیرچخماق»,
 * «سیدعبدالکریم», «بندرانزلی», «نانوساختار», «اسپیس‌ایکس».
 */
const PAIR_HEADS = new Set(['باز', 'اسپیس', 'سوپر', 'هایپر', 'مگا', 'مینی', 'مولتی', 'اینتر', 'ریز', 'زیر', 'امیر', 'سید', 'میر', 'شیخ', 'حاج', 'ملا', 'آقا', 'بندر', 'نانو', 'میکرو', 'ابر', 'فرا', 'پسا', 'پیش', 'پس', 'عبد', 'ابو', 'بنی', 'آل', 'خان']);
const PLURAL_END = /(?:ها|های|هایی)$/;
/** A first word in a plural with a pronoun: «شهرهایشمالی» is «شهرهای شمالی», no «شهرهایش مالی». */
const PLURAL_INSIDE = /ها(?:ی|یش|یم|یت|یشان|یمان|یتان)?$/;
/** Second words that end solid names and agent nouns: «لکوموتیوران», «قزاقستان», «فولادمحله» (a village), «فریدونکنار» (a town). */
const PAIR_TAILS = new Set(['ران', 'رانی', 'گران', 'گرانی', 'ستان', 'ستانی', 'زار', 'آباد', 'آبادی', 'شهر', 'دان', 'دانی', 'وار', 'واره', 'مند', 'گر', 'گری', 'کار', 'کاری', 'کده', 'بان', 'بانی', 'گاه', 'گاهی', 'نامه', 'خانه', 'پز', 'پزی', 'پذیر', 'پذیری', 'پذیرتر', 'پذیرترین', 'نواز', 'نوازان', 'نوازی', 'محله', 'کنار', 'سنج', 'سنجی', 'چینان', 'باف', 'بافی', 'بافان']);
/** Short function words a PDF glues to the end of the word before (runSplit; «را», «از» apart). */
// «در» only after a word of four letters or more (runSplit): a name may end so after three
// («آبیدر», a newspaper, was split ten times in one story).
// «یک», «دو» and the pronoun «ما» too: «ظرفیک ماه», «خبرنگارما»; not a loan adjective in «یک».
const TRAILING = new Set(['به', 'با', 'هم', 'که', 'آن', 'هر', 'یک', 'دو', 'ما']);
/**
 * Numbers among the glued heads: «دوماه» (glued-function-word joins them to a measure with a ZWNJ:
 * «هفت‌سالگی»). Not «ده», which begins surnames («دهواری»، «دهقانی»).
 */
export const NUMBER_HEADS = ['یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت'];
/** Measures a number makes an adjective in «ه/گی» of («هفت‌ساله», «۲۲ ساله‌ای», «پنج‌روزه»). */
export const MEASURE_NOUNS = ['سال', 'روز', 'ماه', 'نفر', 'ساعت'];
/**
 * Longer words that head a phrase and lose the space after them as well («بدونکمک», «بیشتراین»,
 * «اگرفکری»).
 * Not «پیش», «پس», «زیر», «بین», «همین», «چند»: they also head compounds the dictionary may lack
 * («پس‌لرزه»), whose fix is a ZWNJ.
 */
const PHRASE_HEADS = ['بدون', 'برای', 'روی', 'بعد', 'قبل', 'طی', 'نزد', 'بیشتر', 'کمتر', 'اگر', 'مگر', 'ظرف', 'هیچ', 'تحت'];
/** Endings no word stands as, only a name's or a derived word's end: «دروار» (a village) is no «در» + «وار». */
const BOUND_TAILS = new Set(['وار', 'واره', 'وند', 'ستان', 'زار', 'کده', 'گری', 'سار']);
/**
 * A number from nine up, in words, glued to a unit («دهسال», «پنجاهسال», «سیدرصد»): the space
 * lost. The numbers below are NUMBER_HEADS' (glued to any word).
 */
export const UNIT_NUMBERS = ['چند', 'نه', 'ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود', 'صد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'];
export const NUMBER_UNIT = new RegExp(`^(${UNIT_NUMBERS.join('|')})(?:سال|ماه|روز|هفته|ساعت|دقیقه|درصد|نفر|بار|کیلومتر|هکتار)$`);
/** Adjectives a number makes of a measure: «ساله», «سالگی», «روزه», «طبقه», «متری»… */
/** What «چند» counts («چند ساعتی», «چند باری»), as against the adjectives it makes one word with. */
const COUNTED = new Set([...MEASURE_NOUNS, 'هفته', 'دقیقه', 'ثانیه', 'شب', 'بار', 'دهه', 'سده', 'قرن', 'متر', 'کیلومتر', 'کیلو', 'هکتار', 'برابر', 'هزار', 'میلیون', 'میلیارد', 'صد', 'نوبت', 'مرتبه', 'جلسه', 'قدم', 'لحظه', 'مورد', 'نمونه']);
export const MEASURE_ADJECTIVE = `(?:(?:${MEASURE_NOUNS.join('|')})(?:ه|گی)|طبقه|لایه|متری|کیلومتری|هکتاری)`;
/** Numbers that make an adjective of a measure («هفت‌ساله», «ده‌سالگی»); not «چند», nor «نه» (also "no"). */
export const MEASURE_NUMBERS = [...NUMBER_HEADS, ...UNIT_NUMBERS.filter((n) => n !== 'چند' && n !== 'نه')];
/**
 * «ششماهه», «سهطبقه», «دهسالگی»: a number ending in a joining letter glued to such an adjective,
 * which takes a ZWNJ (glued-function-word). After «دو», «چهار», «صد» the glued form is right
 * («دوطبقه»).
 */
export const NUMBER_MEASURE = new RegExp(`^(${MEASURE_NUMBERS.filter((n) => !NON_JOINING.has(n.charCodeAt(n.length - 1))).join('|')})${MEASURE_ADJECTIVE}$`);
/** Numbers of three letters or more, which «و» joins («بیست و چند»). */
const NUMBER_WORDS = new Set([...NUMBER_HEADS, ...UNIT_NUMBERS, 'هزار', 'میلیون', 'میلیارد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'].filter((n) => n.length >= 3));

/** A number in words, split however short the run («بیستوچند»). */
function numberInWords(pieces: string[]): boolean {
  return pieces.every((p) => p === 'و' || NUMBER_WORDS.has(p));
}
/** Prepositions and conjunctions that lose the space after them in pasted copy («درجریان»). */
export const GLUED_HEADS = ['در', 'از', 'با', 'به', 'بر', 'تا', 'که', 'و', 'هر', ...NUMBER_HEADS, 'این', 'آن', ...PHRASE_HEADS];
/** The heads a glued word is read with, the longest that opens it first: «برایمردم» is «برای» + «مردم», not «بر» + «ایمردم». */
const HEADS_LONGEST_FIRST = [...GLUED_HEADS].sort((a, b) => b.length - a.length);
/** Heads that may stand glued after another head: «بااینحال» is «با» + «اینحال». */
const INNER_HEADS = ['این', 'آن'];
/** Preverbs among them: «برگرداند»، «درگذشته»، «برگردان» are verbs and their derivatives. */
const PREVERBS = new Set(['در', 'بر']);
/** Common words that also read as verbs («روی» you go, «مردم» I died, «نشست» sat): after «بر/در», the words. */
const NOT_VERBS = new Set(['روی', 'مردم', 'روند', 'نشست', 'نشستی']);
/** Endings of a word the lexicon may lack («باج» + «ان»، «وصف» + «ها»), the generator's list. */
const ENDINGS = ['هایشان', 'هایتان', 'هایمان', 'هایی', 'هایش', 'های', 'ها', 'ترین', 'تر', 'یان', 'ان', 'ات', 'ای', 'یی', 'ی', 'ام', 'اش', 'مان', 'تان', 'شان', 'ش', 'م', 'ت', 'ست', 'ند', 'ید', 'یم', 'د', 'ه', 'گان'];
/** Endings that may carry more endings: «درز» + «ی» + «ها»، «تام» + «تر» + «ی». */
const INNER_ENDINGS = ['ها', 'های', 'ی', 'یی', 'ان', 'یان', 'ات', 'ه', 'گان', 'یت', 'تر', 'ترین', 'د', 'ت'];
/** The endings «تر/ترین» take after them. */
const COMPARATIVE_OUTER = ['ی', 'ها', 'های', 'هایی'];
/** Endings after a known word: «واعظم» is «واعظ» + «م», not «و اعظم». */
const CLITIC_ENDINGS = ['م', 'ت', 'ش', 'ی', 'ه', 'د', 'ند', 'ید', 'یم', 'ست', 'ان', 'ها', 'های', 'ای', 'ات', 'یت', 'تر', 'ترین', 'یان', 'گان'];
/** Nouns made from a present stem («گردش»، «گردان»، «بندی»): after «بر/در», a compound verb's. */
const STEM_NOUNS = ['ش', 'ان', 'نده', 'ندگان', 'ندگی', 'ه', 'ا', 'ی', 'شی', 'شها', 'شهای'];
let presentStems: Set<string> | undefined;
let commonStems: Set<string> | undefined;

/** A common verb's present stem («فرست»), the list read on first use. */
function commonStem(s: string): boolean {
  commonStems ??= new Set(verbLexicon().commonPresent);
  return commonStems.has(s);
}

/** Whether w reads as a word of three letters or less (the lexicon keeps no such rare word) with endings. */
function shortBase(w: string, min: number, depth = 0, outer = ''): boolean {
  if (depth > 0 && w.length <= 3) return true;
  if (depth >= 3) return false;
  for (const e of depth ? INNER_ENDINGS : ENDINGS) {
    // «تام» + «تر» + «ها», but no ending of a person after «تر» («وگسترش» is no «وگس» + «تر» + «ش»).
    if ((e === 'تر' || e === 'ترین') && depth && !COMPARATIVE_OUTER.includes(outer)) continue;
    if (w.length - e.length > min && w.endsWith(e) && shortBase(w.slice(0, -e.length), min, depth + 1, e)) return true;
  }
  return false;
}

export interface LexiconData {
  /** Common words, folded (the segmentation lexicon). */
  words: Iterable<string>;
  /** Words containing «لا» (with their inflections stripped). */
  lam: Iterable<string>;
  /** Dictionary words the rules would otherwise take for damage. */
  keep: Iterable<string>;
  /** Second parts of compounds: a run ending in one is a compound, not a run. */
  secondParts: Iterable<string>;
  /** Multi-word forms handled by other rules (compounds, honorifics, titles), folded and solid. */
  solid: Iterable<string>;
  /** Two-word press phrases, folded, their words separated by a space (pressPhrases). */
  phrases: Iterable<string>;
  /** Place names of one word, folded and solid (placeNames): pieces a run may hold. */
  places?: Iterable<string>;
}

export interface Split {
  pieces: string[];
  /** Per piece after the first: true when it joins with a ZWNJ (an affix), false with a space. */
  zwnj: boolean[];
  /** Two content words glued (see PdfLexicon.pair): the rule leaves a word the writer typed a ZWNJ in. */
  pair?: boolean;
}

export class PdfLexicon {
  readonly words: Set<string>;
  /** foldedHash of every common word, so tokens are checked without slicing. */
  readonly wordHashes = new HashSet();
  readonly keepHashes = new HashSet();
  private readonly lam: Set<string>;
  private readonly secondParts: Set<string>;
  private readonly solid: Set<string>;
  private readonly places: Set<string>;
  /** foldedHash of every place name: a token that is one is never split. */
  private readonly placeHashes = new HashSet();
  /** Press phrases by their glued form, to where the space goes. */
  private readonly phraseCuts = new Map<string, number>();

  constructor(data: LexiconData) {
    for (const p of data.phrases) this.phraseCuts.set(p.replace(' ', ''), p.indexOf(' '));
    this.words = new Set(data.words);
    this.lam = new Set(data.lam);
    this.secondParts = new Set([...data.secondParts, ...MORE_SECOND_PARTS]);
    this.solid = new Set(data.solid);
    this.places = new Set(data.places);
    for (const w of this.places) this.placeHashes.add(foldedHash(w));
    for (const w of this.words) this.wordHashes.add(foldedHash(w));
    for (const w of data.keep) this.keepHashes.add(foldedHash(w));
    for (const w of this.solid) this.keepHashes.add(foldedHash(w));
  }

  /** Whether a word, by its folded hash, is a common word or a dictionary word kept solid. */
  hasWord(h: number): boolean {
    return this.wordHashes.has(h) || this.keepHashes.has(h);
  }

  /**
   * Whether a word, by its folded hash, is a place name (places.txt): the §6 rules that split
   * words leave it whole («برخوار» is no «بر خوار»). Not a word for the other rules: «تالش» is
   * still «تلاش» with a broken lam-alef.
   */
  isPlace(h: number): boolean {
    return this.placeHashes.has(h);
  }

  /** A word by either test: known (inflections stripped) or hasWord (kept dictionary words too). */
  anyWord(w: string, h = foldedHash(w)): boolean {
    return this.known(w) || this.hasWord(h);
  }

  /** A common word, or one with up to two inflections stripped. */
  known(w: string, depth = 0): boolean {
    if (this.words.has(w)) return true;
    if (depth >= 2) return false;
    for (const s of STRIP) if (w.length - s.length >= 2 && w.endsWith(s) && this.known(w.slice(0, -s.length), depth + 1)) return true;
    return false;
  }

  /** A known word whose «لا» lies in its stem, not across the stem and an ending. */
  private knownLam(w: string, depth = 0): boolean {
    if (!w.includes('لا')) return false;
    // The project's phrase lists count too: «سالماللهعلیها» is «سلام‌الله‌علیها» broken.
    if (this.lam.has(w) || this.words.has(w) || this.solid.has(w)) return true;
    if (depth >= 2) return false;
    for (const s of LAM_STRIP) if (w.length - s.length >= 2 && w.endsWith(s) && this.knownLam(w.slice(0, -s.length), depth + 1)) return true;
    return false;
  }

  /**
   * A broken lam-alef: «ال» written for «لا» (the ligature's letters swapped), or «الا» for
   * «لا» (an extra alef). The repair as [index, length] in the folded word, or null when no
   * repair or more than one gives a known word. The caller checks the word is not known.
   */
  lamRepair(w: string): { index: number; length: number; fixed: string; edits: [number, number][] } | null {
    const at: number[] = [];
    for (let p = w.indexOf('ال'); p >= 0 && at.length < 4; p = w.indexOf('ال', p + 1)) at.push(p);
    if (!at.length) return null;
    let found: { index: number; length: number; fixed: string; edits: [number, number][] } | null = null;
    let foundSwaps = Infinity;
    // Every set of occurrences (a word may have lost two ligatures: «االسالم»), fewest first.
    const masks = Array.from({ length: (1 << at.length) - 1 }, (_, k) => k + 1);
    const bits = (m: number) => (m & 1) + (m & 2 ? 1 : 0) + (m & 4 ? 1 : 0) + (m & 8 ? 1 : 0);
    masks.sort((a, b) => bits(a) - bits(b) || a - b);
    for (const mask of masks) {
      for (const long of [false, true]) {
        const edits: [number, number][] = [];
        let fixed = '';
        let p = 0;
        let swaps = 0;
        let ok = true;
        for (let k = 0; k < at.length && ok; k++) {
          if (!(mask & (1 << k))) continue;
          const q = at[k];
          if (q < p) ok = false;
          const length = long && w[q + 2] === 'ا' ? 3 : 2;
          fixed += w.slice(p, q) + 'لا';
          p = q + length;
          edits.push([q, length]);
          swaps++;
        }
        if (!ok || (long && !edits.some(([, n]) => n === 3))) continue;
        fixed += w.slice(p);
        if (fixed.length < 3 || !this.knownLam(fixed)) continue;
        if (found && found.fixed !== fixed) {
          if (swaps === foundSwaps) return null;
          continue;
        }
        if (!found) {
          found = { index: edits[0][0], length: edits[0][1], fixed, edits };
          foundSwaps = swaps;
        }
      }
    }
    return found;
  }

  /** «کاراین», «سهماین»: a common word of three letters or more and «این» glued after it, the whole no word. */
  private thisAfterWord(w: string): boolean {
    // A head glued to «این» («بیشتراین») is glued-function-word's either way.
    return w.length >= 6 && w.endsWith('این') && this.words.has(w.slice(0, -3)) && !GLUED_HEADS.includes(w.slice(0, -3)) && !this.known(w);
  }

  /**
   * «میدانی» after a word («بررسیمیدانی» is «بررسی میدانی», a field survey): a verb with «می» in
   * the second person («…ی»), rare in press copy, yields to the common word its letters make.
   */
  wordNotVerb(prefixed: string): boolean {
    return prefixed.endsWith('ی') && this.words.has(prefixed);
  }

  /**
   * A run for the §6 rules: a word of RUN_MIN letters or more that split() splits, or a shorter
   * one of APART_MIN or more whose two words meet after a non-joining letter (see apart).
   */
  runSplit(w: string): Split | null {
    const phrase = this.phraseSplit(w);
    if (phrase) return phrase;
    // «خواهدشد», «خواهندکرد»: the future auxiliary glued to its verb, however short.
    const aux = FUTURE.exec(w);
    if (aux && commonFiniteVerb(w.slice(aux[0].length))) return { pieces: [aux[0], w.slice(aux[0].length)], zwnj: [false] };
    // «درخواهدآمد», «برخواهندگشت»: the preverb of a verb («درآمد», «برگشت») stays on the
    // auxiliary («درخواهد آمد»).
    for (const pv of ['در', 'بر']) {
      const pre = w.startsWith(pv) ? FUTURE.exec(w.slice(pv.length)) : null;
      const verb = pre ? w.slice(pv.length + pre[0].length) : '';
      if (pre && commonFiniteVerb(verb) && this.words.has(pv + verb)) return { pieces: [pv + pre[0], verb], zwnj: [false] };
    }
    // «صادرخواهدشد», «منتشرخواهند»: a word and the future auxiliary (with its verb) glued after
    // a non-joining letter. Not «دادخواهی»: a bare auxiliary must be «خواهد» or «خواهند».
    // After a joining letter the glue shows too («پخشخواهد»), for a common word before it.
    const k = w.indexOf('خواه', 3);
    if (k > 0 && (NON_JOINING.has(w.charCodeAt(k - 1)) || this.words.has(w.slice(0, k)))) {
      const stem = w.slice(0, k);
      const tail = w.slice(k);
      const auxVerb = FUTURE.exec(tail);
      if (!PREVERB_PIECES.has(stem) && this.known(stem) && !this.known(w)) {
        if (auxVerb && commonFiniteVerb(tail.slice(auxVerb[0].length))) return { pieces: [stem, auxVerb[0], tail.slice(auxVerb[0].length)], zwnj: [false, false] };
        if (tail === 'خواهد' || tail === 'خواهند') return { pieces: [stem, tail], zwnj: [false] };
      }
    }
    // «گفتهاست», «خانهاست»: «است» stands apart. The dictionary lists such forms («خانهاست» for
    // «خانه‌است»), so gen-pdf-lexicon never keeps them.
    if (copulaAfterHeh(w, 0, w.length)) return { pieces: [w.slice(0, -3), 'است'], zwnj: [false] };
    // «منطقهرا», «اینرا»: «را» glued to the end of a known word of three letters or more.
    if (w.length >= 5 && w.endsWith('را') && this.known(w.slice(0, -2)) && !this.known(w)) return { pieces: [w.slice(0, -2), 'را'], zwnj: [false] };
    // «کمکبه», «اولویتبا», «امسالهم», «مزدیکه», «نصبآن»: «به», «با», «هم», «که» or «آن» glued
    // to the end of a common word of three letters or more, the word itself («ضربه», «مبهم»,
    // «شبکه» have two); «هر» likewise («قیمتهر»), but not after «ش» nor in a town's name.
    const tail = w.slice(-2);
    // «براینکه» is «بر اینکه» (glued-function-word's), no «براین» + «که».
    if (tail === 'که' && w.endsWith('اینکه') && GLUED_HEADS.includes(w.slice(0, -5))) return null;
    // «که» only after a joining letter, where the glued form shows: «آریاکه» may be a name.
    // «درشهر», «بیرونشهر» are «… شهر», no «درش هر»; «قائمشهر» is a town.
    if (w.length >= 5 && TRAILING.has(tail) && this.words.has(w.slice(0, -2)) && !this.known(w) && (tail !== 'که' || !NON_JOINING.has(w.charCodeAt(w.length - 3))) && (tail !== 'هر' || (w.charCodeAt(w.length - 3) !== 0x0634 && !this.places.has(w))) && !LOAN_IK.has(w)) return { pieces: [w.slice(0, -2), tail], zwnj: [false] };
    // «کاراین», «سهماین»: «این» glued to the end of a common word of three letters or more.
    if (this.thisAfterWord(w)) return { pieces: [w.slice(0, -3), 'این'], zwnj: [false] };
    // «حضوردر», «فعالیتدر»: «در» after a common word of four letters or more (a name of three may end so: «آبیدر»).
    if (w.length >= 6 && tail === 'در' && this.words.has(w.slice(0, -2)) && !this.known(w)) return { pieces: [w.slice(0, -2), tail], zwnj: [false] };
    // «کسانیکه», «هنرجویانیکه»: the relative «ی» and «که» glued, after any known word with its
    // inflections («هنرجو» + «یان» + «ی»).
    if (w.length >= 6 && w.endsWith('یکه') && this.known(w.slice(0, -2)) && !this.known(w)) return { pieces: [w.slice(0, -2), 'که'], zwnj: [false] };
    // «بازدیداز», «قدردانیاز»: «از» glued to the end of a common word of three letters or more, the
    // word itself, no inflection of it («ناتراز» is no «ناتر» + «از», though «ناتر» reads as
    // «نا» + «تر»), and not a compound ending in a word in «از» («بینیاز», «کمتراز»).
    // A comparative before it is read so even where «تراز» would make a word: «کمتراز» is
    // «کمتر از» far more often than «کم‌تراز».
    // The word may carry the indefinite or ezafe «ی» («نیمیاز», «بخشیاز»).
    const beforeAz = w.slice(0, -2);
    const azStem = this.words.has(beforeAz) || (beforeAz.length >= 4 && beforeAz.endsWith('ی') && this.words.has(beforeAz.slice(0, -1)));
    if (w.length >= 5 && w.endsWith('از') && azStem && !this.known(w) && (w.endsWith('تراز') || !this.endsInWordInAz(w))) return { pieces: [beforeAz, 'از'], zwnj: [false] };
    if (w.length < 5) return null;
    // «کارخود», «تعهدخود»: «خود» glued to the end of a common word of three letters or more.
    if (w.length >= 6 && w.endsWith('خود') && this.words.has(w.slice(0, -3)) && !this.known(w)) return { pieces: [w.slice(0, -3), 'خود'], zwnj: [false] };
    // «ممکناست», «گفتنیاست»: «است» glued after a joining letter to a common word, where the
    // whole is no word (gluedCopula takes the non-joining letters, where it may be one), nor a
    // word in «ا» with «ست» («کارهاست» is «کارها» + «ست»).
    const beforeCopula = w.slice(0, -3);
    if (w.endsWith('است') && beforeCopula.length >= 3 && !NON_JOINING.has(beforeCopula.charCodeAt(beforeCopula.length - 1)) && !PREVERB_PIECES.has(beforeCopula) && this.words.has(beforeCopula) && !this.known(w) && !this.known(beforeCopula + 'ا')) return { pieces: [beforeCopula, 'است'], zwnj: [false] };
    // «تبعیدشد», «معرفیشدند», «فروختهشد», «گسترشدهد»: a finite form of «شدن» or «دادن» glued
    // to a known word or a participle, after any letter (a piece too short for split(); a verb
    // takes no ZWNJ; the participle «شده» may, and is not among them).
    const compoundVerb = this.compoundVerbSplit(w);
    if (compoundVerb) return compoundVerb;
    for (const verb of LIGHT_VERBS) {
      const stem = w.slice(0, -verb.length);
      // Two letters only for a listed noun of a compound verb («کمکرد», «پرشد», «پسگرفت»).
      if (!w.endsWith(verb) || (stem.length < 3 && !SHORT_VERB_NOUNS.has(stem)) || (PREVERB_PIECES.has(stem) && !(stem === 'باز' && OPEN_VERBS.has(verb)))) continue;
      if (COPULA_AFTER_KAF.has(verb) && (this.known(w.slice(0, -2)) || LOAN_IK.has(w.slice(0, -2)))) continue;
      // «بیمزد» is «بی‌مزد» (zwnj-bi-prefix's), not «بیم» + «زد».
      if (this.known(w) || (w.startsWith('بی') && this.known(w.slice(2)))) break;
      // «قراردادم» may be «my contract» («قرارداد» + «م»): a known word with «م» is left alone.
      if (verb.endsWith('م') && !verb.endsWith('یم') && this.known(w.slice(0, -1))) break;
      // «روشنشد» is «روشن شد», no «روش نشد»: the word in «ن» before the verb, where both read;
      // not an infinitive («کندنشود» is «کند نشود», no «کندن شود»).
      if (verb.startsWith('ن') && stem.length >= 2 && this.known(stem + 'ن') && LIGHT_VERBS.includes(verb.slice(1)) && PAST_STEMS.getString(stem) === undefined) return { pieces: [stem + 'ن', verb.slice(1)], zwnj: [false] };
      if (this.known(stem) || SHORT_VERB_NOUNS.has(stem) || participle(stem)) return { pieces: [stem, verb], zwnj: [false] };
    }
    // «متعهدشدهاند», «وقفشدهاند»: the perfect of a light verb glued to a known word, the word and
    // the participle apart and its ending after a ZWNJ («متعهد شده‌اند»).
    for (const part of PERFECT_PARTICIPLES) {
      for (const ending of ['اند', 'ایم', 'ام']) {
        const stem = w.slice(0, -(part.length + ending.length));
        if (stem.length < 3 || !w.endsWith(part + ending) || PREVERB_PIECES.has(stem) || this.known(w) || !this.known(stem)) continue;
        // A word in the participle keeps it (see SHODE_KARDE).
        if (!SHODE_KARDE.has(part) && this.known(stem + part)) continue;
        return { pieces: [stem, part, ending], zwnj: [false, true] };
      }
    }
    // «دادهمیشود», «کاهشمییابد»: a verb with «می/نمی» glued after a known word or a participle.
    // The dictionary lists «میشود» solid, so split() reads two words that may be a compound; but
    // such a verb never joins the word before it, whatever its last letter.
    for (const pre of ['نمی', 'می']) {
      const k = w.indexOf(pre, SHORT_VERB_NOUNS.has(w.slice(0, 2)) ? 2 : 3);
      if (k < 0) continue;
      const stem = w.slice(0, k);
      const verb = w.slice(k + pre.length);
      if (PREVERB_PIECES.has(stem) || !commonFiniteVerb(verb) || this.known(w)) continue;
      if (this.wordNotVerb(pre + verb)) continue;
      // «پایینمیآورد» is «پایین می‌آورد», no «پایی نمی‌آورد»: a common word in «ین» before «می»
      // (not «کارنمیکرد»: «کار نمی‌کرد», though «کارن» is listed).
      if (pre === 'نمی' && stem.length >= 3 && stem.endsWith('ی') && this.words.has(stem + 'ن')) continue;
      // The word may be one the dictionary lists solid that the common words lack («پیشبینی»).
      if (this.anyWord(stem) || participle(stem)) return { pieces: [stem, pre, verb], zwnj: [false, true] };
    }
    if (w.length < APART_MIN) return null;
    // «بیتماشاگر» is «بی‌تماشاگر», zwnj-bi-prefix's: no run of «بیت» and more.
    if (w.startsWith('بی') && this.known(w.slice(2)) && !this.known(w)) return null;
    if (this.gluedCopula(w)) return { pieces: [w.slice(0, -3), 'است'], zwnj: [false] };
    const split = this.split(w);
    if (split) this.joinAlefCopula(split);
    return split && (w.length >= RUN_MIN || this.apart(split.pieces) || numberInWords(split.pieces)) ? split : null;
  }

  /**
   * «بسیاربالاست» is «بسیار بالاست», no «بسیار بال است»: a word in «ا» takes the copula as «ست»,
   * so a last «است» goes back onto the piece before it when that piece and «ا» make a word.
   */
  private joinAlefCopula(split: Split): void {
    const n = split.pieces.length;
    if (n < 3 || split.pieces[n - 1] !== 'است' || split.zwnj[n - 2] || !this.words.has(split.pieces[n - 2] + 'ا')) return;
    split.pieces.splice(n - 2, 2, split.pieces[n - 2] + 'است');
    split.zwnj.splice(n - 2, 1);
  }

  /**
   * «افزایشیافته», «قولداده», «واردکردن»: the noun of a compound verb and its light verb, apart
   * even where the dictionary lists the glued form (LISTED_LIGHT_VERBS, INFINITIVES).
   */
  compoundVerbSplit(w: string): Split | null {
    for (const [verb, nouns] of LISTED_LIGHT_VERBS) {
      const stem = w.slice(0, -verb.length);
      if (!w.endsWith(verb) || !nouns.has(stem)) continue;
      // After a non-joining letter the glued form is the compound adjective's spelling
      // («فایل تغییریافته»), where the dictionary lists one.
      if (NON_JOINING.has(stem.charCodeAt(stem.length - 1)) && this.known(w)) return null;
      return { pieces: [stem, verb], zwnj: [false] };
    }
    for (const verb of INFINITIVES) {
      const stem = w.slice(0, -verb.length);
      if (w.endsWith(verb) && !PREVERB_PIECES.has(stem) && (stem.length >= 3 ? this.words.has(stem) : SHORT_VERB_NOUNS.has(stem))) return { pieces: [stem, verb], zwnj: [false] };
    }
    return null;
  }

  /**
   * The dictionary lists stray «ان» forms of abstract nouns («اهمیتان», «تاریخان»): where one
   * stands before a piece that «ان» makes a word of five letters or more with, the «ان» opens that
   * word («اهمیتانصاف» is «اهمیت انصاف», «تاریخانقضا» «تاریخ انقضا»); «مسئولان به» stays, «انبه»
   * being shorter.
   */
  private moveAn(pieces: string[]): void {
    for (let k = 0; k + 1 < pieces.length; k++) {
      const p = pieces[k];
      const next = 'ان' + pieces[k + 1];
      if (p.length >= 5 && p.endsWith('ان') && this.words.has(p.slice(0, -2)) && next.length >= 5 && this.words.has(next)) {
        pieces[k] = p.slice(0, -2);
        pieces[k + 1] = next;
      }
    }
  }

  /** A common word of three letters or more with «ان/یان/ها/های» («موتورسواران», «جانبازان»): the word's length, or 0. */
  private pluralStem(piece: string): number {
    for (const e of ['های', 'ها', 'یان', 'ان']) if (piece.length - e.length >= 3 && piece.endsWith(e) && this.words.has(piece.slice(0, -e.length))) return piece.length - e.length;
    return 0;
  }

  /** «بینیاز», «کمتراز»: a prefix or a word and a word in «از» («نیاز», «تراز»). */
  private endsInWordInAz(w: string): boolean {
    for (let k = 1; k <= w.length - 3; k++) {
      const tail = w.slice(k);
      // Not a verb form in «می» («میاز»: «نیمیاز» is «نیمی» + «از»).
      if (this.words.has(tail) && !tail.startsWith('می') && (k <= 2 || this.words.has(w.slice(0, k)))) return true;
    }
    return false;
  }

  /**
   * A listed press phrase glued («بانکمرکزی», «جهادکشاورزی»): it lost a space, not a ZWNJ
   * (press-phrases.txt), however short, and whatever the lexicons say of its words.
   */
  phraseSplit(w: string): Split | null {
    const cut = this.phraseCuts.get(w);
    return cut === undefined ? null : { pieces: [w.slice(0, cut), w.slice(cut)], zwnj: [false] };
  }

  /**
   * «بیشتراست», «کشوراست»: «است» glued after a known word of three letters or more that ends in
   * a non-joining letter, where no ZWNJ can have been lost. Not a word in «ا» with «ست», the
   * usual spelling («داراست», «آشکاراست»), nor the few words that end so (NOT_COPULA). Known
   * words are split too: the lexicons list glued forms («مرداست»), so gen-pdf-lexicon never
   * keeps them.
   */
  gluedCopula(w: string): boolean {
    if (!w.endsWith('است') || NOT_COPULA.has(w)) return false;
    const a = w.slice(0, -3);
    return a.length >= 3 && NON_JOINING.has(a.charCodeAt(a.length - 1)) && !PREVERB_PIECES.has(a) && this.known(a) && !this.known(a + 'ا');
  }

  /**
   * A word of three letters or more and a common verb glued after a non-joining letter
   * («خواهدکرد», «دستورداد», «مجبوربودند»): no ZWNJ was lost there, since the letters would not
   * join anyway, so the space is what is missing. Two nouns glued so are not guessed: brands and
   * names are written that way («اقتصادنیوز», «امیرچخماق»). Not after a preverb («بازکرد» is
   * a compound verb's business) nor in a two-part given name.
   */
  private apart(pieces: string[]): boolean {
    if (pieces.length !== 2) return false;
    const [a, b] = pieces;
    if (a.length < 3 || b.length < 3 || !NON_JOINING.has(a.charCodeAt(a.length - 1))) return false;
    if (PREVERB_PIECES.has(a) || !commonFiniteVerb(b)) return false;
    return !(GIVEN_FIRSTS.has(a) && GIVEN_SECONDS.has(b));
  }

  /**
   * Two common words of three letters or more glued, the whole no dictionary word
   * («ستادجشنواره», «تفاوتقیمت», «علنیمجلس»): a space lost in the paste. Not where the first is
   * a name's head or a bound prefix («امیرچخماق», «بندرانزلی», «نانوساختار») or the second a
   * name's or an agent's ending («لکوموتیوران»); dictionary words this would split are kept by
   * gen-pdf-lexicon.
   */
  private pair(pieces: string[]): boolean {
    if (pieces.length !== 2) return false;
    const [a, b] = pieces;
    if (a.length < 3 || b.length < 3 || a.length + b.length < 7) return false;
    // After a silent ه a lost ZWNJ looks the same as a lost space, and compounds are many
    // («پیاده‌روسازی», «اجاره‌بها»); a plural second word is more often a compound's
    // («آب‌انبارهای», «پایانههای» read as «پایا» + «نههای»).
    // After «اه» the ه is sounded («پایگاه», «راه», «ماه»): no ZWNJ is lost there.
    if ((a.endsWith('ه') && !a.endsWith('اه')) || PLURAL_END.test(b) || PLURAL_INSIDE.test(a)) return false;
    // «رییسجمهور»: a title in its «یی» spelling, title-spelling's.
    if (this.solid.has((a + b).replace('یی', 'ئی'))) return false;
    if (!(this.words.has(a) || this.places.has(a)) || !(this.words.has(b) || this.places.has(b))) return false;
    return !(PAIR_HEADS.has(a) || GIVEN_FIRSTS.has(a) || PAIR_TAILS.has(b) || SURNAME_ENDS.has(b));
  }

  /**
   * Splits a run of words written without spaces into known words: fewest pieces, then the
   * longest pieces. Null unless the split is unique and reads as separate words (not a
   * compound, not a name, not a word with its inflection).
   */
  split(w: string): Split | null {
    if (this.solid.has(w)) return null;
    // «دوازدهمیلیون» is two numbers, no «دوازدهمی» + «لیون»: read before the longest pieces.
    for (let cut = 3; cut <= w.length - 3; cut++) if (NUMBER_WORDS.has(w.slice(0, cut)) && NUMBER_WORDS.has(w.slice(cut))) return { pieces: [w.slice(0, cut), w.slice(cut)], zwnj: [false] };
    // A listed compound with a plural or ezafe ending: «ساختوسازهای» is «ساخت‌وسازهای».
    for (const e of SOLID_ENDINGS) if (w.length - e.length >= 4 && w.endsWith(e) && this.solid.has(w.slice(0, -e.length))) return null;
    const n = w.length;
    const cost = new Float64Array(n + 1).fill(Infinity);
    const from = new Int32Array(n + 1).fill(-1);
    const ties = new Uint8Array(n + 1);
    cost[0] = 0;
    for (let i = 0; i < n; i++) {
      if (cost[i] === Infinity) continue;
      for (let j = i + 1; j <= Math.min(n, i + MAX_PIECE); j++) {
        const piece = w.slice(i, j);
        // An ending stands apart only after a silent «ه» (elsewhere it is part of the word).
        const affix = i > 0 && w.charCodeAt(i - 1) === 0x0647 && AFFIXES.has(piece);
        // «می/نمی» stand as a piece before a verb («گرفتهمیشوند»: «گرفته» «می‌شوند»), checked below.
        const verbPrefix = i > 0 && (piece === 'می' || piece === 'نمی');
        // A word with its adjective or ezafe «ی» («مکانیکی»), however the lexicon lists it.
        const withYeh = piece.length >= 5 && piece.endsWith('ی') && this.words.has(piece.slice(0, -1));
        // A piece may be a common word's plural the list lacks («…موتورسواران», «جانبازانبستری»);
        // before another piece it weighs as its word alone, so «کاوشانجام» stays «کاوش انجام».
        const pluralStem = this.words.has(piece) ? 0 : this.pluralStem(piece);
        // A place name is a piece of its own: «درقائمشهر» is «در» + «قائمشهر», no «قائم» + «شهر».
        const place = piece.length >= 4 && this.places.has(piece);
        if (!affix && !verbPrefix && !withYeh && !pluralStem && !place && (piece.length < 3 ? !FUNCTION_WORDS.has(piece) : !this.words.has(piece) && !agentNoun(piece) && !infinitivePiece(piece))) continue;
        // A place name weighs a letter less than a word: «تخریبشبانه» is «تخریب شبانه», no «تخریبش بانه».
        const weight = pluralStem && j < n ? pluralStem : place && !this.words.has(piece) ? piece.length - 1 : piece.length;
        const c = cost[i] + 1000 - weight * weight;
        if (c < cost[j]) {
          cost[j] = c;
          from[j] = i;
          ties[j] = ties[i];
        } else if (c === cost[j]) ties[j] = 1;
      }
    }
    if (cost[n] === Infinity || ties[n]) return null;
    const pieces: string[] = [];
    for (let j = n; j > 0; j = from[j]) pieces.unshift(w.slice(from[j], j));
    if (pieces.length < 2) return null;
    this.moveAn(pieces);
    // «پایانرسیده» is «پایان رسیده», no «پایا نرسیده»: before a verb, a word in «ن» reads before
    // the word without it and the verb negated, where both are common words.
    for (let k = 1; k < pieces.length; k++) {
      const p = pieces[k];
      if (p.length >= 4 && p.startsWith('ن') && this.words.has(pieces[k - 1] + 'ن') && verbWord(p.slice(1))) {
        pieces[k - 1] += 'ن';
        pieces[k] = p.slice(1);
      }
    }
    // «چندفرهنگی», «چنددارویی»: «چند» before an adjective in «ی» makes one word (multi-); before a
    // measure it stays a phrase («چند ساعتی», «چند کیلومتری»).
    if (pieces.length === 2 && pieces[0] === 'چند' && pieces[1].endsWith('ی') && !COUNTED.has(pieces[1].slice(0, -1))) return null;
    // «غیرگرافیکی», «غیرکاربری»: «غیر» (non-) makes one word with what follows, as every gold
    // text writes it («غیرمجاز», «غیردولتی»).
    if (pieces.length === 2 && pieces[0] === 'غیر') return null;
    // «خودبیگانگی», «ازخودگذشتگی»: «خود» before a last piece in «ی» makes a compound (self-), as
    // every gold text writes such words glued.
    const self = pieces.length - 2;
    if (pieces[self] === 'خود' && pieces[self + 1].length >= 4 && pieces[self + 1].endsWith('ی')) return null;
    const zwnj = pieces.slice(1).map((p) => AFFIXES.has(p));
    for (let k = 1; k < pieces.length; k++) {
      // A plural ending after «به» or «که» is the end of a word in ه: «شورابههای» is «شورابه‌های».
      if (zwnj[k - 1] && AFFIXES.has(pieces[k]) && FUNCTION_WORDS.has(pieces[k - 1])) return null;
      if (pieces[k] !== 'می' && pieces[k] !== 'نمی') continue;
      if (k + 1 >= pieces.length || !commonFiniteVerb(pieces[k + 1])) return null;
      zwnj[k] = true;
    }
    let free = 1;
    let functionWords = FUNCTION_WORDS.has(pieces[0]) ? 1 : 0;
    for (let k = 1; k < pieces.length; k++) {
      const p = pieces[k];
      if (zwnj[k - 1]) continue;
      if (p === 'می' || p === 'نمی') {
        functionWords++;
        free++;
        continue;
      }
      // A compound written solid («سیاستگذاری»، «دانشبنیان») is the ZWNJ rules' business.
      if (this.secondParts.has(p)) return null;
      // The same with a comparative or plural ending: «دلهرهآورترین» is «دلهره‌آورترین».
      for (const e of ['ترین', 'تر', 'های', 'ها']) if (p.length - e.length >= 3 && p.endsWith(e) && this.secondParts.has(p.slice(0, -e.length))) return null;
      // «بینالمللی»، «حجتالاسلام»: an Arabic construct with the article.
      if (p.startsWith('ال') && this.words.has(p.slice(2))) return null;
      // «و» between two words of four letters or more, or between two numbers («بیستوچند»).
      if (p === 'و' && !(k + 1 < pieces.length && ((pieces[k - 1].length >= 4 && pieces[k + 1].length >= 4) || (NUMBER_WORDS.has(pieces[k - 1]) && NUMBER_WORDS.has(pieces[k + 1]))))) return null;
      // «هاست»، «هایمان»: endings read as a word.
      if (p.startsWith('ها')) return null;
      // «وضعیتهایمان» is «وضعیت‌هایمان», no «وضعیتها» + «یمان»: a «ی» after «ها» is the plural's «های».
      if (p.startsWith('ی') && pieces[k - 1].endsWith('ها')) return null;
      // «فرستنده» read as «فرست» + «نده»: the agent ending of a stem, not the word «نده».
      if (AGENT_ENDINGS.has(p)) return null;
      // A three-letter piece in ه before another is more likely the end of a word in a silent ه
      // missing its ZWNJ than a word: «زایندهرود» is «زاینده‌رود», no «زای نده رود».
      // Not «راه، ماه، کوه», whose ه is sounded.
      const before = pieces[k - 1];
      if (k >= 2 && before.length === 3 && before.endsWith('ه') && !'او'.includes(before[1]) && !FUNCTION_WORDS.has(before)) return null;
      free++;
      if (FUNCTION_WORDS.has(p)) functionWords++;
    }
    const last = pieces[pieces.length - 1];
    if (pieces[0] === 'و' || SURNAME_ENDS.has(last) || cutsSurnameEnd(pieces)) return null;
    // A run may end in a preposition only after two content words («استاندارقمدر»).
    if (ENDS_NOT.has(last) && free - functionWords < 2) return null;
    // Two words make a run only when one is a function word («بهخدمات»); two content words
    // glued are more often a compound missing its ZWNJ («انجامشده»).
    // Two content words glued are more often a compound missing its ZWNJ («دانشبنیان»)
    // unless both are long («جایگاهمناسبی»).
    const long = free === 2 && pieces.length === 2 && pieces[0].length >= 5 && pieces[1].length >= 5 && n >= 12;
    if (free === 2 && functionWords === 0 && !long && !this.apart(pieces)) return this.pair(pieces) ? { pieces, zwnj, pair: true } : null;
    if (free < 2) return null;
    if (free === 2 && functionWords === 2) return null;
    return this.withAffixes(pieces, zwnj);
  }

  /**
   * A preposition or conjunction glued to the word after it («درجریان»، «باتوجه»، «تاپایان»): the
   * length of the head, or 0. Only when the whole is no word the lexicon knows, the rest is a
   * lexicon word of three letters or more, and no other reading is at hand: a verb or a
   * noun of a verb with its preverb («برگردان»), a rarer word with its ending («باج» + «ان»،
   * «واعظ» + «م»), a word missing its madda («ازمون»), an agent noun («تابنده»), a name.
   * `w` is folded, without ZWNJ; the caller checks the keep list and the phrase lists.
   */
  gluedHead(w: string): number {
    const unit = NUMBER_UNIT.exec(w) ?? NUMBER_MEASURE.exec(w);
    if (unit) return unit[1].length;
    if (w.length < 4 || w.includes('\u0654') || this.known(w)) return 0;
    // «سهماین» is «سهم این», no «سه ماین»: a common word and «این» glued after it (runSplit's).
    if (this.thisAfterWord(w)) return 0;
    // «بهدنبالش»: a compound of the phrase lists is the ZWNJ rules' business.
    for (let k = 4; k <= w.length; k++) if ((this.solid.has(w.slice(0, k)) || this.places.has(w.slice(0, k))) && (k === w.length || ENDINGS.includes(w.slice(k)))) return 0;
    // «بازنشانی», «بازتعریف»: the prefix «باز» (re-) before a word of four letters or more, no «با».
    if (w.startsWith('باز') && w.length >= 7 && this.known(w.slice(3))) return 0;
    for (const head of HEADS_LONGEST_FIRST) {
      if (!w.startsWith(head)) continue;
      const rest = w.slice(head.length);
      // The rest a word, or one with the ezafe «ی» («درابتدای»); not other inflections («تابستانهای» is no «تا بستان‌های»).
      // Or a listed compound: «درگفتوگو» is «در» + «گفت‌وگو» (zwnj-compound then adds its ZWNJ).
      const restKnown =
        this.words.has(rest) ||
        (rest.length >= 5 && this.solid.has(rest)) ||
        (rest.length >= 4 && rest.endsWith('ی') && this.words.has(rest.slice(0, -1))) ||
        (!INNER_HEADS.includes(head) && INNER_HEADS.some((h) => rest.startsWith(h)) && this.gluedHead(rest) > 0);
      // A shorter head may still open it: «براینکه» is «بر» + «اینکه».
      if ((rest.length < 3 && rest !== 'آن') || !restKnown) continue;
      if (rest.startsWith('مند') || SURNAME_ENDS.has(rest) || BOUND_TAILS.has(rest)) return 0;
      if (gluedVerb(w) || verbAfterPrefix(w) || (w[0] === 'ب' && isVerb(w.slice(1)))) return 0;
      if (PREVERBS.has(head) && !NOT_VERBS.has(rest)) {
        if (isVerb(rest)) return 0;
        for (const e of STEM_NOUNS) if (rest.endsWith(e) && commonStem(rest.slice(0, -e.length))) return 0;
        if (verbStemWithEndings(rest)) return 0;
      }
      // A common word of four letters or more after the head, and no verb («بهامید»; not
      // «بهمدت», three, nor the surname «بهدانی»), is read so before any stack of endings
      // («بها» + «م» + «ید»).
      const plainRest = rest.length >= 3 && this.words.has(rest) && !verbWord(rest);
      if (!plainRest && shortBase(w, head.length)) return 0;
      if (/(نده|ندگان|ندگی)$/.test(w)) return 0;
      if (!plainRest) for (const e of CLITIC_ENDINGS) if (w.length - e.length >= 3 && w.endsWith(e) && this.known(w.slice(0, -e.length))) return 0;
      // «ازمون»، «درداور»: a word written without its madda.
      for (let i = w.indexOf('ا'); i >= 0; i = w.indexOf('ا', i + 1)) {
        const v = w.slice(0, i) + 'آ' + w.slice(i + 1);
        if (this.known(v)) return 0;
        for (const e of CLITIC_ENDINGS) if (v.length - e.length >= 3 && v.endsWith(e) && this.known(v.slice(0, -e.length))) return 0;
      }
      return head.length;
    }
    return 0;
  }

  /** «همکاریهای» → «همکاری» + ZWNJ + «های»; «منطقهای» → «منطقه» + ZWNJ + «ای». */
  private withAffixes(pieces: string[], zwnj: boolean[]): Split {
    const outPieces: string[] = [];
    const outZwnj: boolean[] = [];
    pieces.forEach((p, k) => {
      if (k > 0) outZwnj.push(zwnj[k - 1]);
      for (const a of PLURALS) {
        const stem = p.slice(0, -a.length);
        // Only after a silent «ه» is the ZWNJ compulsory (STYLE.md §2); elsewhere house styles differ.
        // Not a word the ZWNJ rules leave alone: «روزهای» is «روز» + «های», no «روزه‌ای».
        const ok = p.endsWith(a) && stem.length >= 3 && stem.endsWith('ه') && this.words.has(stem) && !NO_ZWNJ.hasRange(p, 0, p.length);
        if (ok) {
          outPieces.push(stem, a);
          outZwnj.push(true);
          return;
        }
      }
      outPieces.push(p);
    });
    return { pieces: outPieces, zwnj: outZwnj };
  }
}

let verbStems: Set<string> | undefined;
/** A verb stem of three letters or more with endings («بندها»، «بستش»، «نهادها»): after «بر/در», a compound verb's noun. */
function verbStemWithEndings(r: string, depth = 0): boolean {
  if (depth > 0 && r.length >= 3) {
    verbStems ??= new Set([...verbLexicon().commonPresent, ...verbLexicon().past]);
    if (verbStems.has(r)) return true;
  }
  if (depth >= 3) return false;
  for (const e of depth ? INNER_ENDINGS : ENDINGS) if (r.length - e.length >= 3 && r.endsWith(e) && verbStemWithEndings(r.slice(0, -e.length), depth + 1)) return true;
  return false;
}

/** A verb form, bare or with «ب/ن/نب» before it («بکشد»، «نکرده»، «نده»). */
function isVerb(r: string): boolean {
  if (verbAfterPrefix(r)) return true;
  const p = r.startsWith('نب') ? 2 : r[0] === 'ب' || r[0] === 'ن' ? 1 : 0;
  if (!p) return false;
  presentStems ??= new Set(verbLexicon().present);
  return verbAfterPrefix(r.slice(p)) !== 0 || presentStems.has(r.slice(p));
}

// ---------------------------------------------------------------------------------------------
// The shipped lexicon, built on first use (a document without candidates never pays for it).

/** The place names (places.txt), folded and solid: «قائمشهر», «شاهینشهر». */
export function placeNames(): string[] {
  return parseLexicon(placesSource).map((line) => fold(line.replace(/\u200c/g, '')));
}

/** First field of each line of the project's phrase lists, folded and written solid. */
export function solidForms(): string[] {
  const out: string[] = [];
  for (const src of [compoundsSource, blessingsSource, honorificsSource, titlesSource]) {
    for (const line of parseLexicon(src)) {
      // In compounds.txt «|» marks a solid joint («زیر|ساخت»); elsewhere it ends the canonical form.
      const head = src === compoundsSource ? line.split(/\s+/)[0].replace(/\|/g, '') : line.split('|')[0].replace(/=space/, '');
      const w = head.replace(/[\s\u200c]/g, '');
      let f = '';
      for (let i = 0; i < w.length; i++) {
        const c = FOLD[w.charCodeAt(i)];
        if (c) f += String.fromCharCode(c);
      }
      if (f.length > 1) out.push(f);
    }
  }
  return out;
}

/** The press phrases (press-phrases.txt), folded: «بانک مرکزی». */
export function pressPhrases(): string[] {
  return parseLexicon(pressPhrasesSource).map((line) => fold(line).replace(/\s+/g, ' ').trim());
}

export function secondParts(): string[] {
  return parseLexicon(secondPartsSource).map((w) => w.replace(/\u200c/g, ''));
}

let shipped: PdfLexicon | undefined;
export function pdfLexicon(): PdfLexicon {
  return (shipped ??= new PdfLexicon({
    words: decodeWords(wordsSource),
    lam: decodeWords(lamSource),
    keep: decodeWords(keepSource),
    secondParts: secondParts(),
    solid: solidForms(),
    phrases: pressPhrases(),
    places: placeNames(),
  }));
}

export { tokenContaining } from '../tokenize';

/**
 * Verdicts per word, kept across documents: press text repeats its words, and a server lints
 * the same words edit after edit, so the look-ups and slices a candidate costs are paid once
 * per distinct word. Exact: open addressing on the word's hash, each slot keeping the word as
 * first seen, confirmed by comparing it in place; a word that hashes alike but is spelled
 * otherwise (Arabic letters, a ZWNJ, a collision) is worked out afresh. So a verdict never
 * depends on what was linted before, and a full lint and an incremental one agree. Emptied when
 * half full.
 */
export class WordCache<V> {
  private hashes: Int32Array;
  private words: (string | undefined)[];
  private values: (V | null)[];
  private mask: number;
  private count = 0;

  // 16,384 slots to start with (three such caches live in the server for good, in a thread whose
  // peak is held to 150 MB; at 65,536 slots each the 10 MiB bench document went over). A text
  // of more distinct words than half the slots doubles them, up to maxBits: emptying instead
  // made a document of 17,000 distinct words (1.3 MiB of varied press copy) work out every
  // verdict afresh on every lint. Beyond maxBits the cache is emptied when half full.
  constructor(bits = 14, private readonly maxBits = 16) {
    const size = 1 << bits;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.words = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | null>(size).fill(null);
  }

  /** The verdict for text[s, e) (hash h): a value, null for nothing to report, undefined if not yet known. */
  get(text: string, s: number, e: number, h: number): V | null | undefined {
    const { hashes, words, mask } = this;
    const len = e - s;
    for (let k = Math.imul(h ^ (h >>> 16), 0x45d9f3b) & mask; ; k = (k + 1) & mask) {
      const w = words[k];
      if (w === undefined) return undefined;
      if (hashes[k] === h && w.length === len && text.startsWith(w, s)) return this.values[k];
    }
  }

  set(text: string, s: number, e: number, h: number, value: V | null): void {
    if (this.count * 2 >= this.words.length) {
      if (this.words.length < 1 << this.maxBits) this.grow();
      else {
        this.words.fill(undefined);
        this.values.fill(null);
        this.count = 0;
      }
    }
    this.place(h, ownCopy(text, s, e), value);
    this.count++;
  }

  private place(h: number, word: string, value: V | null): void {
    const { words, mask } = this;
    let k = Math.imul(h ^ (h >>> 16), 0x45d9f3b) & mask;
    while (words[k] !== undefined) k = (k + 1) & mask;
    this.hashes[k] = h;
    words[k] = word;
    this.values[k] = value;
  }

  private grow(): void {
    const { hashes, words, values } = this;
    const size = words.length * 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.words = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | null>(size).fill(null);
    for (let k = 0; k < words.length; k++) if (words[k] !== undefined) this.place(hashes[k], words[k]!, values[k]);
  }
}

/** text[s, e) as a string of its own: a long slice would keep the whole document alive. */
function ownCopy(text: string, s: number, e: number): string {
  const w = text.slice(s, e);
  return w.length < 13 ? w : [...w].join('');
}
