import type { TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, TextEdit } from '../engine/types';
import { range } from './diagnostics';
import { engine } from './engine';

/**
 * Edits turning `before` into `after`: the changed middle between the common prefix and suffix,
 * cut into one edit per changed line when the line count is unchanged (fixes rarely add or
 * remove lines), so the editor keeps cursors and markers on untouched lines.
 */
export function minimalEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  // Do not split a surrogate pair.
  if (p > 0 && isHigh(before.charCodeAt(p - 1))) p--;
  if (s > 0 && isLow(before.charCodeAt(before.length - s))) s--;
  const oldMid = before.slice(p, before.length - s);
  const newMid = after.slice(p, after.length - s);
  const oldLines = oldMid.split('\n');
  const newLines = newMid.split('\n');
  if (oldLines.length === 1 || oldLines.length !== newLines.length) return [{ start: p, end: before.length - s, newText: newMid }];
  const edits: TextEdit[] = [];
  let offset = p;
  for (let i = 0; i < oldLines.length; i++) {
    const a = oldLines[i];
    const b = newLines[i];
    if (a !== b) {
      const inner = minimalEdits(a, b)[0];
      edits.push({ start: offset + inner.start, end: offset + inner.end, newText: inner.newText });
    }
    offset += a.length + 1;
  }
  return edits;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function toLspEdits(doc: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: range(doc, e.start, e.end), newText: e.newText }));
}

/**
 * Applies fixes with the engine's applyFixes (whole fixes, never overlapping) and returns the
 * result as edits against `text`.
 */
export function fixesToEdits(text: string, fixes: readonly Fix[]): TextEdit[] {
  const result = engine.applyFixes(text, fixes);
  return result.applied === 0 ? [] : minimalEdits(text, result.text);
}
