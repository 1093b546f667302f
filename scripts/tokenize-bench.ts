// Micro-benchmark of the tokenizer alone on the bench corpus (seed 20251119, samples mixed in):
// the current one against the frozen pre-optimisation copy in test/reference, and one sticky-regex
// pass over the text as a floor. Each case runs in its own child process (several rounds,
// alternating), so one version's garbage and heap state do not land on the other's timings.
//   node out/scripts/tokenize-bench.js [--mib 1] [--runs 30] [--rounds 4] [--warmup 30] [--samples DIR]
//                                      [--only LABEL-PART] [--same-process]
// Prints CPU ms (process.cpuUsage, not wall time: the machine is shared) per MiB of corpus (MiB
// of UTF-8, as CorpusGenerator sizes it) in steady state: the median of all runs, and the median
// of the runs without page faults. On this VM a page fault costs ~10-15 us, and the allocator
// returns freed token arrays to the kernel every few calls, so a run that refaults them (~1000
// faults per MiB) takes 3-5x longer whatever the tokenizer; the fault-free median is the
// tokenizer's own cost, the all-runs median what a caller saw.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { lineProtectedRanges } from '../server/engine/run';
import { tokenize } from '../server/engine/tokenize';
import { tokenize as referenceTokenize } from '../test/reference/tokenize';
import { benchCorpus, defaultSamplesDir } from './corpus';

const args = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const MIB = Number(value('--mib', '1'));
const RUNS = Number(value('--runs', '30'));
const ROUNDS = Number(value('--rounds', '4'));
const WARMUP = Number(value('--warmup', '30'));
const samplesDir = resolve(value('--samples', defaultSamplesDir()));

const text = benchCorpus(MIB * 1024 * 1024, samplesDir);
// The same prose as Markdown, with a code span every few lines so protected ranges are exercised.
const md = text.replace(/^(.{0,40}?) /gm, (m, a: string, off: number) => (off % 7 === 0 ? '`' + a + '` ' : m));
const mdRanges = lineProtectedRanges(md, 'markdown');

// Tokens per scan, so neither can be dead code; also a sanity check that both agree.
const WORDISH = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc\u200c]+|[A-Za-z0-9]+|[ \t]+|\r?\n|[^]/gy;
function regexScan(s: string): number {
  WORDISH.lastIndex = 0;
  let n = 0;
  while (WORDISH.exec(s)) n++;
  return n;
}

type Case = { label: string; run: () => number };
const cases: Case[] = [
  { label: 'tokenize plaintext (reference)', run: () => referenceTokenize(text).count },
  { label: 'tokenize plaintext (current)', run: () => tokenize(text).count },
  { label: 'tokenize markdown (reference)', run: () => referenceTokenize(md, mdRanges).count },
  { label: 'tokenize markdown (current)', run: () => tokenize(md, mdRanges).count },
];
const only = value('--only', '');
const child = args.includes('--child');
const selected = only ? cases.filter((c) => c.label.includes(only)) : cases;
cases.splice(0, cases.length, ...selected);
// The regex pass runs after all the tokenizer runs: interleaved, its garbage (a match array per
// token) slowed the tokenizers down several times over.
const FLOOR = 'one sticky regex pass (floor)';
if (!only || FLOOR.includes(only)) cases.push({ label: FLOOR, run: () => regexScan(text) });

/** [CPU ms, minor page faults] of each timed run, per case. */
type Runs = [number, number][];

function measure(): Runs[] {
  const runs = cases.map((): Runs => []);
  const counts = cases.map(() => 0);
  const timed = (i: number) => {
    const f0 = process.resourceUsage().minorPageFault;
    const t0 = process.cpuUsage();
    counts[i] = cases[i].run();
    const d = process.cpuUsage(t0);
    runs[i].push([(d.user + d.system) / 1000, process.resourceUsage().minorPageFault - f0]);
  };
  const tokenizers = cases.filter((c) => c.label.startsWith('tokenize')).length;
  // Steady state: enough warm-up runs for the optimising compiler to settle (it takes ~20).
  for (let warm = 0; warm < WARMUP; warm++) for (let i = 0; i < tokenizers; i++) counts[i] = cases[i].run();
  // Interleaved in blocks of BLOCK runs, so the versions share the machine's noise.
  const BLOCK = 5;
  for (let r = 0; r < RUNS; r += BLOCK) for (let i = 0; i < tokenizers; i++) for (let b = 0; b < BLOCK; b++) timed(i);
  for (let i = tokenizers; i < cases.length; i++) for (let r = 0; r < RUNS; r++) timed(i);
  if (cases.length === 5 && (counts[0] !== counts[1] || counts[2] !== counts[3])) throw new Error(`token counts differ: ${counts.join(' ')}`);
  return runs;
}

const median = (xs: number[]) => {
  const t = [...xs].sort((a, b) => a - b);
  return t.length ? t[t.length >> 1] : NaN;
};

if (child) {
  console.log(JSON.stringify(measure()));
} else {
  const labels = cases.map((c) => c.label);
  const all = labels.map((): Runs => []);
  if (args.includes('--same-process')) {
    measure().forEach((r, i) => all[i].push(...r));
  } else {
    const pass = args.filter((a, i) => a !== '--only' && args[i - 1] !== '--only');
    for (let round = 0; round < ROUNDS; round++) {
      labels.forEach((label, i) => {
        const r = spawnSync(process.execPath, [__filename, ...pass, '--child', '--only', label.replace(/^tokenize /, '')], { encoding: 'utf8', maxBuffer: 1 << 26 });
        if (r.status !== 0) throw new Error(`${label}: ${r.stderr}`);
        all[i].push(...(JSON.parse(r.stdout.trim().split('\n').pop()!) as Runs[])[0]);
      });
    }
  }
  console.log(`${MIB} MiB corpus (${text.length} UTF-16 units), CPU ms per MiB, steady state:`);
  labels.forEach((label, i) => {
    const runs = all[i];
    const clean = runs.filter((r) => r[1] === 0).map((r) => r[0] / MIB);
    const ms = runs.map((r) => r[0] / MIB);
    console.log(
      `  ${label.padEnd(32)} median ${median(ms).toFixed(2).padStart(6)}   fault-free median ${median(clean).toFixed(2).padStart(6)}` +
        `  min ${Math.min(...ms).toFixed(2).padStart(6)}   (${runs.length} runs, ${runs.length - clean.length} with page faults)`,
    );
  });
}
