import type { Diagnostic, DiagnosticRelatedInformation, Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale, Severity } from '../engine/types';
import { M, t } from './locale';
import { ruleDocsUrl } from './rule-docs';

export const SOURCE = 'Persian QA';
export const TOO_LARGE_CODE = 'file-too-large';

/** A fix as it travels in Diagnostic.data: ranges already in LSP positions, title localized. */
export interface LspFix {
  title: string;
  safe: boolean;
  edits: TextEdit[];
}

/** Diagnostic.data: the fixes and the document version they were computed for. */
export interface DiagnosticData {
  version: number;
  fixes: LspFix[];
}

const SEVERITY: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

export function range(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toDiagnostic(f: Finding, doc: TextDocument, locale: Locale): Diagnostic {
  const data: DiagnosticData = {
    version: doc.version,
    fixes: f.fixes.map((x) => ({
      title: t(x.title, locale),
      safe: x.safe,
      edits: x.edits.map((e) => ({ range: range(doc, e.start, e.end), newText: e.newText })),
    })),
  };
  const d: Diagnostic = {
    range: range(doc, f.start, f.end),
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    codeDescription: { href: ruleDocsUrl(f.rule) },
    message: t(f.message, locale),
    data,
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map(
      (r): DiagnosticRelatedInformation => ({
        location: { uri: doc.uri, range: range(doc, r.start, r.end) },
        message: t(r.message, locale),
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

/** The data of one of our diagnostics, or undefined for anything malformed or foreign. */
export function diagnosticData(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (d.source !== SOURCE || !data || typeof data.version !== 'number' || !Array.isArray(data.fixes)) return undefined;
  return data as DiagnosticData;
}
