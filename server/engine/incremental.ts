import { cachedScan, rescanArticle } from './article-scan';
import type { LintOptions } from './config';
import { compareFindings, finishFindings, lineProtectedRanges, runRules } from './run';
import { tokenize, Tokens } from './tokenize';
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
  private current: Finding[] = [];

  constructor(text: string, private readonly options: LintOptions = {}) {
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

  /** Brings the state to `next`, re-linting only the lines that differ. */
  /**
   * `changed`, when the caller knows it (an editor sends the edited ranges), is where the texts
   * differ: old[start, oldEnd) became next[start, newEnd). It spares comparing the whole texts
   * for their common ends, which on a large document costs more than re-linting a line. Any
   * range that covers the change will do; a wrong one gives wrong findings.
   */
  update(next: string, changed?: { start: number; oldEnd: number; newEnd: number }): Finding[] {
    const old = this.text;
    if (next === old) return this.current;
    const [prefix, suffix] = changed ? [changed.start, old.length - changed.oldEnd] : commonEnds(old, next);
    // Whole lines around the change: from the line before the first changed character
    // (its line end may have changed) to the line after the last one (lines may merge).
    const regionStart = prefix < 2 ? 0 : old.lastIndexOf('\n', prefix - 2) + 1;
    const oldChangeEnd = old.length - suffix;
    const nl = old.indexOf('\n', oldChangeEnd);
    const oldRegionEnd = nl === -1 ? old.length : nl + 1;
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
    this.tokens = spliceTokens(this.tokens, regionStart, oldRegionEnd, regionTokens, delta);
    if (scan) rescanArticle(scan, this.tokens, next, a, b, regionTokens.count, delta);

    const fresh = runRules(regionText, regionTokens, this.options, 'line');
    for (const f of fresh) shiftFinding(f, regionStart);
    fresh.sort(compareFindings);
    const local = this.local;
    const i0 = lowerBound(local, regionStart);
    const i1 = lowerBound(local, oldRegionEnd);
    for (let i = i1; i < local.length; i++) shiftFinding(local[i], delta);
    this.local = local.slice(0, i0).concat(fresh, local.slice(i1));
    this.text = next;
    return this.finish();
  }

  private finish(): Finding[] {
    const doc = runRules(this.text, this.tokens, this.options, 'document');
    this.current = finishFindings(this.text, this.local.concat(doc), this.options);
    return this.current;
  }
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

function lowerBound(findings: Finding[], offset: number): number {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (findings[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function shiftFinding(f: Finding, d: number): void {
  if (d === 0) return;
  f.start += d;
  f.end += d;
  for (const x of f.fixes) for (const e of x.edits) { e.start += d; e.end += d; }
  if (f.related) for (const r of f.related) { r.start += d; r.end += d; }
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

function tokenBound(t: Tokens, offset: number): number {
  let lo = 0;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.start[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Replaces the tokens of [regionStart, oldRegionEnd) with `region` (region-relative offsets),
 * in place when the arrays have room, shifting the tail.
 */
function spliceTokens(t: Tokens, regionStart: number, oldRegionEnd: number, region: Tokens, delta: number): Tokens {
  const a = tokenBound(t, regionStart);
  const b = tokenBound(t, oldRegionEnd);
  const count = a + region.count + (t.count - b);
  let out = t;
  if (count > t.kind.length) {
    const cap = Math.ceil(count * 1.25) + 64;
    const grow = <A extends Uint8Array | Uint16Array | Int32Array>(src: A, make: (n: number) => A): A => {
      const dst = make(cap);
      dst.set(src.subarray(0, t.count));
      return dst;
    };
    out = {
      count: t.count,
      kind: grow(t.kind, (n) => new Uint8Array(n)),
      start: grow(t.start, (n) => new Int32Array(n)),
      end: grow(t.end, (n) => new Int32Array(n)),
      flags: grow(t.flags, (n) => new Uint16Array(n)),
      hash: grow(t.hash, (n) => new Int32Array(n)),
      fhash: grow(t.fhash, (n) => new Int32Array(n)),
    };
  }
  const tail = a + region.count;
  const move = <A extends Uint8Array | Uint16Array | Int32Array>(arr: A, r: A) => {
    arr.copyWithin(tail, b, t.count);
    arr.set(r.subarray(0, region.count), a);
  };
  move(out.kind, region.kind);
  move(out.flags, region.flags);
  move(out.hash, region.hash);
  move(out.fhash, region.fhash);
  move(out.start, region.start);
  move(out.end, region.end);
  for (let i = a; i < tail; i++) { out.start[i] += regionStart; out.end[i] += regionStart; }
  if (delta !== 0) for (let i = tail; i < count; i++) { out.start[i] += delta; out.end[i] += delta; }
  out.count = count;
  return out;
}
