import { changeTitle, SharedTexts } from '../shared-texts';
import { Entry, STOPS, foldWord, honorificHits, nextWord } from '../article-scan';
import type { RuleContext } from '../context';
import { diffEdits, normalizeSurface, sameFoldedLetters } from '../phrases';
import type { Msg, Rule, TextEdit } from '../types';

function nameFollows(ctx: RuleContext, last: number): boolean {
  const i = nextWord(ctx.tokens, last);
  if (i < 0) return false;
  const fh = ctx.tokens.fhash[i];
  return !(STOPS.mayHave(fh) && STOPS.get(fh, foldWord(ctx.text, ctx.tokens, i)));
}

interface Verdict {
  message: Msg;
  title: Msg;
  /** Edits relative to the start of the spelling. */
  edits: TextEdit[];
  needsName: boolean;
}

const MESSAGES = new SharedTexts();

function verdict(surface: string, e: Entry): Verdict | null {
  if (surface === e.canonical || normalizeSurface(surface) === e.canonical) return null;
  const what = e.kind === 'blessing' ? { fa: 'املای دعا', en: 'Blessing formula spelling' } : { fa: 'املای عنوان', en: 'Honorific spelling' };
  return {
    message: MESSAGES.get(`${e.kind}\u0000${surface}\u0000${e.canonical}`, () => ({ fa: `${what.fa}: «${surface}» ← «${e.canonical}»`, en: `${what.en}: “${surface}” → “${e.canonical}”` })),
    title: changeTitle(e.canonical),
    edits: diffEdits(surface, 0, surface.length, e.canonical),
    needsName: e.kind === 'honorific' && !sameFoldedLetters(surface, e.canonical),
  };
}

/**
 * Honorifics and blessing formulas have one written form (STYLE.md §3): «حجت‌الاسلام»,
 * «آیت‌الله العظمی», «سلام‌الله‌علیها». The phrase trie finds them in any spacing; a spelling
 * that differs from the canonical one in its letters or its joints is reported with a fix.
 * Differences in Arabic yeh/kaf alone are left to arabic-letters.
 */
export const rule: Rule = {
  meta: {
    id: 'honorific-spelling',
    family: 'honorifics',
    severity: 'warning',
    fixable: 'fix',
    section: '§3',
    scope: 'line',
    title: { fa: 'املای عنوان احترام و دعا', en: 'Spelling of honorifics and blessing formulas' },
    description: {
      fa: 'عنوان‌های احترام و دعاها شکل ثابتی دارند: «حجت‌الاسلام»، «حجت‌الاسلام والمسلمین»، «آیت‌الله»، «آیت‌الله العظمی»، «ثقة‌الاسلام»، «سلام‌الله‌علیها»، «علیه‌السلام»؛ «حجت السلام»، «آیة الله»، «و المسلمین»، «سلام الله علیها» اصلاح می‌شوند. گزینهٔ forms شکل‌های معیار را عوض می‌کند: { "<شکل معیار>": ["شکل دیگر", ...] }.',
      en: 'Honorifics and blessing formulas have one written form: حجت‌الاسلام, حجت‌الاسلام والمسلمین, آیت‌الله, آیت‌الله العظمی, ثقة‌الاسلام, سلام‌الله‌علیها, علیه‌السلام; misspellings such as حجت السلام, آیة الله, و المسلمین or سلام الله علیها are fixed. Option forms: { "<house form>": ["other spelling", ...] } merged over the defaults.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    // A misspelling tends to repeat through an article: its verdict, message and edits are
    // worked out once per spelling.
    const verdicts = new Map<string, Verdict | null>();
    for (const h of honorificHits(tokens, text, ctx.option<Record<string, string[]> | undefined>('forms', undefined))) {
      if (h.exact) continue;
      const e = h.payload;
      const surface = text.slice(h.start, h.end);
      let v = verdicts.get(surface);
      if (v === undefined) verdicts.set(surface, (v = verdict(surface, e)));
      if (!v || ctx.isIgnoredWord(h.first)) continue;
      // «آیه الله» may be a verse and God; as an honorific it is followed by a name.
      if (v.needsName && !nameFollows(ctx, h.last)) continue;
      ctx.report({
        start: h.start,
        end: h.end,
        message: v.message,
        fixes: [{ title: v.title, safe: true, edits: v.edits.map((x) => ({ start: h.start + x.start, end: h.start + x.end, newText: x.newText })) }],
      });
    }
  },
  tests: {
    valid: [
      'حجت‌الاسلام محمدی گفت.',
      'حجت‌الاسلام والمسلمین انصاری گفت.',
      'آیت‌الله العظمی سیستانی و آیت‌الله جوادی آملی',
      'ثقة‌الاسلام تهرانی',
      'حرم حضرت معصومه سلام‌الله‌علیها',
      'الله اکبر و بسم الله',
      'خداوند در این آیه الله را ستوده است.',
      'قال: صَلَّى اللَّهُ عَلَيْهِ وَ آلِهِ وَ سَلَّمَ فِي الْحَدِيثِ',
      'علیه سلامت و امنیت اقدام کرد.',
      // Arabic yeh alone is arabic-letters' business.
      'حجت‌الاسلام والمسلمين انصاری',
      { text: 'حجت الاسلام محمدی', options: { forms: { 'حجت الاسلام': ['حجت‌الاسلام'] } } },
    ],
    invalid: [
      { text: 'حجت الاسلام والمسلمین محمد مهدی انصاری', output: 'حجت‌الاسلام والمسلمین محمد مهدی انصاری', errors: 1 },
      { text: 'با حجتالاسلام والمسلمین سید مهدی خاموشی', output: 'با حجت‌الاسلام والمسلمین سید مهدی خاموشی', errors: 1 },
      { text: 'حجت الاسلام موسی‌پور', output: 'حجت‌الاسلام موسی‌پور' },
      { text: 'حجت السلام موسوی', output: 'حجت‌الاسلام موسوی' },
      { text: 'حجة الاسلام و المسلمین رئیسی', output: 'حجت‌الاسلام والمسلمین رئیسی', errors: 1 },
      { text: 'حجه‌الاسلام قرائتی', output: 'حجت‌الاسلام قرائتی' },
      { text: 'آیة الله مکارم', output: 'آیت‌الله مکارم' },
      { text: 'آیه الله مکارم', output: 'آیت‌الله مکارم' },
      { text: 'آیتالله العظمی سبحانی', output: 'آیت‌الله العظمی سبحانی' },
      { text: 'آیت‌ﷲ مکارم و آیت ﷲ العظمی سبحانی', output: 'آیت‌الله مکارم و آیت‌الله العظمی سبحانی', errors: 2 },
      { text: 'آیت الله خامنه‌ای', output: 'آیت‌الله خامنه‌ای' },
      { text: 'ثقة الاسلام کلینی', output: 'ثقة‌الاسلام کلینی' },
      { text: 'حرم حضرت معصومه سلام الله علیها و اهل بیت سلام الله علیهم', output: 'حرم حضرت معصومه سلام‌الله‌علیها و اهل بیت سلام‌الله‌علیهم', errors: 2 },
      { text: 'امام رضا علیه السلام', output: 'امام رضا علیه‌السلام' },
      { text: 'حجت‌الاسلام محمدی', output: 'حجت الاسلام محمدی', options: { forms: { 'حجت الاسلام': ['حجت‌الاسلام'] } } },
      { text: 'پیامبر صلی الله علیه و آله', output: 'پیامبر صلی‌الله‌علیه‌وآله' },
    ],
  },
};
