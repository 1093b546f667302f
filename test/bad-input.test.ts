// Hostile input: huge files, binary, NUL bytes, a single 5 MiB line, lines built to make regexes
// backtrack, invalid UTF-8, missing files, broken house-style files. Each gets a clear answer
// and the rest of the work goes on. No timing is asserted; inputs that used to take hours run
// in a worker with a generous limit so a regression fails instead of hanging the suite.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, readSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as test from 'node:test';
import { after, it } from 'node:test';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { EngineConfig } from '../server/engine/config';
import { fix, lint } from '../server/engine/index';
import { parseHouseStyle } from '../server/engine/house-style';
import { checkDoc, describeFailures, validRange } from './invariants';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const MiB = 1 << 20;

// This file is also the worker of lintInWorker (its own bundle, so no other build can break it);
// there it lints and answers, and registers no tests.
if (!isMainThread) {
  const { text, languageId, config } = workerData as { text: string; languageId: string; config?: EngineConfig };
  const f = lint(text, { languageId, config });
  parentPort!.postMessage({ findings: f.length, badRanges: f.filter((x) => !validRange(text, x.start, x.end)).length });
}
const describe: typeof test.describe = isMainThread ? test.describe : ((() => undefined) as unknown as typeof test.describe);
const dir = isMainThread ? mkdtempSync(join(tmpdir(), 'persian-qa-bad-input-')) : '';
if (isMainThread) after(() => rmSync(dir, { recursive: true, force: true }));

/** A press paragraph with the usual mistakes, so every family of rules has work. */
const SAMPLE =
  'به گزارش خبرگزاری قم نيوز، حجت الاسلام رئیس دفتر تبليغات در دیدار با مدیران شرکت گفت: ' +
  'زيرساخت های ارتباطی استان می بایست تقویت شود و این کار بیسابقه نیست, چرا که در سال 1404 نيز انجام شد. ' +
  'وی افزود: "شبکه های فیبر نوری" در ١٤٠٣ گسترش یافت ( بیش از ۲۰ درصد ) و امام خمینی(ره) نیز بر آن تاکید داشتند. ' +
  'نشانی https://qom.ir/news/2025 و ali99@qom.ir برای پرسش ها در دسترس است .\n\n';
/** Clean press text: most of a real file is right, which keeps 50 MiB of output within reason. */
const CLEAN =
  'معاون سیاسی امنیتی استاندار قم در این دیدار با اشاره به جایگاه قم و ضرورت توجه جدی به تأمین نیازمندی‌ها ' +
  'و امکانات این خطه اظهار داشت: با توجه به ظرفیت‌های ویژهٔ قم، ضرورت رفع کمبودها بیش از پیش نمایان می‌شود.\n\n';
const BIG = CLEAN.repeat(9) + SAMPLE;

function repeatTo(s: string, units: number): string {
  return s.repeat(Math.ceil(units / s.length)).slice(0, units);
}

/**
 * Lints in a worker that is stopped after `limitMs`: a quadratic regression hangs in
 * synchronous code, which no in-thread timeout can interrupt.
 */
function lintInWorker(text: string, languageId: string, config?: EngineConfig, limitMs = 120_000): Promise<{ findings: number; badRanges: number }> {
  return new Promise((res, rej) => {
    const w = new Worker(__filename, { workerData: { text, languageId, config } });
    const timer = setTimeout(() => {
      void w.terminate();
      rej(new Error(`lint did not finish within ${limitMs / 1000} s (${languageId}, ${text.length} units)`));
    }, limitMs);
    w.once('message', (m) => {
      clearTimeout(timer);
      void w.terminate();
      res(m);
    });
    w.once('error', (e) => {
      clearTimeout(timer);
      rej(e);
    });
  });
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], input?: string): Promise<Run> {
  return new Promise((res) => {
    const child = execFile(process.execPath, [CLI, ...args], { cwd: dir, maxBuffer: 512 * MiB, timeout: 300_000 }, (err, stdout, stderr) => {
      res({ code: err ? ((err as { code?: number }).code ?? 99) : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin!.end(input);
  });
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const GOOD = 'سلام بر ميز\n';

// The CLI's 50 MiB run starts with the engine's and goes on in its own process meanwhile.
let bigCli: Promise<Run> | undefined;
function startBigCli(): Promise<Run> {
  bigCli ??= cli(['lint', '--format', 'json', file('big.txt', repeatTo(BIG, 50 * MiB))]);
  return bigCli;
}

describe('bad input: engine', () => {
  it('lints a 50 MiB document to the end', () => {
    void startBigCli();
    const text = repeatTo(BIG, 50 * MiB);
    const found = lint(text);
    assert.ok(found.length > 1000, `only ${found.length} findings`);
    assert.ok(found.every((f) => validRange(text, f.start, f.end)));
    // The last paragraphs were linted too, not only the start.
    assert.ok(found[found.length - 1].start > text.length - BIG.length * 2);
  });

  it('lints and fixes a binary file read as text, keeping every guarantee', () => {
    const fd = openSync(process.execPath, 'r');
    const buf = Buffer.alloc(64 * 1024);
    readSync(fd, buf, 0, buf.length, 4096);
    closeSync(fd);
    for (const text of [buf.toString('utf8'), buf.toString('latin1'), buf.toString('utf16le')]) {
      for (const languageId of ['plaintext', 'markdown'] as const) {
        assert.deepEqual(describeFailures(checkDoc({ text, languageId, unsafe: true })), []);
      }
    }
  });

  it('keeps its guarantees on a chain of verbs glued to the next «می» (a fuzz find: fix was not idempotent)', () => {
    const text = 'می شود' + 'می شود'.repeat(16);
    for (const languageId of ['plaintext', 'markdown'] as const) {
      assert.deepEqual(describeFailures(checkDoc({ text, languageId, unsafe: true })), []);
    }
  });

  it('keeps NUL bytes and fixes the words around them', () => {
    const text = 'ال\0ف كتاب\0 و ميز\0\0\nيك\0';
    assert.deepEqual(describeFailures(checkDoc({ text, languageId: 'plaintext', unsafe: false })), []);
    const out = fix(text);
    assert.equal(out, 'ال\0ف کتاب\0 و میز\0\0\nیک\0');
  });

  it('lints a 5 MiB single line of press text', async () => {
    const text = repeatTo(SAMPLE.replace(/\s*\n\s*/g, ' '), 5 * MiB);
    assert.ok(!text.includes('\n'));
    const r = await lintInWorker(text, 'plaintext');
    assert.ok(r.findings > 1000);
    assert.equal(r.badRanges, 0);
  });

  // Each of these took minutes to hours before the scanners were made linear.
  const pathological: [string, string, string][] = [
    ['dotted Latin run (domain pattern)', 'plaintext', 'a.'],
    ['hyphenated Latin run (URL scheme pattern)', 'plaintext', 'ab-'],
    ['local parts without a domain (e-mail pattern)', 'plaintext', 'a.b%'],
    ['at-signs without a dotted domain (e-mail pattern)', 'plaintext', 'x@'],
    ['dots after a URL (trailing punctuation)', 'plaintext', 'http://x'.padEnd(64, '.') + 'y '],
    ['unclosed HTML comments', 'markdown', '<!-- ی '],
    ['unclosed link targets', 'markdown', '](ی '],
    ['numbers joined by dots (latin-digits run)', 'plaintext', '1.'],
    ['Persian digits joined by dots in Persian text', 'plaintext', 'سال ۱.۲.'],
  ];
  it('lints 8 MiB lines of dotted runs without overflowing the regex stack', () => {
    // A repeated regex group over millions of "a." threw "Maximum call stack size exceeded".
    for (const text of [repeatTo('a.', 8 * MiB), repeatTo('a.', 8 * MiB) + 'com', 'x@' + repeatTo('a.', 8 * MiB) + 'a']) {
      const found = lint(text);
      assert.ok(found.every((f) => validRange(text, f.start, f.end)));
    }
  });

  it('lints a 16 MiB line of Markdown code spans', async () => {
    // Splitting protected ranges at line ends searched to the line end once per range.
    const r = await lintInWorker(repeatTo('`` a ', 16 * MiB), 'markdown');
    assert.equal(r.badRanges, 0);
  });

  for (const [name, languageId, unit] of pathological) {
    it(`lints a 1 MiB line of ${name}`, async () => {
      const text = repeatTo(unit, MiB);
      const r = await lintInWorker(text, languageId);
      assert.equal(r.badRanges, 0);
    });
  }
});

describe('bad input: house style', () => {
  it('reports a house-style file that is not JSON, and applies nothing from it', () => {
    for (const text of ['\0\x01\x02\xff', '{ "rules": ', 'PK\x03\x04 binary', '']) {
      const parsed = parseHouseStyle(text);
      if (text === '') continue; // an empty file is allowed to mean "no settings"
      assert.equal(parsed.config, undefined, JSON.stringify(text));
      assert.ok(parsed.diagnostics.some((d) => d.severity === 'error' && d.message.fa && d.message.en), JSON.stringify(text));
      for (const d of parsed.diagnostics) assert.ok(validRange(text, d.start, d.end));
    }
  });

  it('rejects a pattern that would backtrack catastrophically, with a message', () => {
    const file = JSON.stringify({ substitutions: [{ expected: 'ب', patterns: ['/(a+)+$/'] }] });
    const parsed = parseHouseStyle(file);
    const d = parsed.diagnostics.find((x) => x.code === 'pattern');
    assert.ok(d, JSON.stringify(parsed.diagnostics));
    assert.equal(d.severity, 'error');
    assert.match(d.message.en, /\S/);
  });

  it('stays bounded when such a pattern reaches the engine anyway', async () => {
    const config: EngineConfig = { rules: { 'house-substitution': { options: { entries: [{ expected: 'ب', patterns: ['/(a+)+$/', '/(x|x)*y/'] }] } } } };
    const r = await lintInWorker(repeatTo('a'.repeat(40) + '! ' + 'x'.repeat(40) + ' ', 256 * 1024), 'plaintext', config);
    assert.equal(r.badRanges, 0);
  });
});

describe('bad input: CLI', () => {
  it('lints a 50 MiB file to the end, or says clearly why not', async () => {
    const r = await startBigCli();
    if (r.code === 2) assert.match(r.stderr, /persian-qa: .*big\.txt/);
    else {
      assert.equal(r.code, 1, r.stderr);
      assert.ok(r.stdout.length > 1000);
    }
  });

  it('rejects invalid UTF-8 with exit 2 and a message naming the file', async () => {
    const p = file('latin1.txt', Buffer.from([0x73, 0x61, 0x6c, 0xe2, 0x6d, 0x0a, 0xff, 0xfe]));
    const r = await cli(['lint', p]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /latin1\.txt.*UTF-8/);
  });

  it('rejects a binary file with exit 2 and a message', async () => {
    const buf = readFileSync(process.execPath).subarray(0, 256 * 1024);
    const p = file('program.txt', buf);
    const r = await cli(['lint', p]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /program\.txt/);
  });

  it('lints a file with NUL bytes', async () => {
    const p = file('nul.txt', 'ال\0ف ميز\0\n');
    const r = await cli(['fix', '--stdout', p]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'ال\0ف میز\0\n');
  });

  it('lints a 5 MiB single line', async () => {
    const p = file('line.txt', repeatTo(SAMPLE.replace(/\s*\n\s*/g, ' '), 5 * MiB));
    const r = await cli(['lint', '--format', 'json', p]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
  });

  it('reports a missing file with exit 2', async () => {
    const r = await cli(['lint', join(dir, 'no-such-file.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no-such-file\.txt/);
  });

  it('goes on with the good files when one is bad, and exits 2', async () => {
    const good = file('good.txt', GOOD);
    const bad = file('bad.txt', Buffer.from([0xc3, 0x28, 0x0a]));
    for (const order of [[bad, good], [good, join(dir, 'missing.txt')]]) {
      const r = await cli(['lint', '--format', 'json', ...order]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /bad\.txt|missing\.txt/);
      assert.match(r.stdout, /arabic-letters/, 'the good file was still linted');
    }
    const r = await cli(['fix', '--stdout', bad, good]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, 'سلام بر میز\n');
  });

  it('reports an unreadable or broken configuration file with exit 2', async () => {
    const broken = file('broken.json', '{ "rules": ');
    const locked = file('locked.json', '{}');
    chmodSync(locked, 0o000);
    const good = file('good2.txt', GOOD);
    const cases = [broken, join(dir, 'absent.json')];
    // root reads files whatever their mode; the permission case only means something otherwise.
    if (process.getuid?.() !== 0) cases.push(locked);
    for (const cfg of cases) {
      const r = await cli(['lint', '--config', cfg, good]);
      assert.equal(r.code, 2, `${cfg}: ${r.stderr}`);
      assert.match(r.stderr, /persian-qa: /);
    }
  });
});
