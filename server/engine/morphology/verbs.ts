import stemsSource from '../data/verb-stems.txt';
import notVerbsSource from '../data/verbs-not.txt';
import { parseLexicon } from '../lexicon';

/**
 * Recognition of Persian verbs written with the prefix «می/نمی»: the prefix is stripped,
 * then the personal ending, and the stem is looked up. A lexicon of stems (not of forms)
 * keeps the bundle small and covers every person and tense the prefix can take.
 */

interface Stems {
  present: Set<string>;
  past: Set<string>;
}
/** Every stem; and the common ones, whose glued forms are safe to fix. */
const ALL: Stems = { present: new Set(), past: new Set() };
const COMMON: Stems = { present: new Set(), past: new Set() };
for (const line of parseLexicon(stemsSource)) {
  // A trailing "?" marks a rare verb (تنیدن، چریدن): a glued word read through it may as
  // well be a name or a loanword, so it is only suggested.
  const [past, present, mark] = line.split(/\s+/);
  for (const set of mark === '?' ? [ALL] : [ALL, COMMON]) {
    if (past && past !== '-') set.past.add(past);
    if (present && present !== '-') for (const p of present.split('/')) set.present.add(p);
  }
}

/** Words that begin with «می/نمی» without being verbs (میدان، میزان، ...). */
const NOT_VERBS = new Set(parseLexicon(notVerbsSource));

const ZWNJ = '\u200c';
const PRESENT_ENDINGS = ['ند', 'ید', 'یم', 'د', 'م', 'ی'];
const PAST_ENDINGS = ['ند', 'ید', 'یم', 'م', 'ی'];
/** Auxiliaries of the perfect after the participle in «ه»: کرده‌اند، شده‌است. */
const PERFECT = ['اند', 'ایم', 'اید', 'است', 'ام', 'ای'];
/** Present stems that stand without an ending after the prefix: «می‌توان». */
const BARE_PRESENT = new Set(['توان']);
/** Preverbs written joined to the prefix: برمی‌گردد، درمی‌آید، بازمی‌گردد. */
const PREVERBS = ['بر', 'در', 'باز', 'فرا', 'فرو', 'وا'];
/** Suffixes a noun can carry; a noun + suffix that also reads as a verb is ambiguous. */
const NOUN_SUFFIXES = ['', 'ی', 'یی', 'ها', 'های', 'هایی', 'ای', 'ان', 'یان', 'ات'];
/** Possessive clitics: «میدانم» is far likelier «می‌دانم» than "my square". */
const CLITICS = ['م', 'ت', 'ش', 'مان', 'تان', 'شان'];

export const enum VerbForm {
  None = 0,
  Present = 1, // می‌شود
  Past = 2, // می‌شد، می‌کردند
  Participle = 3, // می‌شده، می‌کرده‌اند
  Bare = 4, // می‌توان
}

/** Arabic yeh/kaf to Persian ones, length kept so indices map back to the source. */
export function normalizeLetters(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x064a || c === 0x0649 || c === 0x0643) return s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک');
  }
  return s;
}

function presentForm(w: string, present: Set<string>): boolean {
  for (const e of PRESENT_ENDINGS) {
    if (w.length > e.length && w.endsWith(e) && present.has(w.slice(0, w.length - e.length))) return true;
  }
  return false;
}

function pastForm(w: string, past: Set<string>): boolean {
  if (past.has(w)) return true;
  for (const e of PAST_ENDINGS) {
    if (w.length > e.length && w.endsWith(e) && past.has(w.slice(0, w.length - e.length))) return true;
  }
  return false;
}

function participle(w: string, past: Set<string>): boolean {
  return w.length > 2 && w.endsWith('ه') && past.has(w.slice(0, -1));
}

/**
 * What follows «می/نمی» if it is a verb: stem + personal ending, past stem + ending,
 * participle (+ perfect auxiliary, with or without ZWNJ), or «توان». `rest` has Persian
 * letters (see normalizeLetters) and may contain ZWNJ.
 */
export function verbAfterPrefix(rest: string, stems: Stems = ALL): VerbForm {
  const { present, past } = stems;
  const z = rest.indexOf(ZWNJ);
  if (z >= 0) {
    const head = rest.slice(0, z);
    const tail = rest.slice(z + 1);
    if (participle(head, past) && PERFECT.includes(tail)) return VerbForm.Participle;
    return VerbForm.None;
  }
  if (presentForm(rest, present)) return VerbForm.Present;
  if (pastForm(rest, past)) return VerbForm.Past;
  if (participle(rest, past)) return VerbForm.Participle;
  for (const a of PERFECT) {
    if (rest.endsWith('ه' + a) && past.has(rest.slice(0, rest.length - a.length - 1))) return VerbForm.Participle;
  }
  if (BARE_PRESENT.has(rest)) return VerbForm.Bare;
  return VerbForm.None;
}

/** «میدان»، «میدانی»، «میزها»: a known non-verb, possibly with a noun suffix. */
function nounReading(whole: string): 'noun' | 'clitic' | null {
  for (const s of NOUN_SUFFIXES) {
    if (whole.endsWith(s) && NOT_VERBS.has(whole.slice(0, whole.length - s.length))) return 'noun';
  }
  for (const s of CLITICS) {
    if (whole.endsWith(s) && NOT_VERBS.has(whole.slice(0, whole.length - s.length))) return 'clitic';
  }
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
  const reading = nounReading(w.split(ZWNJ).join(''));
  if (reading === 'noun') return null;
  return { at, certain: reading === null && verbAfterPrefix(w.slice(at), COMMON) !== VerbForm.None };
}

/** «می» or «نمی» standing alone as a word. */
export function isPrefixWord(w: string): boolean {
  return w === 'می' || w === 'نمی';
}

/** For tests and tools: the stem lexicon and the non-verb list. */
export function verbLexicon(): { present: string[]; past: string[]; notVerbs: string[]; commonPresent: string[] } {
  return { present: [...ALL.present], past: [...ALL.past], notVerbs: [...NOT_VERBS], commonPresent: [...COMMON.present] };
}
