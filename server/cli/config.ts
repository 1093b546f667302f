import { readFileSync } from 'node:fs';
import type { EngineConfig } from '../engine/config';

export class ConfigError extends Error {}

/**
 * Reads the configuration named by --config. For now a JSON EngineConfig
 * ({ "rules": { id: "off" | severity | { severity, options } }, "ignoreWords": [...] });
 * the one place to teach the CLI other configuration sources.
 */
export function loadConfig(file: string | undefined): EngineConfig {
  if (file === undefined) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new ConfigError(`${file}: configuration file not found`);
    throw new ConfigError(`${file}: ${err.message}`);
  }
  return validate(raw, file);
}

const SEVERITIES = new Set(['off', 'error', 'warning', 'information', 'hint']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function validate(raw: unknown, file: string): EngineConfig {
  const fail = (what: string) => new ConfigError(`${file}: ${what}`);
  if (!isObject(raw)) throw fail('expected a JSON object');
  const config: EngineConfig = {};
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) throw fail('"rules" must be an object of rule id → setting');
    for (const [id, s] of Object.entries(raw.rules)) {
      const ok =
        (typeof s === 'string' && SEVERITIES.has(s)) ||
        (isObject(s) && (s.severity === undefined || SEVERITIES.has(s.severity as string)) && (s.options === undefined || isObject(s.options)));
      if (!ok) throw fail(`rules.${id}: expected "off", "error", "warning", "information", "hint" or { severity, options }`);
    }
    config.rules = raw.rules as EngineConfig['rules'];
  }
  if (raw.ignoreWords !== undefined) {
    if (!Array.isArray(raw.ignoreWords) || !raw.ignoreWords.every((w) => typeof w === 'string')) throw fail('"ignoreWords" must be an array of strings');
    config.ignoreWords = raw.ignoreWords;
  }
  return config;
}
