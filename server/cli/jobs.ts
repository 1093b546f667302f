/** One file's work, the same in the main thread and in a worker: read, decode, lint or fix. */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineConfig } from '../engine/config';
import type { Finding, Locale, Severity } from '../engine/types';
import { engine } from '../src/engine';
import type { Piece, Printed } from './format';
import { discoveredConfig } from './house-style';

export const STDIN = '-';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface JsonFix {
  title: string;
  safe: boolean;
  edits: { range: Range; newText: string }[];
}
export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes: JsonFix[];
}

export interface JobOptions {
  mode: 'lint' | 'fix';
  config: EngineConfig;
  locale: Locale;
  unsafe: boolean;
  /** fix: write the file back, or return the fixed text. */
  write: boolean;
  /** Lay each file's nearest .persian-qa.json over `config` (no --config given). */
  discover?: boolean;
}

/** What one file gave: diagnostics (lint), the fixed text (fix --stdout), or an error. */
export interface JobResult {
  file: string;
  diagnostics?: JsonDiagnostic[];
  output?: string;
  changed?: boolean;
  error?: string;
}

const BOM = [0xef, 0xbb, 0xbf];
const hasBom = (b: Uint8Array) => b.length >= 3 && b[0] === BOM[0] && b[1] === BOM[1] && b[2] === BOM[2];

/** Strict UTF-8: a file that is not UTF-8 is reported, never linted as mangled text. */
export function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function languageIdOf(file: string): string {
  return /\.(md|markdown|mdx)$/i.test(file) ? 'markdown' : 'plaintext';
}

export function toJson(text: string, findings: Finding[], locale: Locale): JsonDiagnostic[] {
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  const range = (start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message[locale],
    range: range(f.start, f.end),
    fixes: f.fixes.map((x) => ({
      title: x.title[locale],
      safe: x.safe,
      edits: x.edits.map((e) => ({ range: range(e.start, e.end), newText: e.newText })),
    })),
  }));
}

function message(file: string, e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return `${file}: no such file`;
  if (err?.code === 'EISDIR') return `${file}: is a directory`;
  if (err?.code === 'EACCES') return `${file}: permission denied`;
  if (err?.code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return `${file}: not valid UTF-8; the file was not checked`;
  return `${file}: ${err?.message ?? String(e)}`;
}

/** Runs one job on bytes already read (stdin) or read here (a file). */
export function runJob(file: string, opts: JobOptions, bytes?: Uint8Array): JobResult {
  try {
    const data = bytes ?? readFileSync(file);
    const text = decode(data);
    const languageId = languageIdOf(file);
    const config = opts.discover ? discoveredConfig(file, opts.config) : opts.config;
    if (opts.mode === 'lint') {
      return { file, diagnostics: toJson(text, engine.lint(text, { languageId, config }), opts.locale) };
    }
    const fixed = engine.fix(text, { languageId, config, unsafe: opts.unsafe });
    const changed = fixed !== text;
    if (!opts.write) return { file, output: fixed, changed };
    if (changed) writeAtomic(file, (hasBom(data) ? '\ufeff' : '') + fixed);
    return { file, changed };
  } catch (e) {
    return { file, error: message(file, e) };
  }
}

/** What one file gave, ready to print: its report piece (lint) or fixed text, not its diagnostics. */
export interface Outcome extends Printed {
  findings: boolean;
  output?: string;
  changed?: boolean;
}

/** runJob, then the file's piece of the report rendered in this same thread. */
export function runRendered(file: string, opts: JobOptions, render: ((r: JobResult) => Piece) | undefined, bytes?: Uint8Array): Outcome {
  const r = runJob(file, opts, bytes);
  const o: Outcome = { file, findings: !!r.diagnostics?.length };
  if (r.error !== undefined) o.error = r.error;
  if (r.output !== undefined) o.output = r.output;
  if (r.changed !== undefined) o.changed = r.changed;
  if (render && r.diagnostics) o.piece = render(r);
  return o;
}

/**
 * Writes through a temporary file in the same folder, then renames over the target: a reader
 * never sees a half-written file, and a crash leaves the original intact. Keeps the file mode;
 * a symbolic link keeps pointing at the (replaced) real file.
 */
export function writeAtomic(file: string, text: string): void {
  const target = realpathSync(file);
  const mode = statSync(target).mode & 0o7777;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx', mode });
    chmodSync(tmp, mode);
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    throw e;
  }
}
