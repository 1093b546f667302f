/**
 * persian-qa: the language server's twin on the command line.
 *   persian-qa lint [--format text|json|sarif] [--config FILE] [--locale fa|en] <files…|->
 *   persian-qa fix [--unsafe] [--write|--stdout] [--config FILE] <files…|->
 * Exit status: 0 clean, 1 findings (lint), 2 usage, configuration or I/O error.
 */
// First: it must run before the engine is loaded.
import './v8-tuning';
import { version } from '../../package.json';
import type { Locale } from '../engine/types';
import { engine } from '../src/engine';
import { ConfigError, loadConfig } from './config';
import { Format, FormatOptions, formatter as makeFormatter, Formatter } from './format';
import { JobOptions, STDIN } from './jobs';
import { runAll } from './pool';
import { runWorker } from './worker';
import { isMainThread } from 'node:worker_threads';

const USAGE = `Usage:
  persian-qa lint [--format text|json|sarif] [--config FILE] [--locale fa|en] <files…|->
  persian-qa fix [--unsafe] [--write|--stdout] [--config FILE] <files…|->

  -            read standard input
  --format     text (default), json or sarif
  --config     the house-style file (.persian-qa.json format, see docs/house-style.md);
               without it, each file uses the .persian-qa.json nearest to it, if any
  --locale     language of messages: fa (default) or en
  --unsafe     fix: also apply suggestions (fixes that need reading)
  --write      fix: rewrite the files in place (default for files)
  --stdout     fix: print the fixed text (default for -)

Exit status: 0 no findings, 1 findings, 2 usage, configuration or I/O error.
`;

class UsageError extends Error {}

interface Args {
  command: 'lint' | 'fix';
  format: Format;
  config?: string;
  locale: Locale;
  unsafe: boolean;
  output?: 'write' | 'stdout';
  files: string[];
}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  if (argv[0] === '--version' || argv[0] === '-v') return 'version';
  const [command, ...rest] = argv;
  if (command !== 'lint' && command !== 'fix') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  const args: Args = { command, format: 'text', locale: 'fa', unsafe: false, files: [] };
  const value = (name: string, v: string | undefined): string => {
    if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') {
      args.files.push(...rest.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      args.files.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq === -1 ? a : a.slice(0, eq);
    const inline = eq === -1 ? undefined : a.slice(eq + 1);
    const take = () => value(name, inline ?? rest[++i]);
    const lintOnly = () => { if (command !== 'lint') throw new UsageError(`${name} is an option of lint`); };
    const fixOnly = () => { if (command !== 'fix') throw new UsageError(`${name} is an option of fix`); };
    switch (name) {
      case '--format': {
        lintOnly();
        const f = take();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (text, json or sarif)`);
        args.format = f;
        break;
      }
      case '--config':
        args.config = take();
        break;
      case '--locale': {
        const l = take();
        if (l !== 'fa' && l !== 'en') throw new UsageError(`unknown locale "${l}" (fa or en)`);
        args.locale = l;
        break;
      }
      case '--unsafe':
        fixOnly();
        args.unsafe = true;
        break;
      case '--write':
      case '--stdout':
        fixOnly();
        if (args.output && args.output !== name.slice(2)) throw new UsageError('--write and --stdout exclude each other');
        args.output = name.slice(2) as 'write' | 'stdout';
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  if (args.files.length === 0) throw new UsageError('no input files (use - for standard input)');
  if (args.files.filter((f) => f === STDIN).length > 1) throw new UsageError('- may be given only once');
  if (args.output === 'write' && args.files.includes(STDIN)) throw new UsageError('--write cannot rewrite standard input');
  return args;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Set when the reader of our output went away (`persian-qa lint … | head`): the rest is not written. */
let outputClosed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  outputClosed = true;
});
const out = (s: string) => { if (s && !outputClosed) process.stdout.write(s); };
const err = (s: string) => process.stderr.write(`persian-qa: ${s}\n`);

async function main(argv: string[]): Promise<number> {
  let args: Args | 'help' | 'version';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(e.message);
    process.stderr.write(`\n${USAGE}`);
    return 2;
  }
  if (args === 'help') return out(USAGE), 0;
  if (args === 'version') return out(`${version}\n`), 0;

  let config;
  try {
    config = loadConfig(args.config, args.files, args.locale, err);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    err(e.message);
    return 2;
  }

  const opts: JobOptions = {
    mode: args.command,
    config,
    locale: args.locale,
    unsafe: args.unsafe,
    discover: args.config === undefined,
    // Files are rewritten unless --stdout; standard input can only go to standard output.
    write: args.command === 'fix' && (args.output ?? (args.files.includes(STDIN) ? 'stdout' : 'write')) === 'write',
  };
  const stdin = args.files.includes(STDIN) ? await readStdin() : undefined;

  let failed = false;
  let findings = false;
  let format: FormatOptions | undefined;
  let formatter: Formatter | undefined;
  if (args.command === 'lint') {
    const color = !!process.stdout.isTTY && !process.env.NO_COLOR;
    format = { format: args.format, locale: args.locale, color };
    formatter = makeFormatter(format, engine.rules, version);
  }
  await runAll(args.files, { opts, format, version }, stdin, (r) => {
    if (r.error !== undefined) {
      failed = true;
      err(r.error);
    }
    if (r.findings) findings = true;
    if (formatter) out(formatter.print(r));
    else if (r.output !== undefined) out(r.output);
  });
  if (formatter) out(formatter.end());
  return failed ? 2 : findings ? 1 : 0;
}

if (!isMainThread) runWorker();
else
  main(process.argv.slice(2)).then(
    (code) => {
      // Not process.exit(): it could cut off output still being written to a pipe.
      process.exitCode = code;
    },
    (e) => {
      err(`internal error: ${(e as Error)?.stack ?? e}`);
      process.exitCode = 2;
    },
  );
