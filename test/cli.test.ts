// Runs `node dist/cli.js` as a user would: formats, exit codes, stdin, atomic writes, bad input,
// and the worker-thread path against the serial one.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { EngineConfig, fix, lint, rules } from '../server/engine/index';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'persian-qa-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// «نيوز» has an Arabic yeh, «٣» is an Arabic-Indic digit: two findings of the §1 rules.
const DIRTY = 'قم نيوز گزارش داد ٣ نفر\n';
const CLEAN = 'سلام\n';
const ONLY_S1: EngineConfig & { rules: object } = { rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'arabic-letters' || r.meta.id === 'arabic-digits' ? r.meta.severity : ('off' as const)])) };

let n = 0;
function file(text: string | Buffer, name = `f${n++}.txt`): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function run(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: opts.input, cwd: dir, env: { ...process.env, NO_COLOR: '1', ...opts.env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const configFile = file(JSON.stringify(ONLY_S1), 'only-s1.json');

describe('persian-qa lint', () => {
  it('text: stylish rows with line:col, severity, Persian message and rule id, a summary, exit 1', () => {
    const f = file(DIRTY);
    const r = run(['lint', '--config', configFile, f]);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], f);
    const expected = lint(DIRTY, { config: ONLY_S1 });
    assert.match(lines[1], new RegExp(`^  1:4 +error +${expected[0].message.fa.replace(/[()?.*+]/g, '\\$&')} +arabic-letters$`));
    assert.match(lines[2], /^  1:19 +error +.*«٣».* +arabic-digits$/);
    assert.ok(r.stdout.includes('✖ ۲ اشکال (۲ خطا، ۰ هشدار)'), r.stdout);
  });

  it('text in English with --locale en', () => {
    const r = run(['lint', '--locale', 'en', '--config', configFile, file(DIRTY)]);
    assert.equal(r.code, 1);
    assert.ok(r.stdout.includes(lint(DIRTY)[0].message.en), r.stdout);
    assert.ok(r.stdout.includes('✖ 2 problems (2 errors, 0 warnings)'), r.stdout);
  });

  it('a clean file: no output, exit 0', () => {
    const r = run(['lint', file(CLEAN)]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
  });

  it('json: file, diagnostics with 0-based UTF-16 ranges and fixes with edits', () => {
    const f = file(DIRTY);
    const clean = file(CLEAN, 'clean.txt');
    const r = run(['lint', '--format', 'json', '--config', configFile, f, clean]);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.length, 2);
    assert.equal(out[0].file, f);
    assert.deepEqual(out[1], { file: clean, diagnostics: [] });
    const [letters, digits] = out[0].diagnostics;
    assert.deepEqual(letters.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 7 } });
    assert.equal(letters.rule, 'arabic-letters');
    assert.equal(letters.severity, 'error');
    assert.equal(typeof letters.message, 'string');
    assert.equal(letters.fixes[0].safe, true);
    assert.equal(typeof letters.fixes[0].title, 'string');
    assert.deepEqual(letters.fixes[0].edits, [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } }, newText: 'ی' }]);
    assert.equal(digits.rule, 'arabic-digits');
    assert.deepEqual(digits.range.start, { line: 0, character: 18 });
  });

  it('json positions count UTF-16 units on later lines', () => {
    const r = run(['lint', '--format', 'json', '--config', configFile, '-'], { input: 'سطر\r\nسطر 😀 نيوز\r\nو ٣\n' });
    const d = JSON.parse(r.stdout)[0].diagnostics;
    assert.deepEqual(d.map((x: { range: { start: unknown } }) => x.range.start), [{ line: 1, character: 7 }, { line: 2, character: 2 }]);
  });

  it('sarif 2.1.0 with rule metadata and results with 1-based regions and fixes', () => {
    const f = file(DIRTY, 'sarif.txt');
    const r = run(['lint', '--format', 'sarif', '--config', configFile, 'sarif.txt']);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    assert.deepEqual(ids, rules.map((x) => x.meta.id));
    const meta = run0.tool.driver.rules[ids.indexOf('arabic-letters')];
    assert.match(meta.helpUri, /docs\/rules\/arabic-letters\.md$/);
    assert.equal(meta.defaultConfiguration.level, 'error');
    assert.equal(run0.results.length, 2);
    const res = run0.results[0];
    assert.equal(res.ruleId, 'arabic-letters');
    assert.equal(run0.tool.driver.rules[res.ruleIndex].id, 'arabic-letters');
    assert.equal(res.level, 'error');
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 1, startColumn: 4, endLine: 1, endColumn: 8 });
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'sarif.txt');
    assert.equal(res.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'ی');
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    assert.ok(f);
  });

  it('sarif is laid out exactly as JSON.stringify(log, null, 2), with results, errors or neither', () => {
    // Results are serialized per file and spliced into the log; the layout must not show it.
    const cases = [
      ['sarif.txt', file(DIRTY), file(CLEAN)],
      [file(CLEAN), 'nope.txt'],
      [file(CLEAN)],
    ];
    for (const files of cases) {
      const r = run(['lint', '--format', 'sarif', '--config', configFile, ...files]);
      const log = JSON.parse(r.stdout);
      assert.equal(r.stdout, JSON.stringify(log, null, 2) + '\n');
      assert.equal(log.runs[0].results.length, files.includes('sarif.txt') ? 4 : 0);
      assert.equal(log.runs[0].invocations[0].executionSuccessful, !files.includes('nope.txt'));
    }
  });

  it('reads standard input with -', () => {
    const r = run(['lint', '--format', 'json', '-'], { input: DIRTY });
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout)[0].file, '-');
    assert.equal(run(['lint', '-'], { input: CLEAN }).code, 0);
  });

  it('a reader that goes away (| head) ends the output quietly; the exit code still says there were findings', async () => {
    const big = file(DIRTY.repeat(20000));
    const child = spawn(process.execPath, [CLI, 'lint', big], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Read the first chunk, then close our end of the pipe, as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });

  it('a missing file: clear message, exit 2, the other files still linted', () => {
    const r = run(['lint', '--format', 'json', '--config', configFile, 'nope.txt', file(DIRTY)]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.txt: no such file/);
    const out = JSON.parse(r.stdout);
    assert.equal(out.length, 1);
    assert.equal(out[0].diagnostics.length, 2);
  });

  it('invalid UTF-8 is an error for that file, not mangled text', () => {
    const bad = file(Buffer.concat([Buffer.from('قم نيوز '), Buffer.from([0xd9]), Buffer.from(' ok\n')]), 'bad.txt');
    const r = run(['lint', bad, file(CLEAN)]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.txt: not valid UTF-8/);
    assert.equal(r.stdout, '', 'nothing reported from the undecodable file');
  });

  it('usage and configuration errors exit 2', () => {
    for (const args of [[], ['lint'], ['frob', 'x'], ['lint', '--format', 'xml', 'x'], ['lint', '--nope', 'x'], ['fix', '--write', '-'], ['lint', '--unsafe', 'x']]) {
      const r = run(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /persian-qa: /);
    }
    const f = file(DIRTY);
    assert.match(run(['lint', '--config', 'missing.json', f]).stderr, /missing\.json: configuration file not found/);
    assert.equal(run(['lint', '--config', file('{"rules": 3}', 'bad.json'), f]).code, 2);
    assert.equal(run(['lint', '--config', file('{oops', 'broken.json'), f]).code, 2);
  });

  it('--config turns rules off and changes severities', () => {
    const off = file(JSON.stringify({ rules: { ...ONLY_S1.rules, 'arabic-letters': 'off', 'arabic-digits': 'hint' } }), 'off.json');
    const r = run(['lint', '--format', 'json', '--config', off, file(DIRTY)]);
    assert.equal(r.code, 1, r.stderr);
    const d = JSON.parse(r.stdout)[0].diagnostics;
    assert.deepEqual(d.map((x: { rule: string; severity: string }) => `${x.rule}:${x.severity}`), ['arabic-digits:hint']);
  });
});

describe('persian-qa fix', () => {
  it('--write rewrites atomically (a new file renamed over the old), keeping the mode, leaving no temp file', () => {
    const f = file(DIRTY, 'write.txt');
    chmodSync(f, 0o640);
    const inode = statSync(f).ino;
    const r = run(['fix', '--write', 'write.txt']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(f, 'utf8'), fix(DIRTY));
    assert.ok(readFileSync(f, 'utf8').includes('قم نیوز گزارش داد ۳ نفر'));
    assert.equal(statSync(f).mode & 0o777, 0o640);
    assert.notEqual(statSync(f).ino, inode, 'replaced by rename, not rewritten in place');
    assert.deepEqual(readdirSync(dir).filter((x) => x.endsWith('.tmp')), []);
  });

  it('writes files by default, through symbolic links, and keeps a BOM', () => {
    const f = file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DIRTY)]), 'bom.txt');
    const link = join(dir, 'link.txt');
    symlinkSync(f, link);
    assert.equal(run(['fix', link]).code, 0);
    assert.ok(statSync(link).isFile());
    const bytes = readFileSync(f);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), fix(DIRTY));
  });

  it('--stdout prints the fixed text and leaves the file alone; - reads stdin and prints', () => {
    const f = file(DIRTY);
    const r = run(['fix', '--stdout', f]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, fix(DIRTY));
    assert.equal(readFileSync(f, 'utf8'), DIRTY);
    const s = run(['fix', '-'], { input: DIRTY });
    assert.equal(s.stdout, fix(DIRTY));
  });

  it('--unsafe also applies suggestions', () => {
    const text = 'این سخن حجة است\n';
    assert.notEqual(fix(text, { unsafe: true }), fix(text), 'precondition: the text has a suggestion');
    assert.equal(run(['fix', '-'], { input: text }).stdout, fix(text));
    assert.equal(run(['fix', '--unsafe', '-'], { input: text }).stdout, fix(text, { unsafe: true }));
  });

  it('--config applies to fix', () => {
    const off = file(JSON.stringify({ rules: { 'arabic-letters': 'off' } }), 'off-letters.json');
    const out = run(['fix', '--config', off, '-'], { input: DIRTY }).stdout;
    assert.ok(out.includes('نيوز') && out.includes('۳'), out);
  });

  it('an unreadable file is exit 2', () => {
    const r = run(['fix', '--stdout', 'nope.txt']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.txt: no such file/);
  });
});

describe('many files over worker threads', () => {
  const texts = [DIRTY, CLEAN, 'رئیس گفت: این خبرها درست است, اما ٢ مورد كم است.\n', '# عنوان\n\n`كد` و نيوز\n'];
  const names: string[] = [];
  for (let i = 0; i < 45; i++) names.push(file(texts[i % texts.length], `many-${String(i).padStart(2, '0')}${i % 4 === 3 ? '.md' : '.txt'}`));
  const args = [...names.slice(0, 20), 'absent.txt', file(Buffer.from([0xc3, 0x28]), 'many-bad.txt'), ...names.slice(20)];

  for (const format of ['json', 'text', 'sarif']) {
    it(`--format ${format} output is byte-identical to a serial run, in input order`, () => {
      const serial = run(['lint', '--format', format, ...args], { env: { PERSIAN_QA_WORKERS: '0' } });
      const parallel = run(['lint', '--format', format, ...args], { env: { PERSIAN_QA_WORKERS: '4', PERSIAN_QA_DEBUG: '1' } });
      assert.match(parallel.stderr, /4 threads \(the main one and 3 workers\) for 47 files/);
      // The comparison means something only if workers, not just the main thread, ran jobs.
      const own = Number(/the main thread ran (\d+) of 47 jobs/.exec(parallel.stderr)?.[1]);
      assert.ok(own < 45, parallel.stderr);
      assert.equal(serial.code, 2, serial.stderr);
      assert.equal(parallel.code, 2, parallel.stderr);
      assert.equal(parallel.stdout, serial.stdout);
      if (format === 'json') {
        const files = JSON.parse(parallel.stdout).map((x: { file: string }) => x.file);
        assert.deepEqual(files, args.filter((a) => !/absent|bad/.test(a)));
      }
    });
  }

  it('fix --write over workers gives what a serial fix gives', () => {
    const r = run(['fix', '--write', ...names], { env: { PERSIAN_QA_WORKERS: '3' } });
    assert.equal(r.code, 0, r.stderr);
    for (const [i, f] of names.entries()) {
      const languageId = f.endsWith('.md') ? 'markdown' : 'plaintext';
      assert.equal(readFileSync(f, 'utf8'), fix(texts[i % texts.length], { languageId }), f);
    }
  });
});
