import { scanArticle } from '../article-scan';
import { T } from '../tokenize';
import type { Rule, TextEdit } from '../types';

/**
 * An abbreviated blessing is written «(ره)» with one space before it (STYLE.md §3):
 * «خمینی(ره)» → «خمینی (ره)», «( ره )» → «(ره)».
 */
export const rule: Rule = {
  meta: {
    id: 'blessing-spacing',
    family: 'honorifics',
    severity: 'warning',
    fixable: 'fix',
    section: '§3',
    scope: 'line',
    title: { fa: 'فاصله‌گذاری کوتاه‌نوشت دعا', en: 'Spacing of abbreviated blessings' },
    description: {
      fa: 'کوتاه‌نوشت دعا با یک فاصله پس از نام و بی‌فاصله درون پرانتز نوشته می‌شود: «خمینی (ره)».',
      en: 'An abbreviated blessing takes one space after the name and none inside the parentheses: “خمینی (ره)”.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    for (const a of scanArticle(tokens, text).abbrs) {
      const i = a.openTok;
      const edits: TextEdit[] = [];
      if (i > 0 && tokens.kind[i - 1] === T.Word) edits.push({ start: a.open, end: a.open, newText: ' ' });
      if (tokens.kind[i + 1] === T.Space) edits.push({ start: tokens.start[i + 1], end: tokens.end[i + 1], newText: '' });
      // The closing parenthesis is the last character; a space before it is its previous token.
      let c = i + 1;
      while (tokens.end[c] < a.close) c++;
      if (tokens.kind[c - 1] === T.Space && c - 1 > i + 1) edits.push({ start: tokens.start[c - 1], end: tokens.end[c - 1], newText: '' });
      if (!edits.length) continue;
      const right = `${edits[0].newText === ' ' ? ' ' : ''}(${a.abbr})`;
      const wrong = text.slice(edits[0].newText === ' ' ? tokens.start[i - 1] : a.open, a.close);
      const shown = edits[0].newText === ' ' ? `${text.slice(tokens.start[i - 1], a.open)}${right}` : right;
      ctx.report({
        start: edits[0].newText === ' ' ? tokens.start[i - 1] : a.open,
        end: a.close,
        message: { fa: `فاصله‌گذاری کوتاه‌نوشت دعا: «${wrong}» ← «${shown}»`, en: `Spacing of an abbreviated blessing: “${wrong}” → “${shown}”` },
        fixes: [{ title: { fa: `تبدیل به «${shown}»`, en: `Change to “${shown}”` }, safe: true, edits }],
      });
    }
  },
  tests: {
    valid: ['امام خمینی (ره) گفت.', 'حضرت معصومه (س)، امام رضا (ع).', 'کتاب(الف) و بند(ب)'],
    invalid: [
      { text: 'امام خمینی(ره) گفت.', output: 'امام خمینی (ره) گفت.', errors: 1 },
      { text: 'امام خمینی ( ره ) گفت.', output: 'امام خمینی (ره) گفت.', errors: 1 },
      { text: 'امام رضا(ع )و', output: 'امام رضا (ع)و', errors: 1 },
    ],
  },
};
