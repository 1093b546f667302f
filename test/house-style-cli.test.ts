// The CLI with a newsroom's house style: --config FILE, discovery of .persian-qa.json upward
// from each file (also in worker threads), and exit 2 with file:line:column on a broken file.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const root = mkdtempSync(join(tmpdir(), 'pqa-hs-cli-'));
after(() => rmSync(root, { recursive: true, force: true }));

// «كتاب»: Arabic kaf (arabic-letters); «٣»: Arabic-Indic digit; «طهران»: a house substitution.
const TEXT = 'این كتاب ٣ جلد در طهران چاپ شد.\n';

const HOUSE = JSON.stringify({
  rules: { 'arabic-digits': 'off' },
  substitutions: [{ expected: 'تهران', patterns: ['طهران'], specs: [{ from: 'در طهران', to: 'در تهران' }, { from: 'طهرانی', to: 'طهرانی' }] }],
});

function write(path: string, text: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function run(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? root, input: opts.input, env: { ...process.env, NO_COLOR: '1', ...opts.env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface FileReport { file: string; diagnostics: { rule: string; range: { start: { line: number; character: number } } }[] }
const rulesOf = (stdout: string) => (JSON.parse(stdout) as FileReport[]).map((f) => f.diagnostics.map((d) => d.rule).sort().join(','));

describe('persian-qa with a house style', () => {
  it('--config FILE: rules off, substitutions, ignored words', () => {
    const cfg = write(join(root, 'named', 'house.json'), HOUSE);
    const f = write(join(root, 'named', 'a.txt'), TEXT);
    const r = run(['lint', '--format', 'json', '--config', cfg, f]);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(rulesOf(r.stdout), ['arabic-letters,house-substitution']);
    const fixed = run(['fix', '--config', cfg, '-'], { input: TEXT });
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.equal(fixed.stdout, 'این کتاب ٣ جلد در تهران چاپ شد.\n');
    // An ignored word is neither reported nor fixed.
    const ignoring = write(join(root, 'named', 'ignore.json'), JSON.stringify({ ...JSON.parse(HOUSE), ignoreWords: ['كتاب'] }));
    assert.deepEqual(rulesOf(run(['lint', '--format', 'json', '--config', ignoring, f]).stdout), ['house-substitution']);
    assert.equal(run(['fix', '--config', ignoring, '-'], { input: TEXT }).stdout, 'این كتاب ٣ جلد در تهران چاپ شد.\n');
  });

  it('without --config, each file uses the nearest .persian-qa.json above it', () => {
    const ws = join(root, 'discover');
    write(join(ws, '.persian-qa.json'), HOUSE);
    write(join(ws, 'sport', '.persian-qa.json'), '{ "rules": { "arabic-letters": "off" } }');
    const top = write(join(ws, 'news', 'a.txt'), TEXT);
    const near = write(join(ws, 'sport', 'deep', 'b.txt'), TEXT);
    const r = run(['lint', '--format', 'json', top, near]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    const [a, b] = rulesOf(r.stdout);
    assert.equal(a, 'arabic-letters,house-substitution');
    // The nearer file replaces the upper one (no inheritance): digits are back, no substitutions.
    assert.ok(b.includes('arabic-digits') && !b.includes('arabic-letters') && !b.includes('house-substitution'), b);
  });

  it('discovery gives the same results in worker threads', () => {
    const ws = join(root, 'many');
    write(join(ws, '.persian-qa.json'), HOUSE);
    const files = Array.from({ length: 40 }, (_, i) => write(join(ws, i % 2 ? 'x' : 'y', `f${i}.txt`), TEXT));
    const serial = run(['lint', '--format', 'json', ...files], { env: { PERSIAN_QA_WORKERS: '0' } });
    const parallel = run(['lint', '--format', 'json', ...files], { env: { PERSIAN_QA_WORKERS: '3' } });
    assert.equal(parallel.stdout, serial.stdout);
    assert.deepEqual([...new Set(rulesOf(parallel.stdout))], ['arabic-letters,house-substitution']);
  });

  it('standard input looks for the file from the working folder', () => {
    const ws = join(root, 'stdin');
    write(join(ws, '.persian-qa.json'), HOUSE);
    const r = run(['lint', '--format', 'json', '-'], { cwd: ws, input: TEXT });
    assert.deepEqual(rulesOf(r.stdout), ['arabic-letters,house-substitution']);
  });

  it('a failing spec stops the run with exit 2 and names the place', () => {
    const text = '{\n  "substitutions": [\n    {\n      "expected": "فناوری",\n      "patterns": ["فن آوری"],\n      "specs": [{ "from": "فن‌آوری", "to": "فناوری" }]\n    }\n  ]\n}\n';
    const cfg = write(join(root, 'spec', 'house.json'), text);
    const f = write(join(root, 'spec', 'a.txt'), TEXT);
    const r = run(['lint', '--locale', 'en', '--config', cfg, f]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '', 'nothing linted');
    assert.match(r.stderr, new RegExp(`${cfg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6:17: error: substitutions\\[0\\] spec failed: “فن‌آوری” became “فن‌آوری”, not “فناوری”`));
  });

  it('a broken discovered file stops the run too (exit 2), in Persian by default', () => {
    const ws = join(root, 'broken');
    write(join(ws, '.persian-qa.json'), '{\n  "style": { "digits": "roman" }\n}\n');
    const f = write(join(ws, 'a.txt'), TEXT);
    const r = run(['lint', f]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /\.persian-qa\.json:2:24: error: style\.digits: مقدار نامعتبر «roman»/);
    const unsafe = write(join(root, 'regex', 'h.json'), '{ "substitutions": [ { "expected": "x", "patterns": "/(a+)+b/" } ] }');
    const r2 = run(['lint', '--locale', 'en', '--config', unsafe, f]);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /h\.json:1:53: error: substitutions\[0\]: Nested quantifiers/);
  });

  it('warnings (an unknown key) are printed and the run goes on', () => {
    const cfg = write(join(root, 'warn', 'house.json'), '{ "ignorewords": ["x"], "rules": { "arabic-digits": "off" } }');
    const f = write(join(root, 'warn', 'a.txt'), TEXT);
    const r = run(['lint', '--locale', 'en', '--format', 'json', '--config', cfg, f]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /house\.json:1:3: warning: unknown key “ignorewords” is ignored; did you mean “ignoreWords”\?/);
    assert.ok(!rulesOf(r.stdout)[0].includes('arabic-digits'));
  });

  it('fix --write with a discovered house style rewrites the file', () => {
    const ws = join(root, 'fixwrite');
    write(join(ws, '.persian-qa.json'), HOUSE);
    const f = write(join(ws, 'a.txt'), TEXT);
    const r = run(['fix', f]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(f, 'utf8'), 'این کتاب ٣ جلد در تهران چاپ شد.\n');
  });
});
