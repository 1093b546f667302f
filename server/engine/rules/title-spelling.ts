import { changeTitle, SharedTexts } from '../shared-texts';
import { carriesSharedFix } from '../context';
import { Hit, stemEnd, titleHits } from '../article-scan';
import { diffEdits, normalizeSurface } from '../phrases';
import type { Fix, Rule, TextEdit } from '../types';

/** A title occurrence whose spelling differs from the house form, with its fix. */
export interface TitleVariant {
  hit: Hit;
  start: number;
  end: number;
  surface: string;
  edits: TextEdit[];
}

/** Title occurrences (per rule option `forms`) split by whether they use the house form. */
type Occurrences = { byEntry: Map<Hit['payload'], { hit: Hit; start: number; end: number; surface: string; norm: string }[]>; variants: TitleVariant[] };
const occCache = new WeakMap<Hit[], Occurrences>();

const MESSAGES = new SharedTexts();

export function titleOccurrences(text: string, hits: Hit[]): Occurrences {
  const cached = occCache.get(hits);
  if (cached) return cached;
  const byEntry = new Map<Hit['payload'], { hit: Hit; start: number; end: number; surface: string; norm: string }[]>();
  const variants: TitleVariant[] = [];
  const relative = new Map<string, TextEdit[]>();
  for (const hit of hits) {
    const end = stemEnd(text, hit);
    const surface = hit.exact ? hit.payload.canonical : text.slice(hit.start, end);
    const norm = surface === hit.payload.canonical ? surface : normalizeSurface(surface);
    let list = byEntry.get(hit.payload);
    if (!list) byEntry.set(hit.payload, (list = []));
    list.push({ hit, start: hit.start, end, surface, norm });
    if (norm !== hit.payload.canonical) {
      const key = `${surface}\u0000${hit.payload.canonical}`;
      let rel = relative.get(key);
      if (!rel) relative.set(key, (rel = diffEdits(surface, 0, surface.length, hit.payload.canonical)));
      variants.push({ hit, start: hit.start, end, surface, edits: rel.map((x) => ({ start: hit.start + x.start, end: hit.start + x.end, newText: x.newText })) });
    }
  }
  const result = { byEntry, variants };
  occCache.set(hits, result);
  return result;
}

export function everywhereFix(house: string, variants: TitleVariant[]): Fix {
  return {
    title: { fa: `«${house}» در همهٔ متن`, en: `Use “${house}” everywhere in this document` },
    safe: true,
    edits: variants.flatMap((v) => v.edits),
  };
}

/**
 * Titles of office have a house form (STYLE.md §4): «رئیس» not «رییس», «مسئول» not «مسوول»,
 * «رئیس‌جمهور», «مدیرعامل», «فناوری». Any other spelling is a warning with a fix, even alone.
 * Option forms: { "<house form>": ["other spelling", ...] } merged over the defaults.
 */
export const rule: Rule = {
  meta: {
    id: 'title-spelling',
    family: 'titles',
    severity: 'warning',
    fixable: 'fix',
    section: '§4',
    scope: 'document',
    title: { fa: 'شکل معیار عنوان سمت', en: 'House form of a title of office' },
    description: {
      fa: 'عنوان‌های سمت شکل معیار دارند: «رئیس» (نه «رییس»)، «مسئول» (نه «مسوول»)، «رئیس‌جمهور»، «مدیرعامل»، «دبیرکل»، «فناوری» (نه «فن‌آوری»). گزینهٔ forms شکل‌های معیار را عوض می‌کند: { "رییس": ["رئیس"] }.',
      en: 'Titles of office have a house form: رئیس (not رییس), مسئول (not مسوول), رئیس‌جمهور, مدیرعامل, دبیرکل, فناوری (not فن‌آوری). Option forms overrides them: { "رییس": ["رئیس"] }.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const hits = titleHits(tokens, text, ctx.option<Record<string, string[]> | undefined>('forms', undefined));
    const { variants } = titleOccurrences(text, hits);
    const perEntry = new Map<Hit['payload'], TitleVariant[]>();
    for (const v of variants) {
      if (ctx.isIgnoredWord(v.hit.first)) continue;
      const l = perEntry.get(v.hit.payload);
      if (l) l.push(v);
      else perEntry.set(v.hit.payload, [v]);
    }
    for (const [entry, list] of perEntry) {
      const house = entry.canonical;
      const all = list.length > 1 ? everywhereFix(house, list) : null;
      list.forEach((v, k) => {
        ctx.report({
          start: v.start,
          end: v.end,
          message: MESSAGES.get(`${v.surface}\u0000${house}`, () => ({ fa: `شکل معیار عنوان: «${v.surface}» ← «${house}»`, en: `House form of the title: “${v.surface}” → “${house}”` })),
          fixes: [{ title: changeTitle(house), safe: true, edits: v.edits }, ...(all && carriesSharedFix(k, list.length) ? [all] : [])],
        });
      });
    }
  },
  tests: {
    valid: [
      'رئیس سازمان اوقاف و رئیس‌جمهور و مسئولان',
      'مدیرعامل شرکت ملی پست و فناوری اطلاعات',
      'رئیسی در سفر است.',
      'مسئولیت‌ها و مسئولیتها',
      { text: 'رییس سازمان', options: { forms: { 'رییس': ['رئیس'] } } },
      'دبیرکل سازمان ملل و مدیرکل ارشاد',
    ],
    invalid: [
      { text: 'رییس سازمان اوقاف و امور خیریه', output: 'رئیس سازمان اوقاف و امور خیریه', errors: 1 },
      { text: 'ریيس سازمان', output: 'رئیس سازمان', errors: 1 },
      { text: 'رییس‌جمهور و رییس جمهوری', output: 'رئیس‌جمهور و رئیس‌جمهوری', errors: 2 },
      { text: 'رئیس جمهور گفت', output: 'رئیس‌جمهور گفت', errors: 1 },
      { text: 'مسوولان و مسوولیت‌ها و مسؤول', output: 'مسئولان و مسئولیت‌ها و مسئول', errors: 3 },
      { text: 'مدیر عامل شرکت', output: 'مدیرعامل شرکت', errors: 1 },
      { text: 'فن‌آوری اطلاعات و فن آوری‌های نو', output: 'فناوری اطلاعات و فناوری‌های نو', errors: 2 },
      { text: 'دبیر کل سازمان', output: 'دبیرکل سازمان', errors: 1 },
      { text: 'رئیس سازمان', output: 'رییس سازمان', options: { forms: { 'رییس': ['رئیس'] } }, errors: 1 },
    ],
  },
};
