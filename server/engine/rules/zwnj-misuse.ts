import { SharedTexts } from '../shared-texts';
import { fold, SOFT_HYPHEN, ZWJ, ZWNJ } from '../chars';
import { suffixCandidates } from '../morphology/suffix-scan';
import type { RuleContext } from '../context';
import { COMPOUNDS, foldHashRange, HEH_ENDINGS, joinerAfter, PLURAL_WORDS } from '../morphology/suffixes';
import { T } from '../tokenize';
import type { Msg, Rule, TextEdit } from '../types';
import { fixTitle } from './zwnj-plural';
import { HashSet } from '../morphology/hash-set';

const LRM = 0x200e;
const RLM = 0x200f;
const ALM = 0x061c;

/** Words that attach with a ZWNJ on their right («…‌ها», «…‌اند», «…‌تر») or their left (می، بی، هم). */
const ATTACHING_AFTER = new HashSet([...PLURAL_WORDS, ...HEH_ENDINGS, 'تر', 'ترین'].map((w) => foldHashRange(w, 0, w.length)));
const ATTACHING_BEFORE = new HashSet(['می', 'نمی', 'بی', 'هم'].map((w) => foldHashRange(w, 0, w.length)));

const KIND: Record<string, Msg> = {
  nonJoining: { fa: 'نیم‌فاصله پس از حرف ناپیوسته زائد است', en: 'A ZWNJ after a non-joining letter is redundant' },
  other: { fa: 'نویسهٔ نامرئی دیگری به‌جای نیم‌فاصله آمده است', en: 'Another invisible character stands where a ZWNJ was meant' },
  space: { fa: 'نیم‌فاصله کنار فاصله آمده است', en: 'A ZWNJ next to a space' },
  doubled: { fa: 'نیم‌فاصله تکراری است', en: 'Doubled ZWNJ' },
  edge: { fa: 'نیم‌فاصله در لبه واژه بی‌اثر است', en: 'A ZWNJ at a word edge does nothing' },
};

function show(s: string): string {
  return s.replace(/\u200c/g, '[ZWNJ]').replace(/\u200d/g, '[ZWJ]').replace(/\u00ad/g, '[SHY]').replace(/[\u200e\u200f\u061c]/g, '[RLM]');
}

const MESSAGES = new SharedTexts();

export const rule: Rule = {
  meta: {
    id: 'zwnj-misuse',
    family: 'zwnj',
    severity: 'information',
    fixable: 'fix',
    section: '§2',
    title: { fa: 'نیم‌فاصله نابه‌جا', en: 'Misplaced ZWNJ' },
    description: {
      fa: 'نیم‌فاصله پس از حروف ناپیوسته (ا د ذ ر ز ژ و)، کنار فاصله، در لبه واژه یا تکراری زائد است؛ ZWJ، نرم‌خط و نشانه‌های جهت (RLM/LRM) درون واژه به‌جای نیم‌فاصله به کار نمی‌روند.',
      en: 'A ZWNJ after a non-joining letter (ا د ذ ر ز ژ و), next to a space, at a word edge or doubled is redundant; ZWJ, soft hyphen and direction marks (RLM/LRM) inside a word stand where a ZWNJ was meant.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const n = tokens.count;
    for (const i of suffixCandidates(text, tokens).misuse) {
      const k = tokens.kind[i];
      if (k === T.Word) {
        if (ctx.isIgnoredWord(i)) continue;
        const s = tokens.start[i];
        const e = tokens.end[i];
        for (let p = s + 1; p < e - 1; p++) {
          const c = text.charCodeAt(p);
          if (c !== ZWNJ && c !== ZWJ && c !== SOFT_HYPHEN) continue;
          const prev = text.charCodeAt(p - 1);
          const want = joinerAfter(prev);
          if (c === ZWNJ && want) continue;
          report(ctx, s, e, [{ start: p, end: p + 1, newText: want }], c === ZWNJ ? KIND.nonJoining : KIND.other, true);
        }
      } else if (k === T.Joiner) {
        checkJoiner(ctx, i);
      } else if (k === T.Format && i > 0 && i + 1 < n && tokens.kind[i - 1] === T.Word && tokens.kind[i + 1] === T.Word) {
        // «می‌شود» typed with an RLM: a direction mark between two Persian letters.
        const s = tokens.start[i];
        const e = tokens.end[i];
        let marks = true;
        for (let p = s; p < e; p++) {
          const c = text.charCodeAt(p);
          if (c !== RLM && c !== LRM && c !== ALM) marks = false;
        }
        if (!marks) continue;
        const joiner = joinerAfter(text.charCodeAt(s - 1));
        report(ctx, tokens.start[i - 1], tokens.end[i + 1], [{ start: s, end: e, newText: joiner }], KIND.other, true);
      }
    }
  },
  tests: {
    valid: [
      'کشورها و شبکه‌ها و می‌شود',
      'نیم‌فاصله درست در بین‌المللی',
      'متن بدون هیچ نویسه نامرئی',
      'abc\u200ddef',
      'سال ۱۳۶۰\u200cها',
      'کشور\u200f ایران',
      '\u200fسلام',
      'a.b@mail.example.co\u200cwww.example.com',
      { text: 'متن\n\u200c```\nكد\n', markdown: true },
      'abc \u200c def',
    ],
    invalid: [
      { text: 'کشور\u200cها', output: 'کشورها', errors: 1 },
      { text: 'دارو\u200cها و ابزار\u200cها', output: 'داروها و ابزارها', errors: 2 },
      { text: 'می\u200dشود', output: 'می\u200cشود', errors: 1 },
      { text: 'می\u00adشود', output: 'می\u200cشود', errors: 1 },
      { text: 'کشور\u200dها', output: 'کشورها', errors: 1 },
      { text: 'می\u200fشود', output: 'می\u200cشود', errors: 1 },
      { text: 'می\u200eشود', output: 'می\u200cشود', errors: 1 },
      { text: 'می \u200cشود', output: 'می\u200cشود', errors: 1 },
      { text: 'شبکه\u200c ها', output: 'شبکه\u200cها', errors: 1 },
      { text: 'می\u200c\u200cشود', output: 'می\u200cشود', errors: 1 },
      { text: 'کتاب\u200c.', output: 'کتاب.', errors: 1 },
      { text: '\u200cسلام', output: 'سلام', errors: 1 },
      { text: 'سلام\u200c\nخداحافظ', output: 'سلام\nخداحافظ', errors: 1 },
      { text: 'کشور\u200c\u200cها', output: 'کشورها', errors: 1 },
      { text: 'گفت\u200c ما رفتیم', output: 'گفت ما رفتیم', errors: 1, unsafe: true },
      { text: 'کتاب \u200cخوب', output: 'کتاب خوب', errors: 1, unsafe: true },
      { text: 'کتاب\u200c های خوب', output: 'کتاب\u200cهای خوب', errors: 1 },
      { text: 'کتاب \u200c ها', output: 'کتاب  ها', errors: 1 },
      // A listed compound: the space is the mistake, however the joiner stands.
      { text: 'در گفت\u200c وگویی تلفنی و گفت \u200cوگو', output: 'در گفت\u200cوگویی تلفنی و گفت\u200cوگو', errors: 2 },
    ],
  },
};

function checkJoiner(ctx: RuleContext, i: number): void {
  const { tokens, text } = ctx;
  const n = tokens.count;
  const s = tokens.start[i];
  const e = tokens.end[i];
  const kind = (j: number) => (j >= 0 && j < n ? tokens.kind[j] : -1);
  const pk = kind(i - 1);
  const nk = kind(i + 1);
  // Beside digits or Latin («۱۳۶۰‌ها») a joiner may be deliberate: leave it.
  if (pk === T.Number || pk === T.Latin || nk === T.Number || nk === T.Latin) return;
  if (pk === T.Word && nk === T.Word) {
    // Doubled: «می‌‌شود».
    const joiner = joinerAfter(text.charCodeAt(s - 1));
    report(ctx, tokens.start[i - 1], tokens.end[i + 1], [{ start: s, end: e, newText: joiner }], KIND.doubled, true);
    return;
  }
  if (pk === T.Word && nk === T.Space && kind(i + 2) === T.Word) {
    // «شبکه‌ ها»: the space is the mistake when the pair is a ZWNJ pair.
    const joiner = joinerAfter(text.charCodeAt(s - 1));
    const safe = ATTACHING_AFTER.has(tokens.fhash[i + 2]) || ATTACHING_BEFORE.has(tokens.fhash[i - 1]) || listedCompound(ctx, i - 1, i + 2);
    report(ctx, tokens.start[i - 1], tokens.end[i + 2], [{ start: s, end: tokens.end[i + 1], newText: joiner }], KIND.space, safe, safe ? undefined : [{ start: s, end: e, newText: '' }]);
    return;
  }
  if (pk === T.Space && nk === T.Word && kind(i - 2) === T.Word) {
    // «می ‌شود».
    const ps = tokens.start[i - 1];
    const joiner = joinerAfter(text.charCodeAt(ps - 1));
    const safe = ATTACHING_AFTER.has(tokens.fhash[i + 1]) || ATTACHING_BEFORE.has(tokens.fhash[i - 2]) || listedCompound(ctx, i - 2, i + 1);
    report(ctx, tokens.start[i - 2], tokens.end[i + 1], [{ start: ps, end: e, newText: joiner }], KIND.space, safe, safe ? undefined : [{ start: s, end: e, newText: '' }]);
    return;
  }
  // At a word edge it does nothing and goes. Away from Persian words, or touching a URL, an
  // e-mail or code, it is not ours to touch; nor before a Markdown fence marker, which
  // removing it would turn into a code fence.
  const wordBeyondSpace = (pk === T.Space && kind(i - 2) === T.Word) || (nk === T.Space && kind(i + 2) === T.Word);
  if (pk !== T.Word && nk !== T.Word && !wordBeyondSpace) return;
  if (pk === T.Url || pk === T.Email || pk === T.Code || nk === T.Url || nk === T.Email || nk === T.Code) return;
  if (nk === T.Punct && (text.charCodeAt(e) === 0x60 || text.charCodeAt(e) === 0x7e)) return;
  const from = pk === T.Word ? tokens.start[i - 1] : s;
  const to = nk === T.Word ? tokens.end[i + 1] : e;
  report(ctx, from, to, [{ start: s, end: e, newText: '' }], KIND.edge, true);
}

/** Endings a listed compound may carry: «گفت‌وگویی», «سرمایه‌گذاری‌ها». */
const COMPOUND_ENDINGS = ['هایی', 'های', 'ها', 'ای', 'یی', 'ی'];

/**
 * Whether words a and b, joined, are a listed press compound, alone or with an ending
 * («گفت‌ وگویی»): then the joiner is meant and the space is the mistake.
 */
function listedCompound(ctx: RuleContext, a: number, b: number): boolean {
  const w = fold(ctx.tokenText(a) + ctx.tokenText(b));
  if (COMPOUNDS.getString(w) !== undefined) return true;
  for (const e of COMPOUND_ENDINGS) if (w.length - e.length >= 4 && w.endsWith(e) && COMPOUNDS.getString(w.slice(0, -e.length)) !== undefined) return true;
  return false;
}

/**
 * One finding; `edits` is the fix. When the joining is not certain, `alternative` (dropping the
 * stray joiner and keeping the space) is offered first and both are suggestions.
 */
function report(ctx: RuleContext, start: number, end: number, edits: TextEdit[], kind: Msg, safe: boolean, alternative?: TextEdit[]): void {
  const { text } = ctx;
  const result = (xs: TextEdit[]) => {
    let to = '';
    let p = start;
    for (const x of xs) {
      to += text.slice(p, x.start) + x.newText;
      p = x.end;
    }
    return to + text.slice(p, end);
  };
  const from = text.slice(start, end);
  const to = result(edits);
  const fixes = [{ title: fixTitle(show(to)), safe, edits }];
  if (alternative) fixes.unshift({ title: fixTitle(show(result(alternative))), safe: false, edits: alternative });
  ctx.report({
    start,
    end,
    message: MESSAGES.get(`${kind.en}\u0000${from}\u0000${to}`, () => ({ fa: `${kind.fa}: «${show(from)}» ← «${show(to)}»`, en: `${kind.en}: “${show(from)}” → “${show(to)}”` })),
    fixes,
  });
}
