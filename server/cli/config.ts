import type { EngineConfig } from '../engine/config';
import type { Locale } from '../engine/types';
import { checkDiscovered, namedHouseStyle } from './house-style';

export class ConfigError extends Error {}

/**
 * The configuration of a run: the house-style file named by --config, or else the
 * `.persian-qa.json` files discovered upward from the inputs (checked here once; each file then
 * gets its nearest one, see house-style.ts). An invalid file stops the run (exit 2) with its
 * problems as `path:line:column: error: message`; warnings are passed to `warn`.
 */
export function loadConfig(file: string | undefined, inputs: string[], locale: Locale, warn: (line: string) => void): EngineConfig {
  const check = file !== undefined ? namedHouseStyle(file, locale) : checkDiscovered(inputs, locale);
  if (check.failed) throw new ConfigError(check.lines.join('\n'));
  for (const line of check.lines) warn(line);
  return check.config ?? {};
}
