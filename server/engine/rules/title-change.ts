import { fold } from '../chars';
import { Mention, OFFICE_HEADS, SPACED_SURNAME_ENDS, TITLE_MAX_WORDS, appositiveNames, foldWord, isComma, isGivenName, joinedName, mentions, opensBlessingAbbr, scanArticle } from '../article-scan';
import type { RuleContext } from '../context';
import { T, exactHash, type Tokens } from '../tokenize';
import type { Rule } from '../types';

/**
 * Words that end a title phrase: a title runs from its head word («رئیس») to the end of the
 * clause or to the first of these («در دیدار با …», «گفت»). «و» stays in («اوقاف و امور خیریه»).
 */
const PHRASE_STOPS = new Set(
  'در با به از که را برای طی ضمن هم نیز اما ولی تا بر پس سپس است بود شد گفت گفته افزود کرد کرده کند داد دارد امروز دیروز صبح عصر شب روز تاکید تأکید اشاره اظهار بیان اعلام خاطرنشان تصریح ابراز'.split(' '),
);
/**
 * Offices one person holds once, named by the word after them («وزیر نیرو», «استاندار قم»):
 * two of them with different places or ministries contradict. Titles of different kinds
 * («بخشدار» / «فرماندار», «سرمربی» / «مدیرعامل») always do (STYLE.md §4: a different office).
 * Other titles with one head contradict only when they share their first two words and then
 * differ («رئیس سازمان اوقاف» / «رئیس سازمان تبلیغات»): «فرمانده کل انتظامی» and «فرمانده
 * فراجا» may well be one office.
 */
const SINGLE_OFFICES = new Set('وزیر استاندار فرماندار شهردار بخشدار سفیر دادستان سرمربی مدیرعامل'.split(' '));
/** Words that make a title a former office: «سابق», «پیشین», «دولت اصلاحات», «وزیر وقت». */
const FORMER = new Set('سابق پیشین اسبق قبلی وقت اصلاحات سازندگی'.split(' ').map(fold));
/**
 * Kinds of body: one head over two of them is two offices («رئیس سازمان فضایی ایران» / «رئیس
 * پژوهشگاه فضایی ایران», «رئیس دانشگاه ارومیه» / «رئیس پارک علم و فناوری»). Words that only
 * paraphrase a body («قوه قضاییه» / «دستگاه قضا») are not among them.
 */
const BODIES = new Set(
  'سازمان پژوهشگاه پژوهشکده دانشگاه دانشکده پارک شرکت اداره بنیاد مرکز موسسه مؤسسه بیمارستان بانک استانداری فرمانداری شهرداری شورا کمیسیون کمیته اتحادیه انجمن فدراسیون ستاد صندوق کانون فرهنگستان کتابخانه موزه بورس اتاق گمرک فرودگاه نظام هیئت هیأت هیات'
    .split(' ')
    .map(fold),
);
/** Prepositions a surname with its office may follow («با», «از», «به», «برای»). */
const NAME_PREPOSITIONS = new Set(['با', 'از', 'به', 'برای']);
/** Words after a one-at-a-time office that name no place or body: «سرمربی تیم», «وزیر محترم». */
const GENERIC = new Set('تیم باشگاه این آن محترم جدید کنونی فعلی'.split(' ').map(fold));

/** A mention with the title phrase read beside it. */
interface Titled extends TitlePhrase {
  mention: Mention;
  surname: string;
  first: string;
}

/**
 * A word of a title phrase as folded parts («رئیس‌جمهور» and «رئیس جمهور» both give رئیس,
 * جمهور), [] for «و», null for a word that ends the phrase; cached by spelling.
 */
function wordParts(ctx: RuleContext, i: number, cache: Map<number, string[] | null>): string[] | null {
  const { tokens, text } = ctx;
  const h = exactHash(text, tokens, i);
  let parts = cache.get(h);
  if (parts === undefined) {
    const w = foldWord(text, tokens, i);
    parts = PHRASE_STOPS.has(w) ? null : w === 'و' ? [] : text.slice(tokens.start[i], tokens.end[i]).split('\u200c').map(fold);
    cache.set(h, parts);
  }
  return parts;
}

/** Office names with a comma inside, by the words on either side of it. */
const COMMA_IN_NAME = new Map([
  ['فرهنگی', 'گردشگری'],
  ['تعاون', 'کار'],
  ['صنعت', 'معدن'],
  ['علوم', 'تحقیقات'],
  ['بهداشت', 'درمان'],
]);

/**
 * Whether the honorific at i names a holy figure inside an institution's name: a blessing
 * abbreviation follows within its next words («کمیته امداد امام خمینی(ره) استان زنجان»), so
 * the title goes on and no new person begins there.
 */
function blessedNameAhead(tokens: Tokens, text: string, i: number): boolean {
  for (let k = i + 1; k < tokens.count && k <= i + 6; k++) {
    if (tokens.kind[k] !== T.Punct) continue;
    return opensBlessingAbbr(tokens, text, k);
  }
  return false;
}

/** A title phrase: its offsets and its words as folded parts. */
interface TitlePhrase {
  start: number;
  end: number;
  words: string[];
}

/** The title phrase right after a mention's name («… خاموشی، رئیس سازمان اوقاف»), or null. */
function titleAfter(ctx: RuleContext, m: Mention, honorificAt: Set<number>, cache: Map<number, string[] | null>): TitlePhrase | null {
  const { tokens, text } = ctx;
  let i = m.words[m.words.length - 1].last + 1;
  if (i < tokens.count && tokens.kind[i] === T.Space) i++;
  if (i < tokens.count && tokens.kind[i] === T.Punct && isComma(text.charCodeAt(tokens.start[i]))) i++;
  if (i < tokens.count && tokens.kind[i] === T.Space) i++;
  if (i >= tokens.count || tokens.kind[i] !== T.Word) return null;
  const head = foldWord(text, tokens, i);
  if (!OFFICE_HEADS.get(tokens.fhash[i], head)) return null;
  const words: string[] = [];
  const start = tokens.start[i];
  let end = tokens.end[i];
  let cut = false;
  while (i < tokens.count && tokens.kind[i] === T.Word && (!honorificAt.has(i) || blessedNameAhead(tokens, text, i))) {
    const parts = wordParts(ctx, i, cache);
    if (parts === null) break;
    if (words.length + parts.length > TITLE_MAX_WORDS) {
      // A title phrase cut by the word limit may go on: too uncertain to compare.
      cut = true;
      break;
    }
    words.push(...parts);
    end = tokens.end[i];
    i++;
    if (i < tokens.count && tokens.kind[i] === T.Space) i++;
    // «میراث فرهنگی، گردشگری و صنایع‌دستی», «تعاون، کار و رفاه اجتماعی»: ministries whose name has a comma.
    if (i + 1 < tokens.count && tokens.kind[i] === T.Punct && text.charCodeAt(tokens.start[i]) === 0x60c) {
      let n = i + 1;
      if (n < tokens.count && tokens.kind[n] === T.Space) n++;
      if (n < tokens.count && tokens.kind[n] === T.Word && COMMA_IN_NAME.get(words[words.length - 1]) === foldWord(text, tokens, n)) i = n;
    }
    // «کمیته امداد امام خمینی(ره) استان کردستان»: a blessing inside the title is no end of it.
    if (i < tokens.count && tokens.kind[i] === T.Punct && opensBlessingAbbr(tokens, text, i)) {
      while (i < tokens.count && !(tokens.kind[i] === T.Punct && text.charCodeAt(tokens.start[i]) === 0x29)) i++;
      i++;
      if (i < tokens.count && tokens.kind[i] === T.Space) i++;
    }
  }
  return cut ? null : { start, end, words: joinSpacedOffices(words) };
}

/** «مدیر عامل», «مدیر کل» spaced (title-spelling's variants) read as the solid offices. */
function joinSpacedOffices(words: string[]): string[] {
  for (let k = words.length - 2; k >= 0; k--) if (words[k] === 'مدیر' && (words[k + 1] === 'عامل' || words[k + 1] === 'کل')) words.splice(k, 2, words[k] + words[k + 1]);
  return words;
}

/**
 * «مدیرکل بهزیستی خراسان رضوی، علیرضا فرهمند، گفت»: a title phrase opening a sentence, a comma, a
 * given name and a surname, and a comma. The phrase runs back from the comma over words a title
 * may hold (wordParts) to the farthest office head, and must open its sentence: after a comma it
 * may be the office of the person named before it («…، رئیس سازمان …، حسن …»).
 */
function titleBefore(ctx: RuleContext, comma: number, cache: Map<number, string[] | null>): { mention: Mention; title: TitlePhrase } | null {
  const { tokens, text } = ctx;
  const { kind, count } = tokens;
  const skip = (i: number, d: number) => (i >= 0 && i < count && kind[i] === T.Space ? i + d : i);
  const given = skip(comma + 1, 1);
  if (given >= count || kind[given] !== T.Word || !isGivenName(tokens.fhash[given])) return null;
  let last = skip(given + 1, 1);
  if (last >= count || kind[last] !== T.Word) return null;
  const next = skip(last + 1, 1);
  if (next < count && kind[next] === T.Word && SPACED_SURNAME_ENDS.has(foldWord(text, tokens, next))) last = next;
  const after = skip(last + 1, 1);
  if (after >= count || kind[after] !== T.Punct || !isComma(text.charCodeAt(tokens.start[after]))) return null;
  let head = -1;
  let words = 0;
  let i = skip(comma - 1, -1);
  const end = i;
  for (; i >= 0 && kind[i] === T.Word; i = skip(i - 1, -1)) {
    const parts = wordParts(ctx, i, cache);
    if (parts === null || (words += parts.length) > TITLE_MAX_WORDS) break;
    if (OFFICE_HEADS.get(tokens.fhash[i], foldWord(text, tokens, i))) head = i;
  }
  if (head < 0) return null;
  const before = skip(head - 1, -1);
  if (before >= 0 && kind[before] !== T.Newline && (kind[before] !== T.Punct || isComma(text.charCodeAt(tokens.start[before])))) return null;
  const title: string[] = [];
  for (let k = head; k <= end; k++) if (kind[k] === T.Word) title.push(...(wordParts(ctx, k, cache) ?? []));
  return { mention: mentionOf(ctx, given, last), title: { start: tokens.start[head], end: tokens.end[end], words: joinSpacedOffices(title) } };
}

/** A name read by appositiveNames, as a mention with no honorific. */
function mentionOf(ctx: RuleContext, first: number, last: number): Mention {
  const { tokens, text } = ctx;
  const words: Mention['words'] = [];
  for (let i = first; i <= last; i++) if (tokens.kind[i] === T.Word) words.push({ first: i, last: i, start: tokens.start[i], end: tokens.end[i] });
  // «رستمی نژاد» is the surname «رستمی‌نژاد» written with a space.
  const spacedEnd = words.length > 1 && SPACED_SURNAME_ENDS.has(foldWord(text, tokens, last));
  const surname = spacedEnd ? foldWord(text, tokens, words[words.length - 2].first) + foldWord(text, tokens, last) : foldWord(text, tokens, last);
  const nameWords = spacedEnd ? words.length - 1 : words.length;
  return { honorifics: [], words, surname, firstName: nameWords > 1 ? foldWord(text, tokens, first) : '' };
}

function subset(a: string[], b: string[]): boolean {
  return a.every((x) => b.includes(x));
}

/** Whether two titles of one person name different offices (see SINGLE_OFFICES). */
function contradict(a: string[], b: string[]): boolean {
  // A shortening keeps the head: «معاون وزیر نیرو» / «وزیر نیرو» are two offices. A body named
  // after its head is that head's office («معاون استانداری» / «معاون استاندار»).
  const na = a.map(officeOf);
  const nb = b.map(officeOf);
  if ((subset(na, nb) || subset(nb, na)) && a[0] === b[0]) return false;
  // A former office is a description, not a second title: «وزیر بهداشت دولت اصلاحات», «وزیر سابق».
  if (a.some((w) => FORMER.has(w)) || b.some((w) => FORMER.has(w))) return false;
  // Different kinds of office («سرمربی» / «مدیرعامل», «بخشدار» / «فرماندار»): STYLE.md §4
  // reports a different office; the editor decides whether the person holds both.
  if (a[0] !== b[0]) return true;
  // Neither contains the other, so their places differ somewhere: «استاندار آذربایجان شرقی» / «… غربی».
  if (SINGLE_OFFICES.has(a[0])) return a.length > 1 && b.length > 1 && !GENERIC.has(a[1]) && !GENERIC.has(b[1]);
  // One office in two places or of two kinds, the titles differing in their last word only:
  // «مدیرکل ورزش و جوانان گلستان» / «… مازندران».
  if (a.length > 2 && a.length === b.length && a[a.length - 1] !== b[b.length - 1] && a.every((w, k) => k === a.length - 1 || w === b[k])) return true;
  if (a.length > 2 && b.length > 2 && a[1] === b[1]) return a[2] !== b[2] || otherPlace(a, b);
  if (a.length > 1 && b.length > 1 && a[1] !== b[1] && BODIES.has(a[1]) && BODIES.has(b[1])) return true;
  // Two portfolios under one body: «معاون ارزی بانک مرکزی» / «معاون اقتصادی بانک مرکزی».
  if (a.length > 2 && a.length === b.length && isPortfolio(a[1]) && isPortfolio(b[1]) && a.every((w, k) => k < 2 || w === b[k])) return true;
  // Portfolios serving two different bodies or offices: «معاون امور اجتماعی شهرداری شیراز» /
  // «معاون سیاسی استاندار فارس» (see officeOf).
  const xa = servedBody(a);
  const xb = servedBody(b);
  if (xa && xb && xa !== xb) return true;
  return otherPortfolio(a, b);
}

/** The first body or one-at-a-time office after a title's second word (see officeOf). */
function servedBody(w: string[]): string | undefined {
  const x = w.find((y, k) => k > 1 && (BODIES.has(y) || SINGLE_OFFICES.has(y)));
  return x && officeOf(x);
}

/** A body named after its head as that head: «استانداری» → «استاندار», «شهرداری» → «شهردار». */
function officeOf(w: string): string {
  return w.endsWith('ی') && SINGLE_OFFICES.has(w.slice(0, -1)) ? w.slice(0, -1) : w;
}

/**
 * Two portfolios named by nouns under one body, with no word in common: «معاون برنامه‌ریزی و
 * توسعه شهرداری» / «معاون حمل‌ونقل و ترافیک شهرداری». (A shared word may be a shortening:
 * «معاون فنی و عمرانی شهرداری» / «معاون عمرانی شهرداری» is a subset, never reported.)
 */
function otherPortfolio(a: string[], b: string[]): boolean {
  let ka = a.findIndex((w, k) => k > 1 && BODIES.has(w));
  let kb = b.findIndex((w, k) => k > 1 && BODIES.has(w));
  // Or the office both portfolios serve: «معاون هماهنگی امور عمرانی استاندار همدان» /
  // «معاون سیاسی و امنیتی استاندار همدان».
  if (ka < 0 && kb < 0) {
    ka = a.findIndex((w, k) => k > 1 && SINGLE_OFFICES.has(w));
    kb = b.findIndex((w, k) => k > 1 && SINGLE_OFFICES.has(w));
  }
  // No body named: the same place ends both («مدیرکل راه و شهرسازی مازندران» / «مدیرکل راهداری
  // و حمل‌ونقل جاده‌ای مازندران»), and no office or ministry between («معاون وزیر نیرو» /
  // «معاون وزارت نیرو» are one).
  if (ka < 0 && kb < 0 && a.length > 2 && b.length > 2 && a[a.length - 1] === b[b.length - 1] && !GENERIC.has(a[a.length - 1]) && !underOffice(a) && !underOffice(b)) {
    ka = a.length - 1;
    kb = b.length - 1;
  }
  // Or a place word both name, one with the place and one without: «مدیرکل کتابخانه‌های عمومی
  // استان» / «مدیرکل فرهنگ و ارشاد اسلامی استان سمنان».
  if (ka < 0 && kb < 0) {
    const pa = a.findIndex((w, k) => k > 1 && PLACE_WORDS.has(w));
    const pb = b.findIndex((w, k) => k > 1 && PLACE_WORDS.has(w));
    if (pa > 0 && pb > 0 && a[pa] === b[pb] && (a.length - pa === 1 || b.length - pb === 1)) return portfoliosDiffer(a.slice(1, pa), b.slice(1, pb));
  }
  // A body named in one title only, the same place ending both: the portfolios before the body
  // or place words decide («مدیرکل هواشناسی استان ایلام» / «مدیرکل مدیریت بحران استانداری ایلام»).
  if ((ka < 0) !== (kb < 0) && a.length > 2 && b.length > 2 && a[a.length - 1] === b[b.length - 1] && !GENERIC.has(a[a.length - 1])) {
    const ends = (w: string[]) => {
      const k = w.findIndex((x, j) => j > 1 && (BODIES.has(x) || PLACE_WORDS.has(x)));
      return k < 0 ? w.length - 1 : k;
    };
    return portfoliosDiffer(a.slice(1, ends(a)), b.slice(1, ends(b)));
  }
  if (ka < 0 || kb < 0) return false;
  // The same body after both, or named in full once and by its kind once: «… مرکز آمار ایران» /
  // «… مرکز» (one tail begins the other).
  const ta = a.slice(ka);
  const tb = b.slice(kb);
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  // Or by the first part of a name with a comma inside: «وزیر علوم» / «وزیر علوم، تحقیقات و فناوری».
  const commaShort = short.length < long.length && COMMA_IN_NAME.get(short[short.length - 1]) === long[short.length];
  if (!short.every((w, j) => w === long[j]) || (short.length !== long.length && short.length !== 1 && !commaShort)) return false;
  // A place of two words or more is shared too: «… خراسان شمالی».
  while (ka > 2 && kb > 2 && a[ka - 1] === b[kb - 1]) {
    ka--;
    kb--;
  }
  return portfoliosDiffer(a.slice(1, ka), b.slice(1, kb));
}

/** Two portfolios named by words with no noun in common (short and ranking words aside). */
function portfoliosDiffer(a: string[], b: string[]): boolean {
  const named = (words: string[]) => words.filter((w) => w.length >= 3 && !GENERIC.has(w) && !FORMER.has(w) && !RANKS.has(w));
  const ma = named(a);
  const mb = named(b);
  if (ma.length === 0 || mb.length === 0 || subset(ma, mb) || subset(mb, ma)) return false;
  // Sharing an adjective in «ی» only («فرهنگ و ارشاد اسلامی» / «تبلیغات اسلامی») is sharing no
  // part; a shared noun may be one body named loosely («ارشاد اسلامی» / «فرهنگ و ارشاد»).
  return ma.every((w) => !mb.includes(w) || w.endsWith('ی'));
}

const MINISTRY = fold('وزارت');

/** A title naming an office or ministry after its head («معاون وزیر نیرو», «معاون وزارت نیرو»). */
function underOffice(title: string[]): boolean {
  return title.some((w, k) => k > 0 && (SINGLE_OFFICES.has(w) || w === MINISTRY));
}

/** Words that rank or date an office rather than name a portfolio: «رئیس کل», «معاون اول». */
const RANKS = new Set('کل اول دوم سوم ارشد عالی'.split(' ').map(fold));

/** Words before a place name in a title: «مدیرکل غله استان گلستان» / «… استان خوزستان». */
const PLACE_WORDS = new Set('استان شهرستان شهر منطقه شمال جنوب شرق غرب'.split(' ').map(fold));

/**
 * The same office in two places: equal up to a place word, then another place word or place
 * after it («… استان گلستان» / «… استان خوزستان», «… جنوب کرمان» / «… استان کرمان»).
 */
function otherPlace(a: string[], b: string[]): boolean {
  const ka = a.findIndex((w) => PLACE_WORDS.has(w));
  const kb = b.findIndex((w) => PLACE_WORDS.has(w));
  if (ka <= 0 || kb <= 0 || ka + 1 >= a.length || kb + 1 >= b.length) return false;
  // The same body before the place, or one name of it shortening the other: «مدیرکل کمیته امداد
  // امام خمینی(ره) استان زنجان» / «مدیرکل کمیته امداد استان قزوین».
  const pa = a.slice(0, ka);
  const pb = b.slice(0, kb);
  if (pa[0] !== pb[0] || !(subset(pa, pb) || subset(pb, pa))) return false;
  return a[ka] !== b[kb] || a[ka + 1] !== b[kb + 1];
}

/** A relational adjective naming a portfolio («ارزی», «اقتصادی», «پارلمانی»); not «فعلی». */
function isPortfolio(w: string): boolean {
  return w.length >= 3 && w.endsWith('ی') && !GENERIC.has(w) && !FORMER.has(w);
}

/**
 * One person given two contradicting titles in one article (STYLE.md §4): «حجت‌الاسلام خاموشی
 * رئیس سازمان اوقاف» … «حجت‌الاسلام خاموشی، رئیس سازمان تبلیغات». A later title that shortens
 * the first («رئیس سازمان اوقاف و امور خیریه» → «رئیس اوقاف») is not reported: only titles
 * whose words neither contain the other's are. People are those introduced by an honorific or
 * named with their office after a comma («منوچهر کیانی، دبیر جشنواره»), keyed by surname and,
 * when both mentions give one, the first name.
 */
export const rule: Rule = {
  meta: {
    id: 'title-change',
    family: 'titles',
    severity: 'information',
    fixable: 'none',
    section: '§4',
    scope: 'document',
    title: { fa: 'دو سمت ناهمخوان برای یک شخص', en: 'One person with two contradicting titles' },
    description: {
      fa: 'اگر شخصی در یک متن با دو سمت ناهمخوان معرفی شود («رئیس سازمان اوقاف» و «رئیس سازمان تبلیغات») گزارش می‌شود؛ کوتاه‌شدن سمت در اشاره‌های بعدی گزارش نمی‌شود.',
      en: 'A person given two contradicting titles in one article (رئیس سازمان اوقاف and رئیس سازمان تبلیغات) is reported; a later mention that shortens the title is not.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const introduced = mentions(tokens, text);
    // People with no honorific, named with their office after a comma (appositiveNames).
    const named = appositiveNames(tokens, text);
    const appositive = named.map(([first, last]) => mentionOf(ctx, first, last));
    const appositiveStarts = new Set(named.map(([first]) => first));
    // «در تماس با قاسمی‌پور، دبیر …»: a surname as a preposition's object, its office after it
    // (a person only when the article named them before, as below).
    for (const c of scanArticle(tokens, text).commas) {
      let w = c - 1;
      if (w >= 0 && tokens.kind[w] === T.Space) w--;
      let p = w - 1;
      if (p >= 0 && tokens.kind[p] === T.Space) p--;
      if (w < 0 || p < 0 || tokens.kind[w] !== T.Word || tokens.kind[p] !== T.Word) continue;
      if (NAME_PREPOSITIONS.has(foldWord(text, tokens, p))) {
        appositive.push(mentionOf(ctx, w, w));
        continue;
      }
      // «با داوود یگانه، فرماندار آبیک», «از دست سعید نادری‌فر، مدیرکل …»: a given name and a
      // surname after any word, a person at first mention (appositiveNames has those that open a clause).
      let q = p - 1;
      if (q >= 0 && tokens.kind[q] === T.Space) q--;
      if (q >= 0 && tokens.kind[q] === T.Word && isGivenName(tokens.fhash[p]) && !appositiveStarts.has(p)) appositive.push(mentionOf(ctx, p, w));
    }
    const cache = new Map<number, string[] | null>();
    // «مدیرکل …، علیرضا فرهمند، گفت»: people named after their office.
    const titledFirst = new Map<number, { mention: Mention; title: TitlePhrase }>();
    for (const c of scanArticle(tokens, text).nameCommas) {
      const t = titleBefore(ctx, c, cache);
      if (t && !titledFirst.has(t.mention.words[0].first)) titledFirst.set(t.mention.words[0].first, t);
    }
    for (const t of titledFirst.values()) appositive.push(t.mention);
    const all = appositive.length ? [...introduced, ...appositive].sort((a, b) => a.words[0].first - b.words[0].first) : introduced;
    if (all.length < 2) return;
    const seen = new Map<string, Titled[]>();
    // A title phrase never runs into the next person («… وزیر نیرو و دکتر حسن محمدی …»).
    const honorificAt = new Set(introduced.map((m) => m.honorifics[0].first));
    for (const found of all) {
      let m = found;
      // «نیک فرجام، مدیرکل …» after «بهزاد نیک‌فرجام»: two words that make a surname named before,
      // after an honorific too («سرهنگ رضوانی فر» after «سرهنگ حمید رضوانی‌فر») where the last
      // word names no one yet.
      const joined = joinedName(m);
      if (joined && seen.has(joined) && (!m.honorifics.length || !seen.has(m.surname))) m = { ...m, surname: joined, firstName: '' };
      // A surname alone before «، <office>» is a person only when the article named them before.
      if (!m.honorifics.length && m.words.length === 1 && !seen.has(m.surname)) continue;
      const before = titledFirst.get(found.words[0].first);
      const t = before && before.mention === found ? before.title : titleAfter(ctx, m, honorificAt, cache);
      if (!t) continue;
      const last = m.words[m.words.length - 1];
      const { firstName: first } = m;
      const surname = m.surname.replace(/\u200c/g, '');
      const cur: Titled = { mention: m, surname, first, ...t };
      const list = seen.get(surname) ?? [];
      for (const prev of list) {
        if (prev.first && cur.first && prev.first !== cur.first) continue;
        if (!contradict(prev.words, cur.words)) continue;
        const was = text.slice(prev.start, prev.end);
        const now = text.slice(cur.start, cur.end);
        // A surname read from two words shows both («رضوانی فر»).
        const name = text.slice(joined && m.surname === joined ? m.words[m.words.length - 2].start : last.start, last.end);
        ctx.report({
          start: cur.start,
          end: cur.end,
          message: {
            fa: `«${name}» پیش‌تر با سمت دیگری آمده است: «${was}»، اینجا «${now}»`,
            en: `“${name}” was given another title earlier: “${was}”, here “${now}”`,
          },
          related: [{ start: prev.start, end: prev.end, message: { fa: `«${was}»`, en: `“${was}”` } }],
        });
        break;
      }
      list.push(cur);
      seen.set(surname, list);
    }
  },
  tests: {
    valid: [
      // The ministry's full name and a shortening of it.
      'علی رضوی، مدیرکل میراث فرهنگی، گردشگری و صنایع‌دستی استان یزد، گفت. رضوی، مدیرکل میراث فرهنگی استان یزد، افزود.',
      // One office named two ways, and a shortened or qualified mention of it.
      'دکتر کاظمی معاون وزیر نیرو گفت. دکتر کاظمی معاون وزارت نیرو افزود.',
      'حجت‌الاسلام محسنی، رئیس قوه قضاییه، گفت. حجت‌الاسلام محسنی، رئیس دستگاه قضا، افزود.',
      'عباس قاسمی‌نسب، مدیرکل غله و خدمات بازرگانی استان گلستان، گفت. قاسمی‌نسب، مدیرکل غله و خدمات بازرگانی استان، افزود.',
      'علی صالحی، رئیس کل بانک مرکزی، گفت. صالحی، رئیس فعلی بانک مرکزی، افزود.',
      'علی صالحی، معاون اقتصادی بانک مرکزی، گفت. صالحی، معاون بانک مرکزی، افزود.',
      'ناصر حیدری، معاون فنی و عمرانی شهرداری، گفت. حیدری، معاون عمرانی شهرداری، افزود.',
      'ناصر حیدری، معاون برنامه‌ریزی شهرداری تهران، گفت. حیدری، معاون برنامه‌ریزی و توسعه شهرداری، افزود.',
      'حجت‌الاسلام خاموشی رئیس سازمان اوقاف و امور خیریه گفت. حجت‌الاسلام خاموشی، رئیس سازمان اوقاف افزود.',
      'دکتر عارف معاون اول رئیس‌جمهور گفت. دکتر عارف افزود.',
      'حجت‌الاسلام خاموشی رئیس سازمان اوقاف در دیدار با وزیر گفت. حجت‌الاسلام خاموشی رئیس سازمان اوقاف در نشست خبری افزود.',
      'دکتر علی محمدی وزیر نیرو و دکتر حسن محمدی وزیر نفت',
      'آقای احمدی نماینده مردم تهران در مجلس گفت. آقای احمدی نماینده تهران افزود.',
      'سردار رادان فرمانده کل انتظامی کشور گفت. سردار رادان فرمانده فراجا افزود.',
      'دکتر عارف معاون اول رئیس‌جمهور گفت. دکتر عارف معاون اول رئیس جمهور تاکید کرد.',
      'منوچهر کیانی، رئیس سازمان سینمایی کشور، گفت. کیانی، رئیس سازمان سینمایی، افزود.',
      // A surname alone, never named before, is no person to compare; other names differ.
      'کیانی، رئیس سازمان سینمایی، گفت. کیانی، رئیس سازمان صداوسیما، افزود.',
      'علی رضایی، استاندار قم، گفت. حسن رضایی، استاندار تهران، افزود.',
      'در همین حال، رئیس سازمان اوقاف گفت. در همین حال، رئیس سازمان تبلیغات افزود.',
      'فرشاد رحیمی، سرمربی استقلال، گفت. رحیمی، سرمربی تیم، رفت. رحیمی، سرمربی تیم فوتبال استقلال، آمد.',
      'علی رضایی، وزیر نیرو، گفت. رضایی، وزیر وقت، افزود.',
      // The same directorate, its name shortened; one governor named with and without the province's side.
      'حمید صفاری، مدیرکل راه و شهرسازی مازندران، گفت. صفاری، مدیرکل راه مازندران، افزود. رضا فرجی، استاندار آذربایجان غربی، گفت. فرجی، استاندار آذربایجان، افزود.',
      'گفت که مدیران، رئیس سازمان را دیدند. مدیران، معاون وزیر را دیدند.',
      // One deputy of one governor, shortened; one directorate named with a word less.
      'سعید رنجبر، معاون سیاسی و امنیتی استاندار همدان، گفت. رنجبر، معاون سیاسی استاندار همدان، افزود. فاطمه رستمی، مدیرکل ارشاد اسلامی خراسان شمالی، گفت. رستمی، مدیرکل فرهنگ و ارشاد خراسان شمالی، افزود.',
      // A former office describes the person; it is no second title.
      'دکتر پزشکیان رئیس‌جمهور گفت و دکتر پزشکیان، وزیر بهداشت دولت اصلاحات، افزود. دکتر رضایی وزیر سابق نفت آمد و دکتر رضایی وزیر نیرو گفت.',
      // A title before a comma that follows another name is that person's, not the next one's.
      'علی رضایی، رئیس سازمان اوقاف، حسن کاظمی، و دیگران آمدند. کاظمی، معاون وزیر ارشاد، گفت.',
      // A governorate and its governor are one: the same deputy.
      'داوود یگانه، معاون عمرانی استانداری قزوین، گفت. یگانه، معاون عمرانی استاندار قزوین، افزود.',
      // One chief executive, the title spelt apart once.
      'علی رضایی، مدیرعامل شرکت آب، گفت. رضایی، مدیر عامل شرکت آب، افزود.',
    ],
    invalid: [
      // The person met («با …»), named with a given name and an office, later with another.
      { text: 'اهالی تجمع کردند و با داوود یگانه، فرماندار آبیک، دیدار کردند. یگانه، معاون عمرانی استاندار قزوین، افزود.', output: 'اهالی تجمع کردند و با داوود یگانه، فرماندار آبیک، دیدار کردند. یگانه، معاون عمرانی استاندار قزوین، افزود.', errors: 1 },
      // Named with a given name after any word («از دست …»), later with another office.
      { text: 'او تندیس را از دست سعید نادری‌فر، مدیرکل هواشناسی گیلان، گرفت. سعید نادری‌فر، معاون پیش‌بینی سازمان هواشناسی کشور، گفت.', output: 'او تندیس را از دست سعید نادری‌فر، مدیرکل هواشناسی گیلان، گرفت. سعید نادری‌فر، معاون پیش‌بینی سازمان هواشناسی کشور، گفت.', errors: 1 },
      // A body named in one title only, in one province: two portfolios.
      { text: 'هوشنگ ملکی‌نسب، مدیرکل هواشناسی استان ایلام، گفت. ملکی‌نسب، مدیرکل مدیریت بحران استانداری ایلام، افزود.', output: 'هوشنگ ملکی‌نسب، مدیرکل هواشناسی استان ایلام، گفت. ملکی‌نسب، مدیرکل مدیریت بحران استانداری ایلام، افزود.', errors: 1 },
      // Two directorates whose names share only an adjective («اسلامی»).
      { text: 'مهدی فراهانی، مدیرکل تبلیغات اسلامی استان قزوین، گفت. فراهانی، مدیرکل فرهنگ و ارشاد اسلامی استان، افزود.', output: 'مهدی فراهانی، مدیرکل تبلیغات اسلامی استان قزوین، گفت. فراهانی، مدیرکل فرهنگ و ارشاد اسلامی استان، افزود.', errors: 1 },
      // An office whose name has a comma inside.
      { text: 'رسول امینی‌پناه، مدیرکل اوقاف و امور خیریه استان اصفهان، گفت. امینی‌پناه، مدیرکل میراث فرهنگی، گردشگری و صنایع‌دستی استان اصفهان، افزود.', output: 'رسول امینی‌پناه، مدیرکل اوقاف و امور خیریه استان اصفهان، گفت. امینی‌پناه، مدیرکل میراث فرهنگی، گردشگری و صنایع‌دستی استان اصفهان، افزود.', errors: 1 },
      // A Latin comma between the name and the office, as pasted copy has it.
      { text: 'نسرین آقاجانی، دبیر کمیته علمی المپیاد ریاضی، گفت. آقاجانی , رئیس انجمن ریاضی ایران، افزود.', output: 'نسرین آقاجانی، دبیر کمیته علمی المپیاد ریاضی، گفت. آقاجانی , رئیس انجمن ریاضی ایران، افزود.', errors: 1 },
      {
        // One office in two provinces whose names share a word; in a province and in its south;
        // two directorates of one province.
        text: 'رضا فرجی، استاندار آذربایجان غربی، گفت. فرجی، استاندار آذربایجان شرقی، افزود. غلامرضا باستانی‌نژاد، رئیس سازمان جهاد کشاورزی استان کرمان، گفت. باستانی‌نژاد، رئیس سازمان جهاد کشاورزی جنوب کرمان، افزود. حمید صفاری، مدیرکل راهداری و حمل‌ونقل جاده‌ای مازندران، گفت. صفاری، مدیرکل راه و شهرسازی مازندران، افزود.',
        output: 'رضا فرجی، استاندار آذربایجان غربی، گفت. فرجی، استاندار آذربایجان شرقی، افزود. غلامرضا باستانی‌نژاد، رئیس سازمان جهاد کشاورزی استان کرمان، گفت. باستانی‌نژاد، رئیس سازمان جهاد کشاورزی جنوب کرمان، افزود. حمید صفاری، مدیرکل راهداری و حمل‌ونقل جاده‌ای مازندران، گفت. صفاری، مدیرکل راه و شهرسازی مازندران، افزود.',
        errors: 3,
      },
      {
        // One office in two provinces, the titles differing in their last word.
        text: 'مجید غلامی‌نژاد، مدیرکل ورزش و جوانان مازندران، گفت. غلامی‌نژاد، مدیرکل ورزش و جوانان گلستان، افزود.',
        output: 'مجید غلامی‌نژاد، مدیرکل ورزش و جوانان مازندران، گفت. غلامی‌نژاد، مدیرکل ورزش و جوانان گلستان، افزود.',
        errors: 1,
      },
      {
        // A blessing inside a title («… امام خمینی(ره) استان کردستان»).
        text: 'جلال شریفی‌نیا، مدیرکل کمیته امداد امام خمینی(ره) استان کردستان، گفت. شریفی‌نیا، مدیرکل بهزیستی استان کردستان، افزود.',
        output: 'جلال شریفی‌نیا، مدیرکل کمیته امداد امام خمینی(ره) استان کردستان، گفت. شریفی‌نیا، مدیرکل بهزیستی استان کردستان، افزود.',
        errors: 1,
      },
      {
        // A name as a preposition's object, its office after it.
        text: 'رضا قاسمی‌پور، رئیس فدراسیون وزنه‌برداری، گفت. وزیر در تماس با قاسمی‌پور، دبیر فدراسیون وزنه‌برداری، تبریک گفت.',
        output: 'رضا قاسمی‌پور، رئیس فدراسیون وزنه‌برداری، گفت. وزیر در تماس با قاسمی‌پور، دبیر فدراسیون وزنه‌برداری، تبریک گفت.',
        errors: 1,
      },
      {
        // Two deputies of one body, named in full once and by its kind once.
        text: 'فرزانه قاسملو، معاون فنی مرکز آمار ایران، گفت. قاسملو، معاون آمارهای اقتصادی مرکز، افزود.',
        output: 'فرزانه قاسملو، معاون فنی مرکز آمار ایران، گفت. قاسملو، معاون آمارهای اقتصادی مرکز، افزود.',
        errors: 1,
      },
      {
        // A surname written with a space after the person was named («نیک فرجام»).
        text: 'بهزاد نیک‌فرجام، دبیر جشنواره، گفت. نیک فرجام، مدیرکل فرهنگ و ارشاد اسلامی استان کرمان، افزود.',
        output: 'بهزاد نیک‌فرجام، دبیر جشنواره، گفت. نیک فرجام، مدیرکل فرهنگ و ارشاد اسلامی استان کرمان، افزود.',
        errors: 1,
      },
      {
        // «صنعت، معدن و تجارت»: a comma inside an office's name does not end the title.
        text: 'علیرضا جهانبخش، مدیرکل صنعت، معدن و تجارت استان، گفت. جهان بخش، مدیرکل آموزش و پرورش استان زنجان، افزود.',
        output: 'علیرضا جهانبخش، مدیرکل صنعت، معدن و تجارت استان، گفت. جهان بخش، مدیرکل آموزش و پرورش استان زنجان، افزود.',
        errors: 1,
      },
      {
        // A holy figure's name with its blessing inside an institution's name starts no new
        // person, and a shorter name of the same body in another province contradicts it.
        text: 'علیرضا محبی، مدیرکل کمیته امداد امام خمینی(ره) استان زنجان، گفت. محبی، مدیرکل کمیته امداد استان قزوین، افزود.',
        output: 'علیرضا محبی، مدیرکل کمیته امداد امام خمینی(ره) استان زنجان، گفت. محبی، مدیرکل کمیته امداد استان قزوین، افزود.',
        errors: 1,
      },
      {
        // A ministry named by the first part of its name is the same body: two portfolios under it.
        text: 'محمدصادق تاج‌بخش، معاون پژوهش و فناوری وزیر علوم، تحقیقات و فناوری، گفت. تاج‌بخش، معاون آموزشی وزیر علوم، افزود.',
        output: 'محمدصادق تاج‌بخش، معاون پژوهش و فناوری وزیر علوم، تحقیقات و فناوری، گفت. تاج‌بخش، معاون آموزشی وزیر علوم، افزود.',
        errors: 1,
      },
      {
        // A title of twelve words is read whole.
        text: 'مجید فیض‌آبادی، رئیس اداره حفاظت محیط زیست مشهد، گفت. فیض‌آبادی، معاون حفاظت و مدیریت شکار اداره کل حفاظت محیط زیست خراسان رضوی، افزود.',
        output: 'مجید فیض‌آبادی، رئیس اداره حفاظت محیط زیست مشهد، گفت. فیض‌آبادی، معاون حفاظت و مدیریت شکار اداره کل حفاظت محیط زیست خراسان رضوی، افزود.',
        errors: 1,
      },
      {
        // «کارشناس» and «دهیار» head titles of office too.
        text: 'فرزاد بلوچ‌زهی، کارشناس مرکز بهداشت سراوان، گفت. بلوچ‌زهی، رئیس مرکز بهداشت سراوان، افزود. حسین رحیمی‌نژاد، رئیس شورای روستا، گفت. رحیمی‌نژاد، دهیار کیسم، افزود.',
        output: 'فرزاد بلوچ‌زهی، کارشناس مرکز بهداشت سراوان، گفت. بلوچ‌زهی، رئیس مرکز بهداشت سراوان، افزود. حسین رحیمی‌نژاد، رئیس شورای روستا، گفت. رحیمی‌نژاد، دهیار کیسم، افزود.',
        errors: 2,
      },
      {
        // The same after an honorific («سرهنگ رضوانی فر»).
        text: 'سرهنگ حمید رضوانی‌فر، رئیس پلیس امنیت اقتصادی استان، گفت. سرهنگ رضوانی فر، معاون اجتماعی فرماندهی انتظامی استان، افزود.',
        output: 'سرهنگ حمید رضوانی‌فر، رئیس پلیس امنیت اقتصادی استان، گفت. سرهنگ رضوانی فر، معاون اجتماعی فرماندهی انتظامی استان، افزود.',
        errors: 1,
      },
      {
        // Two directorates of one province, named once with the province and once without.
        text: 'الهام قربانی، مدیرکل فرهنگ و ارشاد اسلامی استان سمنان، گفت. قربانی، مدیرکل کتابخانه‌های عمومی استان، افزود.',
        output: 'الهام قربانی، مدیرکل فرهنگ و ارشاد اسلامی استان سمنان، گفت. قربانی، مدیرکل کتابخانه‌های عمومی استان، افزود.',
        errors: 1,
      },
      {
        // Two deputies of one governor; two directorates of a province named in two words; a
        // deputy minister and the minister (the shorter title drops the head: no shortening).
        text: 'سعید رنجبر، معاون هماهنگی امور عمرانی استاندار همدان، گفت. رنجبر، معاون سیاسی و امنیتی استاندار همدان، افزود. فاطمه رستمی، مدیرکل کتابخانه‌های عمومی خراسان شمالی، گفت. رستمی، مدیرکل فرهنگ و ارشاد اسلامی خراسان شمالی، افزود. علیرضا پیمانی، معاون وزیر صنعت، گفت. پیمانی، وزیر صنعت، افزود.',
        output: 'سعید رنجبر، معاون هماهنگی امور عمرانی استاندار همدان، گفت. رنجبر، معاون سیاسی و امنیتی استاندار همدان، افزود. فاطمه رستمی، مدیرکل کتابخانه‌های عمومی خراسان شمالی، گفت. رستمی، مدیرکل فرهنگ و ارشاد اسلامی خراسان شمالی، افزود. علیرضا پیمانی، معاون وزیر صنعت، گفت. پیمانی، وزیر صنعت، افزود.',
        errors: 3,
      },
      {
        // Two heads of two kinds of body; a counsellor is no ambassador.
        text: 'دکتر کامران یکتاپور، رئیس نظام پزشکی کرج، گفت. یکتاپور، رئیس دانشگاه علوم پزشکی البرز، افزود. سید مجید رضوانی، رایزن بازرگانی ایران در بغداد، گفت. رضوانی، سفیر ایران در بغداد، افزود.',
        output: 'دکتر کامران یکتاپور، رئیس نظام پزشکی کرج، گفت. یکتاپور، رئیس دانشگاه علوم پزشکی البرز، افزود. سید مجید رضوانی، رایزن بازرگانی ایران در بغداد، گفت. رضوانی، سفیر ایران در بغداد، افزود.',
        errors: 2,
      },
      {
        // A name after a clause's opening words («در این میان», «همچنین»).
        text: 'رضا کاظمینی، سخنگوی وزارت آموزش و پرورش، گفت. در این میان کاظمینی، معاون آموزش ابتدایی وزارت آموزش و پرورش، افزود.',
        output: 'رضا کاظمینی، سخنگوی وزارت آموزش و پرورش، گفت. در این میان کاظمینی، معاون آموزش ابتدایی وزارت آموزش و پرورش، افزود.',
        errors: 1,
      },
      {
        // One office in two provinces.
        text: 'عباس قاسمی‌نسب، مدیرکل غله و خدمات بازرگانی استان گلستان، گفت. قاسمی‌نسب، مدیرکل غله و خدمات بازرگانی استان خوزستان، افزود.',
        output: 'عباس قاسمی‌نسب، مدیرکل غله و خدمات بازرگانی استان گلستان، گفت. قاسمی‌نسب، مدیرکل غله و خدمات بازرگانی استان خوزستان، افزود.',
        errors: 1,
      },
      {
        // One head over two kinds of body.
        text: 'رضا دلاوری‌فرد، رئیس سازمان فضایی ایران، گفت. دلاوری‌فرد، رئیس پژوهشگاه فضایی ایران، افزود.',
        output: 'رضا دلاوری‌فرد، رئیس سازمان فضایی ایران، گفت. دلاوری‌فرد، رئیس پژوهشگاه فضایی ایران، افزود.',
        errors: 1,
      },
      {
        // A name after «با حضور», and the surname later written with its ending apart.
        text: 'جلسه با حضور حسین رستمی‌نژاد، رئیس دیوان محاسبات کشور، برگزار شد. حسین رستمی نژاد، دادستان دیوان محاسبات کشور، گفت.',
        output: 'جلسه با حضور حسین رستمی‌نژاد، رئیس دیوان محاسبات کشور، برگزار شد. حسین رستمی نژاد، دادستان دیوان محاسبات کشور، گفت.',
        errors: 1,
      },
      {
        // Two portfolios named by nouns under one body, no word in common.
        text: 'ناصر حیدری، معاون برنامه‌ریزی و توسعه شهرداری، گفت. در پایان نیز حیدری، معاون حمل‌ونقل و ترافیک شهرداری، افزود.',
        output: 'ناصر حیدری، معاون برنامه‌ریزی و توسعه شهرداری، گفت. در پایان نیز حیدری، معاون حمل‌ونقل و ترافیک شهرداری، افزود.',
        errors: 1,
      },
      {
        // Two portfolios under one body; the first name follows a Latin comma of pasted copy.
        text: 'به گزارش ایرنا , حسین قاسمی‌فر، معاون ارزی بانک مرکزی، گفت. قاسمی‌فر، معاون اقتصادی بانک مرکزی، افزود.',
        output: 'به گزارش ایرنا , حسین قاسمی‌فر، معاون ارزی بانک مرکزی، گفت. قاسمی‌فر، معاون اقتصادی بانک مرکزی، افزود.',
        errors: 1,
      },
      {
        text: 'حجت‌الاسلام خاموشی رئیس سازمان اوقاف گفت. حجت‌الاسلام خاموشی، رئیس سازمان تبلیغات اسلامی افزود.',
        output: 'حجت‌الاسلام خاموشی رئیس سازمان اوقاف گفت. حجت‌الاسلام خاموشی، رئیس سازمان تبلیغات اسلامی افزود.',
        errors: 1,
      },
      {
        text: 'دکتر محمدی وزیر نیرو گفت. دکتر محمدی وزیر نفت افزود.',
        output: 'دکتر محمدی وزیر نیرو گفت. دکتر محمدی وزیر نفت افزود.',
        errors: 1,
      },
      {
        // Offices of different kinds: reported (information), the editor knows whether one person holds both.
        text: 'مهندس اسلامی رئیس سازمان انرژی اتمی گفت. مهندس اسلامی معاون رئیس‌جمهور افزود.',
        output: 'مهندس اسلامی رئیس سازمان انرژی اتمی گفت. مهندس اسلامی معاون رئیس‌جمهور افزود.',
        errors: 1,
      },
      {
        text: 'بهروز ملکی، سرمربی سپاهان، گفت. ملکی، مدیرعامل باشگاه، افزود.',
        output: 'بهروز ملکی، سرمربی سپاهان، گفت. ملکی، مدیرعامل باشگاه، افزود.',
        errors: 1,
      },
      {
        text: 'منوچهر کیانی، رئیس سازمان سینمایی، گفت. کیانی، رئیس سازمان صداوسیما، افزود.',
        output: 'منوچهر کیانی، رئیس سازمان سینمایی، گفت. کیانی، رئیس سازمان صداوسیما، افزود.',
        errors: 1,
      },
      {
        text: 'علی رضایی، استاندار قم، گفت. علی رضایی، استاندار تهران، افزود.',
        output: 'علی رضایی، استاندار قم، گفت. علی رضایی، استاندار تهران، افزود.',
        errors: 1,
      },
      {
        text: 'در این بازدید استاندار، و رضا قلی‌پور، فرماندار این شهرستان، حضور داشتند. قلی‌پور، بخشدار مرکزی، گفت.',
        output: 'در این بازدید استاندار، و رضا قلی‌پور، فرماندار این شهرستان، حضور داشتند. قلی‌پور، بخشدار مرکزی، گفت.',
        errors: 1,
      },
      // One coach of two clubs; the later name follows «که».
      {
        text: 'فرشاد رحیمی‌نژاد، سرمربی استقلال، گفت. این در حالی است که رحیمی‌نژاد، سرمربی سپاهان، رفت.',
        output: 'فرشاد رحیمی‌نژاد، سرمربی استقلال، گفت. این در حالی است که رحیمی‌نژاد، سرمربی سپاهان، رفت.',
        errors: 1,
      },
      // The later name follows «به گفته».
      {
        text: 'سعید کاظمی، مدیرعامل صندوق رفاه، گفت. به گفته کاظمی، رئیس سازمان امور دانشجویان، کار تمام شد.',
        output: 'سعید کاظمی، مدیرعامل صندوق رفاه، گفت. به گفته کاظمی، رئیس سازمان امور دانشجویان، کار تمام شد.',
        errors: 1,
      },
      // A title phrase of seven words, ended by «به».
      {
        text: 'محمدرضا طاهرخانی، رئیس شعبه سوم دادگاه ویژه رسیدگی به جرائم، گفت. طاهرخانی، دادستان تهران، افزود.',
        output: 'محمدرضا طاهرخانی، رئیس شعبه سوم دادگاه ویژه رسیدگی به جرائم، گفت. طاهرخانی، دادستان تهران، افزود.',
        errors: 1,
      },
      // The office before the name at first mention («مدیرکل …، علیرضا فرهمند، گفت»).
      { text: 'مدیرکل بهزیستی خراسان رضوی، علیرضا فرهمند، گفت: دوره برگزار می‌شود. فرهمند، معاون توان‌بخشی سازمان بهزیستی کشور، افزود.', output: 'مدیرکل بهزیستی خراسان رضوی، علیرضا فرهمند، گفت: دوره برگزار می‌شود. فرهمند، معاون توان‌بخشی سازمان بهزیستی کشور، افزود.', errors: 1 },
      // «مربی» (a coach) is an office: a coach of one team, later head coach of another.
      { text: 'یوسف شکوهی، مربی تیم ملی کشتی آزاد، گفت. شکوهی، سرمربی تیم ملی کشتی فرنگی، افزود.', output: 'یوسف شکوهی، مربی تیم ملی کشتی آزاد، گفت. شکوهی، سرمربی تیم ملی کشتی فرنگی، افزود.', errors: 1 },
      // A name after a time that opens the clause («ساعتی بعد», «روز بعد»).
      { text: 'کامران طاهرخانی، مدیرکل تأمین اجتماعی استان مرکزی، گفت. ساعتی بعد طاهرخانی، معاون امور اقتصادی استاندار مرکزی، افزود.', output: 'کامران طاهرخانی، مدیرکل تأمین اجتماعی استان مرکزی، گفت. ساعتی بعد طاهرخانی، معاون امور اقتصادی استاندار مرکزی، افزود.', errors: 1 },
      // A sports board («هیئت») and an office («اداره») are two bodies.
      { text: 'علیرضا نظری‌پناه، رئیس هیئت ووشوی استان ایلام، گفت. نظری‌پناه، رئیس اداره ورزش و جوانان دهلران، افزود.', output: 'علیرضا نظری‌پناه، رئیس هیئت ووشوی استان ایلام، گفت. نظری‌پناه، رئیس اداره ورزش و جوانان دهلران، افزود.', errors: 1 },
      // Portfolios serving two bodies or offices: a municipality's deputy, the governor's deputy.
      { text: 'فرهاد نیک‌منش، معاون امور اجتماعی شهرداری شیراز، گفت. نیک‌منش، معاون سیاسی استاندار فارس، افزود.', output: 'فرهاد نیک‌منش، معاون امور اجتماعی شهرداری شیراز، گفت. نیک‌منش، معاون سیاسی استاندار فارس، افزود.', errors: 1 },
      // «مدیر عامل» spaced is the office «مدیرعامل», not a «مدیر» of some other portfolio.
      { text: 'کیوان طاهری‌پور، مدیر امور مسافری بنادر بوشهر، گفت. طاهری‌پور، مدیر عامل شرکت کشتیرانی جنوب، افزود.', output: 'کیوان طاهری‌پور، مدیر امور مسافری بنادر بوشهر، گفت. طاهری‌پور، مدیر عامل شرکت کشتیرانی جنوب، افزود.', errors: 1 },
    ],
  },
};
