/**
 * Suppression comments in Markdown:
 *   <!-- persian-qa-disable-next-line RULE -->   the line after the comment
 *   <!-- persian-qa-disable-line RULE -->        the comment's own line
 *   <!-- persian-qa-disable RULE --> … <!-- persian-qa-enable RULE -->
 * RULE is optional (all rules); several are separated by spaces or commas; a rule family
 * (zwnj, letters, …) names every rule of that family.
 */
import { markdownProtectedRanges } from './markdown';
import type { Finding, TextEdit } from './types';

export const DIRECTIVE_PREFIX = 'persian-qa-';
const DIRECTIVE = /<!--[ \t]*persian-qa-(disable-next-line|disable-line|disable|enable)(?=[\s,]|-->)([\s\S]*?)-->/g;
const FENCE_START = /^[ \t]{0,3}(?:`{3,}|~{3,})/;

interface State {
  /** Every rule is off. */
  all: boolean;
  /** Rules turned off one by one. */
  off: Set<string>;
  /** Rules turned back on while `all` is set. */
  on: Set<string>;
}

export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Empty: every rule. */
  rules: string[];
  start: number;
  end: number;
}

/** Directives outside fenced code (a comment shown as code is an example, not an instruction). */
export function parseDirectives(text: string, protectedRanges: readonly number[] = []): Directive[] {
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    if (insideCode(text, m.index, protectedRanges)) continue;
    out.push({
      kind: m[1] as Directive['kind'],
      rules: m[2].split(/[\s,]+/).filter(Boolean),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

function insideCode(text: string, offset: number, ranges: readonly number[]): boolean {
  for (let i = 0; i < ranges.length && ranges[i] <= offset; i += 2) {
    if (offset >= ranges[i + 1] || ranges[i] === offset) continue;
    const head = text.slice(ranges[i], ranges[i] + 8);
    if (head[0] === '`' || FENCE_START.test(head)) return true;
  }
  return false;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const e = text.indexOf('\n', offset);
  return e < 0 ? text.length : e;
}

const matches = (names: Set<string>, f: Finding) => names.has(f.rule) || names.has(f.family);

/** Drops the findings that a suppression comment covers. Markdown only; cheap when there is none. */
export function applySuppressions(text: string, findings: Finding[], languageId: string): Finding[] {
  if (languageId !== 'markdown' || findings.length === 0 || text.indexOf(DIRECTIVE_PREFIX) < 0) return findings;
  const directives = parseDirectives(text, markdownProtectedRanges(text));
  if (directives.length === 0) return findings;

  // Line-scoped directives: [from, to, rules] ranges.
  const lineRanges: { from: number; to: number; rules: Set<string> }[] = [];
  // Block directives: state snapshots taking effect from an offset.
  const snapshots: { at: number; state: State }[] = [{ at: 0, state: { all: false, off: new Set(), on: new Set() } }];
  for (const d of directives) {
    if (d.kind === 'disable-next-line' || d.kind === 'disable-line') {
      let from = lineStart(text, d.start);
      if (d.kind === 'disable-next-line') {
        const nl = text.indexOf('\n', d.end);
        if (nl < 0) continue;
        from = nl + 1;
      }
      lineRanges.push({ from, to: lineEnd(text, d.kind === 'disable-line' ? d.end : from), rules: new Set(d.rules) });
      continue;
    }
    const prev = snapshots[snapshots.length - 1].state;
    const state: State = { all: prev.all, off: new Set(prev.off), on: new Set(prev.on) };
    if (d.kind === 'disable') {
      if (d.rules.length === 0) {
        state.all = true;
        state.on.clear();
      } else for (const r of d.rules) {
        state.off.add(r);
        state.on.delete(r);
      }
    } else if (d.rules.length === 0) {
      state.all = false;
      state.off.clear();
      state.on.clear();
    } else for (const r of d.rules) {
      state.off.delete(r);
      if (state.all) state.on.add(r);
    }
    snapshots.push({ at: d.end, state });
  }

  return findings.filter((f) => {
    for (const r of lineRanges) {
      if (f.start >= r.from && f.start <= r.to && (r.rules.size === 0 || matches(r.rules, f))) return false;
    }
    let lo = 0;
    let hi = snapshots.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (snapshots[mid].at <= f.start) lo = mid;
      else hi = mid - 1;
    }
    const s = snapshots[lo].state;
    if (s.all && !matches(s.on, f)) return false;
    return !matches(s.off, f);
  });
}

/**
 * The edit that silences `rule` on the line holding `offset`: a comment line above it, or,
 * in the middle of a paragraph (where a comment line would split the paragraph), the comment
 * at the end of the previous line.
 */
export function disableNextLineEdit(text: string, offset: number, rule: string): TextEdit {
  const comment = `<!-- ${DIRECTIVE_PREFIX}disable-next-line ${rule} -->`;
  const start = lineStart(text, offset);
  if (start > 0) {
    const prevStart = lineStart(text, start - 1);
    const prev = text.slice(prevStart, start - 1).replace(/\r$/, '');
    if (prev.trim() !== '' && !/^\s{0,3}(?:#|```|~~~|>|[-*+] |\d+[.)] |<!--)/.test(prev) && !/^\s{0,3}(?:#|[-*+] |\d+[.)] |>)/.test(text.slice(start, start + 8))) {
      // Before any trailing spaces, which may be a hard line break.
      const end = prevStart + prev.trimEnd().length;
      return { start: end, end, newText: ` ${comment}` };
    }
  }
  const indent = /^[ \t]*/.exec(text.slice(start, start + 40))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start, end: start, newText: `${indent}${comment}${eol}` };
}
