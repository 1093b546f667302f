import { C, CLASS } from './chars';
import type { Fix, TextEdit } from './types';

/**
 * Applies whole fixes (all of a fix's edits or none). A fix is skipped when any of its edits
 * overlaps an edit of a fix already taken, or inserts at the boundary of one (order would be
 * ambiguous), or when it re-segments a word a fix already taken re-segments (two readings of one
 * word); the caller re-lints and tries the skipped ones in a later pass.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number; skipped: number } {
  const ordered = fixes
    .filter((f) => f.edits.length > 0)
    .map((f) => ({ f, first: Math.min(...f.edits.map((e) => e.start)) }))
    .sort((a, b) => a.first - b.first);
  const taken: TextEdit[] = [];
  const readings: number[] = [];
  let applied = 0;
  let skipped = 0;
  for (const { f } of ordered) {
    const edits = [...f.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const spans = readingSpans(text, edits);
    if (!edits.every((e, i) => i === 0 || !conflicts(edits[i - 1], e)) || edits.some((e) => collides(taken, e)) || overlapsAny(readings, spans)) {
      skipped++;
      continue;
    }
    // `taken` stays sorted by start.
    for (const e of edits) taken.splice(insertionPoint(taken, e.start), 0, e);
    for (let k = 0; k < spans.length; k += 2) insertSpan(readings, spans[k], spans[k + 1]);
    applied++;
  }
  return { text: applyEdits(text, taken), applied, skipped };
}

/**
 * The words an edit re-segments, as [start, end) pairs: an edit that adds, removes or moves a
 * space or ZWNJ reads the word (or the words it joins) one way. Two rules may read one word two
 * ways («بیتماشاگر»: «بی‌تماشاگر» and «بیت ماش اگر»); their edits do not overlap as ranges, but
 * applied together they make a word neither meant. A letter fix inside the word («ي» → «ی»)
 * re-segments nothing and combines with either.
 */
export function readingSpans(text: string, edits: readonly TextEdit[]): number[] {
  const out: number[] = [];
  for (const e of edits) {
    if (!resegments(text, e)) continue;
    let s = e.start;
    while (s > 0 && inWord(text.charCodeAt(s - 1))) s--;
    let end = e.end;
    while (end < text.length && inWord(text.charCodeAt(end))) end++;
    out.push(s, end);
  }
  return out;
}

function resegments(text: string, e: TextEdit): boolean {
  const old = text.slice(e.start, e.end);
  return old !== e.newText && (hasSeparator(old) || hasSeparator(e.newText));
}

function hasSeparator(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = CLASS[s.charCodeAt(i)];
    if (c === C.Space || c === C.Joiner) return true;
  }
  return false;
}

/**
 * Letters and marks: a ZWNJ already in the text bounds the span, so fixes of a long chain of
 * doubled ZWNJs («ایران‌‌ایران‌‌…») are not all one word, taken one a pass.
 */
function inWord(code: number): boolean {
  const c = CLASS[code];
  return c === C.Letter || c === C.Mark;
}

/** Whether a pair of `spans` shares a character with a span of `sorted` (disjoint pairs in order). */
function overlapsAny(sorted: number[], spans: number[]): boolean {
  for (let k = 0; k < spans.length; k += 2) {
    const i = spanBefore(sorted, spans[k + 1]);
    if (i >= 0 && sorted[i + 1] > spans[k]) return true;
  }
  return false;
}

/** Index of the last pair of `sorted` that starts before `end`, or -1. */
function spanBefore(sorted: number[], end: number): number {
  let lo = 0;
  let hi = sorted.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[2 * mid] < end) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo - 2;
}

/** Adds [s, e) to the disjoint pairs, merged with those it overlaps (one fix may read a word twice). */
function insertSpan(sorted: number[], s: number, e: number): void {
  let i = spanBefore(sorted, e);
  while (i >= 0 && sorted[i + 1] > s) {
    s = Math.min(s, sorted[i]);
    e = Math.max(e, sorted[i + 1]);
    sorted.splice(i, 2);
    i -= 2;
  }
  sorted.splice(i + 2, 0, s, e);
}

function conflicts(a: TextEdit, b: TextEdit): boolean {
  // a starts at or before b.
  if (b.start < a.end) return true;
  return b.start === a.end && (a.start === a.end || b.start === b.end);
}

function insertionPoint(sorted: TextEdit[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function collides(sorted: TextEdit[], e: TextEdit): boolean {
  const i = insertionPoint(sorted, e.start);
  if (i > 0 && conflicts(sorted[i - 1], e)) return true;
  if (i < sorted.length && conflicts(e, sorted[i])) return true;
  return false;
}

/** Applies non-overlapping edits sorted by start. */
export function applyEdits(text: string, sorted: readonly TextEdit[]): string {
  if (sorted.length === 0) return text;
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}
