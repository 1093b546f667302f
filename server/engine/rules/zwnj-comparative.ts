import { SharedTexts } from '../shared-texts';
import type { RuleContext } from '../context';
import { comparativeCut, suffixCandidates } from '../morphology/suffix-scan';
import { ADJECTIVES, HEH, joinerAfter, joins, NO_ZWNJ, silentHeh, STOP_WORDS } from '../morphology/suffixes';
import { T } from '../tokenize';
import { fold } from '../chars';
import { pdfLexicon } from '../morphology/segment';
import type { Rule } from '../types';
import { fixTitle, zwnjMessage } from './zwnj-plural';

/** Written joined by the Academy (بیشتر، کمتر): a spaced «بیش تر» loses its space. */
const JOINED = new Set(['بیش', 'کم']);

const JOINED_MESSAGES = new SharedTexts();

export const rule: Rule = {
  meta: {
    id: 'zwnj-comparative',
    family: 'zwnj',
    severity: 'warning',
    fixable: 'fix',
    section: '§2',
    title: { fa: 'نیم‌فاصله پیش از «تر» و «ترین»', en: 'ZWNJ before «تر» and «ترین»' },
    description: {
      fa: 'پسوند صفت تفضیلی و عالی با نیم‌فاصله نوشته می‌شود: «بزرگ‌ترین»، «مهم‌تر»؛ جز «بیشتر، کمتر، بهتر، مهتر، کهتر». واژه‌هایی مانند «دفتر، دختر، چتر، بستر» صفت نیستند.',
      en: 'The comparative and superlative suffixes take a ZWNJ: بزرگ‌ترین، مهم‌تر; except بیشتر، کمتر، بهتر، مهتر، کهتر. Nouns such as دفتر، دختر، چتر، بستر are left alone.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const c = suffixCandidates(text, tokens);
    const spacedComparativeList = c.spacedComparative;
    for (let ti = 0; ti < spacedComparativeList.length; ti++) { const i = spacedComparativeList[ti]; checkSpaced(ctx, i); }
    const comparativeList = c.comparative;
    for (let ti = 0; ti < comparativeList.length; ti++) {
      const i = comparativeList[ti];
      const s = tokens.start[i];
      const e = tokens.end[i];
      const last = text.charCodeAt(e - 1);
      const cut = comparativeCut(text, s, e, last);
      const ch = text.charCodeAt(cut - 1);
      if (!joins(ch) || ctx.isIgnoredWord(i)) continue;
      // The plural keeps the comparative's spelling: «بهترها», «کمترهای» stay solid.
      const plural = e - cut > 3 && last !== 0x0646;
      if (plural && NO_ZWNJ.hasRange(text, s, cut + 2)) continue;
      // After a listed word ending in a silent ه the ZWNJ is compulsory («عمدهترین»), adjective list or not.
      const heh = ch === HEH ? silentHeh(text, s, cut - 1) : 'none';
      const afterSilentHeh = heh === 'lex';
      if (NO_ZWNJ.hasRange(text, s, e, tokens.fhash[i])) continue;
      // After any other word in ه the press lexicon knows («انبوهترین», «قاطعانهترین»): the ه
      // joins, so the glue shows; suggested, the lexicon being wider than the lists.
      const listed = afterSilentHeh || ADJECTIVES.hasRange(text, s, cut);
      // «نفیسترین»: «ترین» ends no Persian word but the superlative, so after any joining letter
      // and three letters or more it is the suffix glued (suggested), even where the dictionary
      // lists the glued form.
      const superlative = last === 0x0646 && cut - s >= 3 && !JOINED.has(fold(text.slice(s, cut)));
      // Likewise after an adjective in «ی» of four letters or more («ماندنیتر», «کاربردیتر»);
      // shorter ones may be a name's end («تویتر»).
      // And after a word in a silent ه made by a productive ending: an adverb in «انه» of a listed
      // word («مهربانانهتر»), a participle.
      const unlisted =
        superlative ||
        (((ch === HEH && cut - s >= 3) || ((ch === 0x06cc || ch === 0x064a) && cut - s >= 4)) && pressWordBefore(text, s, cut, tokens.fhash[i])) ||
        heh === 'prod';
      if (!listed && !unlisted) continue;
      const word = text.slice(s, e);
      const to = word.slice(0, cut - s) + '\u200c' + word.slice(cut - s);
      ctx.reportEdit(s, e, zwnjMessage(word, to), fixTitle(to), cut, cut, '\u200c', listed);
    }
  },
  tests: {
    valid: [
      'بهترین و مهترین و کهترین',
      'بزرگ‌ترین و مهم‌ترین طرح‌ها',
      'بیشتر و کمتر و بهتر از همیشه',
      'بیشترین و کمترین و بهترین',
      'مهتر و کهتر',
      'دفتر و دختر و چتر و بستر',
      'کبوتر و اختر و شتر و دکتر',
      'تئاتر شهر و یک لیتر آب و ده متر',
      'فیلتر و کیلومتر و خاکستر',
      'لباس تر و چشمان تر',
      'بلندتر و دورتر و زیباتر',
      // «ی» + «تر» after three letters: a name's end as often («تویتر»).
      'در تویتر و با پیتر',
      // «کلانتر» (a sheriff) and «کلانتری» (a police station) are words, no «کلان» + «تر».
      'او به کلانتری رفت و کلانتر آمد.',
      'برتر و بالاتر',
      'بیش‌تر نگو',
      'دفتر کار و دفترها',
      'تر و تازه',
      'این دکتر سخت‌کوش',
      'پوستر و کامپیوتر',
      'عدالت‌گستر و دادگستر',
      'کارآمدتر و موثرتر',
      'از ترین سخن نگفت',
      'لباس تر و کفش تر',
      'فیلتر و فیلترها، کاترین و بيشترين و کمترين',
      'دفترها و دخترهای روستا و مترها و لیترها و کیلومترهای راه',
      'بهترها و بیشترها و کمترهای جمع',
      'این ترند تازه است و آنها بهترند و بیشترند.',
    ],
    invalid: [
      { text: 'با شکوهترین جشن در انبوهترین جنگل', output: 'با شکوه\u200cترین جشن در انبوه\u200cترین جنگل', errors: 2, unsafe: true },
      { text: 'بزرگ ترین طرح', output: 'بزرگ‌ترین طرح', errors: 1 },
      { text: 'مهمترین مسئله', output: 'مهم‌ترین مسئله', errors: 1 },
      // An adjective in «ی» the lists lack, four letters or more: suggested.
      { text: 'خدمتی ماندنیتر از این نیست.', output: 'خدمتی ماندنی‌تر از این نیست.', errors: 1, unsafe: true },
      { text: 'مسئله مهم تر', output: 'مسئله مهم‌تر', errors: 1 },
      { text: 'کوچکتر از آن', output: 'کوچک‌تر از آن', errors: 1 },
      { text: 'بازیکنان مصمم تر از همیشه و منسجمتر', output: 'بازیکنان مصمم‌تر از همیشه و منسجم‌تر', errors: 2 },
      { text: 'عمدهترین دلایل و خستهتر از همیشه', output: 'عمده‌ترین دلایل و خسته‌تر از همیشه', errors: 2 },
      { text: 'سریعترین راه', output: 'سریع‌ترین راه', errors: 1 },
      { text: 'قویتر از پیش', output: 'قوی‌تر از پیش', errors: 1 },
      { text: 'جدیترین تهدید', output: 'جدی‌ترین تهدید', errors: 1 },
      { text: 'سختتر شد', output: 'سخت‌تر شد', errors: 1 },
      { text: 'تازهترین خبر', output: 'تازه‌ترین خبر', errors: 1 },
      { text: 'پیچیده تر شد', output: 'پیچیده‌تر شد', errors: 1 },
      { text: 'بلند ترین برج', output: 'بلندترین برج', errors: 1 },
      { text: 'بیش تر از همه', output: 'بیشتر از همه', errors: 1 },
      { text: 'کم ترین هزینه', output: 'کمترین هزینه', errors: 1 },
      { text: 'مهمتری هم هست', output: 'مهم‌تری هم هست', errors: 1 },
      { text: 'عمیقتر و وسیعتر', output: 'عمیق‌تر و وسیع‌تر', errors: 2 },
      { text: 'گرم تر و خشک تر', output: 'گرم‌تر و خشک‌تر', errors: 2 },
      { text: 'ارزانتر', output: 'ارزان‌تر', errors: 1 },
      // Adjectives of the second batch (adjectives.txt).
      { text: 'پارچه‌ای فاخر تر و مرغوبتر', output: 'پارچه‌ای فاخرتر و مرغوب‌تر', errors: 2 },
      { text: 'از پربیننده ترین آثار', output: 'از پربیننده‌ترین آثار', errors: 1, unsafe: true },
      { text: 'پرمخاطب ترین برنامه', output: 'پرمخاطب‌ترین برنامه', errors: 1, unsafe: true },
      { text: 'برای جوانترها و بزرگترهای فامیل', output: 'برای جوان‌ترها و بزرگ‌ترهای فامیل', errors: 2 },
      { text: 'نفیسترین اثر و پسندیدهترین کار', output: 'نفیس‌ترین اثر و پسندیده‌ترین کار', errors: 2, unsafe: true },
      // The comparative with the copula «ند»; the solid comparatives stay solid («بهترند»).
      { text: 'آنها از پیش قویترند و بزرگترند اما ما بهترند نیستیم', output: 'آنها از پیش قوی‌ترند و بزرگ‌ترند اما ما بهترند نیستیم', errors: 2 },
      // An adverb in «انه» of a listed word, the adverb itself unlisted: suggested.
      { text: 'رفتار خود را مهربانانهتر کنند.', output: 'رفتار خود را مهربانانه‌تر کنند.', errors: 1, unsafe: true },
    ],
  },
};

function checkSpaced(ctx: RuleContext, i: number): void {
  const { tokens, text } = ctx;
  if (i < 2 || tokens.kind[i - 1] !== T.Space || tokens.kind[i - 2] !== T.Word) return;
  const w = i - 2;
  if (ctx.isIgnoredWord(w) || ctx.isIgnoredWord(i)) return;
  const ws = tokens.start[w];
  const we = tokens.end[w];
  const stem = text.slice(ws, we);
  let joiner: string;
  let safe = true;
  if (JOINED.has(stem)) joiner = '';
  else if (ADJECTIVES.hasRange(text, ws, we, tokens.fhash[w])) joiner = joinerAfter(text.charCodeAt(we - 1));
  else if (isSuperlative(text, tokens.start[i], tokens.end[i]) && we - ws >= 3 && !STOP_WORDS.hasRange(text, ws, we, tokens.fhash[w])) {
    // «ترین» is never a word of its own (unlike «تر», wet): after an unlisted word it is still
    // the superlative («پربیننده ترین»), offered as a suggestion.
    joiner = joinerAfter(text.charCodeAt(we - 1));
    safe = false;
  } else return;
  const from = text.slice(ws, tokens.end[i]);
  const to = stem + joiner + text.slice(tokens.start[i], tokens.end[i]);
  const message = joiner ? zwnjMessage(from, to) : JOINED_MESSAGES.get(`${from}\u0000${to}`, () => ({ fa: `سرهم نوشته می‌شود: «${from}» ← «${to}»`, en: `Written joined: “${from}” → “${to}”` }));
  ctx.reportEdit(ws, tokens.end[i], message, fixTitle(to), tokens.start[i - 1], tokens.end[i - 1], joiner, safe);
}

function isSuperlative(text: string, s: number, e: number): boolean {
  return e - s === 4 && text.startsWith('ترین', s);
}

/** The word before a comparative ending is a press word and the whole is none. */
function pressWordBefore(text: string, s: number, cut: number, whole: number): boolean {
  const lexicon = pdfLexicon();
  return !lexicon.hasWord(whole) && lexicon.known(fold(text.slice(s, cut)));
}
