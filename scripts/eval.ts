// npm run eval: scores `fix --unsafe` and `lint` against the gold samples.
//   node out/scripts/eval.js [--samples DIR] [--json FILE] [--thresholds FILE] [--max-list N] [--quiet]
// Exit 0 when every gate of eval-thresholds.json holds, 1 when one fails, 2 on a usage error.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fix, lint } from '../server/engine/index';
import type { Finding } from '../server/engine/types';
import { classify, Edit, evaluateGates, extractEdits, GateResult, lineCol, matchEdits, score, Score, Section, SECTIONS, SECTION_NAMES, showEdit, Thresholds } from './edits';

interface GoldFinding {
  rule: string;
  texts: string[];
  line?: number;
  note?: string;
}

interface FindingCheck {
  rule: string;
  texts: string[];
  line?: number;
  found: boolean;
  /** The lint finding that matched, as "line:col rule «text»". */
  by?: string;
}

interface EditReport {
  section: Section;
  line: number;
  edit: Edit;
  context: string;
  /** Rules whose findings (on the input) touch the edit's span: who made, or failed to make, it. */
  rules: string[];
}

interface FileResult {
  file: string;
  aligned: boolean;
  gold: number;
  system: number;
  score: Score;
  sections: Record<Section, Score>;
  fp: EditReport[];
  fn: EditReport[];
  findings: FindingCheck[];
  unlistedConsistency: { rule: string; line: number; text: string; message: string }[];
  fixMs: number;
}

const CONSISTENCY = /-consistency$|^blessing-style$/;

function repoRoot(): string {
  // Bundled to out/scripts/eval.js; run from source by tests too.
  for (const c of [resolve(__dirname, '..', '..'), resolve(__dirname, '..'), process.cwd()]) {
    if (existsSync(join(c, 'package.json'))) return c;
  }
  return process.cwd();
}

function parseArgs(argv: string[]) {
  const root = repoRoot();
  const opts = {
    samples: process.env.PERSIAN_QA_SAMPLES || resolve(root, '..', 'shared', 'samples'),
    json: '',
    thresholds: join(root, 'eval-thresholds.json'),
    maxList: 60,
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--samples') opts.samples = resolve(val());
    else if (a === '--json') opts.json = resolve(val());
    else if (a === '--thresholds') opts.thresholds = resolve(val());
    else if (a === '--max-list') opts.maxList = Number(val());
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--help' || a === '-h') usage('', 0);
    else usage(`unknown argument ${a}`);
  }
  return opts;
}

function usage(msg: string, code = 2): never {
  if (msg) console.error(`eval: ${msg}`);
  console.error('usage: eval [--samples DIR] [--json FILE] [--thresholds FILE] [--max-list N] [--quiet]');
  process.exit(code);
}

/** Every [start, end) where `needle` occurs in `text`. */
function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let p = text.indexOf(needle); p >= 0; p = text.indexOf(needle, p + 1)) out.push([p, p + needle.length]);
  return out;
}

function rangesOf(f: Finding): [number, number][] {
  return [[f.start, f.end], ...(f.related ?? []).map((r) => [r.start, r.end] as [number, number])];
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/** Does a finding of the gold entry's rule cover (overlap) an occurrence of one of its texts? */
function checkGoldFinding(input: string, findings: Finding[], g: GoldFinding): { hit?: Finding } {
  const occ = g.texts.flatMap((t) => occurrences(input, t));
  for (const f of findings) {
    if (f.rule !== g.rule) continue;
    if (rangesOf(f).some((r) => occ.some((o) => overlaps(r, o)))) return { hit: f };
  }
  return {};
}

export function evalFile(dir: string, name: string): FileResult {
  const input = readFileSync(join(dir, `${name}.input.txt`), 'utf8');
  const expected = readFileSync(join(dir, `${name}.expected.txt`), 'utf8');
  const findingsPath = join(dir, `${name}.findings.json`);
  const goldFindings: GoldFinding[] = existsSync(findingsPath) ? JSON.parse(readFileSync(findingsPath, 'utf8')) : [];

  const gold = extractEdits(input, expected);
  const t0 = performance.now();
  const output = fix(input, { unsafe: true });
  const fixMs = performance.now() - t0;
  const sys = extractEdits(input, output);
  const m = matchEdits(sys.edits, gold.edits);

  const found = lint(input);
  const rulesAt = (e: Edit) => [...new Set(found.filter((f) => f.start <= e.end && e.start <= f.end).map((f) => f.rule))];
  const counts = Object.fromEntries(SECTIONS.map((s) => [s, { tp: 0, fp: 0, fn: 0 }])) as Record<Section, { tp: number; fp: number; fn: number }>;
  for (const e of m.tp) counts[classify(input, e)].tp++;
  const show = (e: Edit): EditReport => ({ section: classify(input, e), line: lineCol(input, e.start).line, edit: e, context: showEdit(input, e), rules: rulesAt(e) });
  const fp = m.fp.map(show);
  const fn = m.fn.map(show);
  for (const x of fp) counts[x.section].fp++;
  for (const x of fn) counts[x.section].fn++;

  const findings: FindingCheck[] = goldFindings.map((g) => {
    const { hit } = checkGoldFinding(input, found, g);
    return {
      rule: g.rule,
      texts: g.texts,
      line: g.line,
      found: !!hit,
      ...(hit ? { by: `${lineCol(input, hit.start).line}:${lineCol(input, hit.start).col} ${hit.rule} «${input.slice(hit.start, hit.end)}»` } : {}),
    };
  });
  // Consistency findings are judged against the gold list: one the gold does not name is a false alarm.
  const unlistedConsistency = found
    .filter((f) => CONSISTENCY.test(f.rule))
    .filter((f) => !goldFindings.some((g) => g.rule === f.rule && checkGoldFinding(input, [f], g).hit))
    .map((f) => ({ rule: f.rule, line: lineCol(input, f.start).line, text: input.slice(f.start, f.end), message: f.message.en }));

  return {
    file: name,
    aligned: gold.aligned && sys.aligned,
    gold: gold.edits.length,
    system: sys.edits.length,
    score: score(m.tp.length, m.fp.length, m.fn.length),
    sections: Object.fromEntries(SECTIONS.map((s) => [s, score(counts[s].tp, counts[s].fp, counts[s].fn)])) as Record<Section, Score>,
    fp,
    fn,
    findings,
    unlistedConsistency,
    fixMs,
  };
}

const pct = (x: number | null) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.samples)) usage(`samples directory not found: ${opts.samples} (use --samples DIR or PERSIAN_QA_SAMPLES)`);
  let thresholds: Thresholds = {};
  if (existsSync(opts.thresholds)) {
    try {
      thresholds = JSON.parse(readFileSync(opts.thresholds, 'utf8'));
    } catch (e) {
      usage(`cannot read ${opts.thresholds}: ${(e as Error).message}`);
    }
  } else console.log(`note: no thresholds file at ${opts.thresholds}; no gates`);

  const names = readdirSync(opts.samples)
    .filter((f) => f.endsWith('.input.txt'))
    .map((f) => f.slice(0, -'.input.txt'.length))
    .filter((n) => {
      const ok = existsSync(join(opts.samples, `${n}.expected.txt`));
      if (!ok) console.log(`note: ${n}.expected.txt missing; ${n} skipped`);
      return ok;
    })
    .sort();
  if (names.length === 0) usage(`no NNN.input.txt with NNN.expected.txt in ${opts.samples}`);

  const results = names.map((n) => evalFile(opts.samples, n));

  // Totals.
  const sum = (f: (r: FileResult) => Score) => {
    const tp = results.reduce((a, r) => a + f(r).tp, 0);
    const fp = results.reduce((a, r) => a + f(r).fp, 0);
    const fn = results.reduce((a, r) => a + f(r).fn, 0);
    return score(tp, fp, fn);
  };
  const overall = sum((r) => r.score);
  const sections = Object.fromEntries(SECTIONS.map((s) => [s, sum((r) => r.sections[s])])) as Record<Section, Score>;
  const allFindings = results.flatMap((r) => r.findings);
  const findingsFound = allFindings.filter((f) => f.found).length;
  const findingsRecall = allFindings.length ? findingsFound / allFindings.length : null;
  const unlisted = results.reduce((a, r) => a + r.unlistedConsistency.length, 0);

  const gates: GateResult[] = evaluateGates(thresholds, { overall, sections, findingsRecall, findingsTotal: allFindings.length, unlistedConsistency: unlisted });
  const failed = gates.filter((g) => !g.skipped && !g.pass);

  // Report.
  const W = [14, 5, 5, 5, 5, 5, 7, 7, 7];
  console.log(`\nPersian QA eval — ${opts.samples}`);
  console.log(`system = fix(input, {unsafe: true}); gold = expected; edits matched exactly (same span, same text)\n`);
  console.log(row(['file', 'gold', 'sys', 'TP', 'FP', 'FN', 'P', 'R', 'F0.5'], W));
  for (const r of results) {
    const s = r.score;
    console.log(row([r.file + (r.aligned ? '' : ' (!)'), r.gold, r.system, s.tp, s.fp, s.fn, pct(s.precision), pct(s.recall), pct(s.f05)], W));
  }
  console.log(row(['overall', overall.tp + overall.fn, overall.tp + overall.fp, overall.tp, overall.fp, overall.fn, pct(overall.precision), pct(overall.recall), pct(overall.f05)], W));
  if (results.some((r) => !r.aligned)) console.log('(!) line counts differ between input and output: whole text diffed');

  console.log('\nper STYLE section');
  console.log(row(['section', 'gold', 'sys', 'TP', 'FP', 'FN', 'P', 'R', 'F0.5'], W));
  for (const s of SECTIONS) {
    const x = sections[s];
    console.log(row([`${s} ${SECTION_NAMES[s]}`.slice(0, W[0]), x.tp + x.fn, x.tp + x.fp, x.tp, x.fp, x.fn, pct(x.precision), pct(x.recall), pct(x.f05)], W));
  }

  console.log(`\ngold findings reported by lint: ${findingsFound}/${allFindings.length}` + (findingsRecall === null ? '' : ` (${pct(findingsRecall).trim()})`));
  for (const r of results) {
    for (const f of r.findings) {
      console.log(`  ${f.found ? 'ok  ' : 'MISS'} ${r.file} line ${f.line ?? '?'} ${f.rule} ${f.texts.map((t) => `«${t}»`).join(' / ')}${f.by ? `  ← ${f.by}` : ''}`);
    }
  }
  console.log(`consistency findings not in the gold: ${unlisted}`);
  for (const r of results) for (const u of r.unlistedConsistency) console.log(`  ${r.file}:${u.line} ${u.rule} «${u.text}» — ${u.message}`);

  for (const kind of ['fp', 'fn'] as const) {
    const all = results.flatMap((r) => r[kind].map((x) => ({ file: r.file, ...x })));
    if (all.length === 0) continue;
    console.log(`\n${kind === 'fp' ? 'false positives (system edits the gold does not make)' : 'false negatives (gold edits the system does not make)'}: ${all.length}`);
    for (const x of all.slice(0, opts.maxList)) console.log(`  ${x.file}:${x.line} ${x.section}  ${x.context}  [${x.rules.join(', ') || 'no finding here'}]`);
    if (all.length > opts.maxList) console.log(`  … ${all.length - opts.maxList} more (--max-list N, or --json FILE)`);
  }

  console.log('\ngates (eval-thresholds.json)');
  if (gates.length === 0) console.log('  none');
  for (const g of gates) {
    const status = g.skipped ? 'skip' : g.pass ? 'pass' : 'FAIL';
    console.log(`  ${status}  ${g.name} = ${g.value === null ? '—' : g.value.toFixed(3)} (needs ${g.op} ${g.threshold})${g.note ? `  — ${g.note}` : ''}`);
  }
  console.log(failed.length ? `\nEVAL FAILED: ${failed.map((g) => g.name).join(', ')}` : '\neval gates: all pass');

  if (opts.json) {
    const summary = {
      samples: opts.samples,
      files: results,
      overall,
      sections,
      findings: { total: allFindings.length, found: findingsFound, recall: findingsRecall },
      unlistedConsistency: unlisted,
      gates,
      pass: failed.length === 0,
    };
    writeFileSync(opts.json, JSON.stringify(summary, null, 2) + '\n');
    if (!opts.quiet) console.log(`summary written to ${opts.json}`);
  }
  process.exitCode = failed.length ? 1 : 0;
}

if (require.main === module) main();
