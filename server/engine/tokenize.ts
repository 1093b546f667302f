import { C, CHAR_INFO, CLASS, F, FOLD, I } from './chars';

export const enum T {
  Word = 1, // Persian/Arabic letters, with ZWNJ/ZWJ inside
  Latin = 2,
  Number = 3,
  Space = 4,
  Newline = 5,
  Punct = 6,
  Joiner = 7, // a ZWNJ/ZWJ/soft hyphen that is not inside a word
  Format = 8, // LRM, RLM, BOM and other invisible marks
  Url = 9,
  Email = 10,
  Code = 11, // Markdown code, link targets, HTML, front matter
  Other = 12, // emoji, symbols
}

/** Struct-of-arrays token stream; all offsets are UTF-16 code units. */
export interface Tokens {
  count: number;
  kind: Uint8Array;
  /**
   * Tokens cover the text without gaps, so a token ends where the next starts: `start` holds
   * count + 1 offsets (the last is the text's length) and `end` is `start.subarray(1)`, a view
   * that costs no memory. Whoever moves offsets moves them in `start` only.
   */
  start: Int32Array;
  end: Int32Array;
  /** Word tokens: F flags of their characters, plus token-level flags (F.ArabicSpan, F.Folded). */
  flags: Uint16Array;
  /**
   * Word tokens: FNV-1a hash of the folded text (see chars.FOLD). The hash of the exact text is
   * the same for most words and not stored (exactHash): 4 bytes a token, 8 MB of a 10 MiB text.
   */
  fhash: Int32Array;
}

/** FNV-1a hash of word token i's exact text: its fhash unless a character of it folds (F.Folded). */
export function exactHash(text: string, tokens: Tokens, i: number): number {
  if (!(tokens.flags[i] & F.Folded)) return tokens.fhash[i];
  let h = FNV_OFFSET;
  for (let p = tokens.start[i], e = tokens.end[i]; p < e; p++) h = Math.imul(h ^ text.charCodeAt(p), FNV_PRIME);
  return h;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

export function foldedHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    const f = FOLD[s.charCodeAt(i)];
    if (f) h = Math.imul(h ^ f, FNV_PRIME);
  }
  return h;
}

const URL_AT = /[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s«»"<>]+/y;
const WWW_AT = /www\.[^\s«»"<>]+/y;
// E-mails and bare domains are matched by hand (emailEnd, domainEnd): as regexes, a repeated
// group over a multi-megabyte "a.b.c…" run overflows the regex backtracking stack (a throw).
const TLDS = ['com', 'org', 'net', 'ir', 'info', 'io', 'edu', 'gov', 'int', 'co', 'news', 'tv', 'me'];
const PATH_AT = /[^\s«»"<>]*/y;
const URL_TRAILING = new Set([...'.,;:!?)]،؛؟»\'"'].map((c) => c.charCodeAt(0)));

const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSchemeChar = (c: number) => isAlnum(c) || c === 0x2b || c === 0x2e || c === 0x2d;
const isEmailLocalChar = (c: number) => isAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
const isLabelChar = (c: number) => isAlnum(c) || c === 0x2d;

function runEnd(text: string, p: number, inRun: (c: number) => boolean): number {
  while (p < text.length && inRun(text.charCodeAt(p))) p++;
  return p;
}

/** Where DOMAIN_AT stops scanning from p: the end of a run of labels joined by single dots. */
function labelsEnd(text: string, p: number): number {
  for (;;) {
    p = runEnd(text, p, isLabelChar);
    if (text.charCodeAt(p) !== 0x2e || !isLabelChar(text.charCodeAt(p + 1))) return p;
    p++;
  }
}

const isWordChar = (c: number) => isAlnum(c) || c === 0x5f;

/** /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/ at s: its end, or -1. */
function emailEnd(text: string, s: number, localEnd: number): number {
  if (localEnd === s || text.charCodeAt(localEnd) !== 0x40 || !isLabelChar(text.charCodeAt(localEnd + 1))) return -1;
  const e = labelsEnd(text, localEnd + 1);
  // Look for the dot inside the labels only: indexOf over the rest of the text was quadratic.
  for (let p = localEnd + 2; p < e; p++) if (text.charCodeAt(p) === 0x2e) return e;
  return -1;
}

/**
 * /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|…)\b(?:\/[^\s«»"<>]*)?/ at s, whose labels end
 * at `labels`: the regex backtracks to the last dot before a top-level domain.
 */
function domainEnd(text: string, s: number, labels: number): number {
  if (!isLabelChar(text.charCodeAt(s))) return -1;
  // Scanned by hand down to s: lastIndexOf would search on to the start of the text.
  for (let d = labels - 1; d > s; d--) {
    if (text.charCodeAt(d) !== 0x2e) continue;
    for (const tld of TLDS) {
      const e = d + 1 + tld.length;
      if (!text.startsWith(tld, d + 1) || (e < text.length && isWordChar(text.charCodeAt(e)))) continue;
      if (text.charCodeAt(e) !== 0x2f) return e;
      PATH_AT.lastIndex = e + 1;
      PATH_AT.exec(text);
      return PATH_AT.lastIndex;
    }
  }
  return -1;
}

/**
 * Matches URLs, e-mails and bare domains at Latin word starts in linear time overall. A
 * failed match at s fails at every later start inside the same run of characters (a later
 * match would extend to one at s), so each run is scanned once per pattern instead of once
 * per word in it ("a.b.c.d…" and "x-y-z…" lines were quadratic).
 */
class SpecialMatcher {
  private noUrlBefore = 0;
  private noEmailBefore = 0;
  private noDomainBefore = 0;

  constructor(private readonly text: string) {}

  at(s: number, limit: number): { kind: T; end: number } | null {
    const text = this.text;
    let m: { kind: T; end: number } | null = null;
    if (s >= this.noUrlBefore) {
      m = matchAt(URL_AT, text, s, limit);
      if (!m) this.noUrlBefore = runEnd(text, s, isSchemeChar);
    }
    if (!m && text.startsWith('www.', s)) m = matchAt(WWW_AT, text, s, limit);
    if (!m && s >= this.noEmailBefore) {
      const local = runEnd(text, s, isEmailLocalChar);
      const e = emailEnd(text, s, local);
      if (e >= 0) m = ended(T.Email, text, s, e, limit);
      else this.noEmailBefore = local;
    }
    if (!m && s >= this.noDomainBefore) {
      const labels = labelsEnd(text, s);
      const e = domainEnd(text, s, labels);
      if (e >= 0) m = ended(T.Url, text, s, e, limit);
      if (!m) this.noDomainBefore = labels;
    }
    return m;
  }
}

/**
 * Splits the text into tokens in one pass. `protectedRanges` (sorted, non-overlapping
 * [start, end) pairs, e.g. Markdown code) become single Code tokens.
 */
export function tokenize(text: string, protectedRanges: number[] = [], scratch = false): Tokens {
  const n = text.length;
  // Persian prose makes about one token per 2.7 code units; growing is for the rare denser text.
  const cap = (n >> 1) + 16;
  sText = text;
  sRanges = protectedRanges;
  sP = sRi = sCount = sWordFlags = 0;
  sSpecials = null;
  const reuse = scratch && scratchTokens !== null && scratchTokens.kind.length >= cap ? scratchTokens : null;
  if (reuse) {
    sCap = reuse.kind.length;
    ({ kind: sKind, start: sStart, flags: sFlags, fhash: sFhash } = reuse);
  } else {
    sCap = cap;
    sKind = new Uint8Array(cap);
    sStart = new Int32Array(cap + 1);
    sFlags = new Uint16Array(cap);
    sFhash = new Int32Array(cap);
  }
  sEnd = sStart.subarray(1);
  while (sP < n) scan(Math.min(n, sP + CHUNK));
  const tokens: Tokens = { count: sCount, kind: sKind, start: sStart, end: sEnd, flags: sFlags, fhash: sFhash };
  if (scratch && sCap <= SCRATCH_MAX_TOKENS) scratchTokens = tokens;
  // Nothing of this text is kept alive by the tokenizer once the caller is done with it.
  sText = '';
  sRanges = NO_RANGES;
  sSpecials = null;
  sKind = EMPTY8;
  sStart = sEnd = sFhash = EMPTY32;
  sFlags = EMPTY16;
  // Only vocalized words can start an Arabic quotation.
  if (sWordFlags & F.Harakat) markArabicSpans(tokens, text);
  return tokens;
}

/**
 * Code units scanned per call of scan(). V8 optimises a function called many times before it
 * finishes and enters that code on every later call; one call looping over the whole text was
 * compiled on the fly instead (on-stack replacement), and later calls ran their first thousands
 * of characters in the interpreter before jumping into it, or bailed out of it on an operation
 * the interpreter had not met yet (a Markdown document ran slower than before the rewrite).
 */
const CHUNK = 1 << 14;

/**
 * Token arrays a one-shot lint may reuse (tokenize(…, scratch = true)): fresh ones cost a page
 * fault per 4 KB touched, which on a VM was two thirds of tokenizing 1 MiB. Scratch tokens are
 * valid until the next scratch tokenize. Kept only up to about 1 MiB of text, so a long-lived
 * process holds at most ~8 MB for it.
 */
let scratchTokens: Tokens | null = null;
const SCRATCH_MAX_TOKENS = 1 << 19;

const EMPTY8 = new Uint8Array(0);
const EMPTY16 = new Uint16Array(0);
const EMPTY32 = new Int32Array(0);
const NO_RANGES: number[] = [];
// The state of one tokenize() across its scan() calls. Module variables, not an object's fields:
// reading and writing them needs no type feedback, so scan() never bails out on them.
let sText = '';
let sRanges: number[] = NO_RANGES;
let sP = 0;
let sRi = 0;
let sCount = 0;
let sCap = 0;
let sWordFlags = 0;
let sSpecials: SpecialMatcher | null = null;
let sKind: Uint8Array = EMPTY8;
let sStart: Int32Array = EMPTY32;
let sEnd: Int32Array = EMPTY32;
let sFlags: Uint16Array = EMPTY16;
let sFhash: Int32Array = EMPTY32;

/**
 * The tokenizer's loop, over the tokens that start before `stop` (each is scanned whole).
 *
 * Written for speed (it is the first pass over every document): the table and token arrays in
 * locals (not captured by closures, so the optimising compiler keeps them in registers), one
 * CHAR_INFO look-up per character, hashes taken as a word is scanned, and the common tokens
 * (words, spaces) written inline; the rare kinds go through small helpers. (Copying the text to
 * a Uint16Array first, to read code units without charCodeAt, gained only ~5%: not worth the
 * buffer.)
 */
function scan(stop: number): void {
  const text = sText;
  const n = text.length;
  const protectedRanges = sRanges;
  const info = CHAR_INFO;
  let cap = sCap;
  let kind = sKind;
  let start = sStart;
  let end = sEnd;
  let flags = sFlags;
  let fhash = sFhash;
  let count = sCount;
  let wordFlags = sWordFlags;
  let p = sP;
  let ri = sRi;
  const nr = protectedRanges.length;
  let specials = sSpecials;

  while (p < stop) {
    // The text up to the next protected range is scanned in one inner loop.
    let limit = n;
    if (ri < nr) {
      const ps = protectedRanges[ri];
      if (p === ps) {
        if (count === cap) {
          cap *= 2;
          kind = grow8(kind, cap); start = grow32(start, cap + 1); end = start.subarray(1);
          flags = grow16(flags, cap); fhash = grow32(fhash, cap);
        }
        const e = protectedRanges[ri + 1];
        kind[count] = T.Code;
        start[count] = p;
        end[count] = e;
        flags[count] = 0;
        fhash[count] = 0;
        count++;
        p = e;
        ri += 2;
        continue;
      }
      // A range starting past the end behaves as none: the scans stop at the end of the text anyway.
      if (ps < n) limit = ps;
    }
    // Tokens start before stop (and the protected range); each is scanned whole, up to limit.
    const starts = limit < stop ? limit : stop;
    while (p < starts) {
      if (count >= cap - 1) {
        cap *= 2;
        kind = grow8(kind, cap); start = grow32(start, cap + 1); end = start.subarray(1);
        flags = grow16(flags, cap); fhash = grow32(fhash, cap);
      }
      const s = p;
      let d = text.charCodeAt(p);
      let ci = info[d];
      if (ci & I.WordChar) {
        // Hashes and flags are taken as the word is scanned, so it is never sliced. Most words
        // fold to themselves (fhash is their exact hash); the others are hashed again, folded,
        // at the end, and flagged F.Folded.
        let h = FNV_OFFSET;
        let acc = 0;
        for (;;) {
          h = Math.imul(h ^ d, FNV_PRIME);
          acc |= ci;
          if (++p === limit) break;
          d = text.charCodeAt(p);
          ci = info[d];
          if (ci & I.WordChar) continue;
          // A joiner belongs to the word only between two letters.
          if ((ci & I.ClassMask) !== C.Joiner || p + 1 === limit || !(info[text.charCodeAt(p + 1)] & I.WordChar)) break;
        }
        const fl = (acc >>> I.FlagShift) & I.FlagMask;
        kind[count] = T.Word;
        start[count] = s;
        end[count] = p;
        flags[count] = acc & I.Folds ? fl | F.Folded : fl;
        fhash[count] = acc & I.Folds ? foldedHashOf(text, s, p) : h;
        count++;
        wordFlags |= fl;
        // The usual single space after a word, without going round the loop (the capacity check
        // above left room for two tokens).
        if (p < limit && text.charCodeAt(p) === 0x20 && (p + 1 === limit || (info[text.charCodeAt(p + 1)] & I.ClassMask) !== C.Space)) {
          kind[count] = T.Space;
          start[count] = p;
          end[count] = ++p;
          flags[count] = 0;
          fhash[count] = 0;
          count++;
        }
        continue;
      }
      const cls = ci & I.ClassMask;
      // Reused scratch arrays hold an earlier text's values: every field is written.
      flags[count] = 0;
      fhash[count] = 0;
      if (cls === C.Space) {
        p++;
        while (p < limit && (info[text.charCodeAt(p)] & I.ClassMask) === C.Space) p++;
        if (p - s > 1 || d !== 0x20) flags[count] = F.WideSpace;
        kind[count] = T.Space;
      } else if (cls === C.Punct) {
        p++;
        kind[count] = T.Punct;
      } else if (cls === C.Latin || cls === C.Digit) {
        if (cls === C.Latin) specials ??= new SpecialMatcher(text);
        p = latinOrNumberEnd(text, s, limit, cls, specials);
        kind[count] = scannedKind;
      } else {
        p = otherEnd(text, s, limit, cls);
        kind[count] = scannedKind;
      }
      start[count] = s;
      end[count] = p;
      count++;
    }
  }
  sP = p;
  sRi = ri;
  sCount = count;
  sCap = cap;
  sWordFlags = wordFlags;
  sSpecials = specials;
  sKind = kind;
  sStart = start;
  sEnd = end;
  sFlags = flags;
  sFhash = fhash;
}

/** The kind of the token the helpers below last scanned (a second return value, without allocating). */
let scannedKind = 0;

/** The end of the newline, joiner, format, surrogate or other token at s (class cls); its kind in scannedKind. */
function otherEnd(text: string, s: number, limit: number, cls: number): number {
  let p = s + 1;
  switch (cls) {
    case C.Newline:
      if (text.charCodeAt(s) === 0x0d && p < limit && text.charCodeAt(p) === 0x0a) p++;
      scannedKind = T.Newline;
      return p;
    case C.Joiner:
    case C.Format:
      while (p < limit && (CHAR_INFO[text.charCodeAt(p)] & I.ClassMask) === cls) p++;
      scannedKind = cls === C.Joiner ? T.Joiner : T.Format;
      return p;
    case C.HighSurrogate:
      // Never split a surrogate pair.
      if (p < limit && (text.charCodeAt(p) & 0xfc00) === 0xdc00) p++;
      scannedKind = T.Other;
      return p;
    default:
      scannedKind = T.Other;
      return p;
  }
}

/** The end of the Latin word, number, URL or e-mail at s (class cls); its kind in scannedKind. */
function latinOrNumberEnd(text: string, s: number, limit: number, cls: number, specials: SpecialMatcher | null): number {
  if (cls === C.Latin) {
    const special = specials!.at(s, limit);
    if (special) {
      scannedKind = special.kind;
      return special.end;
    }
  }
  let latin = cls === C.Latin;
  let p = s + 1;
  while (p < limit) {
    const dc = CLASS[text.charCodeAt(p)];
    if (dc === C.Latin) latin = true;
    else if (dc !== C.Digit || (latin && text.charCodeAt(p) > 0x39)) break;
    p++;
  }
  // "4G", "mp3": digits glued to Latin letters belong to the Latin word.
  if (!latin && p < limit && CLASS[text.charCodeAt(p)] === C.Latin && allAscii(text, s, p)) {
    while (p < limit && (CLASS[text.charCodeAt(p)] === C.Latin || isAsciiDigit(text.charCodeAt(p)))) p++;
    latin = true;
  }
  scannedKind = latin ? T.Latin : T.Number;
  return p;
}

/** foldedHash of the code units [s, e), without slicing them to a string. */
function foldedHashOf(text: string, s: number, e: number): number {
  let h = FNV_OFFSET;
  for (let i = s; i < e; i++) {
    const f = FOLD[text.charCodeAt(i)];
    if (f) h = Math.imul(h ^ f, FNV_PRIME);
  }
  return h;
}

function grow8(a: Uint8Array, cap: number): Uint8Array {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}

function grow16(a: Uint16Array, cap: number): Uint16Array {
  const b = new Uint16Array(cap);
  b.set(a);
  return b;
}

function grow32(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function allAscii(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}

function matchAt(re: RegExp, text: string, at: number, limit: number): { kind: T; end: number } | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? ended(T.Url, text, at, at + m[0].length, limit) : null;
}

function ended(kind: T, text: string, at: number, end: number, limit: number): { kind: T; end: number } | null {
  // Sentence punctuation after a link is not part of it (scanned by hand: a regex anchored
  // at the end retries from every punctuation mark and is quadratic on long runs).
  if (kind !== T.Email) while (end > at && URL_TRAILING.has(text.charCodeAt(end - 1))) end--;
  const e = Math.min(end, limit);
  return e <= at ? null : { kind, end: e };
}

const SEGMENT_BREAK = new Set([...'.!?؟«»()[]:;؛"'].map((c) => c.charCodeAt(0)));

/**
 * Marks words of vocalized Arabic quotations (a Quranic verse, a hadith), which keep their
 * Arabic letters and spelling: a segment with two or more vocalized words making up at
 * least a third of its words.
 */
function markArabicSpans(t: Tokens, text: string): void {
  let segStart = 0;
  let words = 0;
  let vocalized = 0;
  for (let i = 0; i <= t.count; i++) {
    const k = i < t.count ? t.kind[i] : T.Newline;
    if (k === T.Word) {
      words++;
      if (t.flags[i] & F.Harakat) vocalized++;
      continue;
    }
    // Markdown code that takes in a line end (see lineProtectedRanges) ends the segment as a
    // newline does: a quotation never runs across lines, so an edit re-lints whole lines only.
    const isBreak =
      k === T.Newline ||
      (k === T.Punct && SEGMENT_BREAK.has(text.charCodeAt(t.start[i]))) ||
      (k === T.Code && text.charCodeAt(t.end[i] - 1) === 10);
    if (!isBreak) continue;
    if (vocalized >= 2 && vocalized * 3 >= words) {
      for (let j = segStart; j < i; j++) if (t.kind[j] === T.Word) t.flags[j] |= F.ArabicSpan;
    }
    segStart = i + 1;
    words = 0;
    vocalized = 0;
  }
}

/**
 * Index of the token whose range holds `pos`, or -1; `from` is a token at or before it (hits
 * come in text order, so the search gallops forward).
 */
export function tokenContaining(tokens: Tokens, pos: number, from = 0): number {
  const start = tokens.start;
  let lo = from;
  let step = 1;
  while (lo + step < tokens.count && start[lo + step] <= pos) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, tokens.count - 1);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (start[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo < tokens.count && start[lo] <= pos && pos < tokens.end[lo] ? lo : -1;
}
