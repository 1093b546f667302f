// Frozen copy of server/engine/tokenize.ts at e18e567 (before the speed-up), the oracle for
// test/tokenize-diff.test.ts and scripts/tokenize-bench.ts. Do not edit.
import { C, CLASS, CHAR_FLAG, F, FOLD } from './chars';

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
  start: Int32Array;
  end: Int32Array;
  /** Word tokens: F flags of their characters, plus token-level flags (F.ArabicSpan). */
  flags: Uint16Array;
  /** Word tokens: FNV-1a hash of the exact text. */
  hash: Int32Array;
  /** Word tokens: FNV-1a hash of the folded text (see chars.FOLD). */
  fhash: Int32Array;
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
export function tokenize(text: string, protectedRanges: number[] = []): Tokens {
  const n = text.length;
  let cap = (n >> 1) + 16;
  let kind = new Uint8Array(cap);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let flags = new Uint16Array(cap);
  let hash = new Int32Array(cap);
  let fhash = new Int32Array(cap);
  let count = 0;
  let wordFlags = 0;
  let p = 0;
  let nextProtected = protectedRanges.length ? protectedRanges[0] : -1;
  const specials = new SpecialMatcher(text);
  let protectedIndex = 0;

  const grow = () => {
    cap *= 2;
    const k = new Uint8Array(cap); k.set(kind); kind = k;
    const s = new Int32Array(cap); s.set(start); start = s;
    const e = new Int32Array(cap); e.set(end); end = e;
    const f = new Uint16Array(cap); f.set(flags); flags = f;
    const h = new Int32Array(cap); h.set(hash); hash = h;
    const fh = new Int32Array(cap); fh.set(fhash); fhash = fh;
  };
  const push = (k: T, s: number, e: number) => {
    if (count === cap) grow();
    kind[count] = k;
    start[count] = s;
    end[count] = e;
    count++;
  };

  while (p < n) {
    if (p === nextProtected) {
      const e = protectedRanges[protectedIndex + 1];
      push(T.Code, p, e);
      p = e;
      protectedIndex += 2;
      nextProtected = protectedIndex < protectedRanges.length ? protectedRanges[protectedIndex] : -1;
      continue;
    }
    const limit = nextProtected >= 0 ? nextProtected : n;
    const c = text.charCodeAt(p);
    const cls = CLASS[c];
    const s = p;
    switch (cls) {
      case C.Letter:
      case C.Mark: {
        let h = FNV_OFFSET;
        let fh = FNV_OFFSET;
        let fl = 0;
        while (p < limit) {
          const d = text.charCodeAt(p);
          const dc = CLASS[d];
          if (dc === C.Joiner) {
            // A joiner belongs to the word only between two letters.
            if (p + 1 >= limit) break;
            const nc = CLASS[text.charCodeAt(p + 1)];
            if (nc !== C.Letter && nc !== C.Mark) break;
          } else if (dc !== C.Letter && dc !== C.Mark) break;
          h = Math.imul(h ^ d, FNV_PRIME);
          const f = FOLD[d];
          if (f) fh = Math.imul(fh ^ f, FNV_PRIME);
          fl |= CHAR_FLAG[d];
          p++;
        }
        if (count === cap) grow();
        kind[count] = T.Word;
        start[count] = s;
        end[count] = p;
        flags[count] = fl;
        wordFlags |= fl;
        hash[count] = h;
        fhash[count] = fh;
        count++;
        continue;
      }
      case C.Space:
        p++;
        while (p < limit && CLASS[text.charCodeAt(p)] === C.Space) p++;
        push(T.Space, s, p);
        if (p - s > 1 || c !== 0x20) flags[count - 1] = F.WideSpace;
        continue;
      case C.Newline:
        p++;
        if (c === 0x0d && p < limit && text.charCodeAt(p) === 0x0a) p++;
        push(T.Newline, s, p);
        continue;
      case C.Latin:
      case C.Digit: {
        if (cls === C.Latin) {
          const special = specials.at(s, limit);
          if (special) {
            push(special.kind, s, special.end);
            p = special.end;
            continue;
          }
        }
        let latin = cls === C.Latin;
        p++;
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
        push(latin ? T.Latin : T.Number, s, p);
        continue;
      }
      case C.Joiner:
        p++;
        while (p < limit && CLASS[text.charCodeAt(p)] === C.Joiner) p++;
        push(T.Joiner, s, p);
        continue;
      case C.Format:
        p++;
        while (p < limit && CLASS[text.charCodeAt(p)] === C.Format) p++;
        push(T.Format, s, p);
        continue;
      case C.Punct:
        p++;
        push(T.Punct, s, p);
        continue;
      case C.HighSurrogate:
        // Never split a surrogate pair.
        p += p + 1 < limit && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        push(T.Other, s, p);
        continue;
      default:
        p++;
        push(T.Other, s, p);
    }
  }
  const tokens: Tokens = { count, kind, start, end, flags, hash, fhash };
  // Only vocalized words can start an Arabic quotation.
  if (wordFlags & F.Harakat) markArabicSpans(tokens, text);
  return tokens;
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
    // The one behaviour change since the copy was frozen (9e662ae): Markdown code that takes in a
    // line end ends the segment as a newline does, so a quotation never runs across lines.
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
