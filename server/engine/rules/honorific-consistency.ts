import { Entry, Mention, joinedName, mentions } from '../article-scan';
import type { RuleContext } from '../context';
import type { Rule } from '../types';

/** Groups whose honorifics can contradict each other; civil ones (آقای، خانم) never do. */
const COMPARED = new Set(['clerical', 'military', 'academic']);

function specific(m: Mention, group: string): Entry[] {
  return m.honorifics.map((h) => h.payload).filter((e) => e.group === group && !e.generic);
}

/** Whether `a` and `b` name the same rank or one is a declared short form of the other. */
function compatible(a: Entry, b: Entry): boolean {
  return a === b || a.short.includes(b.canonical) || b.short.includes(a.canonical);
}

function clash(earlier: Mention, later: Mention): boolean {
  for (const g of COMPARED) {
    const a = specific(earlier, g);
    const b = specific(later, g);
    if (a.length > 0 && b.length > 0 && !b.every((x) => a.some((y) => compatible(x, y)))) return true;
  }
  return false;
}

function report(ctx: RuleContext, earlier: Mention, later: Mention): void {
  const { text } = ctx;
  const span = (m: Mention) => ({ start: m.honorifics[0].start, end: m.words[m.words.length - 1].end });
  const l = span(later);
  const e = span(earlier);
  const laterText = text.slice(l.start, l.end);
  const earlierText = text.slice(e.start, e.end);
  ctx.report({
    start: l.start,
    end: l.end,
    message: {
      fa: `این شخص پیش‌تر با عنوان دیگری آمده است: «${laterText}» و «${earlierText}»`,
      en: `This person was introduced with another honorific: “${laterText}” and “${earlierText}”`,
    },
    related: [{ start: e.start, end: e.end, message: { fa: `«${earlierText}»`, en: `“${earlierText}”` } }],
  });
}

/**
 * One person introduced with two different honorifics in one article (STYLE.md §3):
 * «حجت‌الاسلام موسی‌پور» … «حجت‌الاسلام والمسلمین موسی‌پور». People are keyed by surname (the
 * last name word); two mentions with different first names are different people. Honorifics
 * of different groups (دکتر and حجت‌الاسلام) do not contradict, nor does a declared
 * shortening (سرتیپ دوم → سرتیپ) or a generic one (سردار). A clerical rank is never a shortening of
 * another: STYLE.md reports «حجت‌الاسلام» after «حجت‌الاسلام والمسلمین», and so «آیت‌الله» after
 * «آیت‌الله العظمی».
 */
export const rule: Rule = {
  meta: {
    id: 'honorific-consistency',
    family: 'honorifics',
    severity: 'information',
    fixable: 'none',
    section: '§3',
    scope: 'document',
    title: { fa: 'یک شخص با دو عنوان احترام', en: 'One person with two honorifics' },
    description: {
      fa: 'اگر یک شخص (با نام خانوادگی یکسان) در یک متن با دو عنوان احترام متفاوت معرفی شود («حجت‌الاسلام موسی‌پور» و «حجت‌الاسلام والمسلمین موسی‌پور») گزارش می‌شود.',
      en: 'A person (same surname) introduced with two different honorifics in one article (حجت‌الاسلام موسی‌پور and حجت‌الاسلام والمسلمین موسی‌پور) is reported.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const all = mentions(tokens, text);
    if (all.length < 2) return;
    // Per surname, the first mention of each distinct (honorifics, first name): a repeat of a
    // signature adds nothing, and this keeps a long document linear.
    const bySurname = new Map<string, { m: Mention; first: string }[]>();
    const seen = new Set<string>();
    for (const m of all) {
      if (!m.honorifics.some((h) => COMPARED.has(h.payload.group))) continue;
      let surname = m.surname;
      let first = m.firstName;
      // «حجه الاسلام حسینی‌مقدم گزارشی …»: a later mention by surname alone, with the next word
      // read into the name, is the person whose surname is its first word.
      if (first && !bySurname.has(surname) && bySurname.has(first)) {
        surname = first;
        first = '';
      }
      // «حجت‌الاسلام صالح آبادی» after «… رحیم صالح‌آبادی»: two words that make a surname named before.
      const joined = first ? joinedName(m) : null;
      if (joined && !bySurname.has(surname) && bySurname.has(joined)) {
        surname = joined;
        first = '';
      }
      const sig = `${surname}|${first}|${m.honorifics.map((h) => h.payload.canonical).join('+')}`;
      if (seen.has(sig)) continue;
      seen.add(sig);
      let list = bySurname.get(surname);
      if (!list) bySurname.set(surname, (list = []));
      const later = { m, first };
      for (const earlier of list) {
        if (later.first && earlier.first && later.first !== earlier.first) continue;
        if (!clash(earlier.m, m)) continue;
        report(ctx, earlier.m, m);
        break;
      }
      list.push(later);
    }
  },
  tests: {
    valid: [
      'حجت‌الاسلام موسی‌پور گفت و حجت‌الاسلام موسی‌پور افزود.',
      'دکتر لاریجانی و حجت‌الاسلام لاریجانی',
      'حجت‌الاسلام علی محمدی و آیت‌الله حسن محمدی',
      'سردار سلامی و سرلشکر سلامی',
      'آقای احمدی و خانم احمدی',
      'سرتیپ دوم پاسدار کریمی و سرتیپ کریمی',
    ],
    invalid: [
      // A stray ZWNJ between the honorific's space and the name.
      { text: 'حجت‌الاسلام والمسلمین مراد بیرانوند گفت. آیت‌الله \u200cبیرانوند افزود.', output: 'حجت‌الاسلام والمسلمین مراد بیرانوند گفت. آیت‌الله \u200cبیرانوند افزود.', errors: 1 },
      // A later mention with the surname written apart.
      { text: 'حجت‌الاسلام والمسلمین رحیم صالح‌آبادی گفت. حجت‌الاسلام صالح آبادی همچنین افزود.', output: 'حجت‌الاسلام والمسلمین رحیم صالح‌آبادی گفت. حجت‌الاسلام صالح آبادی همچنین افزود.', errors: 1 },
      // The later mention by surname, with the next word read into the name.
      { text: 'حجت‌الاسلام والمسلمین سید جواد حسینی‌مقدم گفت. حجت‌الاسلام حسینی‌مقدم گزارشی ارائه کرد.', output: 'حجت‌الاسلام والمسلمین سید جواد حسینی‌مقدم گفت. حجت‌الاسلام حسینی‌مقدم گزارشی ارائه کرد.', errors: 1 },
      { text: 'حجت‌الاسلام موسی‌پور گفت. حجت‌الاسلام والمسلمین موسی‌پور افزود.', output: 'حجت‌الاسلام موسی‌پور گفت. حجت‌الاسلام والمسلمین موسی‌پور افزود.', errors: 1 },
      { text: 'حجت‌الاسلام والمسلمین محمدحسین موسی‌پور گفت. حجت‌الاسلام موسیپور افزود.', output: 'حجت‌الاسلام والمسلمین محمدحسین موسی‌پور گفت. حجت‌الاسلام موسیپور افزود.', errors: 1 },
      // As «حجت‌الاسلام والمسلمین» then «حجت‌الاسلام» (STYLE.md §3's example): a later mention with the lower rank.
      { text: 'آیت‌الله العظمی سیستانی گفت و آیت‌الله سیستانی افزود.', output: 'آیت‌الله العظمی سیستانی گفت و آیت‌الله سیستانی افزود.', errors: 1 },
      // «ﷲ», the one-character ligature a PDF pastes, is «الله».
      { text: 'حجت‌الاسلام والمسلمین موسوی‌راد گفت. آیت‌ﷲ سیدجعفر موسوی‌راد افزود.', output: 'حجت‌الاسلام والمسلمین موسوی‌راد گفت. آیت‌ﷲ سیدجعفر موسوی‌راد افزود.', errors: 1 },
      { text: 'سرتیپ کریمی گفت و سرلشکر کریمی افزود.', output: 'سرتیپ کریمی گفت و سرلشکر کریمی افزود.', errors: 1 },
      { text: 'دکتر رضایی و مهندس رضایی', output: 'دکتر رضایی و مهندس رضایی', errors: 1 },
      // After a given name and a surname, a common word ends the name: the surname is «نوروزی».
      { text: 'دادگاه به ریاست حجت‌الاسلام علی‌اکبر نوروزی رسیدگی شد. حجت‌الاسلام والمسلمین نوروزی حکم داد.', output: 'دادگاه به ریاست حجت‌الاسلام علی‌اکبر نوروزی رسیدگی شد. حجت‌الاسلام والمسلمین نوروزی حکم داد.', errors: 1 },
    ],
  },
};
