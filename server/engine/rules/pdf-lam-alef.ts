import { foldedHash, T } from '../tokenize';
import type { Rule, TextEdit } from '../types';
import { changeTitle } from '../shared-texts';
import { Folded, foldWithMap, PdfLexicon, pdfLexicon, tokenContaining, WordCache } from '../morphology/segment';
import { fold } from '../chars';
import type { RuleContext } from '../context';

/** Folded index and length of the repair in a word, or null (no repair). */
/** Repairs of a word as [folded index, length] pairs, or null. */
const verdicts = new WordCache<[number, number][]>();

/** [damaged sentence, repaired sentence]: «لا» extracted from a PDF as «ال» (or «الا»). */
const BROKEN: [string, string][] = [
  // A dictionary form «…ت» (your …) whose repair is a common word: the repair («مجالت» → «مجلات»).
  ['در محالت قدیمی مجالت علمی را ورق زد.', 'در محلات قدیمی مجلات علمی را ورق زد.'],
  ['اطالعات تکمیلی منتشر شد.', 'اطلاعات تکمیلی منتشر شد.'],
  // A text whose very first letter is «ل» is searched on past it.
  ['لایحهٔ اطالعات رسید.', 'لایحهٔ اطلاعات رسید.'],
  ['حضور همه اعضا الزم است.', 'حضور همه اعضا لازم است.'],
  ['اصالح قانون در دستور کار است.', 'اصلاح قانون در دستور کار است.'],
  ['اسناد باالدستی رعایت شود.', 'اسناد بالادستی رعایت شود.'],
  ['این بخشنامه به استان‌ها ابالغ شد.', 'این بخشنامه به استان‌ها ابلاغ شد.'],
  ['مدیرکل از اعالم نتایج خبر داد.', 'مدیرکل از اعلام نتایج خبر داد.'],
  ['جمهوری اسالمی ایران', 'جمهوری اسلامی ایران'],
  ['تالش مسئوالن ادامه دارد.', 'تلاش مسئولان ادامه دارد.'],
  ['قیمت دالر کاهش یافت.', 'قیمت دلار کاهش یافت.'],
  ['عالوه بر این، طرح دیگری هم هست.', 'علاوه بر این، طرح دیگری هم هست.'],
  ['انقالب اسالمی', 'انقلاب اسلامی'],
  // A town's name is read as a broken word unless a word before it leads to a place, and then
  // on a line whose lam-alefs are broken elsewhere too.
  ['دین اسالم و تالش مسئوالن', 'دین اسلام و تلاش مسئولان'],
  ['از تالش شبانه‌روزی کارگران قدردانی کرد.', 'از تلاش شبانه‌روزی کارگران قدردانی کرد.'],
  ['فعالیت‌های کالن اقتصادی', 'فعالیت‌های کلان اقتصادی'],
  ['کاالهای وارداتی', 'کالاهای وارداتی'],
  ['سالمت مردم', 'سلامت مردم'],
  ['اخالق حرفه‌ای', 'اخلاق حرفه‌ای'],
  ['صالحیت نامزدها تأیید شد.', 'صلاحیت نامزدها تأیید شد.'],
  ['استقالل تیم', 'استقلال تیم'],
  ['اختالف نظر', 'اختلاف نظر'],
  ['مالقات وزیر با سفیر', 'ملاقات وزیر با سفیر'],
  ['اطالعیه روابط عمومی', 'اطلاعیه روابط عمومی'],
  ['بالفاصله پس از جلسه', 'بلافاصله پس از جلسه'],
  ['حوزه علمیه اطالع داد.', 'حوزه علمیه اطلاع داد.'],
  ['این مبلغ به حساب واریز شد و اطالعات آن ثبت شد.', 'این مبلغ به حساب واریز شد و اطلاعات آن ثبت شد.'],
  ['اطلاعات و اطالعات', 'اطلاعات و اطلاعات'],
  ['اطالعات را با ي و ك عربی نوشته‌اند: اطالعاتي', 'اطلاعات را با ي و ك عربی نوشته‌اند: اطلاعاتي'],
  ['ماليات و اطالعيه', 'ماليات و اطلاعيه'],
  ['عالقه‌مندان به کتاب', 'علاقه‌مندان به کتاب'],
  ['حجت‌االسالم موسوی', 'حجت‌الاسلام موسوی'],
  ['حضرت معصومه سالم‌الله‌علیها', 'حضرت معصومه سلام‌الله‌علیها'],
  ['کالس‌های آموزشی', 'کلاس‌های آموزشی'],
  ['ارتقای کیفیت و اعتالی فرهنگ', 'ارتقای کیفیت و اعتلای فرهنگ'],
  // Stored under its own form: «اقلام» is no inflection of «اقلا» to the run-time look-up.
  ['اقالم اساسی به بازار رسید.', 'اقلام اساسی به بازار رسید.'],
  // The dictionary lists «والدت» (your father), rare in press copy; «ولادت» (birth) is common.
  ['در سالروز والدت امام رضا (ع)', 'در سالروز ولادت امام رضا (ع)'],
  // Read only as a rare word with endings («متال» + «ش» + «ی»); the repair is a common word.
  ['باند سارقان خودرو متالشی شد.', 'باند سارقان خودرو متلاشی شد.'],
];

/** Real words with «ال» that a repair would wrongly turn into another word. */
const INTACT = [
  // Other persons' endings stay: «مالکش» is its owner, no «ملاکش».
  'مالکش آمد و حالش خوب است.',
  // A kept dictionary word with a plural ending: the governors «والیان», no «ولایان».
  'در دوره والیان اردلان',
  'جاده خلخال به اسالم بسته شد و در ارتفاعات تالش برف آمد.',
  // Two words joined by the writer's ZWNJ, each a word: no lam-alef to repair across it.
  'زیستگاه قزل‌آلای خال‌قرمز است.',
  // A known word and «است» run together: the run rule's, no «فعلا» + «ست».
  'چهار کارگاه در آن فعالاست.',
  'بیش از هزار عضو فعالاند.',
  'مطالعه این گزارش را توصیه می‌کنیم.',
  'سال گذشته بودجه افزایش یافت.',
  'حال بیماران خوب است.',
  'امسال جشنواره برگزار شد.',
  'الگوی مصرف تغییر کرد.',
  'البته این طرح ادامه دارد.',
  'در این حالت سامانه خاموش است.',
  'خالص دارایی‌ها افزایش یافت.',
  'ارسال مدارک تا فردا ادامه دارد.',
  'سالن همایش‌ها آماده است.',
  'الماس و طلا در بازار',
  'آیت‌الله العظمی',
  'نمایشگاه بین‌المللی',
  'حجت‌الاسلام والمسلمین',
  'فعال‌ترین تیم لیگ',
  'فعالان اقتصادی',
  'مثال‌های متعدد',
  'احتمال بارش باران',
  'اعمال قانون',
  'ماه شوال',
  'الان در جلسه هستیم.',
  'سالم و تندرست',
  'کمال‌الملک نقاش بود.',
  'شمال و جنوب کشور',
  'خالی از سکنه',
  'مالی و اداری',
  'استان البرز',
  'نشانی https://example.com/اطالعات را ببینید.',
  { text: 'کد `اطالعات` در مارک‌داون دست نمی‌خورد.', markdown: true },
  '۲۶۰ ویال بوتاکس کشف شد.',
  // A dictionary word with an ending stays, though its repair is a word: «حالتی», «مالکی».
  'در حالتی که مالکی برای آن پیدا نشد، عالمی دیگر ساخت.',
];

const LAM = 0x0644;
const MAX_WORD = 40;
const ALEF = 0x0627;

/**
 * The repair of a word, or of one of its ZWNJ-joined parts («عالقه‌مندان»: the part «عالقه»),
 * as [folded index, length] pairs.
 */
function repairOf(lexicon: PdfLexicon, text: string, f: Folded): [number, number][] | null {
  const whole = lexicon.lamRepair(f.text);
  if (whole) return whole.edits;
  let from = 0;
  for (let k = 1; k <= f.text.length; k++) {
    const cut = k === f.text.length || (f.at[k] - f.at[k - 1] > 1 && text.charCodeAt(f.at[k] - 1) === 0x200c);
    if (!cut) continue;
    const part = f.text.slice(from, k);
    // A part is a word if the lexicon has it either way, as for the whole word («خال‌قرمز»).
    if (k - from >= 3 && part !== f.text && part.includes('ال') && !lexicon.anyWord(part)) {
      const r = lexicon.lamRepair(part);
      if (r) return r.edits.map(([q, n]) => [q + from, n]);
    }
    from = k;
  }
  return null;
}

/** Towns whose names read as a broken lam-alef word (folded). */
const PLACES = new Set(['اسالم', 'تالش']);
/** Words a place name follows («شهرستان تالش», «ارتفاعات تالش», «خلخال به اسالم»). */
const PLACE_CUES = new Set(['شهرستان', 'شهر', 'ارتفاعات', 'جاده', 'منطقه', 'بخش', 'کوههای', 'روستای', 'محور', 'گردنه', 'مسیر', 'استان', 'به', 'تا']);

function afterPlaceCue(ctx: RuleContext, i: number): boolean {
  const k = ctx.prevNonSpace(i);
  return k >= 0 && ctx.tokens.kind[k] === T.Word && PLACE_CUES.has(fold(ctx.tokenText(k)).replace(/\u200c/g, ''));
}

interface Repair {
  s: number;
  e: number;
  word: string;
  fixed: string;
  edits: TextEdit[];
}

function reportRepair(ctx: RuleContext, r: Repair): void {
  ctx.report({
    start: r.s,
    end: r.e,
    message: {
      fa: `لام‌الف شکسته (متن چسبانده از PDF): «${r.word}» ← «${r.fixed}»`,
      en: `Broken lam-alef ligature (pasted from a PDF): “${r.word}” → “${r.fixed}”`,
    },
    fixes: [{ title: changeTitle(r.fixed), safe: false, edits: r.edits }],
  });
}

export const rule: Rule = {
  meta: {
    id: 'pdf-lam-alef',
    family: 'pdf',
    severity: 'warning',
    fixable: 'suggest',
    section: '§6',
    title: { fa: 'لام‌الف شکسته (متن چسبانده از PDF)', en: 'Broken lam-alef ligature (text pasted from a PDF)' },
    description: {
      fa: 'در متن برگرفته از PDF، «لا» گاهی «ال» می‌شود: «اطالعات» به‌جای «اطلاعات». تنها وقتی پیشنهاد می‌شود که واژهٔ درست شناخته‌شده باشد و واژهٔ شکسته نه.',
      en: 'Text extracted from PDFs often has «ال» for the lam-alef ligature «لا» (اطالعات for اطلاعات). Suggested only when the repaired word is known and the damaged one is not.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    let lexicon: ReturnType<typeof pdfLexicon> | undefined;
    let cursor = 0;
    const held: Repair[] = [];
    const repairedAt: number[] = [];
    // Searching for the lam alone and checking the letter before it is three times faster than
    // searching for the two-letter «ال».
    for (let l = text.indexOf('ل'); l !== -1; l = text.indexOf('ل', l + 1)) {
      if (l === 0 || text.charCodeAt(l - 1) !== ALEF) continue;
      const i = tokenContaining(tokens, l - 1, cursor);
      if (i < 0) continue;
      cursor = i;
      // One visit per word: the next search starts after it.
      l = tokens.end[i] - 1;
      const n = tokens.end[i] - tokens.start[i];
      // No word is longer than MAX_WORD; a longer token is no word to repair (nor worth slicing).
      if (tokens.kind[i] !== T.Word || n < 3 || n > MAX_WORD) continue;
      const h = tokens.fhash[i];
      const s = tokens.start[i];
      const e = tokens.end[i];
      // Known words are cached as null too, so a common word costs one look-up.
      const cached = verdicts.get(text, s, e, h);
      if (cached === null || ctx.isIgnoredWord(i)) continue;
      const f = foldWithMap(text, s, e);
      let r: [number, number][] | null | undefined = cached;
      if (r === undefined) {
        lexicon ??= pdfLexicon();
        // «فعالاست» is «فعال» + «است» run together (pdf-run-together's), no «فعلاست»; «فعالاند»
        // is «فعال» + the copula «اند».
        const known = lexicon.anyWord(f.text, h) || (f.text.length >= 6 && (f.text.endsWith('است') || f.text.endsWith('اند')) && lexicon.known(f.text.slice(0, -3))) || inflectedKept(lexicon, f.text);
        r = known && !cliticReading(lexicon, f.text) && !strippedReading(lexicon, f.text, h) ? null : repairOf(lexicon, text, f);
        verdicts.set(text, s, e, h, r);
        if (!r) continue;
      }
      const edits: TextEdit[] = [];
      for (const [q, length] of r) {
        const from = f.at[q];
        const to = f.at[q + length - 1] + 1;
        // The letters themselves must be plain «ا», «ل» (no tatweel or mark between them).
        if (to - from !== length || text.charCodeAt(from) !== ALEF || text.charCodeAt(from + 1) !== LAM) break;
        edits.push({ start: from, end: to, newText: 'لا' });
      }
      if (edits.length !== r.length) continue;
      let fixed = '';
      let p = s;
      for (const ed of edits) {
        fixed += text.slice(p, ed.start) + ed.newText;
        p = ed.end;
      }
      fixed += text.slice(p, e);
      const word = text.slice(s, e);
      // «اسالم» (Asalem) and «تالش» (Talesh) are towns as well as broken «اسلام», «تلاش»: after
      // a word that leads to a place («ارتفاعات تالش», «جاده خلخال به اسالم»), repaired only on a
      // line with other broken lam-alefs, where the PDF damage shows.
      if (PLACES.has(f.text) && afterPlaceCue(ctx, i)) {
        held.push({ s, e, word, fixed, edits });
        continue;
      }
      repairedAt.push(s);
      reportRepair(ctx, { s, e, word, fixed, edits });
    }
    for (const h of held) {
      const lineStart = text.lastIndexOf('\n', h.s) + 1;
      let lineEnd = text.indexOf('\n', h.e);
      if (lineEnd < 0) lineEnd = text.length;
      if (repairedAt.some((x) => x >= lineStart && x < lineEnd)) reportRepair(ctx, h);
    }
  },
  tests: {
    valid: INTACT,
    invalid: BROKEN.map(([text, output]) => ({ text, output, unsafe: true })),
  },
};

/**
 * «والدت», «مجالت», «عالمت»: a word that is no common word but another one with the ending «ت» of
 * «you» («والد» + «ت», your father; the dictionary lists such forms), whose lam-alef repair is a
 * common word as it stands («ولادت», «مجلات», «علامت»): news copy writes the repair, hardly ever
 * «your …». Not the other persons: «مالکش» (its owner) is no «ملاکش».
 */
function cliticReading(lexicon: PdfLexicon, w: string): boolean {
  if (w.length < 4 || !w.endsWith('ت') || lexicon.words.has(w) || !lexicon.known(w.slice(0, -1))) return false;
  const repair = lexicon.lamRepair(w);
  return repair !== null && lexicon.words.has(repair.fixed);
}

/**
 * «متالشی»: a word the dictionary does not list, read only as a rarer word with endings
 * («متال» + «ش» + «ی»), whose lam-alef repair is a common word as it stands («متلاشی»).
 */
function strippedReading(lexicon: PdfLexicon, w: string, h: number): boolean {
  if (lexicon.words.has(w) || lexicon.hasWord(h)) return false;
  const repair = lexicon.lamRepair(w);
  return repair !== null && lexicon.words.has(repair.fixed);
}

/** «والیان»: a dictionary word kept whole («والی») with a plural or «ی» ending is no damage. */
function inflectedKept(lexicon: PdfLexicon, w: string): boolean {
  for (const e of ['یان', 'ان', 'های', 'ها', 'ی']) if (w.length - e.length >= 3 && w.endsWith(e) && lexicon.hasWord(foldedHash(w.slice(0, -e.length)))) return true;
  return false;
}
