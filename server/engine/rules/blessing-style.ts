import { FULL_FOR_ABBR, scanArticle } from '../article-scan';
import type { Fix, Msg, Rule } from '../types';

interface Occurrence {
  start: number;
  end: number;
  text: string;
  /** The other style's form, when it is unambiguous. */
  other: string;
  /** Where the replacement goes (an abbreviation keeps the space before it). */
  editStart: number;
  editEnd: number;
}

const STYLE_NAME: Record<'full' | 'abbreviated', Msg> = {
  full: { fa: 'دعای کامل', en: 'the full formula' },
  abbreviated: { fa: 'کوتاه‌نوشت در پرانتز', en: 'the abbreviation in parentheses' },
};

/**
 * One blessing style per document (STYLE.md §3): the full formula («سلام‌الله‌علیها») or the
 * abbreviation in parentheses («(س)»). Option style: "consistent" (default: the majority, the
 * first one on a tie), "full" or "abbreviated". Converting is offered as a suggestion: «(ع)»
 * may stand for «علیه‌السلام» or «علیهم‌السلام», so an editor should read it.
 */
export const rule: Rule = {
  meta: {
    id: 'blessing-style',
    family: 'honorifics',
    severity: 'information',
    fixable: 'suggest',
    section: '§3',
    scope: 'document',
    title: { fa: 'یکدستی شیوهٔ دعا پس از نام', en: 'One blessing style per document' },
    description: {
      fa: 'در یک متن یا دعای کامل («سلام‌الله‌علیها»، «رحمه‌الله‌علیه») به کار می‌رود یا کوتاه‌نوشت در پرانتز («(س)»، «(ره)»). گزینهٔ style: «consistent» (پیش‌فرض)، «full» یا «abbreviated».',
      en: 'A document uses either the full blessing formula (سلام‌الله‌علیها, رحمه‌الله‌علیه) or the abbreviation in parentheses ((س), (ره)). Option style: "consistent" (default), "full" or "abbreviated".',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const scan = scanArticle(tokens, text);
    const full: Occurrence[] = [];
    for (const h of scan.hits) {
      if (h.payload.kind !== 'blessing') continue;
      const abbr = `(${h.payload.abbr})`;
      full.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), other: abbr, editStart: h.start, editEnd: h.end });
    }
    const abbreviated: Occurrence[] = scan.abbrs.map((a) => ({
      start: a.open,
      end: a.close,
      text: text.slice(a.open, a.close),
      other: FULL_FOR_ABBR.get(a.abbr) ?? '',
      editStart: a.open,
      editEnd: a.close,
    }));
    const style = ctx.option<string>('style', 'consistent');
    let target: 'full' | 'abbreviated';
    if (style === 'full' || style === 'abbreviated') target = style;
    else if (!full.length || !abbreviated.length) return;
    else if (full.length !== abbreviated.length) target = full.length > abbreviated.length ? 'full' : 'abbreviated';
    else target = full[0].start < abbreviated[0].start ? 'full' : 'abbreviated';
    const wrong = target === 'full' ? abbreviated : full;
    const right = target === 'full' ? full : abbreviated;
    const name = STYLE_NAME[target];
    for (const o of wrong) {
      const fixes: Fix[] = o.other
        ? [{ title: { fa: `تبدیل به «${o.other}»`, en: `Change to “${o.other}”` }, safe: false, manual: true, edits: [{ start: o.editStart, end: o.editEnd, newText: o.other }] }]
        : [];
      ctx.report({
        start: o.start,
        end: o.end,
        message: {
          fa: `شیوهٔ دعا در این متن ${name.fa} است: «${o.text}»${o.other ? ` ← «${o.other}»` : ''}`,
          en: `This document uses ${name.en}: “${o.text}”${o.other ? ` → “${o.other}”` : ''}`,
        },
        fixes,
        related: right.length
          ? [{ start: right[0].start, end: right[0].end, message: { fa: `نخستین «${right[0].text}»`, en: `First “${right[0].text}”` } }]
          : undefined,
      });
    }
  },
  tests: {
    valid: [
      'امام خمینی (ره) و حضرت معصومه (س)',
      'امام خمینی رحمه‌الله‌علیه و حضرت معصومه سلام‌الله‌علیها',
      { text: 'امام خمینی (ره) گفت.', options: { style: 'abbreviated' } },
      'عدد (۲) و (الف) و (ع) در فهرست.',
    ],
    invalid: [
      { text: 'امام خمینی (ره) و امام علی (ع) و حضرت معصومه سلام‌الله‌علیها', output: 'امام خمینی (ره) و امام علی (ع) و حضرت معصومه سلام‌الله‌علیها', errors: 1 },
      { text: 'امام خمینی (ره) و حضرت معصومه سلام‌الله‌علیها', output: 'امام خمینی (ره) و حضرت معصومه سلام‌الله‌علیها', errors: 1 },
      { text: 'امام رضا علیه‌السلام و امام علی علیه‌السلام و حضرت معصومه (س)', output: 'امام رضا علیه‌السلام و امام علی علیه‌السلام و حضرت معصومه (س)', errors: 1 },
      { text: 'امام خمینی (ره)', output: 'امام خمینی (ره)', options: { style: 'full' } },
    ],
  },
};
