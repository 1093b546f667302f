/**
 * The server's side of the house-style file: which file applies to a document (per workspace
 * folder), its problems published on the file itself, reloads on file-watcher events, and the
 * "ignore" quick fixes. The file is only ever read as JSON: nothing in a workspace is executed.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, FileEvent, Range, WorkspaceEdit, WorkspaceFolder } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineConfig } from '../engine/config';
import type { HouseStyleDiagnostic } from '../engine/house-style';
import type { Locale, Msg } from '../engine/types';
import { HOUSE_STYLE_FILE, HouseStyleLoader, LoadedHouseStyle } from '../node/house-style-loader';
import { SOURCE } from './diagnostics';
import { engine } from './engine';
import { t } from './locale';

const FILE_DELETED = 3;
const QUICK_FIX = 'quickfix';

function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function within(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Range of a 1-based line/column diagnostic in LSP (0-based) positions, on one line. */
function lspRange(text: string | undefined, d: HouseStyleDiagnostic): Range {
  const line = d.line - 1;
  const character = d.column - 1;
  const width = text ? Math.max(0, Math.min(d.end - d.start, text.indexOf('\n', d.start) < 0 ? d.end - d.start : text.indexOf('\n', d.start) - d.start)) : 0;
  return { start: { line, character }, end: { line, character: character + width } };
}

/** A word worth ignoring: letters (Persian or Latin) with inner ZWNJ, nothing else. */
const WORD = /^[\p{L}\p{M}](?:[\p{L}\p{M}\u200c]*[\p{L}\p{M}])?$/u;

export const HS: Record<string, (x: string) => Msg> = {
  disableLine: (rule) => ({ fa: `این قاعده را در این سطر نادیده بگیر (${rule})`, en: `Ignore this rule on this line (${rule})` }),
  ignoreWord: (word) => ({ fa: `«${word}» را در این فضای کاری نادیده بگیر`, en: `Ignore “${word}” in this workspace` }),
};

export class HouseStyles {
  private readonly loader = new HouseStyleLoader((text) => engine.parseHouseStyle(text));
  private folders: string[] = [];
  /** What was last published per house-style file, so only changes go out. */
  private readonly published = new Map<string, string>();
  /** Text of each house-style file as last applied (null: absent), to skip repeated events. */
  private readonly seen = new Map<string, string | null>();
  /** Client can create files through a WorkspaceEdit. */
  canCreateFiles = false;

  constructor(
    private readonly publish: (uri: string, diagnostics: Diagnostic[]) => void,
    private readonly warn: (message: string) => void,
    private readonly locale: () => Locale,
  ) {}

  setFolders(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const paths = (folders ?? []).map((f) => toPath(f.uri)).filter((p): p is string => !!p);
    if (!paths.length && rootUri) {
      const p = toPath(rootUri);
      if (p) paths.push(p);
    }
    this.folders = paths;
    this.loader.invalidate();
  }

  changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => toPath(f.uri)));
    this.folders = this.folders.filter((f) => !gone.has(f));
    for (const f of added) {
      const p = toPath(f.uri);
      if (p && !this.folders.includes(p)) this.folders.push(p);
    }
    this.loader.invalidate();
  }

  /** The innermost workspace folder holding `path` (multi-root: each root has its own file). */
  rootOf(path: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) if (within(path, f) && (!best || f.length > best.length)) best = f;
    return best;
  }

  /** Where the document's house style lives or would be created, and what is in force. */
  private locate(uri: string): { docPath: string; root?: string; loaded?: LoadedHouseStyle } | undefined {
    let docPath = toPath(uri);
    // An untitled document follows the first workspace folder.
    if (!docPath) {
      if (!this.folders.length) return undefined;
      docPath = join(this.folders[0], 'untitled');
    }
    const root = this.rootOf(docPath);
    const loaded = this.loader.forDocument(docPath, root);
    // `seen` is left to filesChanged: recording here what a lint just read would make the
    // watched-file event that follows a save look like "no change", keeping the old style.
    if (loaded) this.report(loaded);
    return { docPath, root, loaded };
  }

  /** Settings with the document's house style over them. Never throws. */
  configFor(uri: string, settings: EngineConfig): EngineConfig {
    try {
      const loaded = this.locate(uri)?.loaded;
      return loaded?.config ? engine.mergeConfigs(settings, loaded.config) : settings;
    } catch (e) {
      this.warn(`House style for ${uri} could not be applied: ${(e as Error)?.stack ?? e}`);
      return settings;
    }
  }

  /**
   * Watched-file events. True when a house-style file really changed, so documents must be
   * linted again (a client may report one save twice: its own watcher and ours).
   */
  filesChanged(changes: readonly FileEvent[]): boolean {
    let any = false;
    for (const c of changes) {
      let path = toPath(c.uri);
      if (!path || basename(path) !== HOUSE_STYLE_FILE) continue;
      path = resolve(path);
      this.loader.invalidate(path);
      let now: string | null = null;
      if (c.type === FILE_DELETED || !existsSync(path)) {
        this.published.delete(path);
        this.publish(pathToFileURL(path).href, []);
      } else {
        const loaded = this.loader.load(path);
        this.report(loaded);
        now = loaded.text ?? null;
      }
      if (this.seen.has(path) && this.seen.get(path) === now) continue;
      this.seen.set(path, now);
      any = true;
    }
    return any;
  }

  /** Publishes the file's own problems on the file; logs a warning when it cannot be applied. */
  private report(loaded: LoadedHouseStyle): void {
    const locale = this.locale();
    const key = `${locale}\0${JSON.stringify(loaded.diagnostics)}`;
    if (this.published.get(loaded.path) === key) return;
    this.published.set(loaded.path, key);
    this.publish(
      pathToFileURL(loaded.path).href,
      loaded.diagnostics.map((d) => ({
        range: lspRange(loaded.text, d),
        severity: d.severity === 'error' ? 1 : 2,
        source: SOURCE,
        code: d.code,
        message: t(d.message, locale),
      })),
    );
    if (loaded.invalid) {
      const first = loaded.diagnostics[0];
      const state = loaded.stale ? 'the last valid version stays in use' : 'it is not applied';
      this.warn(`House style ${loaded.path} has errors, ${state}.${first ? ` ${first.line}:${first.column}: ${first.message.en}` : ''}`);
    }
  }

  /** The quick fixes of one code-action request, each offered once even for several diagnostics. */
  actionsFor(doc: TextDocument, locale: Locale): (d: Diagnostic) => CodeAction[] {
    const offered = new Set<string>();
    return (d) => this.actions(doc, d, locale).filter((a) => !offered.has(a.title) && !!offered.add(a.title));
  }

  /** Quick fixes that silence a finding: a suppression comment (Markdown), or ignoring the word. */
  actions(doc: TextDocument, d: Diagnostic, locale: Locale): CodeAction[] {
    const rule = typeof d.code === 'string' ? d.code : undefined;
    if (!rule || d.source !== SOURCE) return [];
    const out: CodeAction[] = [];
    const text = doc.getText();
    const start = doc.offsetAt(d.range.start);
    if (doc.languageId === 'markdown') {
      const e = engine.disableNextLineEdit(text, start, rule);
      out.push({
        title: t(HS.disableLine(rule), locale),
        kind: QUICK_FIX,
        diagnostics: [d],
        edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }] }] },
      });
    }
    const word = doc.getText(d.range);
    if (word.length <= 64 && WORD.test(word)) {
      const edit = this.ignoreWordEdit(doc.uri, word);
      if (edit) out.push({ title: t(HS.ignoreWord(word), locale), kind: QUICK_FIX, diagnostics: [d], edit });
    }
    return out;
  }

  /** Adds `word` to ignoreWords of the house-style file in force, creating one at the root if none. */
  private ignoreWordEdit(uri: string, word: string): WorkspaceEdit | undefined {
    const where = this.locate(uri);
    if (!where) return undefined;
    const path = where.loaded?.path ?? join(where.root ?? dirname(where.docPath), HOUSE_STYLE_FILE);
    const fileUri = pathToFileURL(path).href;
    const exists = existsSync(path);
    const current = exists ? where.loaded?.text : undefined;
    // A broken file is not edited by machine: its own diagnostics say what to fix first.
    if (exists && (current === undefined || where.loaded?.invalid)) return undefined;
    const next = engine.withIgnoredWord(current, word);
    if (next === current) return undefined;
    if (!exists) {
      if (!this.canCreateFiles) return undefined;
      return {
        documentChanges: [
          { kind: 'create', uri: fileUri, options: { ignoreIfExists: true } },
          { textDocument: { uri: fileUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: next }] },
        ],
      };
    }
    const lines = current!.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    return { documentChanges: [{ textDocument: { uri: fileUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end }, newText: next }] }] };
  }
}
