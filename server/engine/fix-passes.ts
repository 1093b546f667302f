import type { LintOptions } from './config';
import { rules } from './registry';
import { compareFindings, editedLinesStart, finishSorted, lineEnd, mergeFindings, runRules, shiftFinding, tokenizeDocument } from './run';
import { tokenize } from './tokenize';
import type { Finding, TextEdit } from './types';

/** One pass's view of a text: its line-scope findings (sorted) and all its findings, finished. */
export interface Linted {
  text: string;
  line: Finding[];
  all: Finding[];
}

const DOCUMENT_RULES = new Set(rules.filter((r) => r.meta.scope === 'document').map((r) => r.meta.id));

/** Lints a text in full (as `lint`), keeping the line-scope findings apart for the next pass. */
export function lintForFix(text: string, options: LintOptions): Linted {
  const all = runRules(text, tokenizeDocument(text, options, true), options, 'all').sort(compareFindings);
  return { text, line: all.filter((f) => !DOCUMENT_RULES.has(f.rule)), all: finishSorted(text, all, options) };
}

/**
 * The lint of `next`, the text `prev.text` became with `edits` applied (sorted, not
 * overlapping): the line-scope rules re-run only on the lines the edits touched, the others'
 * findings are moved; the document-scope rules re-run over the whole text. Equal to
 * lintForFix(next): a fix-all pass after the first changes a few lines of a long document, and
 * re-linting all of them cost as much as the first pass. Markdown is linted in full (an edit may
 * change what is code).
 *
 * The findings of `prev.line` are moved in place.
 */
export function relint(prev: Linted, edits: readonly TextEdit[], next: string, options: LintOptions): Linted {
  if ((options.languageId ?? 'plaintext') === 'markdown' || edits.length === 0 || next.length < SMALL) return lintForFix(next, options);
  const old = prev.text;
  // Whole lines around each run of edits, in the old text: from the line before the first
  // changed character (its line end may have changed) to the end of the line of the last one,
  // as IncrementalLinter takes them; with the length change of each.
  const regions: { start: number; end: number; delta: number }[] = [];
  let covered = 0;
  for (let e = 0; e < edits.length; ) {
    const start = editedLinesStart(old, edits[e].start);
    let end = lineEnd(old, edits[e].end);
    let delta = 0;
    for (; e < edits.length && edits[e].start <= end; e++) {
      delta += edits[e].newText.length - (edits[e].end - edits[e].start);
      end = Math.max(end, lineEnd(old, edits[e].end));
    }
    regions.push({ start, end, delta });
    covered += end - start;
  }
  // Edits on most lines (the first pass's usually): the whole text in one go costs less.
  if (covered > old.length / 2) return lintForFix(next, options);
  const line: Finding[] = [];
  let kept = 0;
  let delta = 0;
  for (const region of regions) {
    for (; kept < prev.line.length && prev.line[kept].start < region.start; kept++) {
      shiftFinding(prev.line[kept], delta);
      line.push(prev.line[kept]);
    }
    while (kept < prev.line.length && prev.line[kept].start < region.end) kept++;
    const from = region.start + delta;
    const regionText = next.slice(from, region.end + delta + region.delta);
    const fresh = runRules(regionText, tokenize(regionText, []), options, 'line');
    for (const f of fresh) shiftFinding(f, from);
    line.push(...fresh.sort(compareFindings));
    delta += region.delta;
  }
  for (; kept < prev.line.length; kept++) {
    shiftFinding(prev.line[kept], delta);
    line.push(prev.line[kept]);
  }
  const doc = runRules(next, tokenizeDocument(next, options, true), options, 'document').sort(compareFindings);
  return { text: next, line, all: finishSorted(next, mergeFindings(line, doc), options) };
}

/** Below this many characters a text is linted whole: the regions' overhead outweighs what they save. */
export const SMALL = 16384;
