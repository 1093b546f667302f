import { F, FOLD, fold } from './chars';
import { T, Tokens, exactHash, foldedHash, hashString } from './tokenize';
import type { TextEdit } from './types';

/**
 * A trie over word tokens, keyed by the tokenizer's folded hashes, that finds multi-word
 * phrases in one pass whatever their words are joined with: a space, a ZWNJ or nothing
 * («حجت الاسلام», «حجت‌الاسلام», «حجتالاسلام»), with Arabic or Persian letters (folding).
 * Every segmentation of a phrase into tokens is a path of the trie, so matching is one hash
 * look-up per token and no text is sliced until a phrase is found.
 */
export interface PhraseHit<P> {
  payload: P;
  /** Folded suffix the last word carries ('' when none), e.g. «ان» of «مسئولان». */
  suffix: string;
  /** Whether the match is one token spelt exactly as the house form (hash-confirmed). */
  exact: boolean;
  /** First and last word token of the match. */
  first: number;
  last: number;
  start: number;
  end: number;
}

interface Terminal<P> {
  payload: P;
  /** The whole phrase folded, spaces removed: confirms a hash hit. */
  key: string;
  suffix: string;
  /** Exact hash of the house spelling of a one-token path (0 when none). */
  exact: number;
}

class TrieNode<P> {
  children: Map<number, TrieNode<P>> | null = null;
  terminal: Terminal<P> | null = null;
}

/** Gaps a phrase's words may have between them: spaces and stray joiners, never a newline. */
const MAX_GAP_TOKENS = 2;

function firstBit(h: number): number {
  return (h ^ (h >>> 16)) & 0xffff;
}

export class PhraseMatcher<P> {
  private readonly root = new TrieNode<P>();
  /**
   * A 65,536-bit filter over the first-token hashes, a cheap test before the Map look-up; as
   * bits (8 KB) it stays in the L1 cache while every word of a document is tested.
   */
  readonly first = new Int32Array(2048);
  size = 0;

  /**
   * Adds a phrase given as its words; `suffixes` are endings the last word may carry
   * (glued or after a ZWNJ). An earlier phrase keeps a path that a later one would repeat.
   */
  add(words: readonly string[], payload: P, suffixes: readonly string[] = ['']): void {
    const folded = words.map(fold).filter((w) => w.length > 0);
    if (!folded.length) return;
    const n = folded.length;
    for (const sfx of suffixes) {
      const fs = fold(sfx);
      const key = folded.join('') + fs;
      // Bit k of mask glues word k to word k + 1.
      for (let mask = 0; mask < 1 << (n - 1); mask++) {
        const groups: string[] = [];
        let cur = folded[0];
        for (let k = 1; k < n; k++) {
          if (mask & (1 << (k - 1))) cur += folded[k];
          else {
            groups.push(cur);
            cur = folded[k];
          }
        }
        groups.push(cur + fs);
        let node = this.root;
        for (const g of groups) {
          const h = foldedHash(g);
          if (!node.children) node.children = new Map();
          let next = node.children.get(h);
          if (!next) node.children.set(h, (next = new TrieNode<P>()));
          node = next;
        }
        if (!node.terminal) {
          node.terminal = { payload, key, suffix: fs, exact: 0 };
          this.size++;
        }
        const x = firstBit(foldedHash(groups[0]));
        this.first[x >>> 5] |= 1 << (x & 31);
      }
    }
  }

  /**
   * Marks `spelling` (one token, e.g. «مسئولان») as the exact house spelling of its path, so
   * a token with that exact hash is a match without comparing letters.
   */
  markExact(spelling: string, payload: P): void {
    const node = this.root.children?.get(foldedHash(fold(spelling)));
    if (node?.terminal && node.terminal.payload === payload && !/\s/.test(spelling)) node.terminal.exact = hashString(spelling);
  }

  /** Whether a phrase may start with a word of folded hash h (a filter; matchAt confirms). */
  mayStart(h: number): boolean {
    const x = firstBit(h);
    return (this.first[x >>> 5] & (1 << (x & 31))) !== 0;
  }

  /** The longest phrase starting at word token i, or null. */
  matchAt(tokens: Tokens, text: string, i: number): PhraseHit<P> | null {
    const { kind, fhash, flags } = tokens;
    if (!this.mayStart(fhash[i]) || flags[i] & F.ArabicSpan) return null;
    let node = this.root;
    let j = i;
    let best: Terminal<P> | null = null;
    let bestLast = -1;
    for (;;) {
      const next = node.children?.get(fhash[j]);
      if (!next) break;
      node = next;
      if (node.terminal) {
        best = node.terminal;
        bestLast = j;
      }
      if (!node.children) break;
      let k = j + 1;
      let gaps = 0;
      while (k < tokens.count && (kind[k] === T.Space || kind[k] === T.Joiner) && gaps < MAX_GAP_TOKENS) {
        k++;
        gaps++;
      }
      if (gaps === 0 || k >= tokens.count || kind[k] !== T.Word || flags[k] & F.ArabicSpan) break;
      j = k;
    }
    if (!best) return null;
    const start = tokens.start[i];
    const end = tokens.end[bestLast];
    const exact = bestLast === i && best.exact !== 0 && best.exact === exactHash(text, tokens, i);
    if (!exact && !sameLetters(text, start, end, best.key)) return null; // a hash collision
    return { payload: best.payload, suffix: best.suffix, exact, first: i, last: bestLast, start, end };
  }

  /** Every longest, non-overlapping phrase of the document, left to right. */
  scan(tokens: Tokens, text: string, out: PhraseHit<P>[] = []): PhraseHit<P>[] {
    const { kind, fhash } = tokens;
    for (let i = 0; i < tokens.count; i++) {
      if (kind[i] !== T.Word || !this.mayStart(fhash[i])) continue;
      const hit = this.matchAt(tokens, text, i);
      if (hit) {
        out.push(hit);
        i = hit.last;
      }
    }
    return out;
  }
}

/** Whether text[start, end) folds to `key` once spaces and joiners are dropped. */
function sameLetters(text: string, start: number, end: number, key: string): boolean {
  let k = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    const f = FOLD[c];
    if (!f || isGap(c)) continue;
    if (k >= key.length || key.charCodeAt(k) !== f) return false;
    k++;
  }
  return k === key.length;
}

function isGap(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x09 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}

/**
 * Expands a spelling pattern into word lists: words are separated by spaces or ZWNJ, and
 * «a/b» offers either word. «حجت/حجه الاسلام» → [حجت, الاسلام], [حجه, الاسلام].
 */
export function expandPattern(pattern: string): string[][] {
  let out: string[][] = [[]];
  for (const w of pattern.trim().split(/[\s\u200c]+/)) {
    if (!w) continue;
    const alts = w.split('/').filter(Boolean);
    const next: string[][] = [];
    for (const prefix of out) for (const a of alts) next.push([...prefix, a]);
    out = next;
  }
  return out.filter((x) => x.length > 0);
}

const ARABIC_TO_PERSIAN: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک' };

/** Arabic yeh/kaf to Persian and runs of spaces to one: how two spellings are compared. */
export function normalizeSurface(s: string): string {
  // Most spellings need nothing: look before building a new string.
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x64a || c === 0x649 || c === 0x643 || (isGap(c) && (c !== 0x20 || isGap(s.charCodeAt(i + 1))))) plain = false;
  }
  if (plain) return s;
  return s.replace(/[يىك]/g, (c) => ARABIC_TO_PERSIAN[c]).replace(/[\s\u00a0\u2000-\u200a\u202f]+/g, ' ');
}

/** Whether two spellings have the same letters once folded, whatever joins their words. */
export function sameFoldedLetters(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && (!FOLD[a.charCodeAt(i)] || isGap(a.charCodeAt(i)))) i++;
    while (j < b.length && (!FOLD[b.charCodeAt(j)] || isGap(b.charCodeAt(j)))) j++;
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    if (FOLD[a.charCodeAt(i)] !== FOLD[b.charCodeAt(j)]) return false;
    i++;
    j++;
  }
}

function isLetterish(c: number): boolean {
  return c !== 0x200c && !isGap(c);
}

/**
 * The smallest edits turning text[start, end) into `target`: when both have the same letters
 * up to joining, only the joints and changed letters are edited («سلام الله علیها» →
 * «سلام‌الله‌علیها» edits two spaces); otherwise one edit of the differing middle.
 */
export function diffEdits(text: string, start: number, end: number, target: string): TextEdit[] {
  const src = text.slice(start, end);
  if (src.length === target.length) {
    // Same length (a space for a ZWNJ, ی for ئ): character by character, runs merged.
    const edits: TextEdit[] = [];
    for (let i = 0; i < src.length; i++) {
      if (src.charCodeAt(i) === target.charCodeAt(i)) continue;
      const last = edits[edits.length - 1];
      if (last && last.end === start + i) {
        last.end++;
        last.newText += target[i];
      } else edits.push({ start: start + i, end: start + i + 1, newText: target[i] });
    }
    return edits;
  }
  const a = units(src);
  const b = units(target);
  if (a.letters.length === b.letters.length) {
    const edits: TextEdit[] = [];
    const push = (s: number, e: number, t: string) => {
      const last = edits[edits.length - 1];
      if (last && last.end === s) {
        last.end = e;
        last.newText += t;
      } else edits.push({ start: s, end: e, newText: t });
    };
    for (let k = 0; k <= a.letters.length; k++) {
      const sepA = a.seps[k];
      const sepB = b.seps[k];
      if (sepA.text !== sepB.text) push(start + sepA.at, start + sepA.at + sepA.text.length, sepB.text);
      if (k < a.letters.length && a.letters[k].ch !== b.letters[k].ch) {
        const at = start + a.letters[k].at;
        push(at, at + 1, b.letters[k].ch);
      }
    }
    // Keep only edits that change something (a merged edit may include an unchanged letter).
    return edits.filter((e) => text.slice(e.start, e.end) !== e.newText);
  }
  let p = 0;
  while (p < src.length && p < target.length && src[p] === target[p]) p++;
  let q = 0;
  while (q < src.length - p && q < target.length - p && src[src.length - 1 - q] === target[target.length - 1 - q]) q++;
  if (p === src.length && p === target.length) return [];
  return [{ start: start + p, end: end - q, newText: target.slice(p, target.length - q) }];
}

function units(s: string): { letters: { ch: string; at: number }[]; seps: { text: string; at: number }[] } {
  const letters: { ch: string; at: number }[] = [];
  const seps: { text: string; at: number }[] = [];
  let sep = '';
  let sepAt = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLetterish(c)) {
      seps.push({ text: sep, at: sepAt });
      letters.push({ ch: s[i], at: i });
      sep = '';
      sepAt = i + 1;
    } else {
      if (!sep) sepAt = i;
      sep += s[i];
    }
  }
  seps.push({ text: sep, at: sep ? sepAt : s.length });
  return { letters, seps };
}
