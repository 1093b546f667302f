// One pass over the tokens for the five §2 suffix/compound rules: each word is looked at once,
// by its last letters and hash-filter bits, and sorted into the candidate lists the rules then
// walk. The first of the rules to run builds the lists; the others reuse them (same Tokens).
import { F, ZWNJ } from '../chars';
import { T, type Tokens } from '../tokenize';
import { HashSet } from './hash-set';
import {
  ALEF,
  analyzeGlued,
  endsLikeCompound,
  COMPOUND_PREFIXES,
  COMPOUNDS,
  foldHashRange,
  type GluedAnalysis,
  HEH,
  HEH_ENDINGS,
  mayHaveHehSuffix,
  PLURAL_WORDS,
  AGENTS,
  BUILD_PARTS,
  openPartCut,
  secondPartAt,
  SECOND_PARTS,
  YEH,
} from './suffixes';

const ARABIC_YEH = 0x064a;
const TEH = 0x062a;
const REH = 0x0631;
const NOON = 0x0646;
const MEEM = 0x0645;
const SHEEN = 0x0634;
const DAL = 0x062f;
const KAF = 0x06a9;

const hashes = (words: Iterable<string>) => new HashSet([...words].map((w) => foldHashRange(w, 0, w.length)));
const PLURAL_WORD_HASHES = hashes(PLURAL_WORDS);
const HEH_ENDING_HASHES = hashes(HEH_ENDINGS);
const COMPARATIVE_HASHES = hashes(['تر', 'ترین', 'تری', 'ترها', 'ترهای']);
/** Second parts never written as words of their own: «ظرفیت سازی», «تولید کننده». */
const SPACED_PART_HASHES = hashes([
  'سازی', 'گذاری', 'ریزی', 'کننده', 'کنندگان', 'کنندگی',
  // Verbal-noun parts of the same kind: «رای گیری», «اطلاع رسانی», «دسته بندی», «جامعه شناسی».
  'گیری', 'گیران', 'رسانی', 'خوانی', 'بندی', 'یابی', 'شناسی', 'نویسی', 'پردازی', 'گرایی', 'سنجی', 'زدایی', 'پروری', 'گستری',
  // More bound parts, never a press word of their own: «حقوق بگیران», «آسیب پذیری», «نقش آفرینی»,
  // «ارائه دهندگان», «حاشیه نشینان», «تحریک آمیز», «شایعه پراکنی», «روزنامه نگاران», «هیجان انگیز».
  // Left out on purpose: «خواری» (humiliation: «نهایت خواری»), «فروشی» (for sale), «سازها»
  // (instruments), «انگاری» (as if), «گردانی» (a battalion), «گذار» (transition), «آفرین» (bravo),
  // «طلبی» (a claim), «نمایی» (a view), «هراسی» (a fear), «دیدگان» (eyes), «گیرنده» (a receiver).
  'بگیران', 'پذیر', 'پذیری', 'آفرینی', 'سازان', 'گذاران', 'دهنده', 'دهندگان', 'نشینی', 'نشینان', 'آمیز', 'آمیزی',
  'انگیز', 'برانگیز', 'پراکنی', 'تراشی', 'فروشان', 'نگاری', 'نگاران', 'نویس', 'نویسان', 'شناسان', 'گرایان', 'پرداز',
  'پردازان', 'رسان', 'سپاری', 'زایی', 'زدگی', 'زدگان', 'آموز', 'آموزی', 'آموزان', 'پژوهی', 'اندیشی', 'ورزی', 'شکنی',
  'شویی', 'ستیزی', 'پوشی', 'گشایی', 'طلبان', 'گرا', 'پاشی', 'گرفتگی',
  // Plurals and forms that exist only as a compound's second part: «پذیرفته شدگان», «جان باختگان»,
  // «بهره برداران», «آبی پوشان», «طاقت فرسا».
  'شدگان', 'باختگان', 'برداران', 'پوشان', 'فرسا',
  // A participle after the noun of its compound verb, where no verb can end («ذخیره شده در»):
  // zwnj-compound's spacedParticiple decides.
  'شده',
]);

const SIG_HEH = 1;
/** Letters a suffix or second part may start with: ه, ا/آ, س/گ/ر. */
const SIG = new Uint8Array(65536);
SIG[HEH] = SIG_HEH;
for (const ch of [ALEF, 0x0622, 0x0633, 0x06af, REH]) SIG[ch] = 2;

/** Last letters a glued plural or silent-ه ending can end in: ا ی ت م ش ن د. */
const GLUED_LAST = new Uint8Array(65536);
for (const c of [ALEF, YEH, ARABIC_YEH, TEH, MEEM, SHEEN, NOON, DAL]) GLUED_LAST[c] = 1;

export interface SuffixCandidates {
  /** Suffix tokens written apart after a word and one space: «شبکه ها», «خانه ای», «بزرگ تر». */
  spacedPlural: Int32Array;
  spacedHeh: Int32Array;
  spacedComparative: Int32Array;
  /** «ظرفیت سازی», «تولید کننده»: a building part or «کننده» written apart. */
  spacedPart: Int32Array;
  /** Words that may be a noun/silent-ه word glued to its ending: «شبکههای», «برنامهای». */
  glued: Int32Array;
  /** Words ending in تر/ترین/تری after at least two letters. */
  comparative: Int32Array;
  /** Words a compound may start at or sit in, with why (C_* bits) and, for C_SECOND, where. */
  compound: Int32Array;
  compoundWhy: Int32Array;
  compoundCut: Int32Array;
  /** Words with a ZWNJ/ZWJ/soft hyphen inside, stray joiners, direction marks between words. */
  misuse: Int32Array;
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
  for (const l of lists) l.n = 0;
  const { kind, start, end, flags, fhash } = tokens;
  const n = tokens.count;
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    if (k !== T.Word) {
      if (k === T.Joiner || (k === T.Format && i > 0 && i + 1 < n && kind[i - 1] === T.Word && kind[i + 1] === T.Word)) misuseList.push(i);
      continue;
    }
    const s = start[i];
    const e = end[i];
    const len = e - s;
    const fl = flags[i];
    const h = fhash[i];
    if (fl & (F.Joiner | F.OtherJoiner)) misuseList.push(i);
    const first = text.charCodeAt(s);
    const last = text.charCodeAt(e - 1);
    if (len <= 6 && i >= 2 && kind[i - 1] === T.Space && kind[i - 2] === T.Word) {
      // A suffix written as a word of its own.
      if (first === HEH) {
        if (PLURAL_WORD_HASHES.has(h)) spacedPluralList.push(i);
      } else if (first === ALEF || first === YEH) {
        if (len <= 3 && HEH_ENDING_HASHES.has(h)) spacedHehList.push(i);
      } else if (first === TEH) {
        if (COMPARATIVE_HASHES.has(h)) spacedComparativeList.push(i);
      }
    }
    if (len >= 3 && len <= 7 && i >= 2 && kind[i - 1] === T.Space && kind[i - 2] === T.Word && SPACED_PART_HASHES.has(h)) spacedPartList.push(i);
    if (len < 4) {
      const w = (COMPOUND_PREFIXES.mayHave(h) ? C_PREFIX : 0) | (COMPOUNDS.mayHave(h) ? C_FULL : 0);
      // Short words are never a compound + ZWNJ-joined ending worth a look.
      if (w) {
        compoundList.push(i);
        compoundWhyList.push(w);
        compoundCutList.push(-1);
      }
      continue;
    }
    // One backward look at the last eight letters: is there a ه (plural/silent-ه endings), an
    // ا/آ or س/گ/ر where a second part could begin («بهره|برداری», «نرم|افزار»)?
    let hehNear = true;
    let partCut = -1;
    if (len >= 5 && !(fl & F.Joiner)) {
      hehNear = false;
      const lo = e - 8 > s + 2 ? e - 8 : s + 2;
      for (let p = e - 2; p >= lo; p--) {
        const sg = SIG[text.charCodeAt(p)];
        if (sg === 0) continue;
        if (sg === SIG_HEH && p >= e - 6) hehNear = true;
        if (partCut < 0) {
          const cut = secondPartAt(text, s, e, p);
          if (cut >= 0 && knownSecondPart(text, cut, e)) partCut = cut;
        }
      }
    }
    if (hehNear && GLUED_LAST[last] && mayHaveHehSuffix(text, s, e)) {
      gluedList.push(i);
    }
    if ((last === REH || last === NOON || last === YEH || last === ARABIC_YEH || last === ALEF || last === DAL) && comparativeCut(text, s, e, last) >= 0) comparativeList.push(i);
    let why = 0;
    let cut = -1;
    if (COMPOUND_PREFIXES.mayHave(h)) why |= C_PREFIX;
    if (COMPOUNDS.mayHave(h)) why |= C_FULL;
    if (fl & F.Joiner) {
      // «تفاهمنامه‌ای»: only when the part before a ZWNJ ends like a compound.
      for (let p = s + 3; p < e; p++) if (text.charCodeAt(p) === ZWNJ && endsLikeCompound(text, s, p)) {
        why |= C_JOINER;
        break;
      }
    }
    else if (len >= 5) {
      if (last === HEH && endsWith(text, s, e, 'شده')) why |= C_SHODE;
      else if (last === HEH && len >= 7 && endsWith(text, s, e, 'کرده')) why |= C_KARDE;
      else if (last === REH && endsWith(text, s, e, 'پور')) why |= C_POUR;
      // A compound with a glued ending: «چشماندازی», «آسیبپذیرتر», «کمتوانان».
      if (!(why & C_FULL) && (((last === YEH || last === ALEF) && tailShape(text, s, e, last)) || ((last === REH || last === NOON) && comparativeTail(text, s, e, last)) || (last === NOON && text.charCodeAt(e - 2) === ALEF && endsLikeCompound(text, s, e - 2)))) why |= C_TAIL;
      if ((last === HEH || last === NOON || last === YEH) && agentShape(text, s, e, last)) why |= C_AGENT;
      else if (partCut >= 0) {
        cut = partCut;
        why |= C_SECOND;
      } else if (len >= 6 && (cut = openPartCut(text, s, e)) >= 0) why |= C_OPEN;
      else if (first === KAF && text.charCodeAt(s + 1) === MEEM && !(why & (C_FULL | C_PREFIX))) why |= C_KAM;
    }
    if (why) {
      compoundList.push(i);
      compoundWhyList.push(why);
      compoundCutList.push(cut);
    }
  }
  const glued = gluedList.take();
  return {
    spacedPlural: spacedPluralList.take(),
    spacedHeh: spacedHehList.take(),
    spacedComparative: spacedComparativeList.take(),
    spacedPart: spacedPartList.take(),
    glued,
    comparative: comparativeList.take(),
    compound: compoundList.take(),
    compoundWhy: compoundWhyList.take(),
    compoundCut: compoundCutList.take(),
    misuse: misuseList.take(),
    analysis: new Array<GluedAnalysis | null | undefined>(glued.length).fill(undefined),
  };
}

/**
 * A list of token indexes grown in a buffer kept across documents, then copied out at its exact
 * size: no array regrown push by push for every document.
 */
class IndexList {
  buf = new Int32Array(1024);
  n = 0;
  push(v: number): void {
    if (this.n === this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.n++] = v;
  }
  take(): Int32Array {
    const out = this.buf.slice(0, this.n);
    this.n = 0;
    return out;
  }
}

const spacedPluralList = new IndexList();
const spacedHehList = new IndexList();
const spacedComparativeList = new IndexList();
const spacedPartList = new IndexList();
const gluedList = new IndexList();
const comparativeList = new IndexList();
const compoundList = new IndexList();
const compoundWhyList = new IndexList();
const compoundCutList = new IndexList();
const misuseList = new IndexList();
const lists = [spacedPluralList, spacedHehList, spacedComparativeList, spacedPartList, gluedList, comparativeList, compoundList, compoundWhyList, compoundCutList, misuseList];

/**
 * Where «تر» begins in a word ending in تر/ترین/تری, in the plural of a comparative made a
 * noun, ترها/ترهای («جوانترها», «بزرگترهای»), or in ترند, after two letters or more; or -1.
 */
export function comparativeCut(text: string, s: number, e: number, last: number): number {
  let cut: number;
  if (last === REH) cut = e - 2;
  else if (last === NOON) cut = e - 4;
  // «قویترند»: the comparative with the copula «ند»; the rule treats it as the plural is treated.
  else if (last === DAL && text.charCodeAt(e - 2) === NOON) cut = e - 4;
  else if (last === ALEF && text.charCodeAt(e - 2) === HEH) cut = e - 4;
  else if ((last === YEH || last === ARABIC_YEH) && text.charCodeAt(e - 2) === ALEF && text.charCodeAt(e - 3) === HEH) cut = e - 5;
  else if (last === YEH || last === ARABIC_YEH) cut = e - 3;
  else return -1;
  return cut - s >= 2 && text.charCodeAt(cut) === TEH && text.charCodeAt(cut + 1) === REH ? cut : -1;
}

export const C_PREFIX = 1;
export const C_FULL = 2;
export const C_JOINER = 4;
export const C_SHODE = 8;
export const C_POUR = 16;
export const C_TAIL = 32;
export const C_AGENT = 64;
export const C_SECOND = 128;
/** An open second part after a joining letter («شتاب|دهنده»): cut in compoundCut. */
export const C_OPEN = 256;
/** A word after the prefix «کم» (low-), unlisted: «کمتردد» (zwnj-compound's kamPrefix). */
export const C_KAM = 1024;
/** A word glued to the participle «کرده» («وقفکرده بود»): a verb only, never a ZWNJ (zwnj-compound's verbalParticiple). */
export const C_KARDE = 512;

/** A glued compound + ی/یی/ای/ها/های/هایی: the letters before the ending end like a compound. */
function tailShape(text: string, s: number, e: number, last: number): boolean {
  if (last === ALEF) return text.charCodeAt(e - 2) === HEH && endsLikeCompound(text, s, e - 2);
  if (last !== YEH && last !== ARABIC_YEH) return false;
  if (endsLikeCompound(text, s, e - 1)) return true;
  const b = text.charCodeAt(e - 2);
  if ((b === YEH || b === ALEF) && endsLikeCompound(text, s, e - 2)) return true;
  if (b === ALEF && text.charCodeAt(e - 3) === HEH && endsLikeCompound(text, s, e - 3)) return true;
  return b === YEH && text.charCodeAt(e - 3) === ALEF && text.charCodeAt(e - 4) === HEH && endsLikeCompound(text, s, e - 4);
}


/** A compound with the comparative «تر/ترین» glued: «آسیبپذیرتر». */
function comparativeTail(text: string, s: number, e: number, last: number): boolean {
  const cut = comparativeCut(text, s, e, last);
  return cut - s >= 4 && (last === REH || text.charCodeAt(e - 2) === YEH) && endsLikeCompound(text, s, cut);
}

/** …کننده، …دهنده، …گیرنده and their plurals. */
function agentShape(text: string, s: number, e: number, last: number): boolean {
  let nd: number;
  if (last === HEH) nd = e - 3; // …نده
  else if (last === NOON) nd = e - 5; // …ندگان
  else if (last === YEH || last === ARABIC_YEH) nd = e - 4; // …ندگی
  else return false;
  if (nd - s < 3 || text.charCodeAt(nd) !== NOON || text.charCodeAt(nd + 1) !== DAL) return false;
  for (const a of AGENTS) if (endsWith(text, s, e, a)) return true;
  return false;
}

/** The second part text[cut, e) may be listed (a filter; the rule confirms). */
export function knownSecondPart(text: string, cut: number, e: number): boolean {
  const h = foldHashRange(text, cut, e);
  return SECOND_PARTS.mayHave(h) || BUILD_PART_HASHES.has(h);
}

const BUILD_PART_HASHES = new HashSet(BUILD_PARTS.map((w) => foldHashRange(w, 0, w.length)));

function endsWith(text: string, s: number, e: number, suffix: string): boolean {
  const n = suffix.length;
  if (e - s <= n) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(e - n + k) !== suffix.charCodeAt(k)) return false;
  return true;
}
