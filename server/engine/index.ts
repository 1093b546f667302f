import { F } from './chars';
import type { FixOptions, LintOptions } from './config';
import { resolveRule } from './config';
import { RuleContext } from './context';
import { applyFixes } from './fixes';
import { markdownProtectedRanges } from './markdown';
import { rules } from './registry';
import { tokenize } from './tokenize';
import type { Finding, Fix } from './types';

export * from './types';
export type { EngineConfig, FixOptions, LintOptions, RuleSetting } from './config';
export { rules, ruleById } from './registry';
export { applyEdits, applyFixes } from './fixes';

const EMPTY_SET: ReadonlySet<string> = new Set();

export function lint(text: string, options: LintOptions = {}): Finding[] {
  const languageId = options.languageId ?? 'plaintext';
  const protectedRanges = languageId === 'markdown' ? markdownProtectedRanges(text) : [];
  const tokens = tokenize(text, protectedRanges);
  let docFlags = 0;
  for (let i = 0; i < tokens.count; i++) docFlags |= tokens.flags[i];
  const ignore = options.config?.ignoreWords?.length ? new Set(options.config.ignoreWords) : EMPTY_SET;
  const ctx = new RuleContext(text, tokens, docFlags & ~F.ArabicSpan, languageId, ignore);
  for (const rule of rules) {
    const resolved = resolveRule(options.config, rule.meta.id, rule.meta.severity);
    if (resolved.severity === 'off') continue;
    ctx.rule = rule;
    ctx.severity = resolved.severity;
    ctx.options = resolved.options;
    rule.check(ctx);
  }
  return ctx.findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : 1));
}

/** The fix fix-all applies for a finding: its first safe fix, or with `unsafe` its first fix. */
export function preferredFix(f: Finding, unsafe = false): Fix | undefined {
  return f.fixes.find((x) => x.safe) ?? (unsafe ? f.fixes[0] : undefined);
}

const MAX_PASSES = 10;

/** Applies every safe fix (and suggestions with `unsafe`), re-linting until nothing changes. */
export function fix(text: string, options: FixOptions = {}): string {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes: Fix[] = [];
    for (const f of lint(text, options)) {
      const x = preferredFix(f, options.unsafe);
      if (x) fixes.push(x);
    }
    if (fixes.length === 0) return text;
    const next = applyFixes(text, fixes).text;
    if (next === text) return text;
    text = next;
  }
  return text;
}
