// Shared morphology of the §2 ZWNJ suffix rules (zwnj-plural, zwnj-silent-heh, zwnj-comparative,
// zwnj-compound): the lexicons, loaded once, and the analysis of a glued word into stem + suffix.
// Everything works on the tokenizer's folded FNV hashes, so a word is sliced only when a
// hash says it may be a candidate.
import { CLASS, C, FOLD, ZWNJ } from '../chars';
import { parseLexicon } from '../lexicon';
import { FNV_OFFSET, FNV_PRIME, foldedHash } from '../tokenize';
import { HashSet } from './hash-set';
import { PREVERBS, verbAfterPrefix, VerbForm, verbLexicon } from './verbs';
import adjectivesSrc from '../data/adjectives.txt';
import ambiguousSrc from '../data/ambiguous.txt';
import compoundsSrc from '../data/compounds.txt';
import lightVerbSrc from '../data/light-verb-nouns.txt';
import noZwnjSrc from '../data/no-zwnj-words.txt';
import participleSrc from '../data/participle-stems.txt';
import nounsSrc from '../data/plural-nouns.txt';
import pourSrc from '../data/pour-names.txt';
import secondPartsSrc from '../data/second-parts.txt';
import silentHehSrc from '../data/silent-heh.txt';

export const HEH = 0x0647;
export const ALEF = 0x0627;
export const YEH = 0x06cc;
const ARABIC_YEH = 0x064a;
const TEH = 0x062a;
const SHEEN = 0x0634;
const NOON = 0x0646;
const MEEM = 0x0645;
const DAL = 0x062f;
const REH = 0x0631;
const WAW = 0x0648;

/** Letters after which a ZWNJ changes nothing: they never join the next letter. */
const NON_JOINING_TABLE = new Uint8Array(65536);
for (const c of 'آأإادذرزژوؤۀةء') NON_JOINING_TABLE[c.charCodeAt(0)] = 1;

export function isLetter(c: number): boolean {
  return CLASS[c] === C.Letter;
}

/** A Persian letter that joins the next one, so a ZWNJ after it is visible. */
export function joins(c: number): boolean {
  return CLASS[c] === C.Letter && NON_JOINING_TABLE[c] === 0 && c !== 0x0640;
}

export function isYeh(c: number): boolean {
  return c === YEH || c === ARABIC_YEH || c === 0x0649;
}

/** Continues an FNV-1a hash over the folded characters of text[s, e). */
export function foldHashRange(text: string, s: number, e: number, h = FNV_OFFSET): number {
  for (let p = s; p < e; p++) {
    const f = FOLD[text.charCodeAt(p)];
    if (f) h = Math.imul(h ^ f, FNV_PRIME);
  }
  return h;
}

export function foldRange(text: string, s: number, e: number): string {
  // Most words fold to themselves: one slice, not a new string per letter.
  let p = s;
  while (p < e) {
    const c = text.charCodeAt(p);
    if (FOLD[c] !== c) break;
    p++;
  }
  if (p === e) return text.slice(s, e);
  let out = text.slice(s, p);
  for (; p < e; p++) {
    const f = FOLD[text.charCodeAt(p)];
    if (f) out += String.fromCharCode(f);
  }
  return out;
}

/**
 * A folded word map behind a 64K-bit filter: a miss, the common case, costs one array read.
 * Keys are folded (ZWNJ dropped), so «شبکه‌ها» and «شبکهها» share one entry.
 */
export class WordMap<V> {
  private readonly bits = new Uint32Array(2048);
  /**
   * Open-addressed table of the hashes (int32, as foldedHash gives) to their bucket: a word that
   * passes the bit filter is confirmed without a Map look-up, which boxes hashes beyond the
   * small-integer range.
   */
  private slotHash = new Int32Array(64);
  private slotBucket = new Int32Array(64).fill(-1);
  private readonly buckets: { key: string; value: V }[][] = [];
  private count = 0;

  set(word: string, value: V): this {
    const key = foldRange(word, 0, word.length);
    const h = foldedHash(key);
    this.bits[(h >>> 5) & 2047] |= 1 << (h & 31);
    let b = this.slotOf(h);
    if (b < 0) {
      b = this.buckets.length;
      this.buckets.push([]);
      this.insert(h, b);
    }
    const bucket = this.buckets[b];
    // The first value set for a key stays.
    if (!bucket.some((x) => x.key === key)) {
      bucket.push({ key, value });
      this.count++;
    }
    return this;
  }

  mayHave(h: number): boolean {
    return (this.bits[(h >>> 5) & 2047] & (1 << (h & 31))) !== 0 && this.slotOf(h) >= 0;
  }

  /** The value for text[s, e) whose folded hash is h; compared in place, nothing sliced. */
  getRange(text: string, s: number, e: number, h = foldHashRange(text, s, e)): V | undefined {
    if ((this.bits[(h >>> 5) & 2047] & (1 << (h & 31))) === 0) return undefined;
    const b = this.slotOf(h);
    if (b < 0) return undefined;
    for (const x of this.buckets[b]) if (foldedEquals(text, s, e, x.key)) return x.value;
    return undefined;
  }

  /** The value for an already folded key whose hash is h. */
  getKey(h: number, key: string): V | undefined {
    if ((this.bits[(h >>> 5) & 2047] & (1 << (h & 31))) === 0) return undefined;
    const b = this.slotOf(h);
    if (b < 0) return undefined;
    for (const x of this.buckets[b]) if (x.key === key) return x.value;
    return undefined;
  }

  hasRange(text: string, s: number, e: number, h?: number): boolean {
    return this.getRange(text, s, e, h) !== undefined;
  }

  getString(word: string): V | undefined {
    return this.getRange(word, 0, word.length);
  }

  get size(): number {
    return this.count;
  }

  /** Bucket index of hash h, or -1. */
  private slotOf(h: number): number {
    const mask = this.slotHash.length - 1;
    for (let x = Math.imul(h ^ (h >>> 16), 0x45d9f3b) & mask; ; x = (x + 1) & mask) {
      const b = this.slotBucket[x];
      if (b < 0) return -1;
      if (this.slotHash[x] === h) return b;
    }
  }

  private insert(h: number, b: number): void {
    if ((this.buckets.length) * 2 > this.slotHash.length) {
      // Grow to keep the table at most half full; re-insert every bucket.
      const oldHash = this.slotHash;
      const oldBucket = this.slotBucket;
      this.slotHash = new Int32Array(oldHash.length * 2);
      this.slotBucket = new Int32Array(oldHash.length * 2).fill(-1);
      for (let x = 0; x < oldHash.length; x++) if (oldBucket[x] >= 0) this.place(oldHash[x], oldBucket[x]);
    }
    this.place(h, b);
  }

  private place(h: number, b: number): void {
    const mask = this.slotHash.length - 1;
    let x = Math.imul(h ^ (h >>> 16), 0x45d9f3b) & mask;
    while (this.slotBucket[x] >= 0) x = (x + 1) & mask;
    this.slotHash[x] = h;
    this.slotBucket[x] = b;
  }
}

/** Whether text[s, e), folded, equals the folded `key`. */
function foldedEquals(text: string, s: number, e: number, key: string): boolean {
  let k = 0;
  const n = key.length;
  for (let p = s; p < e; p++) {
    const f = FOLD[text.charCodeAt(p)];
    if (f === 0) continue;
    if (k >= n || key.charCodeAt(k) !== f) return false;
    k++;
  }
  return k === n;
}

/** A 64K-bit set of letter pairs (low bytes of two code units): a cheap gate before hashing. */
export class PairSet {
  private readonly bits = new Uint32Array(2048);
  add(a: number, b: number): void {
    const k = ((a & 0xff) << 8) | (b & 0xff);
    this.bits[k >>> 5] |= 1 << (k & 31);
  }
  has(a: number, b: number): boolean {
    const k = ((a & 0xff) << 8) | (b & 0xff);
    return (this.bits[k >>> 5] & (1 << (k & 31))) !== 0;
  }
}

function wordSet(...sources: string[]): WordMap<true> {
  const m = new WordMap<true>();
  for (const src of sources) for (const w of parseLexicon(src)) m.set(w, true);
  return m;
}

// ---------------------------------------------------------------------------------------------
// Compounds: "a‌b" (ZWNJ), "a|b" (solid), optional "=space" (the spaced form is also correct),
// "=apart" (likewise, and the glued form is fixed to the spaced one, the press's usual spelling),
// "=suggest" (the spaced form is offered as a suggestion where no verb follows) or "=solid" (the
// glued form is also correct: only the spaced form is fixed).

export interface Compound {
  /** The form as it must be written (ZWNJ where one belongs, solid parts joined). */
  target: string;
  /** The spaced form is also correct: only a glued form is reported. */
  spaceOk: boolean;
  /** The spaced form is the press's usual spelling («به دلیل»): a glued form is fixed to it. */
  apart?: boolean;
  /** «بعنوان»: «به‌…» written with the ه of «به» dropped; the fix puts «ه‌» back after «ب». */
  droppedHeh?: boolean;
  /**
   * The spaced form is a phrase too («کشتی گیر کرد», «بین شهری و روستایی»): it is offered as a
   * suggestion, and not before a verb.
   */
  suggest?: boolean;
  /** The glued form is also correct («کوهنورد», as the dictionary writes it): only the spaced form is fixed. */
  solidOk?: boolean;
}

/** «به‌…» adverbs whose «ب…» form is a word of its own: «بشمار» (count!), «بکار» (sow!). */
const DROPPED_HEH_NOT = new Set(['شمار', 'کار']);

/** «…‌شده», «…‌دیده», «…‌یافته»: a compound whose last part is a past participle (not «به‌عهده», «سه‌ساعته»). */
export function participleCompound(target: string): boolean {
  const z = target.lastIndexOf('\u200c');
  const part = target.slice(z + 1);
  return z > 0 && part.length >= 3 && (part.endsWith('ده') || part.endsWith('ته')) && verbAfterPrefix(part) === VerbForm.Participle;
}

/** Full compounds, by the folded hash of all their letters. */
export const COMPOUNDS = new WordMap<Compound>();
/** Folded hashes of the leading parts of compounds («بین», «زیر»): where a spaced match may start. */
export const COMPOUND_PREFIXES = new WordMap<true>();

for (const line of parseLexicon(compoundsSrc)) {
  const [form, ...flags] = line.split(/\s+/);
  const parts = form.split(/[|\u200c]/);
  const target = form.replace(/\|/g, '');
  const apart = flags.includes('=apart');
  const spaceOk = apart || flags.includes('=space');
  const entry: Compound = { target, spaceOk };
  if (apart) entry.apart = true;
  if (flags.includes('=suggest')) entry.suggest = true;
  if (flags.includes('=solid')) entry.solidOk = true;
  COMPOUNDS.set(target, entry);
  // «بعنوان», «بطور»: the same adverbs with the ه of «به» dropped, a common misspelling.
  if (spaceOk && parts.length === 2 && parts[0] === 'به' && !DROPPED_HEH_NOT.has(parts[1])) {
    COMPOUNDS.set(`ب${parts[1]}`, { target, spaceOk, apart, droppedHeh: true });
  }
  // A compound whose spaced form is correct is matched across spaces only when it ends in a
  // participle, which zwnj-compound offers where it cannot be the verb («خسارت دیده تا …»).
  if (spaceOk && !participleCompound(target)) continue;
  let prefix = '';
  for (let i = 0; i < parts.length - 1; i++) {
    prefix += parts[i];
    COMPOUND_PREFIXES.set(prefix, true);
  }
}

// ---------------------------------------------------------------------------------------------
// Word lists.

/** Words never split by the suffix rules (تنها، منتها، دفتر، الهام …). */
export const NO_ZWNJ = wordSet(noZwnjSrc);
/** Nouns known to take ها; compounds count too. */
export const NOUNS = wordSet(nounsSrc);
/** Words ending in a silent ه. */
export const SILENT_HEH = wordSet(silentHehSrc);
/**
 * Past stems whose participle ends in a silent ه: the listed ones, and the past stem of every
 * verb the verb rules know («پذیرفت» → «پذیرفته»), since a past stem ends in د or ت.
 */
const verbStems = verbLexicon();
export const PAST_STEMS = wordSet(participleSrc, verbStems.past.join('\n'));
/** Present stems of three letters or more: an agent noun is one + «نده» («پردازنده», «فرستنده»). */
const AGENT_STEMS = wordSet(verbStems.present.filter((stem) => stem.length >= 3).join('\n'));
export const ADJECTIVES = wordSet(adjectivesSrc);
export const LIGHT_VERB_NOUNS = wordSet(lightVerbSrc);
export const POUR_NAMES = wordSet(pourSrc);
export const SECOND_PARTS = wordSet(secondPartsSrc);
/** First three letters of every second part (two for the two-letter ones: بر، ور، گر). */
export const SECOND_PART_STARTS = new PairSet();
export const SECOND_PART_STARTS3 = new PairSet();
for (const w of parseLexicon(secondPartsSrc)) {
  SECOND_PART_STARTS.add(w.charCodeAt(0), w.charCodeAt(1));
  if (w.length >= 3) SECOND_PART_STARTS3.add(w.charCodeAt(0) * 31 + w.charCodeAt(1), w.charCodeAt(2));
}
/** Second parts that take a ZWNJ after any joining letter: ماشین‌سازی، هدف‌گذاری، خون‌ریزی. */
export const BUILD_PARTS = ['سازی', 'ساز', 'سازان', 'گذاری', 'گذار', 'گذاران', 'ریزی'];
export const BUILD_PART_STARTS = new PairSet();
for (const w of BUILD_PARTS) BUILD_PART_STARTS.add(w.charCodeAt(0) * 31 + w.charCodeAt(1), w.charCodeAt(2));
/** Agent nouns glued to their noun: مصرف‌کننده، ارائه‌دهنده، تصمیم‌گیرنده. */
export const AGENTS = ['کننده', 'کنندگان', 'کنندگی', 'دهنده', 'دهندگان', 'گیرنده', 'گیرندگان'];

/**
 * Second parts a compound keeps apart after any common word ending in a joining letter, beyond
 * the listed first parts: «شتابدهنده» → «شتاب‌دهنده», «خدمترسانی», «نمکزدایی», «طاقتفرسا».
 * The rule confirms with the press lexicon (first part a word, whole word none, not a
 * dictionary word kept solid: «پیگیری», «چشمگیر», «دستیابی»; gen-pdf-lexicon keeps those).
 * Left out as often solid: دار، مند، نامه، خانه، گاه، ستان، وار، کاری، کوبی، شویی.
 */
export const OPEN_PARTS = [
  ...AGENTS, 'دهندگی',
  ...BUILD_PARTS,
  'رسانی', 'رسان', 'رسانان', 'زدایی', 'زدا', 'فرسا', 'فرسای', 'فرسایی',
  'پذیر', 'پذیری', 'گرا', 'گرایی', 'گرایان', 'محور', 'محوری',
  'برداری', 'بردار', 'برداران', 'یابی', 'یاب', 'شناس', 'شناسی', 'شناسان',
  'نگار', 'نگاری', 'نگاران', 'نویس', 'نویسی', 'نویسان', 'پرداز', 'پردازی', 'پردازان',
  'سوزی', 'سوز', 'گیری', 'گیر', 'کشی', 'شکنی', 'شکن', 'ستیز', 'ستیزی', 'گستر', 'گستری',
  'بخش', 'بخشی', 'مدار', 'مداری', 'پرور', 'پروری', 'فروش', 'فروشی', 'فروشان',
  'خیز', 'خیزی', 'زده', 'زدگان', 'زدگی', 'گرفتگی', 'پاشی', 'شدگان', 'زنی', 'گردی', 'نشین', 'نشینی', 'نشینان', 'دهی', 'مدت', 'گویی',
  'طلب', 'طلبی', 'طلبان', 'خواه', 'خواهی', 'آباد', 'آبادی',
  'سنج', 'سنجی', 'پز', 'پزی', 'پزان', 'دوز', 'دوزی', 'دوزان', 'ریسی', 'باف', 'بافی', 'بافان', 'خوان', 'خوانی', 'خوانان',
  'افزار', 'افزاری', 'آمیز', 'آمیزی', 'انگیز', 'آور', 'آوری', 'آفرین', 'آفرینی', 'انداز', 'اندازی', 'اندیش', 'اندیشی', 'آموز', 'آموزی',
];
const OPEN_PART_HASHES = new HashSet(OPEN_PARTS.map((w) => foldHashRange(w, 0, w.length)));
/** Lengths of the open parts by their last letter, longest first. */
const OPEN_PART_LENGTHS = new Map<number, number[]>();
for (const w of OPEN_PARTS) {
  const last = w.charCodeAt(w.length - 1);
  const list = OPEN_PART_LENGTHS.get(last) ?? [];
  if (!list.includes(w.length)) list.push(w.length);
  list.sort((a, b) => b - a);
  OPEN_PART_LENGTHS.set(last, list);
}

export function isOpenPart(text: string, cut: number, e: number): boolean {
  return OPEN_PART_HASHES.has(foldHashRange(text, cut, e));
}

/**
 * Where an open part begins in text[s, e), after at least three letters ending in a joining
 * letter («قصه|گویی» too), or -1. The longest fits.
 */
export function openPartCut(text: string, s: number, e: number): number {
  const lengths = OPEN_PART_LENGTHS.get(text.charCodeAt(e - 1));
  if (!lengths) return -1;
  for (const n of lengths) {
    const cut = e - n;
    if (cut - s < 3) continue;
    if (!joins(text.charCodeAt(cut - 1))) continue;
    if (OPEN_PART_HASHES.has(foldHashRange(text, cut, e))) return cut;
  }
  return -1;
}

/**
 * Where a listed second part may begin in text[s, e): after a ه («بهره|برداری»), or before
 * «ا/آ» or a building part after another joining letter («نرم|افزار», «ماشین|سازی»). Returns
 * the first position from the right whose first two letters fit and that `ok` accepts, or -1.
 */
export function secondPartCuts(text: string, s: number, e: number, ok: (text: string, cut: number, e: number) => boolean): number {
  const lo = e - 8 > s + 2 ? e - 8 : s + 2;
  for (let p = e - 2; p >= lo; p--) {
    const cut = secondPartAt(text, s, e, p);
    if (cut >= 0 && ok(text, cut, e)) return cut;
  }
  return -1;
}

/** Where a second part begins if one may begin at the letter text[p] (see secondPartCuts), or -1. */
export function secondPartAt(text: string, s: number, e: number, p: number): number {
  const ch = text.charCodeAt(p);
  if (ch === HEH) {
    if (p >= e - 2 || p < s + 2) return -1;
    const a = text.charCodeAt(p + 1);
    const b = text.charCodeAt(p + 2);
    const fits = p === e - 3 ? SECOND_PART_STARTS.has(a, b) : SECOND_PART_STARTS3.has(a * 31 + b, text.charCodeAt(p + 3));
    return fits ? p + 1 : -1;
  }
  if (ch !== ALEF && ch !== 0x0622 && ch !== 0x0633 && ch !== 0x06af && ch !== 0x0631) return -1;
  if (p > e - 3 || p < s + 2) return -1;
  const before = text.charCodeAt(p - 1);
  if (before === HEH || !joins(before)) return -1;
  const k = ch * 31 + text.charCodeAt(p + 1);
  const third = text.charCodeAt(p + 2);
  const fits = ch === ALEF || ch === 0x0622 ? SECOND_PART_STARTS3.has(k, third) : BUILD_PART_STARTS.has(k, third);
  return fits ? p : -1;
}

for (const line of parseLexicon(compoundsSrc)) {
  const target = line.split(/\s+/)[0].replace(/\|/g, '');
  NOUNS.set(target, true);
  const last = target.charCodeAt(target.length - 1);
  // «…نامه», «…شده» end in a silent ه; «…گاه», «…کوه» and «…الله» («حزب‌الله») do not.
  if (last === HEH && !/[اوآ]ه$|الله$/.test(target)) SILENT_HEH.set(target, true);
}

/** Last three letters of every compound (folded, ZWNJ dropped). */
export const COMPOUND_ENDS = new PairSet();
/** Whether text[.., cut) ends like a compound (its last three letters, folded). */
export function endsLikeCompound(text: string, s: number, cut: number): boolean {
  return cut - s >= 3 && COMPOUND_ENDS.has(FOLD[text.charCodeAt(cut - 3)] * 31 + FOLD[text.charCodeAt(cut - 2)], FOLD[text.charCodeAt(cut - 1)]);
}
for (const line of parseLexicon(compoundsSrc)) {
  const t = line.split(/\s+/)[0].replace(/\|/g, '');
  const f = foldRange(t, 0, t.length);
  if (f.length >= 3) COMPOUND_ENDS.add(f.charCodeAt(f.length - 3) * 31 + f.charCodeAt(f.length - 2), f.charCodeAt(f.length - 1));
}

/** Glued words with two readings: both fixes, as suggestions. */
export const AMBIGUOUS = new WordMap<string[]>();
for (const line of parseLexicon(ambiguousSrc)) {
  const [word, ...readings] = line.split('|').map((x) => x.trim());
  AMBIGUOUS.set(word, readings.filter(Boolean));
}

// ---------------------------------------------------------------------------------------------
// Suffix shapes, compared by char codes from the end of the word (no slicing).

function endsWith(text: string, s: number, e: number, suffix: string): boolean {
  const n = suffix.length;
  if (e - s < n) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(e - n + i);
    const w = suffix.charCodeAt(i);
    if (c !== w && !(w === YEH && isYeh(c))) return false;
  }
  return true;
}

/** What may follow «ها» in one plural word: های، هایی، هاست، هایشان … */
const PLURAL_TAILS = ['', 'ی', 'یی', 'ست', 'یم', 'یت', 'یش', 'یمان', 'یتان', 'یشان', 'ئی'];
export const PLURAL_WORDS = new Set(PLURAL_TAILS.map((t) => 'ها' + t));

/** Index of the ه of a plural «ها…» ending text[s, e), or -1. */
export function pluralSuffixAt(text: string, s: number, e: number): number {
  for (let at = e - 2; at >= e - 6 && at > s; at--) {
    if (text.charCodeAt(at) !== HEH || text.charCodeAt(at + 1) !== ALEF) continue;
    for (const tail of PLURAL_TAILS) if (tail.length === e - at - 2 && endsWith(text, at + 2, e, tail)) return at;
    return -1;
  }
  return -1;
}

/** Endings written after a silent ه with a ZWNJ: خانه‌ای، گفته‌اند, longest first. */
export const HEH_ENDINGS = ['ایم', 'اید', 'اند', 'ای', 'ام', 'ات', 'اش', 'ی'];
export const HEH_ENDING_WORDS = new Set(HEH_ENDINGS);

/**
 * The possessives «شان، تان، مان» take a ZWNJ after a silent ه as well («خانواده‌شان»), but only
 * their glued form is read: spaced, «شان» is also a word («در شان شما»).
 */
const HEH_GLUED_ENDINGS = [...HEH_ENDINGS.slice(0, 3), 'شان', 'تان', 'مان', ...HEH_ENDINGS.slice(3)];

/** Index of the final ه of the stem when text[s, e) is «…ه» + ای/ام/…/شان, or -1. */
export function hehSuffixAt(text: string, s: number, e: number): number {
  for (const suf of HEH_GLUED_ENDINGS) {
    const hp = e - suf.length - 1;
    if (hp - s < 2) continue;
    if (text.charCodeAt(hp) === HEH && endsWith(text, hp + 1, e, suf)) return hp;
  }
  return -1;
}

/**
 * «گفتهاست», «خانهاست»: a word in a silent ه glued to «است», which stands apart (pdf-run-together
 * splits it), not the plural «گفت‌هاست». Not when the word without its ه is a noun as well
 * («دستهاست»: «دست‌هاست» as likely as «دسته است»), unless it is a past stem.
 */
export function copulaAfterHeh(text: string, s: number, e: number): boolean {
  if (e - s < 6 || !endsWith(text, s, e, 'هاست')) return false;
  // A past stem that is a noun too reads as the participle: «پرداختهاست» is «پرداخته است», and
  // so does one with its preverb («درگذشتهاست» is «درگذشته است», no «درگذشت‌هاست»).
  if (preverbParticiple(text, s, e - 4)) return true;
  return silentHeh(text, s, e - 4) !== 'none' && (!NOUNS.hasRange(text, s, e - 4) || isParticiple(text, s, e - 4));
}

/**
 * A preverb (verbs.ts) and a past stem the list has without it, before «ه»: «بازگشته», «درآمده». Read so
 * only before the perfect's endings and «است»: «برآوردهای» is the plural of the noun «برآورد».
 */
function preverbParticiple(text: string, s: number, hp: number): boolean {
  for (const pre of PREVERBS) {
    if (hp - s - pre.length < 2 || !endsWith(text, s, s + pre.length, pre)) continue;
    if (PAST_STEMS.hasRange(text, s + pre.length, hp)) return true;
    // Negated after the preverb: «برنگشتهاست» is «برنگشته است».
    if (text.charCodeAt(s + pre.length) === NOON && hp - s - pre.length >= 3 && PAST_STEMS.hasRange(text, s + pre.length + 1, hp)) return true;
  }
  return false;
}

const PERFECT_ENDINGS = new Set(['اند', 'ایم', 'اید', 'ام']);

/** Past participle: a listed past stem + ه (گفته), also negated (نگفته). */
export function isParticiple(text: string, s: number, hp: number): boolean {
  // Continuous forms: «می‌کرده», «نمیکرده».
  let p = s;
  if (text.charCodeAt(p) === NOON && text.charCodeAt(p + 1) === MEEM && isYeh(text.charCodeAt(p + 2))) p += 3;
  else if (text.charCodeAt(p) === MEEM && isYeh(text.charCodeAt(p + 1))) p += 2;
  if (p > s && text.charCodeAt(p) === ZWNJ) p++;
  if (p > s && hp - p >= 2 && PAST_STEMS.hasRange(text, p, hp)) return true;
  if (PAST_STEMS.hasRange(text, s, hp)) return true;
  // Negated: «نگفته». A two-letter stem only for «شد» («نشده»): «نرده» is a fence.
  if (text.charCodeAt(s) !== NOON) return false;
  if (hp - s === 3) return text.charCodeAt(s + 1) === 0x0634 && text.charCodeAt(s + 2) === 0x062f;
  if (hp - s > 3 && PAST_STEMS.hasRange(text, s + 1, hp)) return true;
  // A stem in «آ» takes «نیا»: «نیامده» (آمد), «نیاورده» (آورد).
  return hp - s >= 5 && endsWith(text, s, s + 3, 'نیا') && PAST_STEMS.getString('آ' + text.slice(s + 3, hp)) !== undefined;
}

/** How sure we are that text[s, hp] (ending in ه) ends in a silent ه. */
export function silentHeh(text: string, s: number, hp: number): 'lex' | 'prod' | 'none' {
  if (SILENT_HEH.hasRange(text, s, hp + 1)) return 'lex';
  if (isParticiple(text, s, hp)) return 'prod';
  // Agent nouns of «کردن، دادن، گرفتن»: تولیدکننده، ارائه‌دهنده، تصمیم‌گیرنده.
  if (endsWith(text, s, hp + 1, 'کننده') || endsWith(text, s, hp + 1, 'دهنده') || endsWith(text, s, hp + 1, 'گیرنده')) return 'prod';
  // Other agent nouns: a known present stem + «نده» («پردازنده», «جنگنده»).
  if (hp - s >= 5 && endsWith(text, s, hp + 1, 'نده') && AGENT_STEMS.hasRange(text, s, hp - 2)) return 'prod';
  // Adverbs and adjectives in «انه» of a listed noun or adjective of four letters or more
  // («آبرومندانه», «کودکانه»): «…انهای» is never a plural «…ان» + «های», a plural of a plural.
  if (hp - 2 - s >= 4 && endsWith(text, s, hp + 1, 'انه') && (ADJECTIVES.hasRange(text, s, hp - 2) || NOUNS.hasRange(text, s, hp - 2))) return 'prod';
  // A listed adjective in «نده» the silent-ه list lacks: «شرمنده», «درخشنده».
  if (hp - s >= 4 && endsWith(text, s, hp + 1, 'نده') && ADJECTIVES.hasRange(text, s, hp + 1)) return 'prod';
  return 'none';
}

/** Words whose final ه is pronounced (راه، کوه، توجه): no ZWNJ + ای/اند after them. */
const PRONOUNCED_HEH = wordSet(
  [
    'توجه مواجه متوجه وجه فقه شبه تنبیه تشبیه تنزیه توجیه شبیه فقیه سفیه وجیه نبیه کریه منزه مشتبه مکروه',
    'الله اله آیت‌الله عبدالله علیه له به که چه نه ده سه مه ره',
  ].join('\n').replace(/ /g, '\n'),
);

export function pronouncedHeh(text: string, s: number, e: number): boolean {
  const before = text.charCodeAt(e - 2);
  if (before === ALEF || before === 0x0622) return true; // راه، گاه، آگاه
  if (before === WAW && !SILENT_HEH.hasRange(text, s, e)) return true; // کوه، گروه (not میوه، شیوه)
  return PRONOUNCED_HEH.hasRange(text, s, e);
}

/** Plural stems recognised by shape: فناوری، ظرفیت، گزارش. */
export function productiveNoun(text: string, s: number, at: number): boolean {
  const len = at - s;
  const last = text.charCodeAt(at - 1);
  if (isYeh(last)) return len >= 3;
  // Superlatives used as nouns: بهترین‌ها، برترین‌های.
  if (last === NOON && len >= 5 && endsWith(text, s, at, 'ترین')) return true;
  if (last === TEH) return len >= 3;
  if (last === SHEEN) return len >= 4;
  return false;
}

/**
 * Cheap gate before analyzeGlued: every plural and silent-ه ending has an «ه» among the last six
 * letters (but not the last one), so most words are rejected with a few char reads.
 */
export function mayHaveHehSuffix(text: string, s: number, e: number): boolean {
  const lo = e - 6 > s ? e - 6 : s + 1;
  // «شبکه‌های»: a ه right after a ZWNJ starts an ending already set off.
  for (let p = e - 2; p >= lo; p--) if (text.charCodeAt(p) === HEH && text.charCodeAt(p - 1) !== ZWNJ) return true;
  return false;
}

export type GluedKind = 'plural' | 'heh' | 'ambiguous';

export interface GluedAnalysis {
  kind: GluedKind;
  /** Where the ZWNJ goes, per reading (first = preferred). */
  at: number[];
  /** Safe to apply without reading. */
  safe: boolean;
  /** For ambiguous words: the readings, in order. */
  readings?: string[];
  /**
   * The other reading is a plural that needs no edit, its stem ending in a letter that does not
   * join («دورهای»: «دور» + «های», or «دوره‌ای»): `at` holds the silent-ه reading alone, for
   * the context to decide.
   */
  plainPlural?: boolean;
}

function pluralAt(at: number, safe: boolean): GluedAnalysis {
  return { kind: 'plural', at: [at], safe };
}

function hehAt(hp: number): GluedAnalysis {
  return { kind: 'heh', at: [hp + 1], safe: true };
}

/**
 * Reads a glued word as noun + ها… or silent-ه word + ای/ام/… and says where the ZWNJ belongs.
 * `afterNonHehZwnj`: whether a glued plural after a joining letter other than ه is reported.
 */
export function analyzeGlued(text: string, s: number, e: number, h: number, afterNonHehZwnj: boolean): GluedAnalysis | null {
  const last = text.charCodeAt(e - 1);
  // Gate: every ending ends in ا، ی، م، ت، ش، د، ن.
  if (last !== ALEF && !isYeh(last) && last !== MEEM && last !== TEH && last !== SHEEN && last !== DAL && last !== NOON) return null;
  const at = pluralSuffixAt(text, s, e);
  // «شبکه‌های»: the plural is already set off; a silent-ه reading would need «…ه‌ه…».
  if (at > s && text.charCodeAt(at - 1) === ZWNJ) return null;
  if (at > s && e - at === 4 && copulaAfterHeh(text, s, e)) return null;
  const hp = hehSuffixAt(text, s, e);
  if (at < 0 && hp < 0) return null;
  if (NO_ZWNJ.hasRange(text, s, e, h)) return null;

  const amb = AMBIGUOUS.getRange(text, s, e, h);
  if (amb) {
    const positions: number[] = [];
    for (const r of amb) {
      const z = r.indexOf('\u200c');
      if (z > 0) positions.push(s + z);
    }
    return positions.length ? { kind: 'ambiguous', at: positions, safe: false, readings: amb } : null;
  }

  // Plural reading.
  let p: 'fine' | 'strong' | 'lexnoun' | 'prodnoun' | 'default' | 'none' = 'none';
  // In «سلام‌الله‌علیها» only the last ZWNJ-joined part can be a stem.
  let seg = s;
  for (let p = e - 1; p > s; p--) if (text.charCodeAt(p) === ZWNJ) {
    seg = p + 1;
    break;
  }
  if (seg > s && NO_ZWNJ.hasRange(text, seg, e)) return null;
  if (at > s) {
    if (NO_ZWNJ.hasRange(text, s, at + 2) || (seg > s && seg < at && NO_ZWNJ.hasRange(text, seg, at + 2))) return null; // تنهایی، انتهای، بهایش
    const c = text.charCodeAt(at - 1);
    const known = NOUNS.hasRange(text, s, at);
    if (c === ZWNJ) return null;
    if (!isLetter(c)) p = 'none';
    else if (!joins(c)) p = known ? 'fine' : 'none';
    else if (c === HEH) p = at - s >= 2 ? 'strong' : 'none';
    else if (known) p = 'lexnoun';
    else if (productiveNoun(text, s, at)) p = 'prodnoun';
    else if (at - s >= 3) p = 'default';
  }
  if (p === 'fine') {
    const listedHeh = hp > s && text.charCodeAt(hp - 1) !== ZWNJ && !NO_ZWNJ.hasRange(text, s, hp + 1) && silentHeh(text, s, hp) === 'lex';
    return listedHeh && at === e - 3 && endsWith(text, s, e, 'های') ? { kind: 'ambiguous', at: [hp + 1], safe: false, plainPlural: true } : null;
  }

  // Silent-ه reading.
  let q: 'lex' | 'prod' | 'none' = 'none';
  if (hp > s && text.charCodeAt(hp - 1) !== ZWNJ && !NO_ZWNJ.hasRange(text, s, hp + 1)) {
    q = silentHeh(text, s, hp);
    // A ZWNJ the writer typed ends a word: the stem after it must read so alone. «نشان‌دهی» is
    // «نشان» + «دهی», no «نشانده» + «ی».
    if (q !== 'none' && seg > s && seg < hp && silentHeh(text, seg, hp) === 'none') q = 'none';
    if (q === 'none' && PERFECT_ENDINGS.has(text.slice(hp + 1, e)) && preverbParticiple(text, s, hp)) q = 'prod';
  }

  // «نامهای»: «نامه‌ای» or «نام‌های»; the listed silent-ه word is offered first.
  if (q === 'lex' && (p === 'strong' || p === 'lexnoun')) return { kind: 'ambiguous', at: [hp + 1, at], safe: false };
  if (q === 'lex') return hehAt(hp);
  if (q === 'prod') {
    // «گرفتهایم», «ساختهایم»: the perfect «…ه‌ایم» (we have …) is far commoner than «my …s».
    if (at === e - 4 && endsWith(text, s, e, 'هایم')) return hehAt(hp);
    // «گرفتهای», «رفتهای»: a past stem that ends in ت is a noun only when listed («ساخت‌های»);
    // unlisted, the participle reading stands.
    if (p === 'strong' || p === 'lexnoun') return afterNonHehZwnj ? pluralAt(at, true) : null;
  }
  if (q === 'prod') return hehAt(hp);
  if (p === 'strong') return pluralAt(at, true);
  if (p === 'lexnoun' || p === 'prodnoun') return afterNonHehZwnj ? pluralAt(at, true) : null;
  // An unknown stem: most likely a plural (the silent-ه words are listed); a suggestion only.
  if (p === 'default') return afterNonHehZwnj ? pluralAt(at, false) : null;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Edits that turn a span into a target that differs only in ZWNJs and spaces.

export interface ZwnjEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Edits that make text[from, to) read as `target`, which has the same letters (after folding)
 * but may differ in ZWNJs, spaces between parts, or have them removed (solid compounds).
 * Returns null when the two do not line up.
 */
export function alignEdits(text: string, from: number, to: number, target: string): ZwnjEdit[] | null {
  const edits: ZwnjEdit[] = [];
  let i = from;
  let j = 0;
  while (i < to || j < target.length) {
    const a = i < to ? text.charCodeAt(i) : -1;
    const b = j < target.length ? target.charCodeAt(j) : -1;
    const aSep = a >= 0 && (CLASS[a] === C.Space || CLASS[a] === C.Joiner || CLASS[a] === C.Format);
    if (aSep) {
      let k = i;
      while (k < to && (CLASS[text.charCodeAt(k)] === C.Space || CLASS[text.charCodeAt(k)] === C.Joiner || CLASS[text.charCodeAt(k)] === C.Format)) k++;
      if (b === ZWNJ) {
        if (!(k === i + 1 && a === ZWNJ)) edits.push({ start: i, end: k, newText: '\u200c' });
        j++;
      } else {
        edits.push({ start: i, end: k, newText: '' });
      }
      i = k;
      continue;
    }
    if (b === ZWNJ) {
      edits.push({ start: i, end: i, newText: '\u200c' });
      j++;
      continue;
    }
    if (a >= 0 && FOLD[a] === 0) {
      i++;
      continue;
    }
    if (a < 0 || b < 0 || FOLD[a] !== FOLD[b]) return null;
    i++;
    j++;
  }
  return edits;
}

/** Applies edits to a slice, for messages. */
export function applyToSlice(text: string, from: number, to: number, edits: readonly ZwnjEdit[]): string {
  let out = '';
  let p = from;
  for (const e of edits) {
    out += text.slice(p, e.start) + e.newText;
    p = e.end;
  }
  return out + text.slice(p, to);
}

/** The ZWNJ (or nothing, after a non-joining letter) that separates a suffix from its stem. */
export function joinerAfter(c: number): string {
  return joins(c) ? '\u200c' : '';
}

export const STOP_WORDS = wordSet('و\nیا\nکه\nاز\nبه\nبا\nدر\nبر\nتا\nرا\nچه\nنه\nاما\nاگر\nهم\nای\nپس\nولی');
export { REH };
