import type { FixOptions, LintOptions } from './config';
import { applyFixes } from './fixes';
import { lintForFix, relint } from './fix-passes';
import { finishFindings, runRules, tokenizeDocument } from './run';
import type { Finding, Fix } from './types';

export * from './types';
export type { EngineConfig, FixOptions, LintOptions, RuleSetting } from './config';
export { rules, ruleById } from './registry';
export { applyEdits, applyFixes, readingSpans } from './fixes';
export { IncrementalLinter } from './incremental';
export { parseHouseStyle, mergeConfigs, normalizeStyle, styleToRules, withIgnoredWord } from './house-style';
export type { HouseStyleDiagnostic, ParsedHouseStyle, StyleChoices } from './house-style';
export { disableNextLineEdit } from './suppressions';

export function lint(text: string, options: LintOptions = {}): Finding[] {
  // Nothing keeps the tokens past this call, so they may reuse the last lint's arrays.
  const tokens = tokenizeDocument(text, options, true);
  return finishFindings(text, runRules(text, tokens, options, 'all'), options);
}

/** The fix fix-all applies for a finding: its first safe fix, or with `unsafe` its first fix. */
export function preferredFix(f: Finding, unsafe = false): Fix | undefined {
  return f.fixes.find((x) => x.safe) ?? (unsafe ? f.fixes.find((x) => !x.manual) : undefined);
}

const MAX_PASSES = 10;

/** Applies every safe fix (and suggestions with `unsafe`), re-linting until nothing changes. */
export function fix(text: string, options: FixOptions = {}): string {
  let linted = lintForFix(text, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes: Fix[] = [];
    for (const f of linted.all) {
      const x = preferredFix(f, options.unsafe);
      if (x) fixes.push(x);
    }
    if (fixes.length === 0) return text;
    const applied = applyFixes(text, fixes);
    if (applied.text === text || pass + 1 === MAX_PASSES) return applied.text;
    // The next pass re-lints only the lines this one changed (and the document-wide rules).
    linted = relint(linted, applied.edits, applied.text, options);
    text = applied.text;
  }
  return text;
}
