/**
 * Settings (section `persianQA`, scope resource) fetched per document and turned into what the
 * linter needs. The one place that decides a document's EngineConfig, so that other sources
 * (a house-style file) can be merged in here.
 */
import type { EngineConfig, RuleSetting } from '../engine/config';
import type { StyleChoices } from '../engine/house-style';
import type { Locale, Severity } from '../engine/types';
import { engine } from './engine';
import { LocaleSetting, resolveLocale } from './locale';

export type RuleLevel = 'off' | Severity;

export interface Settings {
  enable: boolean;
  rules: Record<string, RuleLevel>;
  /** The house-style choices (as in .persian-qa.json "style"); the file wins over them. */
  style: StyleChoices;
  ignoreWords: string[];
  locale: LocaleSetting;
  maxFileSizeKB: number;
  /** Findings published per document, in document order (0: all); fixes still cover every finding. */
  maxProblems: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  rules: {},
  style: {},
  ignoreWords: [],
  locale: 'auto',
  maxFileSizeKB: 1024,
  maxProblems: 1000,
});

/** Everything the server needs to lint one document. */
export interface DocumentSettings {
  settings: Settings;
  config: EngineConfig;
  locale: Locale;
}

const LEVELS = new Set<string>(['off', 'error', 'warning', 'information', 'hint']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Tolerates anything a client may send: wrong types fall back to the defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const r = isObject(raw) ? raw : {};
  const rules: Record<string, RuleLevel> = {};
  if (isObject(r.rules)) {
    for (const [id, level] of Object.entries(r.rules)) if (typeof level === 'string' && LEVELS.has(level)) rules[id] = level as RuleLevel;
  }
  const max = Number(r.maxFileSizeKB);
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    rules,
    style: engine.normalizeStyle(r.style),
    ignoreWords: Array.isArray(r.ignoreWords) ? r.ignoreWords.filter((w): w is string => typeof w === 'string' && w !== '') : [],
    locale: r.locale === 'fa' || r.locale === 'en' || r.locale === 'auto' ? r.locale : DEFAULT_SETTINGS.locale,
    maxFileSizeKB: Number.isFinite(max) && max > 0 ? max : DEFAULT_SETTINGS.maxFileSizeKB,
    maxProblems: typeof r.maxProblems === 'number' && Number.isFinite(r.maxProblems) && r.maxProblems >= 0 ? Math.floor(r.maxProblems) : DEFAULT_SETTINGS.maxProblems,
  };
}

export function toEngineConfig(settings: Settings): EngineConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, level] of Object.entries(settings.rules)) rules[id] = level;
  // Style choices first, the explicit rule levels over them.
  const config = engine.mergeConfigs({ rules: engine.styleToRules(settings.style) }, { rules });
  if (settings.ignoreWords.length) config.ignoreWords = settings.ignoreWords;
  return config;
}

/**
 * Per-document cache of resolved settings. The promise is cached, so concurrent requests for one
 * document share a single workspace/configuration round trip.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();

  constructor(
    /** Fetches the raw `persianQA` section for a document; undefined when the client cannot. */
    private readonly fetch: (uri: string) => Promise<unknown>,
    private readonly clientLocale: string | undefined,
    /** Lays the document's house-style file over the settings (the file wins where both speak). */
    private readonly houseStyle?: (uri: string, config: EngineConfig) => EngineConfig,
  ) {}

  get(uri: string): Promise<DocumentSettings> {
    let p = this.cache.get(uri);
    if (!p) {
      p = this.fetch(uri).then(
        (raw) => this.resolve(raw, uri),
        () => this.resolve(undefined, uri),
      );
      this.cache.set(uri, p);
    }
    return p;
  }

  private resolve(raw: unknown, uri: string): DocumentSettings {
    const settings = normalizeSettings(raw);
    const config = toEngineConfig(settings);
    return { settings, config: this.houseStyle ? this.houseStyle(uri, config) : config, locale: resolveLocale(settings.locale, this.clientLocale) };
  }

  drop(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
