import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineConfig } from '../engine/config';
import type { Finding } from '../engine/types';
import { engine } from './engine';
import { DiagnosticCache } from './diagnostic-cache';
import type { Changed } from './edit-ranges';
import { tooLargeDiagnostic } from './diagnostics';
import { FIRST_PART_ABOVE, FIRST_PART_CHARS } from './scheduler';
import type { DocumentSettings } from './settings';

export interface LintResult {
  uri: string;
  version: number;
  /**
   * Every finding of this version, sorted by start: code actions and hover resolve from them.
   * The incremental linter shifts these objects in place on the next edit, so they are valid only
   * while this is the document's current result (`DocumentLinter.cached`).
   */
  findings: readonly Finding[];
  /** What is published: the diagnostics of findings[0, shown) (persianQA.maxProblems), or the too-large notice. */
  diagnostics: Diagnostic[];
  /** Findings published (diagnostics.length unless the document was not linted). */
  shown: number;
  /** The settings linted with: a result from settings since replaced is never reused. */
  settings: DocumentSettings;
  /** Only the first part of a large document was linted; the complete result follows. */
  partial?: boolean;
  /** Where the diagnostics came from, for their serialized form (raw-writer.ts). */
  cache?: DiagnosticCache;
}

const documentScope = new Map<string, boolean>();
/** Rules whose findings the incremental linter makes afresh on every edit. */
function remade(rule: string): boolean {
  let r = documentScope.get(rule);
  if (r === undefined) documentScope.set(rule, (r = engine.ruleById(rule)?.meta.scope === 'document'));
  return r;
}

/** Number of findings published under a maxProblems setting (0 = no limit). */
export function shownCount(total: number, maxProblems: number): number {
  return maxProblems > 0 ? Math.min(total, maxProblems) : total;
}

interface State {
  linter: InstanceType<typeof engine.IncrementalLinter>;
  config: EngineConfig;
  languageId: string;
}

export function sizeKB(text: string): number {
  return Math.ceil(Buffer.byteLength(text, 'utf8') / 1024);
}

/**
 * sizeKB(text) > maxKB, without measuring the UTF-8 length when the character count decides it
 * (1 to 3 bytes per UTF-16 unit): measuring a large document costs milliseconds per keystroke.
 */
export function aboveKB(text: string, maxKB: number): boolean {
  const bytes = maxKB * 1024;
  if (text.length * 3 <= bytes) return false;
  if (text.length > bytes) return true;
  return sizeKB(text) > maxKB;
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
  private readonly caches = new Map<string, DiagnosticCache>();

  constructor(
    private readonly log: (message: string) => void,
    /** What changed since the last lint of a document, when the server knows it. */
    private readonly edits?: { take(uri: string): Changed | undefined },
  ) {}

  lint(doc: TextDocument, ds: DocumentSettings): LintResult {
    const found = this.diagnose(doc, ds);
    const result: LintResult = 'findings' in found ? this.result(doc, ds, found.findings) : { uri: doc.uri, version: doc.version, findings: [], diagnostics: [found.notice], shown: 0, settings: ds };
    this.results.set(doc.uri, result);
    return result;
  }

  /**
   * A large document seen for the first time (no incremental state yet): the findings of its
   * beginning alone, up to a line break, as if the document ended there. Cheap, and replaced by
   * the complete result; undefined when the document is small or already has state.
   */
  firstPart(doc: TextDocument, ds: DocumentSettings): LintResult | undefined {
    if (this.states.has(doc.uri) || !ds.settings.enable) return undefined;
    const text = doc.getText();
    if (text.length <= FIRST_PART_ABOVE || aboveKB(text, ds.settings.maxFileSizeKB)) return undefined;
    const cut = text.lastIndexOf('\n', FIRST_PART_CHARS) + 1;
    if (cut <= 0) return undefined;
    // A string of its own: a slice keeps pointing into the whole text, and the engine runs about
    // twice as slow on it (measured).
    const part = Buffer.from(text.slice(0, cut), 'utf16le').toString('utf16le');
    const findings = engine.lint(part, { languageId: languageIdOf(doc), config: ds.config });
    // Positions from the part alone: it ends at a line break, so they are those of the whole
    // document, without computing the line starts of all of it first.
    const partDoc = TextDocument.create(doc.uri, doc.languageId, doc.version, part);
    return { ...this.result(partDoc, ds, findings), partial: true };
  }

  private result(doc: TextDocument, ds: DocumentSettings, findings: readonly Finding[]): LintResult {
    let cache = this.caches.get(doc.uri);
    if (!cache || cache.locale !== ds.locale) this.caches.set(doc.uri, (cache = new DiagnosticCache(ds.locale, remade)));
    const shown = shownCount(findings.length, ds.settings.maxProblems);
    return { uri: doc.uri, version: doc.version, findings, diagnostics: cache.diagnostics(findings, shown, doc), shown, settings: ds, cache };
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
    this.caches.delete(uri);
  }

  /** Drops every incremental state (e.g. settings changed). */
  reset(): void {
    this.states.clear();
    this.results.clear();
    this.caches.clear();
  }

  /** The findings, or the notice saying why the document was not linted. */
  private diagnose(doc: TextDocument, ds: DocumentSettings): { findings: readonly Finding[] } | { notice: Diagnostic } {
    const uri = doc.uri;
    if (!ds.settings.enable) {
      this.states.delete(uri);
      return { findings: [] };
    }
    const text = doc.getText();
    if (aboveKB(text, ds.settings.maxFileSizeKB)) {
      const kb = sizeKB(text);
      this.states.delete(uri);
      if (!this.tooLarge.has(uri)) {
        this.tooLarge.add(uri);
        this.log(`Not linting ${uri}: ${kb} KB is above persianQA.maxFileSizeKB (${ds.settings.maxFileSizeKB} KB).`);
      }
      return { notice: tooLargeDiagnostic(kb, ds.settings.maxFileSizeKB, ds.locale) };
    }
    this.tooLarge.delete(uri);
    const languageId = languageIdOf(doc);
    let findings: Finding[];
    // Taken whatever happens next: the state either moves to this text or is made afresh.
    const changed = this.edits?.take(uri);
    try {
      const s = this.states.get(uri);
      if (s && s.config === ds.config && s.languageId === languageId) {
        findings = s.linter.update(text, changed);
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
    return { findings };
  }
}
