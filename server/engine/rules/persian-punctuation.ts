import { F } from '../chars';
import { changeTitle } from '../shared-texts';
import type { RuleContext } from '../context';
import { T } from '../tokenize';
import type { Fix, Rule } from '../types';

const PERSIAN_FOR: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
const NAME: Record<string, { fa: string; en: string }> = {
  ',': { fa: 'ویرگول لاتین (,) به‌جای ویرگول فارسی (،)', en: 'Latin comma (,) instead of Persian comma (،)' },
  ';': { fa: 'نقطه‌ویرگول لاتین (;) به‌جای (؛)', en: 'Latin semicolon (;) instead of Persian semicolon (؛)' },
  '?': { fa: 'علامت سؤال لاتین (?) به‌جای (؟)', en: 'Latin question mark (?) instead of Persian one (؟)' },
};
const QUOTES = new Set(['"', '“', '”']);
/** Code units of the marks above: the other punctuation (., «، ») is skipped without a string made. */
const WATCHED = new Set([...Object.keys(PERSIAN_FOR), ...QUOTES].map((ch) => ch.charCodeAt(0)));

function isPersianWord(ctx: RuleContext, i: number): boolean {
  return i >= 0 && ctx.tokens.kind[i] === T.Word && !(ctx.tokens.flags[i] & F.ArabicSpan);
}

/**
 * Latin punctuation sits in a Persian sentence when a Persian word touches it and no Latin word
 * does. A number on one side counts only with a Persian word on the other («شد ; 12 سال»,
 * «سال 1402, دولت»); between two numbers the mark is theirs («1,000», «3, 4»).
 */
function inPersianContext(ctx: RuleContext, i: number): boolean {
  const prev = ctx.prevNonSpace(i);
  const next = ctx.nextNonSpace(i);
  const kind = ctx.tokens.kind;
  const foreign = (j: number) => j >= 0 && (kind[j] === T.Latin || kind[j] === T.Url || kind[j] === T.Email || kind[j] === T.Code);
  if (foreign(prev) || foreign(next)) return false;
  const number = (j: number) => j >= 0 && kind[j] === T.Number;
  if (number(prev)) return isPersianWord(ctx, next);
  if (number(next)) return isPersianWord(ctx, prev);
  return isPersianWord(ctx, prev) || isPersianWord(ctx, next);
}

const ATTRIBUTION_COMMA = { fa: 'پس از «به گزارش …» ویرگول (،) می‌آید، نه (;)', en: 'The attribution «به گزارش …» ends in a comma (،), not (;)' };

/** Punctuation token i follows «به گزارش» and one word (the agency): «به گزارش ایرنا ;». */
function afterAttribution(ctx: RuleContext, i: number): boolean {
  const agency = ctx.prevNonSpace(i);
  const report = agency >= 0 ? ctx.prevNonSpace(agency) : -1;
  const be = report >= 0 ? ctx.prevNonSpace(report) : -1;
  const { kind } = ctx.tokens;
  return be >= 0 && kind[agency] === T.Word && kind[report] === T.Word && kind[be] === T.Word && ctx.tokenText(report) === 'گزارش' && ctx.tokenText(be) === 'به';
}

function reportQuotes(ctx: RuleContext, open: number, close: number): void {
  const { tokens, text } = ctx;
  let persian = false;
  let number = false;
  let latin = false;
  for (let j = open + 1; j < close; j++) {
    if (isPersianWord(ctx, j)) persian = true;
    else if (tokens.kind[j] === T.Latin) latin = true;
    else if (tokens.kind[j] === T.Number) number = true;
  }
  const persianBefore = isPersianWord(ctx, ctx.prevNonSpace(open));
  const persianAfter = isPersianWord(ctx, ctx.nextNonSpace(close));
  // Latin words quoted inside a Persian sentence («برچسب "UV400" است») take guillemets too; with
  // a Latin word in them, the quotes are Persian only between two Persian words.
  if (latin) {
    if (!(persianBefore && persianAfter)) return;
  } else if (!persian && !(number && (persianBefore || persianAfter))) return;
  const a = tokens.start[open];
  const b = tokens.start[close];
  const inner = text.slice(a + 1, b);
  const fix: Fix = {
    title: { fa: 'تبدیل به گیومه «»', en: 'Use guillemets «»' },
    safe: true,
    edits: [
      { start: a, end: a + 1, newText: '«' },
      { start: b, end: b + 1, newText: '»' },
    ],
  };
  ctx.report({
    start: a,
    end: b + 1,
    message: { fa: `گیومهٔ فارسی به‌جای "": «${inner}»`, en: `Use guillemets instead of "": «${inner}»` },
    fixes: [fix],
  });
}

export const rule: Rule = {
  meta: {
    id: 'persian-punctuation',
    family: 'punctuation',
    severity: 'warning',
    fixable: 'fix',
    section: '§5',
    title: { fa: 'نشانه‌های نگارشی لاتین در جملهٔ فارسی', en: 'Latin punctuation in a Persian sentence' },
    description: {
      fa: 'در جملهٔ فارسی «،» به‌جای «,»، «؛» به‌جای «;»، «؟» به‌جای «?» و گیومهٔ «» به‌جای "" به کار می‌رود.',
      en: 'Persian sentences use ، ؛ ؟ and «» instead of , ; ? and "".',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const quotes: number[] = [];
    const punctTokens = ctx.indexesOf(T.Punct);
    for (let ti = 0; ti < punctTokens.length; ti++) {
      const i = punctTokens[ti];
      if (!WATCHED.has(text.charCodeAt(tokens.start[i]))) continue;
      const ch = text[tokens.start[i]];
      if (QUOTES.has(ch)) {
        quotes.push(i);
        continue;
      }
      const to = PERSIAN_FOR[ch];
      if (!to || !inPersianContext(ctx, i)) continue;
      const s = tokens.start[i];
      // «به گزارش ایرنا ;»: the attribution ends in a comma, whatever key was hit.
      if (ch === ';' && afterAttribution(ctx, i)) ctx.reportEdit(s, s + 1, ATTRIBUTION_COMMA, changeTitle('،'), s, s + 1, '،');
      else ctx.reportEdit(s, s + 1, NAME[ch], changeTitle(to), s, s + 1, to);
    }
    // Quotes pair in order within a line; a pair becomes «» when a Persian word is inside.
    for (let q = 0; q + 1 < quotes.length; ) {
      const open = quotes[q];
      const close = quotes[q + 1];
      const nl = text.indexOf('\n', tokens.start[open]);
      if (nl !== -1 && nl < tokens.start[close]) {
        q++; // an unpaired quote ends its line
        continue;
      }
      q += 2;
      reportQuotes(ctx, open, close);
    }
  },
  tests: {
    valid: [
      'تهران، ایران؛ چرا؟',
      'Hello, world; ok?',
      'عدد 1,000 و ۱,۲۰۰ است.',
      'او گفت «سلام» و رفت.',
      'The "Persian QA" app و نام "Persian QA"',
      'او گفت "Persian QA" is here.',
      { text: 'کد `a, b` است.', markdown: true },
      'نشانی https://x.ir/?a=1,2 را ببینید.',
      'بندهای 3, 4 و ۵, ۶ حذف شد.',
      'In 2024, Iran; and 12? yes',
      'سال 2024, the year',
      'The "247" line and "12" 34',
    ],
    invalid: [
      { text: 'تهران, ایران', output: 'تهران، ایران' },
      { text: 'چه شد?', output: 'چه شد؟' },
      { text: 'اول; دوم', output: 'اول؛ دوم' },
      // After «به گزارش <agency>» the mistyped mark is a comma.
      { text: 'به گزارش ایرنا; برداشت آغاز شد.', output: 'به گزارش ایرنا، برداشت آغاز شد.' },
      { text: 'موضوع "ابر دماوند" شکل گرفت.', output: 'موضوع «ابر دماوند» شکل گرفت.' },
      { text: 'گفت: “سلام بر شما” و رفت.', output: 'گفت: «سلام بر شما» و رفت.' },
      { text: 'او گفت, "بیا" و ما, رفتیم?', output: 'او گفت، «بیا» و ما، رفتیم؟', errors: 4 },
      { text: 'حکم صادر شد; 12 سال حبس', output: 'حکم صادر شد؛ 12 سال حبس' },
      { text: 'در سال ۱۴۰۲, دولت گفت', output: 'در سال ۱۴۰۲، دولت گفت' },
      { text: 'شبکه "247" برای درمان و کد "۱۲" است.', output: 'شبکه «247» برای درمان و کد «۱۲» است.', errors: 2 },
      { text: 'نام "Persian QA" است و برچسب "UV400" دارد.', output: 'نام «Persian QA» است و برچسب «UV400» دارد.', errors: 2 },
    ],
  },
};
