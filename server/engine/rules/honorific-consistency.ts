import { fold } from '../chars';
import { Entry, Mention, mentions } from '../article-scan';
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

function nameKey(text: string, w: { start: number; end: number }): string {
  return fold(text.slice(w.start, w.end)).replace(/\s+/g, '');
}

/**
 * One person introduced with two different honorifics in one article (STYLE.md §3):
 * «حجت‌الاسلام موسی‌پور» … «حجت‌الاسلام والمسلمین موسی‌پور». People are keyed by surname (the
 * last name word); two mentions with different first names are different people. Honorifics
 * of different groups (دکتر and حجت‌الاسلام) do not contradict, nor does a declared
 * shortening (آیت‌الله العظمی → آیت‌الله) or a generic one (سردار).
 */
export const rule: Rule = {
  meta: {
    id: 'honorific-consistency',
    family: 'honorifics',
    severity: 'information',
    fixable: 'none',
    section: '§3',
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
    const bySurname = new Map<string, Mention[]>();
    for (const m of all) {
      if (!m.honorifics.some((h) => COMPARED.has(h.payload.group))) continue;
      const key = nameKey(text, m.words[m.words.length - 1]);
      const l = bySurname.get(key);
      if (l) l.push(m);
      else bySurname.set(key, [m]);
    }
    for (const list of bySurname.values()) {
      for (let j = 1; j < list.length; j++) {
        const later = list[j];
        for (let k = 0; k < j; k++) {
          const earlier = list[k];
          if (later.words.length > 1 && earlier.words.length > 1 && nameKey(text, later.words[0]) !== nameKey(text, earlier.words[0])) continue;
          const clash = [...COMPARED].some((g) => {
            const a = specific(earlier, g);
            const b = specific(later, g);
            return a.length > 0 && b.length > 0 && !b.every((x) => a.some((y) => compatible(x, y)));
          });
          if (!clash) continue;
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
          break;
        }
      }
    }
  },
  tests: {
    valid: [
      'حجت‌الاسلام موسی‌پور گفت و حجت‌الاسلام موسی‌پور افزود.',
      'آیت‌الله العظمی سیستانی گفت و آیت‌الله سیستانی افزود.',
      'دکتر لاریجانی و حجت‌الاسلام لاریجانی',
      'حجت‌الاسلام علی محمدی و آیت‌الله حسن محمدی',
      'سردار سلامی و سرلشکر سلامی',
      'آقای احمدی و خانم احمدی',
      'سرتیپ دوم پاسدار کریمی و سرتیپ کریمی',
    ],
    invalid: [
      { text: 'حجت‌الاسلام موسی‌پور گفت. حجت‌الاسلام والمسلمین موسی‌پور افزود.', output: 'حجت‌الاسلام موسی‌پور گفت. حجت‌الاسلام والمسلمین موسی‌پور افزود.', errors: 1 },
      { text: 'حجت‌الاسلام والمسلمین محمدحسین موسی‌پور گفت. حجت‌الاسلام موسیپور افزود.', output: 'حجت‌الاسلام والمسلمین محمدحسین موسی‌پور گفت. حجت‌الاسلام موسیپور افزود.', errors: 1 },
      { text: 'سرتیپ کریمی گفت و سرلشکر کریمی افزود.', output: 'سرتیپ کریمی گفت و سرلشکر کریمی افزود.', errors: 1 },
      { text: 'دکتر رضایی و مهندس رضایی', output: 'دکتر رضایی و مهندس رضایی', errors: 1 },
    ],
  },
};
