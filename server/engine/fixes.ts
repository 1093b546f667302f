import { C, CLASS, fold } from './chars';
import type { Fix, TextEdit } from './types';

/**
 * Applies whole fixes (all of a fix's edits or none). A fix is skipped when any of its edits
 * overlaps an edit of a fix already taken, or inserts at the boundary of one (order would be
 * ambiguous), or when it re-segments a word a fix already taken re-segments (two readings of one
 * word); the caller re-lints and tries the skipped ones in a later pass.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number; skipped: number; edits: TextEdit[] } {
  const ordered = fixes
    .filter((f) => f.edits.length > 0)
    .map((f) => ({ f, first: Math.min(...f.edits.map((e) => e.start)) }))
    .sort((a, b) => a.first - b.first);
  const taken: TextEdit[] = [];
  const readings: Span[] = [];
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
    for (const x of spans) insertSpan(readings, x);
    applied++;
  }
  return { text: applyEdits(text, taken), applied, skipped, edits: taken };
}

/**
 * The words an edit reads one way: an edit that adds, removes or moves a space or ZWNJ
 * re-segments the word (or the words it joins), and one that repairs its letters («اطالعیهای» →
 * «اطلاعیهای») makes it another word. Two rules may read one word two ways («بیتماشاگر»:
 * «بی‌تماشاگر» and «بیت ماش اگر»; «اطالعی‌های», read before the repair); their edits do not
 * overlap as ranges, but applied together they make a word neither meant. A letter fix that
 * keeps the word's folded letters («ي» → «ی») reads nothing and combines with either.
 */
export function readingSpans(text: string, edits: readonly TextEdit[]): Span[] {
  const out: Span[] = [];
  for (const e of edits) {
    if (!resegments(text, e) && !repairsLetters(text, e)) continue;
    let start = e.start;
    while (start > 0 && inWord(text.charCodeAt(start - 1))) start--;
    let end = e.end;
    while (end < text.length && inWord(text.charCodeAt(end))) end++;
    out.push({ start, end });
  }
  return out;
}

function resegments(text: string, e: TextEdit): boolean {
  const old = text.slice(e.start, e.end);
  return old !== e.newText && (hasSeparator(old) || hasSeparator(e.newText));
}

function repairsLetters(text: string, e: TextEdit): boolean {
  const old = text.slice(e.start, e.end);
  return (hasLetter(old) || hasLetter(e.newText)) && fold(old) !== fold(e.newText);
}

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (CLASS[s.charCodeAt(i)] === C.Letter) return true;
  return false;
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

/** A [start, end) range of the text. */
export interface Span {
  start: number;
  end: number;
}

/** Whether one of `spans` shares a character with a span of `sorted` (disjoint, in order). */
function overlapsAny(sorted: Span[], spans: Span[]): boolean {
  for (const x of spans) {
    // The last taken span that starts before x ends.
    const i = insertionPoint(sorted, x.end - 1) - 1;
    if (i >= 0 && sorted[i].end > x.start) return true;
  }
  return false;
}

/** Adds a span to the disjoint ones, merged with those it overlaps (one fix may read a word twice). */
function insertSpan(sorted: Span[], x: Span): void {
  let { start, end } = x;
  let i = insertionPoint(sorted, end - 1) - 1;
  while (i >= 0 && sorted[i].end > start) {
    start = Math.min(start, sorted[i].start);
    end = Math.max(end, sorted[i].end);
    sorted.splice(i--, 1);
  }
  sorted.splice(i + 1, 0, { start, end });
}

function conflicts(a: TextEdit, b: TextEdit): boolean {
  // a starts at or before b.
  if (b.start < a.end) return true;
  return b.start === a.end && (a.start === a.end || b.start === b.end);
}

function insertionPoint(sorted: readonly Span[], start: number): number {
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
