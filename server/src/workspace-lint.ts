/**
 * "Lint the whole workspace": the client finds the files (its globs, files.exclude, progress and
 * cancel button) and sends them in batches with `persianQA/lintFiles`; the server reads each from
 * disk and pushes its diagnostics with textDocument/publishDiagnostics, also to a client that
 * pulls diagnostics for open documents (VS Code keeps pushed and pulled diagnostics in separate
 * collections, so a pushed result is cleared when its document opens and the pull takes over).
 * Open documents are linted live already: they are counted, not re-read.
 */
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from './diagnostics';
import { engine } from './engine';
import type { DocumentSettings } from './settings';

export const LINT_FILES_REQUEST = 'persianQA/lintFiles';

export interface LintFilesParams {
  uris: string[];
  /** First batch of a run: results of an earlier run are cleared. */
  reset?: boolean;
}

export type SkipReason = 'tooLarge' | 'disabled' | 'unreadable' | 'notFile';

export interface LintFilesResult {
  /** Files linted (open documents included). */
  files: number;
  findings: number;
  filesWithFindings: number;
  skipped: { uri: string; reason: SkipReason }[];
  cancelled: boolean;
}

export interface Cancellable {
  readonly isCancellationRequested: boolean;
}

export interface WorkspaceLintHost {
  settings(uri: string): Promise<DocumentSettings>;
  isOpen(uri: string): boolean;
  /** The live diagnostics of an open document. */
  openDiagnostics(uri: string): Promise<Diagnostic[] | undefined>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

/** Markdown by extension (`.md`, `.fa.md`, `.markdown`), plain text otherwise. */
export function languageIdForPath(path: string): 'markdown' | 'plaintext' {
  return /\.(?:md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceLinter {
  /** Files whose diagnostics were pushed by a workspace lint. */
  private readonly linted = new Set<string>();
  private generation = 0;

  constructor(private readonly host: WorkspaceLintHost) {}

  async lintFiles(params: LintFilesParams, token?: Cancellable): Promise<LintFilesResult> {
    const result: LintFilesResult = { files: 0, findings: 0, filesWithFindings: 0, skipped: [], cancelled: false };
    if (params.reset) this.clear();
    const uris = Array.isArray(params.uris) ? params.uris.filter((u): u is string => typeof u === 'string') : [];
    // One configuration round trip per file, all of the batch at once.
    const settings = await Promise.all(uris.map((u) => this.host.settings(u).catch(() => undefined)));
    for (let i = 0; i < uris.length; i++) {
      if (token?.isCancellationRequested) {
        result.cancelled = true;
        break;
      }
      const uri = uris[i];
      const ds = settings[i];
      let diagnostics: Diagnostic[] | undefined;
      if (this.host.isOpen(uri)) {
        diagnostics = await this.host.openDiagnostics(uri);
      } else {
        const got = ds ? await this.lintFile(uri, ds) : 'unreadable';
        if (typeof got === 'string') {
          result.skipped.push({ uri, reason: got });
          continue;
        }
        diagnostics = got;
        this.linted.add(uri);
        this.host.publish(uri, diagnostics);
      }
      result.files++;
      const n = diagnostics?.length ?? 0;
      result.findings += n;
      if (n) result.filesWithFindings++;
      // Let other messages (typing in an open document, a cancel) through between files.
      await nextTurn();
    }
    return result;
  }

  private async lintFile(uri: string, ds: DocumentSettings): Promise<Diagnostic[] | SkipReason> {
    const path = pathOf(uri);
    if (!path) return 'notFile';
    if (!ds.settings.enable) return 'disabled';
    let text: string;
    try {
      const stat = await fs.stat(path);
      if (!stat.isFile()) return 'unreadable';
      if (stat.size > ds.settings.maxFileSizeKB * 1024) {
        this.host.log(`Workspace lint: skipping ${uri}: ${Math.ceil(stat.size / 1024)} KB is above persianQA.maxFileSizeKB (${ds.settings.maxFileSizeKB} KB).`);
        return 'tooLarge';
      }
      text = await fs.readFile(path, 'utf8');
    } catch (e) {
      this.host.log(`Workspace lint: cannot read ${uri}: ${(e as Error).message}`);
      return 'unreadable';
    }
    const languageId = languageIdForPath(path);
    const doc = TextDocument.create(uri, languageId, 0, text);
    return engine.lint(text, { languageId, config: ds.config }).map((f) => toDiagnostic(f, doc, ds.locale));
  }

  /** A document opened: a client that pulls gets its diagnostics by pull from now on. */
  opened(uri: string, pull: boolean): void {
    if (pull && this.linted.has(uri)) this.host.publish(uri, []);
  }

  /** A document closed: its file's diagnostics come back from disk. */
  async closed(uri: string): Promise<void> {
    if (this.linted.has(uri)) await this.relintFromDisk(uri);
  }

  /**
   * Settings or the house style changed: every pushed result is linted again from disk with the
   * new ones, a file at a time; a newer refresh takes over from an older one.
   */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    for (const uri of [...this.linted]) {
      if (generation !== this.generation) return;
      if (!this.host.isOpen(uri)) await this.relintFromDisk(uri);
      await nextTurn();
    }
  }

  private async relintFromDisk(uri: string): Promise<void> {
    const ds = await this.host.settings(uri).catch(() => undefined);
    if (!ds || this.host.isOpen(uri)) return;
    const got = await this.lintFile(uri, ds);
    if (this.host.isOpen(uri)) return;
    if (typeof got === 'string') {
      this.linted.delete(uri);
      this.host.publish(uri, []);
    } else {
      this.host.publish(uri, got);
    }
  }

  /** Clears every pushed result (a new run, or the settings changed). */
  clear(): void {
    for (const uri of this.linted) if (!this.host.isOpen(uri)) this.host.publish(uri, []);
    this.linted.clear();
  }
}
