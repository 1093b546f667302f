import { F } from './chars';
import { T, Tokens } from './tokenize';
import type { Family, Fix, Finding, Msg, RelatedLocation, Rule, Severity } from './types';

/**
 * A document-wide fix ("use X everywhere") rides on each of its findings only while they are
 * few; beyond that only on the first, so that clients receiving every finding's fixes (LSP
 * data, CLI JSON) get O(n) edits, not O(n²).
 */
export function carriesSharedFix(indexAmongFindings: number, findings: number): boolean {
  return findings <= 20 || indexAmongFindings === 0;
}

/** Shared by findings without a fix; never mutated. */
const NO_FIXES = Object.freeze([]) as unknown as Fix[];

/**
 * A finding with one fix of one edit, as most are, kept flat: its fix objects are made when
 * `fixes` is read. A lint of dense text keeps about 10,000 findings per MiB alive while the
 * rules run; flat ones take 175 bytes each instead of 380, which the young-generation
 * collector copies and the heap grows by. Each read of `fixes` gives new objects: the edit is
 * moved through editStart/editEnd (see the incremental linter's shifting).
 */
export class OneEditFinding implements Finding {
  constructor(
    public rule: string,
    public family: Family,
    public severity: Severity,
    public message: Msg,
    public start: number,
    public end: number,
    public fixTitle: Msg,
    public fixSafe: boolean,
    public editStart: number,
    public editEnd: number,
    public newText: string,
  ) {}

  get fixes(): Fix[] {
    return [{ title: this.fixTitle, safe: this.fixSafe, edits: [{ start: this.editStart, end: this.editEnd, newText: this.newText }] }];
  }
}

/** What one rule sees of the document: the shared token stream and a way to report. */
export class RuleContext {
  rule!: Rule;
  severity!: Severity;
  options: Record<string, unknown> = {};
  readonly findings: Finding[] = [];

  constructor(
    readonly text: string,
    readonly tokens: Tokens,
    /** OR of every word's flags: lets a rule skip a document that cannot concern it. */
    readonly docFlags: number,
    readonly languageId: string,
    private readonly ignoredWords: ReadonlySet<string>,
  ) {}

  report(f: { start: number; end: number; message: Msg; fixes?: Fix[]; related?: RelatedLocation[] }): void {
    const fixes = f.fixes;
    if (fixes && fixes.length === 1 && !(f.related && f.related.length)) {
      const fix = fixes[0];
      if (fix.edits.length === 1 && !fix.manual) {
        const e = fix.edits[0];
        this.reportEdit(f.start, f.end, f.message, fix.title, e.start, e.end, e.newText, fix.safe);
        return;
      }
    }
    // One object shape for every other finding, built without spreading (this runs per finding).
    const finding: Finding = {
      rule: this.rule.meta.id,
      family: this.rule.meta.family,
      severity: this.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      fixes: f.fixes ? this.changing(f.fixes) : NO_FIXES,
    };
    if (f.related && f.related.length) finding.related = f.related;
    this.findings.push(finding);
  }

  /**
   * report() of a finding with one fix of one edit, without building the fix and edit objects
   * first: the rules with the most findings report this way (thousands per MiB of pasted copy).
   */
  reportEdit(start: number, end: number, message: Msg, title: Msg, editStart: number, editEnd: number, newText: string, safe = this.rule.meta.fixable === 'fix'): void {
    if (editEnd - editStart === newText.length && this.text.startsWith(newText, editStart)) {
      this.report({ start, end, message });
      return;
    }
    this.findings.push(new OneEditFinding(this.rule.meta.id, this.rule.meta.family, this.severity, message, start, end, title, safe, editStart, editEnd, newText));
  }

  /** The fixes that change something (never offer a replacement equal to the source). */
  private changing(fixes: Fix[]): Fix[] {
    let keep = 0;
    for (let i = 0; i < fixes.length; i++) if (this.changes(fixes[i])) keep++;
    if (keep === fixes.length) return fixes;
    const out: Fix[] = [];
    for (let i = 0; i < fixes.length; i++) if (this.changes(fixes[i])) out.push(fixes[i]);
    return out;
  }

  private changes(fix: Fix): boolean {
    const edits = fix.edits;
    for (let i = 0; i < edits.length; i++) {
      const e = edits[i];
      if (e.end - e.start !== e.newText.length || !this.text.startsWith(e.newText, e.start)) return true;
    }
    return false;
  }

  /** A one-edit fix whose safety follows the rule's fixability. */
  replace(start: number, end: number, newText: string, title: Msg, safe = this.rule.meta.fixable === 'fix'): Fix {
    return { title, safe, edits: [{ start, end, newText }] };
  }

  private byKind: (Int32Array | undefined)[] | undefined;

  /** Indexes of the tokens of one kind, in order; built once per lint and shared by the rules. */
  indexesOf(kind: T): Int32Array {
    const byKind = (this.byKind ??= indexKinds(this.tokens));
    return (byKind[kind] ??= tokensOfKind(this.tokens, kind));
  }

  private byFlag: Int32Array[] | undefined;

  /**
   * Indexes of the Word tokens carrying a character flag (one F bit), in order. Built for all
   * flags in one pass the first time a rule asks, so rules about rare characters (Arabic
   * letters, tatweel, presentation forms…) visit those words only.
   */
  wordsWith(flag: F): Int32Array {
    return (this.byFlag ??= wordsByFlag(this.tokens))[31 - Math.clz32(flag)];
  }

  option<V>(name: string, fallback: V): V {
    const v = this.options[name];
    return v === undefined ? fallback : (v as V);
  }

  tokenText(i: number): string {
    return this.text.slice(this.tokens.start[i], this.tokens.end[i]);
  }

  /** Words the rules must leave alone: vocalized Arabic quotations and house-style ignores. */
  isIgnoredWord(i: number): boolean {
    if (this.tokens.flags[i] & F.ArabicSpan) return true;
    return this.ignoredWords.size > 0 && this.ignoredWords.has(this.tokenText(i));
  }

  /** Index of the next token after i that is not a Space, or -1. */
  nextNonSpace(i: number): number {
    for (let j = i + 1; j < this.tokens.count; j++) if (this.tokens.kind[j] !== T.Space) return j;
    return -1;
  }

  prevNonSpace(i: number): number {
    for (let j = i - 1; j >= 0; j--) if (this.tokens.kind[j] !== T.Space) return j;
    return -1;
  }
}

const CHAR_FLAG_BITS = 8;
const KINDS = T.Other + 1;
/**
 * The kinds every lint asks for, listed together in one counting and one filling pass the first
 * time one is asked for. Another kind is listed alone when asked for: spaces only when a wide
 * one is in the text (punctuation-spacing), and no rule reads a list of every word, which would
 * be the largest array of a lint (4 MB for 10 MiB).
 */
const INDEXED_KINDS = [T.Number, T.Punct];

function indexKinds(tokens: Tokens): (Int32Array | undefined)[] {
  const { kind, count } = tokens;
  const counts = new Int32Array(KINDS);
  for (let i = 0; i < count; i++) counts[kind[i]]++;
  const byKind: (Int32Array | undefined)[] = new Array(KINDS).fill(undefined);
  for (const k of INDEXED_KINDS) byKind[k] = new Int32Array(counts[k]);
  counts.fill(0);
  for (let i = 0; i < count; i++) {
    const k = kind[i];
    const list = byKind[k];
    if (list) list[counts[k]++] = i;
  }
  return byKind;
}

function tokensOfKind(tokens: Tokens, k: T): Int32Array {
  const { kind, count } = tokens;
  let n = 0;
  for (let i = 0; i < count; i++) if (kind[i] === k) n++;
  const list = new Int32Array(n);
  n = 0;
  for (let i = 0; i < count; i++) if (kind[i] === k) list[n++] = i;
  return list;
}

function wordsByFlag(tokens: Tokens): Int32Array[] {
  const { kind, flags, count } = tokens;
  const counts = new Int32Array(CHAR_FLAG_BITS);
  for (let i = 0; i < count; i++) {
    if (kind[i] !== T.Word) continue;
    for (let f = flags[i] & 0xff; f !== 0; f &= f - 1) counts[31 - Math.clz32(f & -f)]++;
  }
  const lists: Int32Array[] = [];
  for (let b = 0; b < CHAR_FLAG_BITS; b++) lists.push(new Int32Array(counts[b]));
  counts.fill(0);
  for (let i = 0; i < count; i++) {
    if (kind[i] !== T.Word) continue;
    for (let f = flags[i] & 0xff; f !== 0; f &= f - 1) {
      const b = 31 - Math.clz32(f & -f);
      lists[b][counts[b]++] = i;
    }
  }
  return lists;
}
