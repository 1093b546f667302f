import type { Fix, TextEdit } from './types';

/**
 * Applies whole fixes (all of a fix's edits or none). A fix is skipped when any of its edits
 * overlaps an edit of a fix already taken, or inserts at the boundary of one (order would be
 * ambiguous); the caller re-lints and tries the skipped ones in a later pass.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number; skipped: number } {
  const ordered = fixes
    .filter((f) => f.edits.length > 0)
    .map((f) => ({ f, first: Math.min(...f.edits.map((e) => e.start)) }))
    .sort((a, b) => a.first - b.first);
  const taken: TextEdit[] = [];
  let applied = 0;
  let skipped = 0;
  for (const { f } of ordered) {
    const edits = [...f.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    if (!edits.every((e, i) => i === 0 || !conflicts(edits[i - 1], e)) || edits.some((e) => collides(taken, e))) {
      skipped++;
      continue;
    }
    // `taken` stays sorted by start.
    for (const e of edits) taken.splice(insertionPoint(taken, e.start), 0, e);
    applied++;
  }
  return { text: applyEdits(text, taken), applied, skipped };
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
