import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineConfig } from '../engine/config';
import type { Finding } from '../engine/types';
import { engine } from './engine';
import { toDiagnostic, tooLargeDiagnostic } from './diagnostics';
import type { DocumentSettings } from './settings';

export interface LintResult {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
  /** The settings linted with: a result from settings since replaced is never reused. */
  settings: DocumentSettings;
}

interface State {
  linter: InstanceType<typeof engine.IncrementalLinter>;
  config: EngineConfig;
  languageId: string;
}

export function sizeKB(text: string): number {
  return Math.ceil(Buffer.byteLength(text, 'utf8') / 1024);
}

export function languageIdOf(doc: TextDocument): string {
  if (doc.languageId === 'markdown') return 'markdown';
  // persian-press drafts: `.fa.md` files are Markdown underneath, `.fa.txt` plain text.
  if (doc.languageId === 'persian-press' && /\.(?:md|markdown)(?:[?#]|$)/i.test(doc.uri)) return 'markdown';
  return 'plaintext';
}

/**
 * Lints open documents, keeping an incremental linter per document (re-lints only edited
 * lines) and the last diagnostics, which code actions read instead of linting again.
 */
export class DocumentLinter {
  private readonly states = new Map<string, State>();
  private readonly results = new Map<string, LintResult>();
  /** Documents already logged as too large, so the log says it once, not on every keystroke. */
  private readonly tooLarge = new Set<string>();

  constructor(private readonly log: (message: string) => void) {}

  lint(doc: TextDocument, ds: DocumentSettings): LintResult {
    const result: LintResult = { uri: doc.uri, version: doc.version, diagnostics: this.diagnose(doc, ds), settings: ds };
    this.results.set(doc.uri, result);
    return result;
  }

  /**
   * The diagnostics computed for exactly this version with these settings, if any. (A request
   * that fetched its settings before they changed may finish after the change: its result must
   * not stand for the new settings.)
   */
  cached(uri: string, version: number, ds: DocumentSettings): LintResult | undefined {
    const r = this.results.get(uri);
    return r && r.version === version && r.settings === ds ? r : undefined;
  }

  forget(uri: string): void {
    this.states.delete(uri);
    this.results.delete(uri);
    this.tooLarge.delete(uri);
  }

  /** Drops every incremental state (e.g. settings changed). */
  reset(): void {
    this.states.clear();
    this.results.clear();
  }

  private diagnose(doc: TextDocument, ds: DocumentSettings): Diagnostic[] {
    const uri = doc.uri;
    if (!ds.settings.enable) {
      this.states.delete(uri);
      return [];
    }
    const text = doc.getText();
    const kb = sizeKB(text);
    if (kb > ds.settings.maxFileSizeKB) {
      this.states.delete(uri);
      if (!this.tooLarge.has(uri)) {
        this.tooLarge.add(uri);
        this.log(`Not linting ${uri}: ${kb} KB is above persianQA.maxFileSizeKB (${ds.settings.maxFileSizeKB} KB).`);
      }
      return [tooLargeDiagnostic(kb, ds.settings.maxFileSizeKB, ds.locale)];
    }
    this.tooLarge.delete(uri);
    const languageId = languageIdOf(doc);
    let findings: Finding[];
    try {
      const s = this.states.get(uri);
      if (s && s.config === ds.config && s.languageId === languageId) {
        findings = s.linter.update(text);
      } else {
        const linter = new engine.IncrementalLinter(text, { languageId, config: ds.config });
        this.states.set(uri, { linter, config: ds.config, languageId });
        findings = linter.findings;
      }
    } catch (e) {
      // The incremental path is an optimisation: never let it cost the diagnostics.
      this.log(`Incremental lint failed for ${uri}, linting whole document: ${(e as Error)?.stack ?? e}`);
      this.states.delete(uri);
      findings = engine.lint(text, { languageId, config: ds.config });
    }
    // Converted now: the incremental linter shifts its findings in place on the next edit.
    return findings.map((f) => toDiagnostic(f, doc, ds.locale));
  }
}
