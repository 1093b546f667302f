import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale, Severity } from '../engine/types';
import { M, t } from './locale';
import { ruleDocsUrl } from './rule-docs';

export const SOURCE = 'Persian QA';
export const TOO_LARGE_CODE = 'file-too-large';

const SEVERITY: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

export function range(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/**
 * A finding as a Diagnostic. No `data`: quick fixes are resolved on the server from the findings
 * of the current version (code-actions.ts), so a diagnostic depends only on its finding and
 * position, and stays the same object (and the same bytes) across edits elsewhere.
 */
export function toDiagnostic(f: Finding, doc: TextDocument, locale: Locale, r: Range = range(doc, f.start, f.end)): Diagnostic {
  const d: Diagnostic = {
    range: r,
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    codeDescription: { href: ruleDocsUrl(f.rule) },
    message: t(f.message, locale),
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map(
      (x): DiagnosticRelatedInformation => ({
        location: { uri: doc.uri, range: range(doc, x.start, x.end) },
        message: t(x.message, locale),
      }),
    );
  }
  return d;
}

export function tooLargeDiagnostic(sizeKB: number, maxKB: number, locale: Locale): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 3,
    source: SOURCE,
    code: TOO_LARGE_CODE,
    message: t(M.tooLarge(sizeKB, maxKB), locale),
  };
}
