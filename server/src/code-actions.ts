import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../engine/types';
import { diagnosticData } from './diagnostics';
import { engine } from './engine';
import { fixesToEdits, minimalEdits, toLspEdits } from './edits';
import { languageIdOf, sizeKB } from './linter';
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
  /** Every diagnostic of the current version, for fix-all of one rule. */
  allDiagnostics: () => Diagnostic[] | undefined,
  /** Further quick fixes for one diagnostic (the house style's "ignore" actions). */
  more?: (d: Diagnostic) => CodeAction[],
): CodeAction[] {
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (requested(only, CodeActionKind.QuickFix, true)) {
    const rulesOffered = new Set<string>();
    for (const d of params.context.diagnostics ?? []) {
      const data = diagnosticData(d);
      // Fixes computed for another version would edit the wrong text: offer nothing.
      if (!data || data.version !== doc.version) continue;
      const preferred = data.fixes.findIndex((x) => x.safe);
      data.fixes.forEach((x, i) => {
        out.push({
          title: x.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: i === preferred,
          edit: versionedEdit(doc, x.edits),
        });
      });
      const rule = typeof d.code === 'string' ? d.code : undefined;
      if (rule && !rulesOffered.has(rule) && preferred !== -1) {
        rulesOffered.add(rule);
        const action = fixAllOfRule(doc, rule, allDiagnostics() ?? [], ds);
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

/** Offered only when the rule has more than one safe fix in the document. */
function fixAllOfRule(doc: TextDocument, rule: string, diagnostics: Diagnostic[], ds: DocumentSettings): CodeAction | undefined {
  const fixes: Fix[] = [];
  const diags: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.code !== rule) continue;
    const data = diagnosticData(d);
    if (!data || data.version !== doc.version) continue;
    const x = data.fixes.find((f) => f.safe);
    if (!x) continue;
    diags.push(d);
    fixes.push({
      title: { fa: x.title, en: x.title },
      safe: true,
      edits: x.edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText })),
    });
  }
  if (fixes.length < 2) return undefined;
  const edits = fixesToEdits(doc.getText(), fixes);
  if (!edits.length) return undefined;
  return {
    title: t(M.fixAllOfRule(rule), ds.locale),
    kind: CodeActionKind.QuickFix,
    diagnostics: diags,
    edit: versionedEdit(doc, toLspEdits(doc, edits)),
  };
}

/** Every safe fix of every rule (re-linted until stable), as minimal edits of the current text. */
export function fixAllEdits(doc: TextDocument, ds: DocumentSettings): LspTextEdit[] {
  if (!ds.settings.enable) return [];
  const text = doc.getText();
  if (sizeKB(text) > ds.settings.maxFileSizeKB) return [];
  const fixed = engine.fix(text, { languageId: languageIdOf(doc), config: ds.config });
  return toLspEdits(doc, minimalEdits(text, fixed));
}
