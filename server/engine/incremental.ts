import { cachedScan, COMMA_READS_AHEAD, COMMA_READS_BEHIND, NAME_COMMA_READS_AHEAD, rescanArticle, type Hit, type Scan } from './article-scan';
import { F } from './chars';
import { resolveRule, type LintOptions } from './config';
import { OneEditFinding } from './context';
import { rules } from './registry';
import { keepNameStarts, nameStarts, nearGivenName, zwnjTerm, type NameStarts } from './rules/name-consistency';
import { compareFindings, editedLinesStart, finishSorted, inOrder, lineEnd, lineProtectedRanges, mergeFindings, runRules, shiftFinding } from './run';
import { T, tokenize, Tokens } from './tokenize';
import type { Finding } from './types';

/**
 * Keeps one document's tokens and findings across edits. An edit re-tokenizes and re-lints
 * only the lines it touched (line-scope rules), shifts everything after it, and re-runs the
 * few document-scope rules over the kept token stream. The result equals a full `lint`.
 *
 * Findings returned earlier are updated in place by later edits (offsets shifted): callers
 * convert them before the next update.
 */
export class IncrementalLinter {
  private text = '';
  private tokens!: Tokens;
  private protectedRanges: number[] = [];
  /** Line-scope findings, sorted by start. */
  private local: Finding[] = [];
  /** Document-scope findings of the current text. */
  private doc: Finding[] = [];
  private current: Finding[] = [];
  private readonly docSkippable: boolean;
  private readonly namesOff: boolean;

  constructor(text: string, private readonly options: LintOptions = {}) {
    this.docSkippable = docFindingsKeepable(options);
    this.namesOff = resolveRule(options.config, 'name-consistency', 'information').severity === 'off';
    this.reset(text);
  }

  get findings(): Finding[] {
    return this.current;
  }

  /** Lints the whole text afresh. */
  reset(text: string): Finding[] {
    this.text = text;
    this.protectedRanges = lineProtectedRanges(text, this.options.languageId ?? 'plaintext');
    this.tokens = tokenize(text, this.protectedRanges);
    this.local = runRules(text, this.tokens, this.options, 'line').sort(compareFindings);
    return this.finish();
  }

  /**
   * Brings the state to `next`, re-linting only the lines that differ.
   *
   * `changed`, when the caller knows it (an editor sends the edited ranges), is where the texts
   * differ: old[start, oldEnd) became next[start, newEnd). It spares comparing the whole texts
   * for their common ends, which on a large document costs more than re-linting a line. Any
   * range that covers the change will do; a wrong one gives wrong findings.
   */
  update(next: string, changed?: { start: number; oldEnd: number; newEnd: number }): Finding[] {
    const old = this.text;
    if (next === old) return this.current;
    const [prefix, suffix] = changed && fits(changed, old.length, next.length) ? [changed.start, old.length - changed.oldEnd] : commonEnds(old, next);
    // Whole lines around the change: from the line before the first changed character
    // (its line end may have changed) to the line after the last one (lines may merge).
    const regionStart = editedLinesStart(old, prefix);
    const oldRegionEnd = lineEnd(old, old.length - suffix);
    const delta = next.length - old.length;
    const newRegionEnd = oldRegionEnd + delta;

    let regionRanges: number[] = [];
    if (this.protectedRanges.length || (this.options.languageId ?? 'plaintext') === 'markdown') {
      const ranges = lineProtectedRanges(next, 'markdown');
      if (!sameOutside(this.protectedRanges, ranges, regionStart, oldRegionEnd, delta)) {
        this.protectedRanges = ranges;
        return this.reset(next);
      }
      this.protectedRanges = ranges;
      regionRanges = rangesWithin(ranges, regionStart, newRegionEnd);
    }

    const regionText = next.slice(regionStart, newRegionEnd);
    const regionTokens = tokenize(regionText, regionRanges);
    // The document-wide occurrence scan follows the splice instead of rescanning every token.
    const scan = cachedScan(this.tokens, old);
    const a = tokenBound(this.tokens, regionStart);
    const b = tokenBound(this.tokens, oldRegionEnd);
    // Document-scope findings stay (shifted) when the edit changed one word that none of those
    // rules reads: no occurrence of the scan near it, no name, no ۀ/هٔ. Typing inside an
    // ordinary word is the common case; anything else re-runs them.
    const names = this.namesOff ? null : nameStarts(this.tokens, old);
    const word = this.docSkippable && scan && names !== undefined ? changedWord(old, this.tokens, a, b, next, regionTokens, regionStart) : -1;
    let keepDoc = word >= 0 && !wordMatters(old, this.tokens, a + word, a, b, scan!, names!);
    const keepFrom = keepDoc ? this.tokens.end[a + word] : 0;
    this.tokens = spliceTokens(this.tokens, a, b, regionStart, regionTokens, delta);
    const nextScan = scan ? rescanArticle(scan, this.tokens, next, a, b, regionTokens.count, delta) : undefined;
    if (keepDoc) keepDoc = !wordMatters(next, this.tokens, a + word, a, a + regionTokens.count, nextScan!, names!);

    const fresh = runRules(regionText, regionTokens, this.options, 'line');
    for (const f of fresh) shiftFinding(f, regionStart);
    fresh.sort(compareFindings);
    const local = this.local;
    const i0 = firstIndex(local.length, (i) => local[i].start < regionStart);
    const i1 = firstIndex(local.length, (i) => local[i].start < oldRegionEnd);
    for (let i = i1; i < local.length; i++) shiftFinding(local[i], delta);
    this.local = local.slice(0, i0).concat(fresh, local.slice(i1));
    this.text = next;
    if (!keepDoc) return this.finish();
    if (names) keepNameStarts(this.tokens, next, names);
    shiftAfter(this.doc, keepFrom, delta);
    if (!inOrder(this.doc)) this.doc.sort(compareFindings);
    this.current = finishSorted(this.text, mergeFindings(this.local, this.doc), this.options);
    return this.current;
  }

  private finish(): Finding[] {
    this.doc = runRules(this.text, this.tokens, this.options, 'document').sort(compareFindings);
    this.current = finishSorted(this.text, mergeFindings(this.local, this.doc), this.options);
    return this.current;
  }
}

/**
 * Document-scope rules whose findings an edit may keep when it touches none of what they read
 * (see wordMatters): all of them at their default options, plus the options those checks
 * already cover (name-consistency's terms are among its name starts; heh-hamza's form). Custom
 * title or honorific forms match outside the scan, so with those every edit re-runs the rules.
 */
const KEEPABLE_OPTIONS: Record<string, string[]> = { 'name-consistency': ['terms'], 'heh-hamza-consistency': ['form'] };

function docFindingsKeepable(options: LintOptions): boolean {
  for (const rule of rules) {
    if (rule.meta.scope !== 'document') continue;
    const r = resolveRule(options.config, rule.meta.id, rule.meta.severity);
    if (r.severity === 'off') continue;
    const allowed = KEEPABLE_OPTIONS[rule.meta.id] ?? [];
    if (Object.keys(r.options).some((k) => !allowed.includes(k))) return false;
  }
  return true;
}

/**
 * The index (from a) of the one word token that differs between old tokens [a, b) and the
 * region's new tokens, everything else on those lines being the same tokens with the same
 * text; -1 when the edit is anything else.
 */
function changedWord(old: string, t: Tokens, a: number, b: number, next: string, r: Tokens, regionStart: number): number {
  if (b - a !== r.count) return -1;
  let found = -1;
  for (let k = 0; k < r.count; k++) {
    const i = a + k;
    // A change of a vocalized-Arabic span around the word changes what the rules skip.
    if (t.kind[i] !== r.kind[k] || (t.flags[i] ^ r.flags[k]) & F.ArabicSpan) return -1;
    const os = t.start[i];
    const len = t.end[i] - os;
    const ns = regionStart + r.start[k];
    if (len === r.end[k] - r.start[k] && t.fhash[i] === r.fhash[k] && sameText(old, os, next, ns, len)) continue;
    if (found >= 0 || r.kind[k] !== T.Word) return -1;
    found = k;
  }
  return found;
}

function sameText(x: string, xs: number, y: string, ys: number, len: number): boolean {
  for (let p = 0; p < len; p++) if (x.charCodeAt(xs + p) !== y.charCodeAt(ys + p)) return false;
  return true;
}

/**
 * How far (in tokens) an occurrence reads around itself: the name words after an honorific
 * run and the office words after its name (READ_BEHIND: an occurrence this far before a word
 * may read it), and «به» before «گزارش» (READ_AHEAD).
 */
const READ_BEHIND = 48;
const READ_AHEAD = 6;

/** Whether a document-scope rule may read word token i (lines [lineFrom, lineTo)): ۀ/هٔ, a name, an occurrence near it. */
function wordMatters(text: string, tokens: Tokens, i: number, lineFrom: number, lineTo: number, scan: Scan, names: NameStarts | null): boolean {
  if (tokens.flags[i] & F.HehHamza) return true;
  const fh = tokens.fhash[i];
  if (names && (names.full.has(fh) || names.prefix.has(fh) || names.rest.has(fh) || zwnjTerm(text, tokens, i) || nearGivenName(tokens, i))) return true;
  // Occurrences read within their own line only.
  const from = Math.max(lineFrom, i - READ_BEHIND);
  const to = Math.min(lineTo, i + READ_AHEAD + 1);
  return (
    hitReads(scan.hits, i, from, to) ||
    anyIn(scan.abbrs, (h) => h.openTok + 4, (h) => h.openTok, from, to) ||
    anyIn(scan.surnames, (x) => x, (x) => x, from, to) ||
    anyIn(scan.suffixWords, (x) => x, (x) => x - 2, from, to) ||
    // A name before «، <office>» and the title after it (appositiveNames, title-change).
    anyIn(scan.commas, (c) => c + COMMA_READS_AHEAD, (c) => c - COMMA_READS_BEHIND, i, i + 1) ||
    // A title before «، <given name> <surname>،» and the name (title-change's titleBefore).
    anyIn(scan.nameCommas, (c) => c + NAME_COMMA_READS_AHEAD, (c) => c - COMMA_READS_AHEAD, i, i + 1)
  );
}

/**
 * Whether an occurrence on tokens [from, to) reads word i: an honorific reads the name words
 * after it (and a title after the name), so up to READ_BEHIND tokens on; a source marker the
 * agency's name (MARKER_REACH); a title or a blessing formula only its own words.
 */
function hitReads(hits: Hit[], i: number, from: number, to: number): boolean {
  for (let x = firstIndex(hits.length, (y) => hits[y].last < from); x < hits.length && hits[x].first < to; x++) {
    const h = hits[x];
    const kind = h.payload.kind;
    const reach = kind === 'honorific' ? READ_BEHIND : kind === 'marker' ? MARKER_REACH : OWN_MARGIN;
    if (h.first - READ_AHEAD <= i && i <= h.last + reach) return true;
  }
  return false;
}

/**
 * A source marker reads the agency name after it (name-consistency): two words, each one space
 * on, and the token after the second, so the sixth token after the marker at most. Markers are
 * in every lead («به گزارش …»); the old reach of an honorific's made most edits of a lead's
 * sentence re-run the document rules.
 */
const MARKER_REACH = 6;

/** Tokens around a title or blessing occurrence that still count as touching it. */
const OWN_MARGIN = 2;

/** Whether a list sorted by position has an item with first < to and last >= from. */
function anyIn<X>(list: X[], last: (x: X) => number, first: (x: X) => number, from: number, to: number): boolean {
  const x = firstIndex(list.length, (y) => last(list[y]) < from);
  return x < list.length && first(list[x]) < to;
}

/**
 * Moves by delta every position at or after `at` in kept findings, their fixes and related
 * locations; a document-wide fix is shared by several findings, so each edit moves once.
 */
function shiftAfter(findings: Finding[], at: number, delta: number): void {
  if (delta === 0) return;
  const moved = new Set<object>();
  const move = (x: { start: number; end: number }) => {
    if (moved.has(x)) return;
    moved.add(x);
    if (x.start >= at) {
      x.start += delta;
      x.end += delta;
    }
  };
  for (const f of findings) {
    if (f.start >= at) {
      f.start += delta;
      f.end += delta;
    }
    if (f instanceof OneEditFinding) {
      if (f.editStart >= at) {
        f.editStart += delta;
        f.editEnd += delta;
      }
      continue;
    }
    for (const x of f.fixes) for (const e of x.edits) move(e);
    if (f.related) for (const r of f.related) move(r);
  }
}

/** Whether a given changed range is one the two lengths allow (else the texts are compared). */
function fits(c: { start: number; oldEnd: number; newEnd: number }, oldLength: number, newLength: number): boolean {
  return 0 <= c.start && c.start <= c.oldEnd && c.oldEnd <= oldLength && c.start <= c.newEnd && c.newEnd <= newLength && newLength - oldLength === c.newEnd - c.oldEnd;
}

/** Chunk sizes for comparing the texts: big chunks cross the unchanged bulk in few steps. */
const CHUNKS = [65536, 2048, 64];

/** Lengths of the common prefix and suffix; compares in chunks (native string equality) first. */
function commonEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let p = 0;
  for (const size of CHUNKS) while (p + size <= max && a.slice(p, p + size) === b.slice(p, p + size)) p += size;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  const room = max - p;
  for (const size of CHUNKS) while (s + size <= room && a.slice(a.length - s - size, a.length - s) === b.slice(b.length - s - size, b.length - s)) s += size;
  while (s < room && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return [p, s];
}

/** Protected ranges of the old text outside the region equal the new ones, shifted. */
function sameOutside(oldR: number[], newR: number[], regionStart: number, oldRegionEnd: number, delta: number): boolean {
  const before = (r: number[]) => { const out: number[] = []; for (let i = 0; i < r.length; i += 2) if (r[i + 1] <= regionStart) out.push(r[i], r[i + 1]); return out; };
  const after = (r: number[], end: number, d: number) => { const out: number[] = []; for (let i = 0; i < r.length; i += 2) if (r[i] >= end) out.push(r[i] - d, r[i + 1] - d); return out; };
  const eq = (x: number[], y: number[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return eq(before(oldR), before(newR)) && eq(after(oldR, oldRegionEnd, 0), after(newR, oldRegionEnd + delta, delta));
}

function rangesWithin(ranges: number[], s: number, e: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i] >= s && ranges[i + 1] <= e) out.push(ranges[i] - s, ranges[i + 1] - s);
  return out;
}

/** Index of the first token starting at or after offset. */
function tokenBound(t: Tokens, offset: number): number {
  return firstIndex(t.count, (i) => t.start[i] < offset);
}

/** The first index in [0, count) where `before` is false (it must hold for a prefix only). */
function firstIndex(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Replaces tokens [a, b) (the old region) with `region` (offsets relative to regionStart), in
 * place when the arrays have room, shifting the tail. Offsets live in `start` alone (count + 1
 * of them; `end` is its view from 1, see Tokens).
 */
function spliceTokens(t: Tokens, a: number, b: number, regionStart: number, region: Tokens, delta: number): Tokens {
  const count = a + region.count + (t.count - b);
  let out = t;
  if (count > t.kind.length) {
    const cap = Math.ceil(count * 1.25) + 64;
    const grow = <A extends Uint8Array | Uint16Array | Int32Array>(src: A, make: (n: number) => A, size: number, used: number): A => {
      const dst = make(size);
      dst.set(src.subarray(0, used));
      return dst;
    };
    const start = grow(t.start, (n) => new Int32Array(n), cap + 1, t.count + 1);
    out = {
      count: t.count,
      kind: grow(t.kind, (n) => new Uint8Array(n), cap, t.count),
      start,
      end: start.subarray(1),
      flags: grow(t.flags, (n) => new Uint16Array(n), cap, t.count),
      fhash: grow(t.fhash, (n) => new Int32Array(n), cap, t.count),
    };
  }
  const tail = a + region.count;
  const move = <A extends Uint8Array | Uint16Array | Int32Array>(arr: A, r: A) => {
    arr.copyWithin(tail, b, t.count);
    arr.set(r.subarray(0, region.count), a);
  };
  move(out.kind, region.kind);
  move(out.flags, region.flags);
  move(out.fhash, region.fhash);
  const start = out.start;
  start.copyWithin(tail, b, t.count + 1);
  for (let k = 0; k < region.count; k++) start[a + k] = region.start[k] + regionStart;
  if (delta !== 0) for (let i = tail; i <= count; i++) start[i] += delta;
  out.count = count;
  return out;
}
