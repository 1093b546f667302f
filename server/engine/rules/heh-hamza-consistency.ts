import { F } from '../chars';
import { carriesSharedFix } from '../context';
import type { Fix, Rule } from '../types';

const YEH_FORM = 'ۀ';
const HAMZA_FORM = 'هٔ';

export const rule: Rule = {
  meta: {
    id: 'heh-hamza-consistency',
    family: 'letters',
    severity: 'information',
    fixable: 'suggest',
    section: '§1',
    scope: 'document',
    title: { fa: 'یکدستی «ۀ» و «هٔ»', en: 'Consistent ۀ or هٔ' },
    description: {
      fa: 'در یک متن فقط یکی از دو شکل «ۀ» یا «هٔ» به کار می‌رود. گزینهٔ form: «consistent» (پیش‌فرض: شکل کمتر گزارش می‌شود و تبدیل به شکل غالب پیشنهاد می‌شود، ولی «رفع همه» آن را انجام نمی‌دهد)، «ۀ» یا «هٔ» (شکل دیگر خودکار رفع می‌شود).',
      en: 'A document uses one of ۀ (U+06C0) or هٔ (ه + U+0654). Option form: "consistent" (default: the minority form is reported and the majority offered as a quick fix, which fix-all leaves to the editor), "ۀ" or "هٔ" (the other form is fixed).',
    },
  },
  check(ctx) {
    if (!(ctx.docFlags & F.HehHamza)) return;
    const { tokens, text } = ctx;
    const yeh: number[] = [];
    const hamza: number[] = [];
    const hehHamzaTokens = ctx.wordsWith(F.HehHamza);
    for (let ti = 0; ti < hehHamzaTokens.length; ti++) {
      const i = hehHamzaTokens[ti];
      if (ctx.isIgnoredWord(i)) continue;
      for (let p = tokens.start[i]; p < tokens.end[i]; p++) {
        const c = text.charCodeAt(p);
        if (c === 0x06c0) yeh.push(p);
        else if (c === 0x0654 && text.charCodeAt(p - 1) === 0x0647) hamza.push(p - 1);
      }
    }
    const form = ctx.option<string>('form', 'consistent');
    // Which form a mixed document converges on is the editor's choice (STYLE.md §1 makes it a
    // consistency report): offered, never applied by fix-all, unless the house style names one.
    const chosen = form === YEH_FORM || form === HAMZA_FORM;
    let target: string;
    if (form === YEH_FORM || form === HAMZA_FORM) target = form;
    else if (!yeh.length || !hamza.length) return;
    else if (yeh.length !== hamza.length) target = yeh.length > hamza.length ? YEH_FORM : HAMZA_FORM;
    else target = yeh[0] < hamza[0] ? YEH_FORM : HAMZA_FORM;
    const wrong = target === YEH_FORM ? hamza : yeh;
    const wrongLen = target === YEH_FORM ? 2 : 1;
    const fixAll: Fix = {
      title: { fa: `«${target}» در همهٔ متن`, en: `Use “${target}” everywhere in this document` },
      safe: chosen,
      ...(chosen ? {} : { manual: true }),
      edits: wrong.map((p) => ({ start: p, end: p + wrongLen, newText: target })),
    };
    const title = { fa: `تبدیل به «${target}»`, en: `Change to “${target}”` };
    wrong.forEach((p, k) => {
      ctx.report({
        start: p,
        end: p + wrongLen,
        message: {
          fa: `در این متن «${target}» به کار رفته است، نه «${text.slice(p, p + wrongLen)}»`,
          en: `This document uses “${target}”, not “${text.slice(p, p + wrongLen)}”`,
        },
        fixes: [
          chosen ? ctx.replace(p, p + wrongLen, target, title, true) : { title, safe: false, manual: true, edits: [{ start: p, end: p + wrongLen, newText: target }] },
          ...(carriesSharedFix(k, wrong.length) ? [fixAll] : []),
        ],
      });
    });
  },
  tests: {
    valid: ['خانۀ ما و نامۀ او', 'خانهٔ ما و نامهٔ او', { text: 'خانهٔ ما', options: { form: 'هٔ' } }],
    invalid: [
      { text: 'خانۀ ما و نامۀ او و جامعهٔ ما', output: 'خانۀ ما و نامۀ او و جامعۀ ما', errors: 1, options: { form: 'ۀ' } },
      { text: 'خانۀ ما', output: 'خانهٔ ما', options: { form: 'هٔ' } },
    ],
  },
};
