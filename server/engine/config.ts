import type { Severity } from './types';

/** How one rule is configured: off, a severity, or a severity with options. */
export type RuleSetting = 'off' | Severity | { severity?: Severity | 'off'; options?: Record<string, unknown> };

/** The engine's view of the house style, already merged from defaults, settings and file. */
export interface EngineConfig {
  rules?: Record<string, RuleSetting>;
  /** Words never reported by any rule (exact text). */
  ignoreWords?: string[];
}

export interface LintOptions {
  languageId?: string;
  config?: EngineConfig;
}

export interface FixOptions extends LintOptions {
  /** Also apply suggestions (fixes that are not safe). */
  unsafe?: boolean;
}

export interface ResolvedRule {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

export function resolveRule(config: EngineConfig | undefined, id: string, defaultSeverity: Severity): ResolvedRule {
  const s = config?.rules?.[id];
  if (s === undefined) return { severity: defaultSeverity, options: {} };
  if (typeof s === 'string') return { severity: s, options: {} };
  return { severity: s.severity ?? defaultSeverity, options: s.options ?? {} };
}
