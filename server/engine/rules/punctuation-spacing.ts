import { SharedTexts } from '../shared-texts';
import { opensBlessingAbbr } from '../article-scan';
import { F } from '../chars';
import type { RuleContext } from '../context';
import { T } from '../tokenize';
import type { Msg, Rule } from '../types';

/** Punctuation that takes no space before it and one space after it. */
const CLOSING = new Set([...'.،؛:؟!)»'].map((c) => c.charCodeAt(0)));
/** Punctuation that takes no space after it. */
const OPENING = new Set([...'(«'].map((c) => c.charCodeAt(0)));
const PAREN_OPEN = new Set([0x28]);
const PAREN_CLOSE = new Set([0x29]);
const GUILLEMET_CLOSE = new Set([0xbb]);
/** «،», «؛», «؟». */
const PERSIAN_MARKS = new Set([0x60c, 0x61b, 0x61f]);
const ONE_SPACE = 0x20;

function isWord(ctx: RuleContext, i: number): boolean {
  return i >= 0 && i < ctx.tokens.count && ctx.tokens.kind[i] === T.Word && !(ctx.tokens.flags[i] & F.ArabicSpan);
}

/**
 * A number, Latin word, web or e-mail address alone in parentheses in a Persian sentence: «شماره ( ۱۱۰ )»,
 * «بهداشت ( WHO )», after a Persian word. Elsewhere (a Latin line) the spaces are not ours.
 */
function aloneInParens(ctx: RuleContext, i: number): boolean {
  if (i < 0 || i >= ctx.tokens.count) return false;
  const k = ctx.tokens.kind[i];
  // A web address too («سامانه ( www.ntsw.ir )»): its spaces are not part of it.
  if (k !== T.Number && k !== T.Latin && k !== T.Url && k !== T.Email) return false;
  const open = ctx.prevNonSpace(i);
  if (!punctAt(ctx, open, PAREN_OPEN) || !punctAt(ctx, ctx.nextNonSpace(i), PAREN_CLOSE)) return false;
  return isWord(ctx, ctx.prevNonSpace(open));
}

/**
 * A number closing a Persian phrase in parentheses opened a few words before: «( داخلی ۲۱۴ )»,
 * «(بند ۴ )»; not a list item's number («و 3 ) بود»).
 */
function numberClosesParens(ctx: RuleContext, i: number): boolean {
  if (i < 0 || ctx.tokens.kind[i] !== T.Number || !isWord(ctx, ctx.prevNonSpace(i))) return false;
  for (let k = i - 1, words = 0; k >= 0 && words <= 4; k--) {
    const kind = ctx.tokens.kind[k];
    if (kind === T.Newline) return false;
    if (kind === T.Word) words++;
    else if (kind === T.Punct) return punctAt(ctx, k, PAREN_OPEN);
  }
  return false;
}

/** A number opening a Persian phrase in parentheses after a Persian word: «هنرجویان ( 32 ساله )», «کرد ( ۱۴ پرونده )». */
function numberOpensParens(ctx: RuleContext, i: number): boolean {
  if (i < 0 || i >= ctx.tokens.count || ctx.tokens.kind[i] !== T.Number) return false;
  const open = ctx.prevNonSpace(i);
  return punctAt(ctx, open, PAREN_OPEN) && isWord(ctx, ctx.prevNonSpace(open)) && isWord(ctx, ctx.nextNonSpace(i));
}

/**
 * «…» .», «(BRT) ،»: a mark after a closing guillemet, or a Persian mark after a closing
 * parenthesis (whose inside may be Latin), with a space between.
 */
function afterClosingMark(ctx: RuleContext, i: number, c: number): boolean {
  if (c === 0x29 || c === 0xbb) return false;
  if (punctAt(ctx, i - 2, GUILLEMET_CLOSE)) return true;
  return PERSIAN_MARKS.has(c) && punctAt(ctx, i - 2, PAREN_CLOSE);
}

/**
 * «رویداد۲۴ ،», «BBC ؛»: a Persian mark after a number or a Latin word. The mark itself says the
 * sentence is Persian; other marks after those tokens may belong to Latin text.
 */
function persianMarkAfterToken(ctx: RuleContext, i: number, c: number): boolean {
  if (!PERSIAN_MARKS.has(c)) return false;
  const k = ctx.tokens.kind[i - 2];
  return k === T.Number || k === T.Latin;
}

const DOT = new Set([0x2e]);
/** Endings a writer puts in parentheses as optional: «بسته‌(ها)ی», «فایل(های)». */
const OPTIONAL_ENDINGS = new Set(['ها', 'های', 'هایی', 'ی', 'ای', 'ان', 'یان', 'ات']);

/** Whether the "." at token i ends a run of three or more after a word: an ellipsis, «بود...». */
function ellipsisAfterWord(ctx: RuleContext, i: number): boolean {
  let j = i - 1;
  while (punctAt(ctx, j, DOT)) j--;
  return i - j >= 3 && isWord(ctx, j);
}

function oneLetter(ctx: RuleContext, i: number): boolean {
  return isWord(ctx, i) && ctx.tokens.end[i] - ctx.tokens.start[i] === 1;
}

function punctAt(ctx: RuleContext, i: number, set: Set<number>): boolean {
  return i >= 0 && i < ctx.tokens.count && ctx.tokens.kind[i] === T.Punct && set.has(ctx.text.charCodeAt(ctx.tokens.start[i]));
}

function plainSpaces(text: string, s: number, e: number): boolean {
  for (let p = s; p < e; p++) if (text.charCodeAt(p) !== ONE_SPACE) return false;
  return true;
}

const MESSAGES = new SharedTexts();
const REMOVE_SPACE: Msg = Object.freeze({ fa: 'حذف فاصله', en: 'Remove the space' });
const ADD_SPACE: Msg = Object.freeze({ fa: 'افزودن فاصله', en: 'Add a space' });
const USE_ONE_SPACE: Msg = Object.freeze({ fa: 'یک فاصله', en: 'Use one space' });
const MANY_SPACES: Msg = Object.freeze({ fa: 'بیش از یک فاصله میان دو واژه', en: 'More than one space between words' });

/**
 * Spaces inside the parentheses of a blessing abbreviation («( ره )») are blessing-spacing's,
 * which fixes the whole form at once; reporting them here too gave three findings for one.
 */
function closesBlessingAbbr(ctx: RuleContext, close: number): boolean {
  const open = ctx.prevNonSpace(ctx.prevNonSpace(close));
  return punctAt(ctx, open, PAREN_OPEN) && opensBlessingAbbr(ctx.tokens, ctx.text, open);
}

export const rule: Rule = {
  meta: {
    id: 'punctuation-spacing',
    family: 'punctuation',
    severity: 'warning',
    fixable: 'fix',
    section: '§5',
    title: { fa: 'فاصله‌گذاری نشانه‌های نگارشی', en: 'Spacing around punctuation' },
    description: {
      fa: 'پیش از . ، ؛ : ؟ ! ) » فاصله نمی‌آید و پس از آنها یک فاصله؛ پیش از ( و « یک فاصله و درون پرانتز و گیومه فاصله نمی‌آید؛ میان دو واژه یک فاصله.',
      en: 'No space before . ، ؛ : ؟ ! ) », one space after; one space before ( and «, none inside ( ) or « »; one space between words.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const { kind, start, end } = tokens;
    const n = tokens.count;
    const removeSpace = (i: number, from: number, to: number, message: Msg) =>
      ctx.reportEdit(from, to, message, REMOVE_SPACE, start[i], end[i], '');
    const singleLineSpace = (i: number) =>
      kind[i] === T.Space && i > 0 && i + 1 < n && kind[i - 1] !== T.Newline && kind[i + 1] !== T.Newline && plainSpaces(text, start[i], end[i]);
    const punctTokens = ctx.indexesOf(T.Punct);
    for (let ti = 0; ti < punctTokens.length; ti++) {
      const i = punctTokens[ti];
      const c = text.charCodeAt(start[i]);
      if (CLOSING.has(c)) {
        // «!=», «:=» are operators, not punctuation.
        if ((c === 0x21 || c === 0x3a) && text.charCodeAt(end[i]) === 0x3d) continue;
        // «پسوند .gz», «به .d ختم»: a dot that begins a file extension or a name is no full stop.
        const dotOfName = c === 0x2e && i + 1 < n && start[i + 1] === end[i] && (kind[i + 1] === T.Latin || kind[i + 1] === T.Number);
        if (i >= 2 && !dotOfName && singleLineSpace(i - 1) && (isWord(ctx, i - 2) || (c === 0x29 && (aloneInParens(ctx, i - 2) || numberClosesParens(ctx, i - 2))) || afterClosingMark(ctx, i, c) || persianMarkAfterToken(ctx, i, c)) && !(c === 0x29 && closesBlessingAbbr(ctx, i))) {
          const p = text[start[i]];
          removeSpace(i - 1, start[i - 1], end[i], { fa: `فاصلهٔ اضافه پیش از «${p}»`, en: `Extra space before “${p}”` });
        }
        // A closing mark glued to the next Persian word, or to an opening mark before one:
        // «گفت:او» → «گفت: او», «گفت:«بله»» → «گفت: «بله»».
        // «کارمند،۳۸ میلیون»: a Persian mark between a word and a number is no decimal separator.
        const numberAfterMark = PERSIAN_MARKS.has(c) && isWord(ctx, i - 1) && i + 1 < n && kind[i + 1] === T.Number && start[i + 1] === end[i];
        if (isWord(ctx, i + 1) || numberAfterMark || (c !== 0x29 && c !== 0xbb && punctAt(ctx, i + 1, OPENING) && isWord(ctx, i + 2))) {
          // "." and ":" between two non-words are often abbreviations or times; only after a word,
          // or closing an ellipsis after one («بود...در»).
          if ((c === 0x2e || c === 0x3a) && !isWord(ctx, i - 1) && !(c === 0x2e && ellipsisAfterWord(ctx, i))) continue;
          // Dotted abbreviations of single letters: «ج.ا.ا»، «ه.ش»، «ق.ظ».
          if (c === 0x2e && oneLetter(ctx, i - 1) && oneLetter(ctx, i + 1)) continue;
          if (i > 0 && kind[i - 1] === T.Punct && !punctAt(ctx, i - 1, CLOSING)) continue;
          // «بسته‌(ها)ی»: an optional ending in parentheses inside a word.
          if (c === 0x29 && punctAt(ctx, i - 2, PAREN_OPEN) && OPTIONAL_ENDINGS.has(ctx.tokenText(i - 1))) continue;
          const p = text[start[i]];
          const message = MESSAGES.get(p, () => ({ fa: `پس از «${p}» یک فاصله لازم است`, en: `One space is needed after “${p}”` }));
          ctx.reportEdit(start[i], end[i + 1], message, ADD_SPACE, end[i], end[i], ' ');
        }
      } else if (c === 0x2026 && isWord(ctx, i - 1) && isWord(ctx, i + 1)) {
        // «بود…در»: the ellipsis character glued to the words on both sides takes a space after it.
        ctx.reportEdit(start[i], end[i + 1], MESSAGES.get('…', () => ({ fa: 'پس از «…» یک فاصله لازم است', en: 'One space is needed after “…”' })), ADD_SPACE, end[i], end[i], ' ');
      } else if (OPENING.has(c)) {
        const blessing = c === 0x28 && opensBlessingAbbr(tokens, text, i);
        // «گفت«بله»», «سازمان(ملل)»: a word glued to an opening mark before a word takes a space
        // between. Not a blessing abbreviation (blessing-spacing's) nor an optional ending («بسته‌(ها)ی»).
        if (isWord(ctx, i - 1) && (isWord(ctx, i + 1) || (i + 2 < n && singleLineSpace(i + 1) && isWord(ctx, i + 2))) && !blessing && !(c === 0x28 && OPTIONAL_ENDINGS.has(ctx.tokenText(i + 1)))) {
          const p = text[start[i]];
          const message = MESSAGES.get(`before${p}`, () => ({ fa: `پیش از «${p}» یک فاصله لازم است`, en: `One space is needed before “${p}”` }));
          ctx.reportEdit(start[i - 1], end[i], message, ADD_SPACE, start[i], start[i], ' ');
        }
        if (i + 2 < n && singleLineSpace(i + 1) && (isWord(ctx, i + 2) || (c === 0x28 && (aloneInParens(ctx, i + 2) || numberOpensParens(ctx, i + 2)))) && !blessing) {
          const p = text[start[i]];
          removeSpace(i + 1, start[i], end[i + 1], { fa: `فاصلهٔ اضافه پس از «${p}»`, en: `Extra space after “${p}”` });
        }
      }
    }
    if (!(ctx.docFlags & F.WideSpace)) return;
    const spaceTokens = ctx.indexesOf(T.Space);
    for (let ti = 0; ti < spaceTokens.length; ti++) {
      const i = spaceTokens[ti];
      if (!(tokens.flags[i] & F.WideSpace) || !singleLineSpace(i)) continue;
      // Between two words, or a word and an opening mark before one («زمان  (عج)», «گفت  «بله»»).
      if (isWord(ctx, i - 1) && (isWord(ctx, i + 1) || (punctAt(ctx, i + 1, OPENING) && isWord(ctx, i + 2)))) {
        ctx.reportEdit(start[i], end[i], MANY_SPACES, USE_ONE_SPACE, start[i], end[i], ' ');
        continue;
      }
      // «رفت.  سپس», «گفت:  «بله»»: one space after a mark that closes a word's sentence or
      // clause. Not after a mark that follows a number («۱.  » opens a list item).
      const mark = i - 1;
      if (!punctAt(ctx, mark, CLOSING) || !(isWord(ctx, mark - 1) || punctAt(ctx, mark - 1, CLOSING))) continue;
      if (!isWord(ctx, i + 1) && !(punctAt(ctx, i + 1, OPENING) && isWord(ctx, i + 2))) continue;
      const p = text[start[mark]];
      const message = MESSAGES.get(`wide${p}`, () => ({ fa: `بیش از یک فاصله پس از «${p}»`, en: `More than one space after “${p}”` }));
      ctx.reportEdit(start[i], end[i], message, USE_ONE_SPACE, start[i], end[i], ' ');
    }
  },
  tests: {
    valid: [
      'قم نیوز: دیدار معاون وزیر.',
      'بانک مرکزی ج.ا.ا در سال ۱۴۰۲ ه.ش و ساعت ۱۰ ق.ظ',
      'call ( 110 ) now',
      'the ( WHO ) report',
      'سازمان ( World Health ) گفت',
      'see (above) . and «quote» »',
      // blessing-spacing's: «حضرت (ره) گفت» in one finding.
      'حضرت ( ره ) گفت',
      'او گفت «سلام» و رفت (دیروز).',
      'ساعت 10:30 و عدد ۱۲.۵ است.',
      '  تورفتگی آغاز سطر می‌ماند.',
      'Hello , world .',
      'نشانی www.example.com را ببینید.',
      { text: 'متن `a  b` است.', markdown: true },
      { text: '1.  مورد نخست\n2.  مورد دوم', markdown: true },
      '۱.  مورد نخست',
      'او رفت.  \nسپس آمد.',
      'He left.  Then he came.',
      'ساعت 10 : 30 و the price is 12 . و 3 ) بود',
      // An ellipsis between numbers, or at a line's end, is left alone.
      'از ۲...۵ نفر و گفت…',
      // Operators in running text.
      'عملگرهایی مانند == یا != و := در این زبان هست.',
      // Optional endings in parentheses and Latin inside them stay glued.
      'در حال افزودن بسته‌(ها)ی جدید و فایل(های) دیگر و تابع(x) است.',
      // A dot that opens a file extension is no full stop.
      'فایل‌هایی با پسوند .gz و دایرکتوری‌هایی که به .d ختم می‌شوند.',
    ],
    invalid: [
      { text: 'ظهور امام زمان  (عج) و او گفت  «بله».', output: 'ظهور امام زمان (عج) و او گفت «بله».', errors: 2 },
      { text: 'ثبت در سامانه ( www.ntsw.ir ) آغاز شد.', output: 'ثبت در سامانه (www.ntsw.ir) آغاز شد.', errors: 2 },
      { text: 'قم نیوز : دیدار', output: 'قم نیوز: دیدار' },
      { text: 'گفت ، رفت .', output: 'گفت، رفت.', errors: 2 },
      { text: 'گفت:او آمد', output: 'گفت: او آمد' },
      { text: 'گفت:«بله» و رفت', output: 'گفت: «بله» و رفت' },
      { text: 'تهران،ایران', output: 'تهران، ایران' },
      { text: 'او رفت.ما ماندیم و و.ما', output: 'او رفت. ما ماندیم و و. ما', errors: 2 },
      { text: 'در ( دیروز ) گفت', output: 'در (دیروز) گفت', errors: 2 },
      { text: 'با شماره ( ۱۱۰ ) تماس بگیرید', output: 'با شماره (۱۱۰) تماس بگیرید', errors: 2 },
      { text: 'سازمان جهانی بهداشت ( WHO ) نیز', output: 'سازمان جهانی بهداشت (WHO) نیز', errors: 2 },
      { text: 'گفت «نداریم» . ماهواره (Arya-1) ، ساخت «سپهرآوا» ، بود', output: 'گفت «نداریم». ماهواره (Arya-1)، ساخت «سپهرآوا»، بود', errors: 3 },
      { text: 'موضوع « ابر » است', output: 'موضوع «ابر» است', errors: 2 },
      { text: 'دو  واژه', output: 'دو واژه' },
      { text: 'او رفت.  سپس آمد.', output: 'او رفت. سپس آمد.' },
      { text: 'گفت:   «بله» و رفت،  سپس آمد', output: 'گفت: «بله» و رفت، سپس آمد', errors: 2 },
      { text: 'در قم (ایران).  سپس', output: 'در قم (ایران). سپس' },
      { text: 'به گزارش رویداد۲۴ ، اعضای شورا و بی‌بی‌سی BBC ؛ سپس ۱۲ ؟', output: 'به گزارش رویداد۲۴، اعضای شورا و بی‌بی‌سی BBC؛ سپس ۱۲؟', errors: 3 },
      // An ellipsis glued to the next word takes its space after it, as a full stop does.
      { text: 'ایران بود...در خصوص آن و این بود…در', output: 'ایران بود... در خصوص آن و این بود… در', errors: 2 },
      // A word glued to an opening guillemet or parenthesis takes a space before it.
      { text: 'او گفت«بله» و سازمان ملل(نیویورک) و می‌فرمایند« مردم»', output: 'او گفت «بله» و سازمان ملل (نیویورک) و می‌فرمایند «مردم»', errors: 4 },
      // A Persian mark between a word and a number; a decimal comma between digits is left.
      { text: 'دو کارمند،۳۸ میلیون تومان و ۱۲،۵ درصد', output: 'دو کارمند، ۳۸ میلیون تومان و ۱۲،۵ درصد', errors: 1 },
      // A number opening a Persian phrase in parentheses loses the space before it, as a word does.
      { text: 'پرونده‌ها را صادر کرد ( ۱۴ پرونده ) و رفت.', output: 'پرونده‌ها را صادر کرد (۱۴ پرونده) و رفت.', errors: 2 },
      { text: 'با شماره ۳۳۳۶ (داخلی ۲۱۴ ) و طبق آیین‌نامه (بند ۴ ) تماس بگیرند.', output: 'با شماره ۳۳۳۶ (داخلی ۲۱۴) و طبق آیین‌نامه (بند ۴) تماس بگیرند.', errors: 2 },
    ],
  },
};
