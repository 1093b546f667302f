// One pass over the tokens for the five §2 suffix/compound rules: each word is looked at once,
// by its last letters and hash-filter bits, and sorted into the candidate lists the rules then
// walk. The first of the rules to run builds the lists; the others reuse them (same Tokens).
import { F, FOLD } from '../chars';
import { T, type Tokens } from '../tokenize';
import {
  ALEF,
  analyzeGlued,
  COMPOUND_ENDS,
  COMPOUND_PREFIXES,
  COMPOUNDS,
  foldHashRange,
  type GluedAnalysis,
  HEH,
  HEH_ENDINGS,
  mayHaveHehSuffix,
  PLURAL_WORDS,
  AGENTS,
  secondPartCuts,
  YEH,
} from './suffixes';

const ARABIC_YEH = 0x064a;
const TEH = 0x062a;
const REH = 0x0631;
const NOON = 0x0646;
const MEEM = 0x0645;
const SHEEN = 0x0634;
const DAL = 0x062f;

const hashes = (words: Iterable<string>) => new Set([...words].map((w) => foldHashRange(w, 0, w.length)));
const PLURAL_WORD_HASHES = hashes(PLURAL_WORDS);
const HEH_ENDING_HASHES = hashes(HEH_ENDINGS);
const COMPARATIVE_HASHES = hashes(['تر', 'ترین', 'تری']);

/** Last letters a glued plural or silent-ه ending can end in: ا ی ت م ش ن د. */
const GLUED_LAST = new Uint8Array(65536);
for (const c of [ALEF, YEH, ARABIC_YEH, TEH, MEEM, SHEEN, NOON, DAL]) GLUED_LAST[c] = 1;

export interface SuffixCandidates {
  /** Suffix tokens written apart after a word and one space: «شبکه ها», «خانه ای», «بزرگ تر». */
  spacedPlural: number[];
  spacedHeh: number[];
  spacedComparative: number[];
  /** Words that may be a noun/silent-ه word glued to its ending: «شبکههای», «برنامهای». */
  glued: number[];
  /** Words ending in تر/ترین/تری after at least two letters. */
  comparative: number[];
  /** Words a compound may start at or sit in. */
  compound: number[];
  /** Words with a ZWNJ/ZWJ/soft hyphen inside, stray joiners, direction marks between words. */
  misuse: number[];
  /** analyzeGlued per glued candidate, computed by the first rule that asks. */
  analysis: (GluedAnalysis | null | undefined)[];
}

const cache = new WeakMap<Tokens, SuffixCandidates>();

export function suffixCandidates(text: string, tokens: Tokens): SuffixCandidates {
  let c = cache.get(tokens);
  if (!c) {
    c = scan(text, tokens);
    cache.set(tokens, c);
  }
  return c;
}

/** The glued analysis of candidate k (index into `glued`), with a ZWNJ wanted after every letter. */
export function gluedAnalysis(text: string, tokens: Tokens, c: SuffixCandidates, k: number): GluedAnalysis | null {
  let a = c.analysis[k];
  if (a === undefined) {
    const i = c.glued[k];
    a = analyzeGlued(text, tokens.start[i], tokens.end[i], tokens.fhash[i], true);
    c.analysis[k] = a;
  }
  return a;
}

function scan(text: string, tokens: Tokens): SuffixCandidates {
  const c: SuffixCandidates = {
    spacedPlural: [],
    spacedHeh: [],
    spacedComparative: [],
    glued: [],
    comparative: [],
    compound: [],
    misuse: [],
    analysis: [],
  };
  const { kind, start, end, flags, fhash } = tokens;
  const n = tokens.count;
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    if (k !== T.Word) {
      if (k === T.Joiner || (k === T.Format && i > 0 && i + 1 < n && kind[i - 1] === T.Word && kind[i + 1] === T.Word)) c.misuse.push(i);
      continue;
    }
    const s = start[i];
    const e = end[i];
    const len = e - s;
    const fl = flags[i];
    const h = fhash[i];
    if (fl & (F.Joiner | F.OtherJoiner)) c.misuse.push(i);
    const first = text.charCodeAt(s);
    const last = text.charCodeAt(e - 1);
    if (len <= 6 && i >= 2 && kind[i - 1] === T.Space && kind[i - 2] === T.Word) {
      // A suffix written as a word of its own.
      if (first === HEH) {
        if (PLURAL_WORD_HASHES.has(h)) c.spacedPlural.push(i);
      } else if (first === ALEF || first === YEH) {
        if (len <= 3 && HEH_ENDING_HASHES.has(h)) c.spacedHeh.push(i);
      } else if (first === TEH) {
        if (COMPARATIVE_HASHES.has(h)) c.spacedComparative.push(i);
      }
    }
    if (len >= 4 && GLUED_LAST[last] && mayHaveHehSuffix(text, s, e)) {
      c.glued.push(i);
      c.analysis.push(undefined);
    }
    if (len >= 4 && isComparativeShape(text, s, e, last)) c.comparative.push(i);
    if (
      COMPOUND_PREFIXES.mayHave(h) ||
      COMPOUNDS.mayHave(h) ||
      fl & F.Joiner ||
      (len >= 5 && compoundShape(text, s, e, last))
    ) {
      c.compound.push(i);
    }
  }
  return c;
}

function isComparativeShape(text: string, s: number, e: number, last: number): boolean {
  let cut: number;
  if (last === REH) cut = e - 2;
  else if (last === NOON) cut = e - 4;
  else if (last === YEH || last === ARABIC_YEH) cut = e - 3;
  else return false;
  return cut - s >= 2 && text.charCodeAt(cut) === TEH && text.charCodeAt(cut + 1) === REH;
}

/**
 * Shapes zwnj-compound looks into without a hash hit: «…شده», «…پور», an agent noun
 * («مصرفکننده»), a glued second part («بهرهبرداری», «نرمافزار»), a glued compound with an
 * ending («چشماندازی»).
 */
function compoundShape(text: string, s: number, e: number, last: number): boolean {
  if (last === HEH && endsWith(text, s, e, 'شده')) return true;
  if (last === REH && endsWith(text, s, e, 'پور')) return true;
  if (last === YEH || last === ARABIC_YEH || last === ALEF) {
    for (let cut = e - 1; cut >= e - 4 && cut - s >= 3; cut--) {
      if (COMPOUND_ENDS.has(FOLD[text.charCodeAt(cut - 2)], FOLD[text.charCodeAt(cut - 1)])) return true;
    }
  }
  if (last === HEH || last === NOON || last === YEH) for (const a of AGENTS) if (endsWith(text, s, e, a)) return true;
  return secondPartCuts(text, s, e, YES);
}

const YES = () => true;

function endsWith(text: string, s: number, e: number, suffix: string): boolean {
  const n = suffix.length;
  if (e - s <= n) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(e - n + k) !== suffix.charCodeAt(k)) return false;
  return true;
}
