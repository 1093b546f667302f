import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix } from '../engine/types';
import { SOURCE } from './diagnostics';
import { engine } from './engine';
import { fixesToEdits, minimalEdits, toLspEdits } from './edits';
import { aboveKB, LintResult, languageIdOf } from './linter';
import { M, t } from './locale';
import type { DocumentSettings } from './settings';

export const FIX_ALL_KIND = 'source.fixAll.persianQA';
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** Binds edits to the document version they were computed for; VS Code refuses them otherwise. */
export function versionedEdit(doc: TextDocument, edits: LspTextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
}

/** True when a client asking for `only` kinds wants `kind` (a kind includes its sub-kinds). */
function requested(only: string[] | undefined, kind: string, whenUnset: boolean): boolean {
  if (!only || only.length === 0) return whenUnset;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function codeActions(
  params: CodeActionParams,
  doc: TextDocument,
  ds: DocumentSettings,
  /** The lint result of the current version (findings and what was published). */
  current: () => LintResult,
  /** Further quick fixes for one diagnostic (the house style's "ignore" actions). */
  more?: (d: Diagnostic) => CodeAction[],
): CodeAction[] {
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (requested(only, CodeActionKind.QuickFix, true)) {
    const rulesOffered = new Set<string>();
    for (const d of params.context.diagnostics ?? []) {
      // Resolved against the findings of the current version: a diagnostic from an older version
      // whose finding is no longer there (moved, changed, fixed) gets nothing, and the edits
      // offered are always computed for, and bound to, the current version.
      const found = findingsOf(d, doc, current(), ds);
      if (!found.length) continue;
      const fixes = found.flatMap((f) => f.fixes);
      const preferred = fixes.findIndex((x) => x.safe);
      fixes.forEach((x, i) => {
        out.push({
          title: t(x.title, ds.locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: i === preferred,
          edit: versionedEdit(doc, toLspEdits(doc, x.edits)),
        });
      });
      const rule = found[0].rule;
      if (!rulesOffered.has(rule) && preferred !== -1) {
        rulesOffered.add(rule);
        const action = fixAllOfRule(doc, rule, current(), ds);
        if (action) out.push(action);
      }
      if (more) out.push(...more(d));
    }
  }
  if (requested(only, FIX_ALL_KIND, false)) {
    const edits = fixAllEdits(doc, ds);
    if (edits.length) out.push({ title: t(M.fixAll, ds.locale), kind: FIX_ALL_KIND, edit: versionedEdit(doc, edits) });
  }
  return out;
}

/** The current findings a diagnostic stands for: same rule, message and range in the current text. */
export function findingsOf(d: Diagnostic, doc: TextDocument, r: LintResult, ds: DocumentSettings): Finding[] {
  if (d?.source !== SOURCE || typeof d.code !== 'string' || !d.range?.start || !d.range.end) return [];
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  const message = typeof d.message === 'string' ? d.message : undefined;
  const fs = r.findings;
  let lo = 0;
  let hi = fs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fs[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Finding[] = [];
  for (let i = lo; i < fs.length && fs[i].start === start; i++) {
    const f = fs[i];
    if (f.end === end && f.rule === d.code && (message === undefined || t(f.message, ds.locale) === message)) out.push(f);
  }
  return out;
}

/**
 * Offered only when the rule has more than one safe fix in the document. Covers every finding of
 * the rule, also those beyond persianQA.maxProblems that were not published.
 */
function fixAllOfRule(doc: TextDocument, rule: string, r: LintResult, ds: DocumentSettings): CodeAction | undefined {
  const fixes: Fix[] = [];
  for (const f of r.findings) {
    if (f.rule !== rule) continue;
    const x = f.fixes.find((y) => y.safe);
    if (x) fixes.push(x);
  }
  if (fixes.length < 2) return undefined;
  const edits = fixesToEdits(doc.getText(), fixes);
  if (!edits.length) return undefined;
  return {
    title: t(M.fixAllOfRule(rule), ds.locale),
    kind: CodeActionKind.QuickFix,
    diagnostics: r.diagnostics.filter((d) => d.code === rule),
    edit: versionedEdit(doc, toLspEdits(doc, edits)),
  };
}

/** Every safe fix of every rule (re-linted until stable), as minimal edits of the current text. */
export function fixAllEdits(doc: TextDocument, ds: DocumentSettings): LspTextEdit[] {
  if (!ds.settings.enable) return [];
  const text = doc.getText();
  if (aboveKB(text, ds.settings.maxFileSizeKB)) return [];
  const fixed = engine.fix(text, { languageId: languageIdOf(doc), config: ds.config });
  return toLspEdits(doc, minimalEdits(text, fixed));
}
