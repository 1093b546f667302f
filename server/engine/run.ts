import { F } from './chars';
import type { LintOptions } from './config';
import { resolveRule } from './config';
import { RuleContext } from './context';
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

export function tokenizeDocument(text: string, options: LintOptions): Tokens {
  return tokenize(text, lineProtectedRanges(text, options.languageId ?? 'plaintext'));
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
  return applySuppressions(text, findings.sort(compareFindings), options.languageId ?? 'plaintext');
}
