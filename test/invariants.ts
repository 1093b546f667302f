// The guarantees every document must keep, checked one document at a time; shared by the
// property tests and the fuzz run so both judge by the same rules.
import { applyFixes, fix, lint, preferredFix } from '../server/engine/index';
import { markdownProtectedRanges } from '../server/engine/markdown';
import { T, tokenize, Tokens } from '../server/engine/tokenize';
import type { Finding, Fix, TextEdit } from '../server/engine/types';
import type { Doc } from './arbitraries';

export type Problem =
  | 'crash'
  | 'invalid-range'
  | 'tokens-not-exact'
  | 'self-overlapping-fix'
  | 'overlapping-selection'
  | 'edit-outside-finding'
  | 'protected-edit'
  | 'protected-text-changed'
  | 'not-idempotent';

export interface Failure {
  problem: Problem;
  detail: string;
}

/** Kinds whose text no fix may touch. */
const PROTECTED = new Set<number>([T.Latin, T.Url, T.Email, T.Code]);

export function protectedRangesFor(text: string, languageId: string): number[] {
  return languageId === 'markdown' ? markdownProtectedRanges(text) : [];
}

export function tokensOf(text: string, languageId: string): Tokens {
  return tokenize(text, protectedRangesFor(text, languageId));
}

/** A position that is inside the text and splits neither a surrogate pair nor a CRLF. */
export function validPosition(text: string, p: number): boolean {
  if (!Number.isInteger(p) || p < 0 || p > text.length) return false;
  if (p === 0 || p === text.length) return true;
  const a = text.charCodeAt(p - 1);
  const b = text.charCodeAt(p);
  if ((a & 0xfc00) === 0xd800 && (b & 0xfc00) === 0xdc00) return false;
  return !(a === 0x0d && b === 0x0a);
}

export function validRange(text: string, s: number, e: number): boolean {
  return s <= e && validPosition(text, s) && validPosition(text, e);
}

/** Tokens cover the text exactly, in order, none empty, none splitting a pair. */
export function checkTokens(text: string, t: Tokens): string | null {
  let p = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.start[i] !== p) return `token ${i} starts at ${t.start[i]}, expected ${p}`;
    if (t.end[i] <= t.start[i]) return `token ${i} is empty`;
    if (!validPosition(text, t.end[i])) return `token ${i} ends inside a surrogate pair or CRLF at ${t.end[i]}`;
    p = t.end[i];
  }
  if (p !== text.length) return `tokens end at ${p}, text at ${text.length}`;
  // `end` is `start` read from 1 (Tokens): the offset after the last token is the text's length.
  return t.start[t.count] === text.length ? null : `start[count] is ${t.start[t.count]}, text length ${text.length}`;
}

function sortedEdits(f: Fix): TextEdit[] {
  return [...f.edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Two edits of one fix conflict when they overlap or both touch one point with an insertion. */
function editsConflict(a: TextEdit, b: TextEdit): boolean {
  if (b.start < a.end) return true;
  return b.start === a.end && (a.start === a.end || b.start === b.end);
}

export function selfOverlapping(f: Fix): boolean {
  const es = sortedEdits(f);
  return es.some((e, i) => i > 0 && editsConflict(es[i - 1], e));
}

/**
 * The model of applyFixes' selection, written naively: fixes in order of their first edit,
 * each taken whole when none of its edits conflicts with an edit already taken and none of the
 * words it re-segments is one a fix already taken re-segments.
 */
export function modelSelection(text: string, fixes: readonly Fix[]): TextEdit[] {
  const ordered = fixes
    .filter((f) => f.edits.length > 0)
    .map((f, i) => ({ f, i, first: Math.min(...f.edits.map((e) => e.start)) }))
    .sort((a, b) => a.first - b.first || a.i - b.i);
  const taken: TextEdit[] = [];
  const readings: [number, number][] = [];
  for (const { f } of ordered) {
    if (selfOverlapping(f)) continue;
    const clash = f.edits.some((e) => taken.some((t) => (t.start <= e.start ? editsConflict(t, e) : editsConflict(e, t))));
    const spans = naiveReadingSpans(text, f.edits);
    const rereads = spans.some(([s, e]) => readings.some(([rs, re]) => s < re && rs < e));
    if (!clash && !rereads) {
      taken.push(...f.edits);
      readings.push(...spans);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

// As chars.ts classes them: spaces and joiners separate; letters and marks make a word (a joiner
// already in the text bounds it).
const SEPARATOR = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200c\u200d\u00ad]/u;
const WORD_CHAR =
  /[\u0621-\u063a\u0640-\u064a\u064b-\u065f\u066e\u066f\u0670\u0671-\u06d3\u06d5\u06d6-\u06ed\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]/u;

const LETTER = /[\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]/u;

/** As chars.ts folds for lexicon keys: Arabic yeh and kaf to Persian; tatweel, harakat and joiners dropped. */
function naiveFold(s: string): string {
  return s
    .replace(/[\u064a\u0649]/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(/[\u0640\u064b-\u0652\u200c\u200d\u00ad]/g, '')
    .replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0x90));
}

/** The words each separator-changing or letter-repairing edit re-reads, found character by character. */
function naiveReadingSpans(text: string, edits: readonly TextEdit[]): [number, number][] {
  const out: [number, number][] = [];
  for (const e of edits) {
    const old = text.slice(e.start, e.end);
    const resegments = SEPARATOR.test(old) || SEPARATOR.test(e.newText);
    const repairs = (LETTER.test(old) || LETTER.test(e.newText)) && naiveFold(old) !== naiveFold(e.newText);
    if (old === e.newText || !(resegments || repairs)) continue;
    let s = e.start;
    while (s > 0 && WORD_CHAR.test(text[s - 1])) s--;
    let end = e.end;
    while (end < text.length && WORD_CHAR.test(text[end])) end++;
    out.push([s, end]);
  }
  return out;
}

function within(e: TextEdit, s: number, end: number): boolean {
  return e.start >= s && e.end <= end;
}

/** Does the edit touch a protected token (overlap it, or insert strictly inside it)? */
function touchesProtected(t: Tokens, e: TextEdit, protectedIdx: number[]): boolean {
  // protectedIdx is sorted by start; binary search the last token starting before e.end.
  let lo = 0;
  let hi = protectedIdx.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.start[protectedIdx[mid]] < Math.max(e.end, e.start + 1)) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const i = protectedIdx[k];
    const s = t.start[i];
    const end = t.end[i];
    if (end <= e.start) return false;
    if (e.start === e.end ? s < e.start && e.start < end : s < e.end && e.start < end) return true;
  }
  return false;
}

/** Texts of the protected tokens, in order. */
export function protectedTexts(text: string, languageId: string): string[] {
  const t = tokensOf(text, languageId);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) if (PROTECTED.has(t.kind[i])) out.push(text.slice(t.start[i], t.end[i]));
  return out;
}

/**
 * The first protected text of the input that the fixed text no longer holds in order, or null.
 * (Fixed text may hold more protected text: removing a stray ZWNJ before "```" makes a fence.)
 */
export function lostProtectedText(before: string, after: string, languageId: string): string | null {
  let at = 0;
  for (const s of protectedTexts(before, languageId)) {
    const i = after.indexOf(s, at);
    if (i < 0) return s;
    at = i + s.length;
  }
  return null;
}

export const describeFailures = (fs: Failure[]) => fs.map((f) => `${f.problem}: ${f.detail}`);

/** Checks one lint result against the text it came from. */
export function checkFindings(text: string, languageId: string, findings: Finding[], unsafe: boolean): Failure[] {
  const failures: Failure[] = [];
  const fail = (problem: Problem, detail: string) => failures.push({ problem, detail });
  const t = tokensOf(text, languageId);
  const protectedIdx: number[] = [];
  for (let i = 0; i < t.count; i++) if (PROTECTED.has(t.kind[i])) protectedIdx.push(i);

  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule) ?? [];
    list.push(f);
    byRule.set(f.rule, list);
  }
  for (const f of findings) {
    const where = `${f.rule} [${f.start},${f.end}) ${JSON.stringify(text.slice(f.start, f.end))}`;
    if (!validRange(text, f.start, f.end)) fail('invalid-range', `finding ${where}`);
    for (const r of f.related ?? []) if (!validRange(text, r.start, r.end)) fail('invalid-range', `related [${r.start},${r.end}) of ${where}`);
    for (const x of f.fixes) {
      if (selfOverlapping(x)) fail('self-overlapping-fix', `${where}: ${JSON.stringify(x.edits)}`);
      for (const e of x.edits) {
        if (!validRange(text, e.start, e.end)) {
          fail('invalid-range', `edit [${e.start},${e.end}) of ${where}`);
          continue;
        }
        // A consistency fix may edit other occurrences: those are findings of the same rule
        // or related locations of this one.
        const ok =
          within(e, f.start, f.end) ||
          (f.related ?? []).some((r) => within(e, r.start, r.end)) ||
          (byRule.get(f.rule) ?? []).some((g) => within(e, g.start, g.end));
        if (!ok) fail('edit-outside-finding', `edit [${e.start},${e.end}) ${JSON.stringify(e.newText)} of ${where}`);
        if (text.slice(e.start, e.end) !== e.newText && touchesProtected(t, e, protectedIdx)) {
          fail('protected-edit', `edit [${e.start},${e.end}) ${JSON.stringify(e.newText)} of ${where} touches protected text`);
        }
      }
    }
  }
  // The selection applyFixes makes equals the naive model, and the model's edits never overlap.
  const chosen: Fix[] = [];
  for (const f of findings) {
    const x = preferredFix(f, unsafe);
    if (x && x.edits.every((e) => validRange(text, e.start, e.end))) chosen.push(x);
  }
  const model = modelSelection(text, chosen);
  for (let i = 1; i < model.length; i++) {
    if (editsConflict(model[i - 1], model[i])) fail('overlapping-selection', `${JSON.stringify(model[i - 1])} / ${JSON.stringify(model[i])}`);
  }
  let expected = '';
  let pos = 0;
  for (const e of model) {
    expected += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  expected += text.slice(pos);
  if (applyFixes(text, chosen).text !== expected) fail('overlapping-selection', 'applyFixes differs from the model selection');
  return failures;
}

const MAX_DETAIL = 400;

/** Every guarantee for one document; returns the broken ones (empty when all hold). */
export function checkDoc(d: Doc): Failure[] {
  const { text, languageId, unsafe } = d;
  const failures: Failure[] = [];
  try {
    const t = tokensOf(text, languageId);
    const bad = checkTokens(text, t);
    if (bad) failures.push({ problem: 'tokens-not-exact', detail: bad });
    const ranges = protectedRangesFor(text, languageId);
    for (let i = 0; i < ranges.length; i += 2) {
      if (!validRange(text, ranges[i], ranges[i + 1]) || ranges[i] >= ranges[i + 1] || (i > 0 && ranges[i] < ranges[i - 1])) {
        failures.push({ problem: 'invalid-range', detail: `protected range [${ranges[i]},${ranges[i + 1]})` });
      }
    }
    const findings = lint(text, { languageId });
    failures.push(...checkFindings(text, languageId, findings, unsafe));
    const once = fix(text, { languageId, unsafe });
    const twice = fix(once, { languageId, unsafe });
    if (twice !== once) failures.push({ problem: 'not-idempotent', detail: `fix: ${JSON.stringify(once)} → ${JSON.stringify(twice)}` });
    const lost = lostProtectedText(text, once, languageId);
    if (lost !== null) failures.push({ problem: 'protected-text-changed', detail: `${JSON.stringify(lost)} not kept in ${JSON.stringify(once)}` });
  } catch (err) {
    failures.push({ problem: 'crash', detail: String((err as Error)?.stack ?? err) });
  }
  for (const f of failures) if (f.detail.length > MAX_DETAIL) f.detail = f.detail.slice(0, MAX_DETAIL) + '…';
  return failures;
}
