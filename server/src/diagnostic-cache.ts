/**
 * Diagnostics of one document, kept across edits. The incremental linter keeps the Finding
 * objects of untouched lines (shifting their offsets in place), so after a one-character edit
 * nearly every finding is the object it was, at the same line and character: its Diagnostic
 * (and its serialized JSON) is reused instead of rebuilt.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale } from '../engine/types';
import { toDiagnostic } from './diagnostics';
import { t } from './locale';

interface Entry {
  sl: number;
  sc: number;
  el: number;
  ec: number;
  diagnostic: Diagnostic;
  /** The diagnostic's JSON, made when first published through the raw writer. */
  json?: Buffer;
}

const isEol = (c: number) => c === 10 || c === 13;

/**
 * LSP positions of ascending offsets in one pass over the line starts (a binary search per
 * offset costs more than the rest of a publish). Offsets must come in non-decreasing order of
 * `start`; an end is looked up from its start's line.
 */
export class PositionSweep {
  private line = 0;
  private lineStart = 0;
  private nextStart: number;
  private readonly lineCount: number;
  private readonly text: string;
  private readonly probe = { line: 0, character: 0 };

  constructor(private readonly doc: TextDocument) {
    this.lineCount = doc.lineCount;
    this.text = doc.getText();
    this.nextStart = this.startOf(1);
  }

  private startOf(line: number): number {
    if (line >= this.lineCount) return Infinity;
    this.probe.line = line;
    return this.doc.offsetAt(this.probe);
  }

  /** Moves to the line of `offset` (never backwards) and returns its character. */
  seek(offset: number): number {
    while (offset >= this.nextStart) {
      this.line++;
      this.lineStart = this.nextStart;
      this.nextStart = this.startOf(this.line + 1);
    }
    return offset - this.lineStart;
  }

  get currentLine(): number {
    return this.line;
  }

  /**
   * The position of `offset` when it lies on the current line and positionAt would not move it
   * (it does for an offset just after a line-break character); undefined otherwise.
   */
  onCurrentLine(offset: number): number | undefined {
    if (offset < this.lineStart || offset >= this.nextStart) return undefined;
    if (offset > this.lineStart && isEol(this.text.charCodeAt(offset - 1))) return undefined;
    return offset - this.lineStart;
  }

  /** Clamped to the document, as positionAt does. */
  clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.text.length));
  }
}

export class DiagnosticCache {
  private entries = new WeakMap<Finding, Entry>();
  /**
   * Entries of the last call for findings that were new objects (document-scope rules make theirs
   * afresh on every edit), by what their diagnostic is made of: the same finding made again at the
   * same place gets the same diagnostic.
   */
  private byContent = new Map<string, Entry>();

  constructor(
    readonly locale: Locale,
    /**
     * Whether a rule's findings are made afresh on each edit (document-scope rules), so worth
     * remembering by content; the others keep their objects, and keying them would cost a string
     * per finding for nothing.
     */
    private readonly remade: (rule: string) => boolean = () => true,
  ) {}

  /** The diagnostics of findings[0, n) (sorted by start) in `doc`. */
  diagnostics(findings: readonly Finding[], n: number, doc: TextDocument): Diagnostic[] {
    const out: Diagnostic[] = new Array(n);
    const sweep = new PositionSweep(doc);
    const byContent = new Map<string, Entry>();
    for (let i = 0; i < n; i++) {
      const f = findings[i];
      const start = sweep.clamp(f.start);
      let sc = sweep.seek(start);
      let sl = sweep.currentLine;
      if (sweep.onCurrentLine(start) === undefined) ({ line: sl, character: sc } = doc.positionAt(start));
      const end = sweep.clamp(f.end);
      let el: number;
      let ec: number;
      const onLine = sweep.onCurrentLine(end);
      if (onLine !== undefined) {
        el = sweep.currentLine;
        ec = onLine;
      } else {
        ({ line: el, character: ec } = doc.positionAt(end));
      }
      // Related locations may sit on other lines: such findings are rebuilt every time.
      const related = !!f.related?.length;
      const e = this.entries.get(f);
      if (e && !related && e.sl === sl && e.sc === sc && e.el === el && e.ec === ec) {
        out[i] = e.diagnostic;
        continue;
      }
      const key = related || !this.remade(f.rule) ? undefined : `${sl}:${sc}:${el}:${ec}:${f.severity}:${f.rule}:${t(f.message, this.locale)}`;
      let entry = key === undefined ? undefined : this.byContent.get(key);
      if (!entry) {
        const diagnostic = toDiagnostic(f, doc, this.locale, { start: { line: sl, character: sc }, end: { line: el, character: ec } });
        entry = { sl, sc, el, ec, diagnostic };
      }
      this.entries.set(f, entry);
      if (key !== undefined) byContent.set(key, entry);
      out[i] = entry.diagnostic;
    }
    this.byContent = byContent;
    return out;
  }

  /** The JSON of a diagnostic returned by `diagnostics`, made once per diagnostic. */
  json(f: Finding, d: Diagnostic): Buffer {
    const e = this.entries.get(f);
    if (!e || e.diagnostic !== d) return Buffer.from(JSON.stringify(d), 'utf8');
    return (e.json ??= Buffer.from(JSON.stringify(d), 'utf8'));
  }
}
