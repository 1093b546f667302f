/**
 * The CLI's house style: `--config FILE`, or else the `.persian-qa.json` nearest to each file
 * (its folder, then upward). Each thread keeps its own loader; the main thread checks every
 * discovered file once before any linting, so a broken one stops the run with exit 2.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EngineConfig } from '../engine/config';
import type { Locale } from '../engine/types';
import { HouseStyleLoader, LoadedHouseStyle } from '../node/house-style-loader';
import { engine } from '../src/engine';

let loader: HouseStyleLoader | undefined;
const theLoader = () => (loader ??= new HouseStyleLoader(engine.parseHouseStyle));

/** Standard input ("-") is treated as a file in the working folder. */
const pathOf = (file: string) => (file === '-' ? join(process.cwd(), '<stdin>') : resolve(file));

/** The house style for one input file, merged over `base`. */
export function discoveredConfig(file: string, base: EngineConfig): EngineConfig {
  const loaded = theLoader().forDocument(pathOf(file));
  return loaded?.config ? engine.mergeConfigs(base, loaded.config) : base;
}

export interface HouseStyleCheck {
  config?: EngineConfig;
  /** Lines for standard error: `path:line:column: severity: message`. */
  lines: string[];
  failed: boolean;
}

function describe(loaded: LoadedHouseStyle, locale: Locale): HouseStyleCheck {
  const lines = loaded.diagnostics.map((d) => `${loaded.path}:${d.line}:${d.column}: ${d.severity}: ${d.message[locale]}`);
  return { config: loaded.invalid ? undefined : loaded.config, lines, failed: loaded.invalid };
}

/** `--config FILE`: the named house-style file. */
export function namedHouseStyle(file: string, locale: Locale): HouseStyleCheck {
  const path = resolve(file);
  if (!existsSync(path)) return { lines: [`${file}: configuration file not found`], failed: true };
  return describe(theLoader().load(path), locale);
}

/** Every distinct house-style file the inputs would use, checked once. */
export function checkDiscovered(files: string[], locale: Locale): HouseStyleCheck {
  const seen = new Set<string>();
  const out: HouseStyleCheck = { lines: [], failed: false };
  for (const f of files) {
    const path = theLoader().find(pathOf(f));
    if (!path || seen.has(path)) continue;
    seen.add(path);
    const c = describe(theLoader().load(path), locale);
    out.lines.push(...c.lines);
    out.failed ||= c.failed;
  }
  return out;
}
