import stemsSource from '../data/verb-stems.txt';
import notVerbsSource from '../data/verbs-not.txt';
import { parseLexicon } from '../lexicon';

/**
 * Recognition of Persian verbs written with the prefix «می/نمی». The data file lists stems,
 * not forms, which keeps the bundle small; at load every stem is expanded with the personal
 * endings it takes into one map of the forms that may follow the prefix, so that a look-up
 * at lint time is a single hash probe.
 */

const ZWNJ = '\u200c';
const PRESENT_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];
const PAST_ENDINGS = ['', 'م', 'ی', 'یم', 'ید', 'ند'];
/** Auxiliaries of the perfect after the participle in «ه»: کرده‌اند، شده‌است. */
const PERFECT = ['ام', 'ای', 'است', 'ایم', 'اید', 'اند'];
/** Forms of «بودن» after a participle: the perfect («آسیب دیده بود», «نشده است»). */
export const PERFECT_AUX = new Set('است اند ایم اید ام ای بود بودم بودی بودیم بودید بودند باشد باشم باشی باشیم باشید باشند'.split(' '));
/** Preverbs written joined to the prefix (برمی‌گردد، درمی‌آید، بازمی‌گردد) and to a past stem (بازگشته). */
export const PREVERBS = ['بر', 'در', 'باز', 'فرا', 'فرو', 'وا'];
/** Suffixes a noun can carry; a noun + suffix that also reads as a verb is ambiguous. */
const NOUN_SUFFIXES = ['', 'ی', 'یی', 'ها', 'های', 'هایی', 'ای', 'ان', 'یان', 'ات'];
/** Possessive clitics: «میدانم» is far likelier «می‌دانم» than "my square". */
const CLITICS = ['م', 'ت', 'ش', 'مان', 'تان', 'شان'];

export const enum VerbForm {
  None = 0,
  Present = 1, // می‌شود
  Past = 2, // می‌شد، می‌کردند
  Participle = 3, // می‌شده، می‌کرده‌اند (written without ZWNJ too: می‌کردهاند)
  Bare = 4, // می‌توان
}
/** Set on forms that only a rare verb yields (تنیدن، چریدن). */
const RARE = 8;

const PRESENT_STEMS: string[] = [];
const PAST_STEMS: string[] = [];
const COMMON_PRESENT: string[] = [];
/** Every form that may follow «می/نمی» → VerbForm, plus RARE. */
const FORMS = new Map<string, number>();

(function expand() {
  const common: [string[], string[]] = [[], []];
  const rare: [string[], string[]] = [[], []];
  for (const line of parseLexicon(stemsSource)) {
    // A trailing "?" marks a rare verb: a glued word read through it may as well be a name
    // or a loanword, so it is only suggested.
    const [past, present, mark] = line.split(/\s+/);
    const [pasts, presents] = mark === '?' ? rare : common;
    if (past && past !== '-') pasts.push(past);
    if (present && present !== '-') presents.push(...present.split('/'));
  }
  const add = (form: string, value: number) => {
    if (!FORMS.has(form)) FORMS.set(form, value);
  };
  // Common verbs first, so that a form both yield keeps the common reading.
  for (const [[pasts, presents], flag] of [[common, 0], [rare, RARE]] as const) {
    for (const p of presents) for (const e of PRESENT_ENDINGS) add(p + e, VerbForm.Present | flag);
    for (const p of pasts) {
      for (const e of PAST_ENDINGS) add(p + e, VerbForm.Past | flag);
      add(p + 'ه', VerbForm.Participle | flag);
      for (const a of PERFECT) add(p + 'ه' + a, VerbForm.Participle | flag);
    }
    PRESENT_STEMS.push(...presents);
    PAST_STEMS.push(...pasts);
  }
  COMMON_PRESENT.push(...common[1]);
  add('توان', VerbForm.Bare);
})();

/** A finite form of a common verb without «می» (simple past «کرد»، «بودند»; present «کند»، «شود»). */
export function commonFiniteVerb(w: string): boolean {
  const v = FORMS.get(w);
  if (v === undefined || v & RARE) return false;
  const form = v & 7;
  return form === VerbForm.Past || form === VerbForm.Present;
}

/** A folded word (no ZWNJ) that is a negated finite form of a common verb («ندارد», «نمیشود»). */
export function negatedVerb(w: string): boolean {
  return w.startsWith('ن') && (commonFiniteVerb(w.slice(1)) || (w.startsWith('نمی') && commonFiniteVerb(w.slice(3))));
}

/**
 * A folded word (no ZWNJ) that is a finite form of a common verb, with or without «می/نمی/ب/ن»
 * («آورد», «میرود», «ببرند»), or (unless `participles` is false) a participle («آمده»).
 */
export function verbWord(w: string, participles = true): boolean {
  if (commonFiniteVerb(w)) return true;
  for (const p of ['نمی', 'می', 'ب', 'ن']) if (w.startsWith(p) && commonFiniteVerb(w.slice(p.length))) return true;
  return participles && verbAfterPrefix(w) === VerbForm.Participle;
}

/**
 * «بیاندازد», «بیافزاید», «بیارزد»: the subjunctive «ب» before a present stem in «ا/آ», written
 * with «یا» (the Academy's «بیندازد»): a verb, not the prefix «بی» before a word.
 */
export function glideSubjunctive(w: string): boolean {
  if (w.length < 6 || !w.startsWith('بیا')) return false;
  const tail = w.slice(2);
  for (const t of [tail, 'آ' + tail.slice(1)]) {
    const v = FORMS.get(t);
    if (v !== undefined && (v & 7) === VerbForm.Present) return true;
  }
  return false;
}

/** A present-tense form of a common verb without «می» («شود»، «کنند»). */
export function commonPresentVerb(w: string): boolean {
  const v = FORMS.get(w);
  return v !== undefined && !(v & RARE) && (v & 7) === VerbForm.Present;
}

/** Words that begin with «می/نمی» without being verbs (میدان، میزان، ...). */
const NOT_VERBS = new Set(parseLexicon(notVerbsSource));

/** Arabic yeh/kaf to Persian ones, length kept so indices map back to the source. */
export function normalizeLetters(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x064a || c === 0x0649 || c === 0x0643) return s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک');
  }
  return s;
}

/** The FORMS value of what follows the prefix, or 0; a ZWNJ may only precede a perfect auxiliary. */
function reading(rest: string): number {
  const z = rest.indexOf(ZWNJ);
  if (z < 0) return FORMS.get(rest) ?? 0;
  const head = FORMS.get(rest.slice(0, z)) ?? 0;
  return (head & 7) === VerbForm.Participle && rest.endsWith('ه', z) && PERFECT.includes(rest.slice(z + 1)) ? head : 0;
}

/**
 * What follows «می/نمی» if it is a verb: stem + personal ending, past stem + ending,
 * participle (+ perfect auxiliary, with or without ZWNJ), or «توان». `rest` has Persian
 * letters (see normalizeLetters) and may contain ZWNJ.
 */
export function verbAfterPrefix(rest: string): VerbForm {
  return (reading(rest) & 7) as VerbForm;
}

/** Known non-verbs with the noun suffixes they may carry, and with possessive clitics. */
const NOUN_FORMS = new Set<string>();
const CLITIC_FORMS = new Set<string>();
for (const w of NOT_VERBS) {
  for (const x of NOUN_SUFFIXES) NOUN_FORMS.add(w + x);
  for (const x of CLITICS) CLITIC_FORMS.add(w + x);
}

/** «میدان»، «میدانی»، «میزها»: a known non-verb, possibly with a noun suffix. */
function nounReading(whole: string): 'noun' | 'clitic' | null {
  if (NOUN_FORMS.has(whole)) return 'noun';
  if (CLITIC_FORMS.has(whole)) return 'clitic';
  return null;
}

export interface GluedVerb {
  /** Index in the word where the ZWNJ belongs (after «می» / «نمی»). */
  at: number;
  /** False when the word also reads as a non-verb (noun + clitic) or only through a rare verb: suggest, don't fix. */
  certain: boolean;
}

/** Length of «می» / «نمی» at `from`, or 0. */
function prefixAt(w: string, from: number): number {
  if (w.startsWith('می', from)) return 2;
  if (w.startsWith('نمی', from)) return 3;
  return 0;
}

/**
 * A verb written with its prefix glued on («میشود»، «نمیتوان»، «برمیگردد»): where the
 * ZWNJ goes, or null when the word is not such a verb or is ambiguous with a known word.
 * `w` has Persian letters; a ZWNJ already right after the prefix means nothing to do.
 */
export function gluedVerb(w: string): GluedVerb | null {
  let at = -1;
  const direct = prefixAt(w, 0);
  if (direct && w[direct] !== ZWNJ && verbAfterPrefix(w.slice(direct))) at = direct;
  if (at < 0) {
    for (const pv of PREVERBS) {
      if (!w.startsWith(pv)) continue;
      const n = prefixAt(w, pv.length);
      const p = pv.length + n;
      if (n && w[p] !== ZWNJ && verbAfterPrefix(w.slice(p))) {
        at = p;
        break;
      }
    }
  }
  if (at < 0) return null;
  const noun = nounReading(w.split(ZWNJ).join(''));
  if (noun === 'noun') return null;
  return { at, certain: noun === null && !(reading(w.slice(at)) & RARE) };
}

/** For tests and tools: the stem lexicon and the non-verb list. */
export function verbLexicon(): { present: string[]; past: string[]; notVerbs: string[]; commonPresent: string[] } {
  return { present: [...new Set(PRESENT_STEMS)], past: [...new Set(PAST_STEMS)], notVerbs: [...NOT_VERBS], commonPresent: COMMON_PRESENT };
}
