/** Output formats of `persian-qa lint`: stylish text, JSON, SARIF 2.1.0. Each streams per file. */
import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import type { Locale, Rule, Severity } from '../engine/types';
import { ruleDocsUrl } from '../src/rule-docs';
import type { JobResult, JsonDiagnostic } from './jobs';

export type Format = 'text' | 'json' | 'sarif';

/**
 * One file's share of the report, rendered by whichever thread linted the file: a worker sends
 * this instead of the diagnostics, so the main thread neither rebuilds nor re-serializes them.
 */
export interface Piece {
  /** text and json: what to print for the file (json: without the separator before it). */
  text: string;
  /** text: findings per severity (in SEVERITIES order) and how many have a safe fix. */
  counts?: number[];
  fixable?: number;
  /** sarif: each result already serialized as it appears in the log. */
  results?: string[];
}

/** What the main thread prints for one file, in input order. */
export interface Printed {
  file: string;
  error?: string;
  piece?: Piece;
}

export interface Formatter {
  /** Renders one file; depends on nothing but its arguments, so it runs in any thread. */
  render(r: JobResult): Piece;
  /** Text to print for a rendered file (in input order); errored files are reported on stderr instead. */
  print(p: Printed): string;
  end(): string;
}

export interface FormatOptions {
  format: Format;
  locale: Locale;
  color: boolean;
}

export function formatter(o: FormatOptions, rules: readonly Rule[], version: string): Formatter {
  return o.format === 'json' ? jsonFormatter() : o.format === 'sarif' ? sarifFormatter(o.locale, rules, version) : textFormatter(o.locale, o.color);
}


const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];

// ---------------------------------------------------------------------------------------------
// text, after ESLint's stylish

const paint = (on: boolean) => (code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

/** Terminal columns of a string: combining marks and format characters (ZWNJ) take none. */
function width(s: string): number {
  return [...s.replace(/[\p{M}\p{Cf}]/gu, '')].length;
}
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

const persianDigits = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

const SUMMARY: Record<Locale, { problems: (n: number, parts: string[]) => string; counts: Record<Severity, (n: number) => string>; fixable: (n: number) => string }> = {
  en: {
    problems: (n, parts) => `✖ ${n} problem${n === 1 ? '' : 's'} (${parts.join(', ')})`,
    counts: {
      error: (n) => `${n} error${n === 1 ? '' : 's'}`,
      warning: (n) => `${n} warning${n === 1 ? '' : 's'}`,
      information: (n) => `${n} information`,
      hint: (n) => `${n} hint${n === 1 ? '' : 's'}`,
    },
    fixable: (n) => `  ${n} of them fixable with \`persian-qa fix\`.`,
  },
  fa: {
    problems: (n, parts) => `✖ ${persianDigits(n)} اشکال (${parts.join('، ')})`,
    counts: {
      error: (n) => `${persianDigits(n)} خطا`,
      warning: (n) => `${persianDigits(n)} هشدار`,
      information: (n) => `${persianDigits(n)} اطلاع`,
      hint: (n) => `${persianDigits(n)} نکته`,
    },
    fixable: (n) => `  ${persianDigits(n)} مورد با «persian-qa fix» خودکار رفع می‌شود.`,
  },
};

export function textFormatter(locale: Locale, color: boolean): Formatter {
  const c = paint(color);
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let fixable = 0;
  const sevColor: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '2' };
  return {
    render(r) {
      const ds = r.diagnostics ?? [];
      if (!ds.length) return { text: '' };
      const n: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
      let safe = 0;
      const rows = ds.map((d) => {
        n[d.severity]++;
        if (d.fixes.some((x) => x.safe)) safe++;
        return [`${d.range.start.line + 1}:${d.range.start.character + 1}`, d.severity, d.message, d.rule] as const;
      });
      const w = [0, 1, 2].map((k) => Math.max(...rows.map((row) => width(row[k]))));
      const lines = rows.map(
        ([pos, sev, msg, rule]) => `  ${c('2', pad(pos, w[0]))}  ${c(sevColor[sev as Severity], pad(sev, w[1]))}  ${pad(msg, w[2])}  ${c('2', rule)}`,
      );
      const text = `${c('4', r.file === '-' ? '<stdin>' : r.file)}\n${lines.join('\n')}\n\n`;
      return { text, counts: SEVERITIES.map((s) => n[s]), fixable: safe };
    },
    print({ piece }) {
      if (!piece) return '';
      piece.counts?.forEach((k, i) => (counts[SEVERITIES[i]] += k));
      fixable += piece.fixable ?? 0;
      return piece.text;
    },
    end() {
      const total = SEVERITIES.reduce((n, s) => n + counts[s], 0);
      if (!total) return '';
      const s = SUMMARY[locale];
      const parts = SEVERITIES.filter((x) => counts[x] || x === 'error' || x === 'warning').map((x) => s.counts[x](counts[x]));
      const head = c(counts.error ? '1;31' : '1;33', s.problems(total, parts));
      return `${head}\n${fixable ? `${s.fixable(fixable)}\n` : ''}`;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// JSON: an array of { file, diagnostics }, one element per file that could be read

export function jsonFormatter(): Formatter {
  let first = true;
  return {
    render(r) {
      // One line per file: compact for machines, still diffable line by line.
      return { text: JSON.stringify({ file: r.file, diagnostics: r.diagnostics ?? [] }) };
    },
    print({ error, piece }) {
      if (error !== undefined || !piece) return '';
      const out = (first ? '[\n' : ',\n') + piece.text;
      first = false;
      return out;
    },
    end() {
      return first ? '[]\n' : '\n]\n';
    },
  };
}

// ---------------------------------------------------------------------------------------------
// SARIF 2.1.0

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function artifactUri(file: string): string {
  if (file === '-') return 'stdin';
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

const region = (r: JsonDiagnostic['range']) => ({
  startLine: r.start.line + 1,
  startColumn: r.start.character + 1,
  endLine: r.end.line + 1,
  endColumn: r.end.character + 1,
});

/** Depth of a result in the log: log → runs → run → results → result, two spaces a level. */
const RESULT_INDENT = ' '.repeat(8);
/** Stands for the results array while the rest of the log is serialized; no real value is a string with NULs. */
const RESULTS_MARK = '\u0000results\u0000';

export function sarifFormatter(locale: Locale, rules: readonly Rule[], version: string): Formatter {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const results: string[] = [];
  const notifications: unknown[] = [];
  return {
    render(r) {
      const uri = artifactUri(r.file);
      const out: string[] = [];
      for (const d of r.diagnostics ?? []) {
        const result = {
          ruleId: d.rule,
          ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(d.range) } }],
          ...(d.fixes.length
            ? {
                fixes: d.fixes.map((x) => ({
                  description: { text: x.title },
                  artifactChanges: [
                    {
                      artifactLocation: { uri },
                      replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                    },
                  ],
                  properties: { safe: x.safe },
                })),
              }
            : {}),
        };
        // Serialized here, indented as JSON.stringify(log, null, 2) would place it (JSON text
        // has no raw line breaks inside strings, so every line gets the same indent).
        out.push(RESULT_INDENT + JSON.stringify(result, null, 2).replace(/\n/g, `\n${RESULT_INDENT}`));
      }
      return { text: '', results: out };
    },
    print({ file, error, piece }) {
      if (error !== undefined) {
        const uri = artifactUri(file);
        notifications.push({ level: 'error', message: { text: error }, locations: [{ physicalLocation: { artifactLocation: { uri } } }] });
        return '';
      }
      for (const x of piece?.results ?? []) results.push(x);
      return '';
    },
    end() {
      const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'Persian QA',
                version,
                informationUri: 'https://github.com/persian-qa/persian-qa',
                rules: rules.map((r) => ({
                  id: r.meta.id,
                  name: r.meta.id,
                  shortDescription: { text: r.meta.title[locale] },
                  fullDescription: { text: r.meta.description[locale] },
                  helpUri: ruleDocsUrl(r.meta.id),
                  defaultConfiguration: { level: LEVEL[r.meta.severity] },
                  properties: { family: r.meta.family, section: r.meta.section, fixable: r.meta.fixable },
                })),
              },
            },
            columnKind: 'utf16CodeUnits',
            invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
            results: RESULTS_MARK,
          },
        ],
      };
      const text = JSON.stringify(log, null, 2);
      const mark = JSON.stringify(RESULTS_MARK);
      // results is the last value of the log, so the last occurrence of the mark is its place.
      const at = text.lastIndexOf(mark);
      const array = results.length ? `[\n${results.join(',\n')}\n${RESULT_INDENT.slice(2)}]` : '[]';
      return text.slice(0, at) + array + text.slice(at + mark.length) + '\n';
    },
  };
}
