/**
 * Finds, reads and caches house-style files for the CLI and the language server. The file
 * nearest to a document (its folder, then upward to the workspace root) applies. A file that
 * turns invalid keeps its last good configuration in force until it is fixed.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { EngineConfig } from '../engine/config';
import type { HouseStyleDiagnostic, ParsedHouseStyle } from '../engine/house-style';

export const HOUSE_STYLE_FILE = '.persian-qa.json';

/** The engine's parser, passed in: the CLI and the server reach the engine through dist/engine.js. */
export type ParseHouseStyle = (text: string) => ParsedHouseStyle;

export interface LoadedHouseStyle {
  path: string;
  /** The layer in force: the file's when valid, else its last good version, else none. */
  config?: EngineConfig;
  /** Problems of the file as it is now on disk. */
  diagnostics: HouseStyleDiagnostic[];
  /** The current text is invalid and `config` (if any) comes from an earlier version. */
  stale: boolean;
  /** The current text could not be applied (error diagnostics, or unreadable). */
  invalid: boolean;
  text?: string;
}

interface Entry {
  stamp: string;
  result: LoadedHouseStyle;
}

function isWithin(dir: string, root: string): boolean {
  const rel = relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export class HouseStyleLoader {
  private readonly files = new Map<string, Entry>();
  private readonly lastGood = new Map<string, EngineConfig>();
  private readonly found = new Map<string, string | null>();

  constructor(private readonly parse: ParseHouseStyle) {}

  /**
   * The nearest house-style file for a document: its folder, then each parent up to `root`
   * (inclusive) when the document lies under it, else up to the file-system root.
   */
  find(documentPath: string, root?: string): string | undefined {
    const start = dirname(resolve(documentPath));
    const top = root !== undefined && isWithin(start, resolve(root)) ? resolve(root) : undefined;
    const key = `${start}\0${top ?? ''}`;
    const cached = this.found.get(key);
    if (cached !== undefined) return cached ?? undefined;
    let hit: string | null = null;
    for (let dir = start; ; ) {
      const candidate = join(dir, HOUSE_STYLE_FILE);
      if (isFile(candidate)) {
        hit = candidate;
        break;
      }
      if (top !== undefined && dir === top) break;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    this.found.set(key, hit);
    return hit ?? undefined;
  }

  /** Reads (or returns the cached) house-style file; re-reads when its size or time changed. */
  load(path: string): LoadedHouseStyle {
    path = resolve(path);
    let stamp: string;
    try {
      const st = statSync(path);
      if (!st.isFile()) throw Object.assign(new Error(`${path} is not a file`), { code: 'EISDIR' });
      stamp = `${st.mtimeMs}:${st.ctimeMs}:${st.size}`;
    } catch (e) {
      return this.unreadable(path, e);
    }
    const cached = this.files.get(path);
    if (cached && cached.stamp === stamp) return cached.result;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      return this.unreadable(path, e);
    }
    return this.remember(path, stamp, text);
  }

  /** Parses text given by the caller (e.g. an unsaved editor buffer) as the file at `path`. */
  loadText(path: string, text: string): LoadedHouseStyle {
    return this.remember(resolve(path), `text:${text.length}:${hashText(text)}`, text);
  }

  /** The house style in force for a document, or undefined when there is no file. */
  forDocument(documentPath: string, root?: string): LoadedHouseStyle | undefined {
    const path = this.find(documentPath, root);
    return path === undefined ? undefined : this.load(path);
  }

  /** Forgets what discovery found (files appeared or vanished) and, with a path, that file's text. */
  invalidate(path?: string): void {
    this.found.clear();
    if (path !== undefined) this.files.delete(resolve(path));
    else this.files.clear();
  }

  private remember(path: string, stamp: string, text: string): LoadedHouseStyle {
    const parsed = this.parse(text);
    let result: LoadedHouseStyle;
    if (parsed.config) {
      this.lastGood.set(path, parsed.config);
      result = { path, config: parsed.config, diagnostics: parsed.diagnostics, stale: false, invalid: false, text };
    } else {
      const good = this.lastGood.get(path);
      result = { path, config: good, diagnostics: parsed.diagnostics, stale: good !== undefined, invalid: true, text };
    }
    this.files.set(path, { stamp, result });
    return result;
  }

  private unreadable(path: string, e: unknown): LoadedHouseStyle {
    const why = (e as NodeJS.ErrnoException)?.code ?? (e instanceof Error ? e.message : String(e));
    const good = this.lastGood.get(path);
    this.files.delete(path);
    return {
      path,
      config: good,
      stale: good !== undefined,
      invalid: true,
      diagnostics: [
        {
          severity: 'error',
          code: 'unreadable',
          message: { fa: `پروندهٔ شیوه‌نامه خوانده نشد (${why})`, en: `Cannot read the house-style file (${why})` },
          start: 0,
          end: 0,
          line: 1,
          column: 1,
        },
      ],
    };
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function hashText(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** One line per diagnostic, like a compiler: path:line:column: severity: message. */
export function formatHouseStyleDiagnostic(path: string, d: HouseStyleDiagnostic, locale: 'fa' | 'en' = 'en'): string {
  return `${path}:${d.line}:${d.column}: ${d.severity}: ${d.message[locale]}`;
}
