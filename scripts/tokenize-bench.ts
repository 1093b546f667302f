// Micro-benchmark of the tokenizer alone on the bench corpus (seed 20251119, samples mixed in),
// the current one against the frozen pre-optimisation copy in test/reference, interleaved so
// both see the same machine noise. Also one sticky-regex pass over the text as a floor.
//   node out/scripts/tokenize-bench.js [--mib 1] [--runs 41] [--warmup 30] [--samples DIR] [--only LABEL-PART]
// Prints the median and minimum CPU ms (process.cpuUsage, not wall time) per MiB of corpus (MiB of UTF-8, as CorpusGenerator sizes it).
import { join, resolve } from 'node:path';
import { lineProtectedRanges } from '../server/engine/run';
import { tokenize } from '../server/engine/tokenize';
import { tokenize as referenceTokenize } from '../test/reference/tokenize';
import { CorpusGenerator } from './corpus';

const args = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const MIB = Number(value('--mib', '1'));
const RUNS = Number(value('--runs', '41'));
const WARMUP = Number(value('--warmup', '30'));
const samplesDir = resolve(value('--samples', process.env.PERSIAN_QA_SAMPLES || join(__dirname, '..', '..', '..', 'shared', 'samples')));

const text = new CorpusGenerator({ seed: 20251119, samplesDir }).generate(MIB * 1024 * 1024);
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
if (only) cases.splice(0, cases.length, ...cases.filter((c) => c.label.includes(only)));
// The regex pass runs after all the tokenizer runs: interleaved, its garbage (a match array per
// token) slowed the tokenizers down several times over.
if (!only || 'floor'.includes(only)) cases.push({ label: 'one sticky regex pass (floor)', run: () => regexScan(text) });

const times = cases.map(() => [] as number[]);
const counts = cases.map(() => 0);
const timed = (i: number) => {
  // CPU time of this thread, not wall time: the 2-core machine is shared and a wall clock
  // mostly measures the other processes' load.
  const t0 = process.cpuUsage();
  counts[i] = cases[i].run();
  const d = process.cpuUsage(t0);
  times[i].push((d.user + d.system) / 1000);
};
const tokenizers = cases.filter((c) => c.label.startsWith('tokenize')).length;
// Steady state: enough warm-up runs for the optimising compiler to settle (it takes ~20).
for (let warm = 0; warm < WARMUP; warm++) for (let i = 0; i < tokenizers; i++) counts[i] = cases[i].run();
// Interleaved in blocks of BLOCK runs, so the versions share the machine's noise.
const BLOCK = 5;
for (let r = 0; r < RUNS; r += BLOCK) for (let i = 0; i < tokenizers; i++) for (let b = 0; b < BLOCK; b++) timed(i);
for (let i = tokenizers; i < cases.length; i++) for (let r = 0; r < RUNS; r++) timed(i);
if (!only && (counts[0] !== counts[1] || counts[2] !== counts[3])) throw new Error(`token counts differ: ${counts.join(' ')}`);
console.log(`${MIB} MiB corpus (${text.length} UTF-16 units, ${counts[only ? 0 : 1]} tokens), ${RUNS} runs, CPU ms per MiB:`);
cases.forEach((c, i) => {
  const t = times[i].sort((a, b) => a - b);
  const med = t[t.length >> 1] / MIB;
  console.log(`  ${c.label.padEnd(34)} median ${med.toFixed(2).padStart(6)}  min ${(t[0] / MIB).toFixed(2).padStart(6)}`);
});
