import { titleHits } from '../article-scan';
import type { Rule } from '../types';
import { everywhereFix, titleOccurrences } from './title-spelling';

/**
 * Two spellings of one title in one article (STYLE.md §4): reported once per title, at the
 * first non-house spelling, pointing at the first occurrence of every other spelling, with
 * one fix that writes the house form everywhere. Option forms as in title-spelling.
 */
export const rule: Rule = {
  meta: {
    id: 'title-consistency',
    family: 'titles',
    severity: 'information',
    fixable: 'fix',
    section: '§4',
    scope: 'document',
    title: { fa: 'یکدستی املای عنوان سمت در متن', en: 'One spelling of a title per document' },
    description: {
      fa: 'اگر عنوانی در یک متن به دو شکل آمده باشد («رییس» و «رئیس») گزارش می‌شود و همه‌جا به شکل معیار برمی‌گردد. گزینهٔ forms مانند title-spelling.',
      en: 'A title written two ways in one document (رییس and رئیس) is reported, with one fix that writes the house form everywhere. Option forms as in title-spelling.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const hits = titleHits(tokens, text, ctx.option<Record<string, string[]> | undefined>('forms', undefined));
    if (hits.length < 2) return;
    const { byEntry, variants } = titleOccurrences(text, hits);
    for (const [entry, occ] of byEntry) {
      const firstOf = new Map<string, (typeof occ)[number]>();
      for (const o of occ) if (!firstOf.has(o.norm)) firstOf.set(o.norm, o);
      if (firstOf.size < 2) continue;
      const house = entry.canonical;
      const wrong = variants.filter((v) => v.hit.payload === entry && !ctx.isIgnoredWord(v.hit.first));
      if (!wrong.length) continue;
      const at = wrong[0];
      const spellings = [...firstOf.keys()].map((s) => `«${s}»`).join('، ');
      ctx.report({
        start: at.start,
        end: at.end,
        message: {
          fa: `عنوان «${house}» در این متن به چند شکل آمده است: ${spellings}`,
          en: `The title “${house}” is written in several ways in this document: ${[...firstOf.keys()].map((s) => `“${s}”`).join(', ')}`,
        },
        fixes: [everywhereFix(house, wrong)],
        // Every place the fix edits is shown: the first of each spelling, then the other
        // non-house ones.
        related: [...new Map([...firstOf.values(), ...wrong].map((o) => [o.start, o] as const)).values()]
          .filter((o) => o.start !== at.start)
          .map((o) => ({ start: o.start, end: o.end, message: { fa: `«${o.surface}»`, en: `“${o.surface}”` } })),
      });
    }
  },
  tests: {
    valid: ['رئیس سازمان و رئیس مجلس', 'رییس سازمان', 'مسئولان و مسئولیت‌ها'],
    invalid: [
      { text: 'رییس سازمان و رئیس مجلس و رییس دولت', output: 'رئیس سازمان و رئیس مجلس و رئیس دولت', errors: 1 },
      { text: 'مدیر عامل شرکت و مدیرعامل بانک', output: 'مدیرعامل شرکت و مدیرعامل بانک', errors: 1 },
      { text: 'فن‌آوری و فناوری', output: 'فناوری و فناوری', errors: 1 },
      { text: 'مسوولان و مسئولیت', output: 'مسئولان و مسئولیت', errors: 1 },
    ],
  },
};
