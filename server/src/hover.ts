/**
 * Hover on a finding: what is wrong, why (the rule's sentence of the house style), the fix, and
 * the rule's page. Built from the diagnostics already computed for the version, so a hover
 * costs no lint.
 */
import type { Diagnostic, Hover, Position, Range } from 'vscode-languageserver';
import type { Finding, Locale } from '../engine/types';
import { SOURCE, TOO_LARGE_CODE } from './diagnostics';
import { engine } from './engine';
import { t } from './locale';
import { escapeMarkdown } from './markdown-text';
import { ruleDocsUrl } from './rule-docs';

const LABEL = {
  what: { fa: 'اشکال', en: 'Problem' },
  why: { fa: 'چرا', en: 'Why' },
  fix: { fa: 'اصلاح', en: 'Fix' },
  noFix: { fa: 'اصلاح خودکار ندارد؛ متن را خودتان بازبینی کنید.', en: 'No automatic fix: review the text yourself.' },
  suggestion: { fa: '(پیشنهاد؛ پیش از پذیرفتن بخوانید)', en: '(suggestion: read it before accepting)' },
  page: { fa: 'راهنمای قاعدهٔ', en: 'Rule page:' },
};


const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const same = (a: Position, b: Position) => a.line === b.line && a.character === b.character;

/** Under the pointer: [start, end), or an empty range at its own position. */
export function covers(r: Range, p: Position): boolean {
  if (same(r.start, r.end)) return same(r.start, p);
  return !before(p, r.start) && before(p, r.end);
}

/** The Markdown of one diagnostic, with the fixes of its finding. */
export function describe(d: Diagnostic, locale: Locale, finding?: Finding): string {
  const rule = typeof d.code === 'string' ? d.code : undefined;
  const lines = [`**${t(LABEL.what, locale)}:** ${escapeMarkdown(typeof d.message === 'string' ? d.message : d.message.value)}`];
  if (rule === TOO_LARGE_CODE || !rule) return lines[0];
  const meta = engine.ruleById(rule)?.meta;
  if (meta) lines.push(`**${t(LABEL.why, locale)}:** ${escapeMarkdown(t(meta.description, locale))}`);
  const fixes = finding?.fixes ?? [];
  const preferred = fixes.find((x) => x.safe) ?? fixes[0];
  lines.push(
    preferred
      ? `**${t(LABEL.fix, locale)}:** ${escapeMarkdown(t(preferred.title, locale))}${preferred.safe ? '' : ` ${t(LABEL.suggestion, locale)}`}`
      : `**${t(LABEL.fix, locale)}:** ${t(LABEL.noFix, locale)}`,
  );
  const title = meta ? ` (${escapeMarkdown(t(meta.title, locale))})` : '';
  lines.push(`[${t(LABEL.page, locale)} \`${rule}\`${title}](${ruleDocsUrl(rule)})`);
  return lines.join('\n\n');
}

/**
 * The hover for `position`, or null when no published finding is under it. `findings[i]` is the
 * finding of `diagnostics[i]` (absent for a diagnostic that stands for no finding).
 */
export function hoverAt(diagnostics: readonly Diagnostic[], findings: readonly Finding[], position: Position, locale: Locale): Hover | null {
  const hits: Diagnostic[] = [];
  const found: (Finding | undefined)[] = [];
  diagnostics.forEach((d, i) => {
    if (d.source === SOURCE && covers(d.range, position)) {
      hits.push(d);
      found.push(findings[i]);
    }
  });
  if (!hits.length) return null;
  // Several findings may cover one word (e.g. a letter and a ZWNJ problem): all of them, and the
  // range the pointer can move in without the hover changing.
  let range = hits[0].range;
  for (const d of hits) {
    if (before(range.start, d.range.start)) range = { start: d.range.start, end: range.end };
    if (before(d.range.end, range.end)) range = { start: range.start, end: d.range.end };
  }
  return {
    contents: { kind: 'markdown', value: hits.map((d, i) => describe(d, locale, found[i])).join('\n\n---\n\n') },
    range,
  };
}
