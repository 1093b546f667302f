import type { EngineConfig } from '../server/engine/config';
import { rules } from '../server/engine/registry';

/** A config that runs one rule alone (with options), so table cases test only that rule. */
export function onlyRule(id: string, options?: Record<string, unknown>): EngineConfig {
  const cfg: EngineConfig = { rules: {} };
  for (const r of rules) cfg.rules![r.meta.id] = r.meta.id === id ? { options: options ?? {} } : 'off';
  return cfg;
}
