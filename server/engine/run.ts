import { F } from './chars';
import type { LintOptions } from './config';
import { resolveRule } from './config';
import { OneEditFinding, RuleContext } from './context';
import { markdownProtectedRanges } from './markdown';
import { rules } from './registry';
import { applySuppressions } from './suppressions';
import { tokenize, Tokens } from './tokenize';
import type { Finding } from './types';

const EMPTY_SET: ReadonlySet<string> = new Set();

/**
 * Protected ranges cut at line ends (each piece keeps its newline), so that tokenizing a
 * document line by line gives exactly the tokens of tokenizing it whole.
 */
export function lineProtectedRanges(text: string, languageId: string): number[] {
  if (languageId !== 'markdown') return [];
  const ranges = markdownProtectedRanges(text);
  const out: number[] = [];
  // The next newline at or after s, kept across ranges: searching afresh for each range scanned
  // to the next line end every time (quadratic on a long line of code spans).
  let nl = -2;
  for (let r = 0; r < ranges.length; r += 2) {
    let s = ranges[r];
    const e = ranges[r + 1];
    for (;;) {
      if (nl !== -1 && nl < s) nl = text.indexOf('\n', s);
      if (nl === -1 || nl + 1 >= e) break;
      out.push(s, nl + 1);
      s = nl + 1;
    }
    out.push(s, e);
  }
  return out;
}

/** With `scratch`, the tokens are valid until the next scratch tokenize (see tokenize). */
export function tokenizeDocument(text: string, options: LintOptions, scratch = false): Tokens {
  return tokenize(text, lineProtectedRanges(text, options.languageId ?? 'plaintext'), scratch);
}

export type Scope = 'line' | 'document' | 'all';

/** Runs the enabled rules of a scope over an already tokenized text. */
export function runRules(text: string, tokens: Tokens, options: LintOptions, scope: Scope): Finding[] {
  let docFlags = 0;
  for (let i = 0; i < tokens.count; i++) docFlags |= tokens.flags[i];
  const ignore = options.config?.ignoreWords?.length ? new Set(options.config.ignoreWords) : EMPTY_SET;
  const ctx = new RuleContext(text, tokens, docFlags & ~F.ArabicSpan, options.languageId ?? 'plaintext', ignore);
  for (const rule of rules) {
    if (scope !== 'all' && (rule.meta.scope ?? 'line') !== scope) continue;
    const resolved = resolveRule(options.config, rule.meta.id, rule.meta.severity);
    if (resolved.severity === 'off') continue;
    ctx.rule = rule;
    ctx.severity = resolved.severity;
    ctx.options = resolved.options;
    rule.check(ctx);
  }
  return ctx.findings;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** The last step of every lint, full or incremental: order the findings, drop suppressed ones. */
export function finishFindings(text: string, findings: Finding[], options: LintOptions): Finding[] {
  return finishSorted(text, findings.sort(compareFindings), options);
}

/** finishFindings for findings already in order. */
export function finishSorted(text: string, sorted: Finding[], options: LintOptions): Finding[] {
  return applySuppressions(text, sorted, options.languageId ?? 'plaintext');
}

/**
 * Two lists in compareFindings order as one, in linear time: an edit of a large document merges
 * its line and document findings instead of sorting them all again. The lists come from rules
 * of different scopes, so no finding of one ties with a finding of the other.
 */
export function mergeFindings(a: Finding[], b: Finding[]): Finding[] {
  if (b.length === 0) return a.slice();
  if (a.length === 0) return b.slice();
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareFindings(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Whether a list is in compareFindings order. */
export function inOrder(findings: Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (compareFindings(findings[i - 1], findings[i]) > 0) return false;
  return true;
}

/** Moves a finding (its range, edits and related ranges) by d characters. */
export function shiftFinding(f: Finding, d: number): void {
  if (d === 0) return;
  f.start += d;
  f.end += d;
  if (f instanceof OneEditFinding) {
    f.editStart += d;
    f.editEnd += d;
    return;
  }
  for (const x of f.fixes) for (const e of x.edits) { e.start += d; e.end += d; }
  if (f.related) for (const r of f.related) { r.start += d; r.end += d; }
}

/**
 * The start of the lines an edit at offset p may change: the line before p's (its line end may
 * have changed) when p opens a line, else p's own line.
 */
export function editedLinesStart(text: string, p: number): number {
  return p < 2 ? 0 : text.lastIndexOf('\n', p - 2) + 1;
}

/** The end of the line holding offset p, past its newline (or the text's end). */
export function lineEnd(text: string, p: number): number {
  const nl = text.indexOf('\n', p);
  return nl === -1 ? text.length : nl + 1;
}
