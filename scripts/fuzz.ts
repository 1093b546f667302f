// Long fuzz run (`npm run fuzz`): generated documents through lint and fix, checking every
// guarantee of test/invariants.ts, then a linearity check on 1–8 MiB inputs.
//   node out/scripts/fuzz.js [--docs 100000] [--seed N] [--minutes 9] [--workers N] [--no-linearity]
// Exits 1 on any crash, broken fix or non-linear growth; failing inputs are saved under a temp dir.
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { lint } from '../server/engine/index';
import { doc, Doc, longLineDoc, mixedNewlines, pressText } from '../test/arbitraries';
import { checkDoc, Failure } from '../test/invariants';

const BATCH = 250;

/** The document mix: mostly short articles, some long ones, some single huge lines. */
const mix: fc.Arbitrary<Doc> = fc.oneof(
  { arbitrary: doc(60), weight: 80 },
  { arbitrary: doc(600), weight: 10 },
  { arbitrary: longLineDoc(300), weight: 5 },
  {
    arbitrary: fc.record({ text: mixedNewlines, languageId: fc.constantFrom<'plaintext' | 'markdown'>('plaintext', 'markdown'), unsafe: fc.boolean() }),
    weight: 5,
  },
);

interface BatchResult {
  batch: number;
  docs: number;
  crashes: number;
  broken: Record<string, number>;
  /** Lint ms per KiB for documents of at least 1 KiB. */
  perKiB: number[];
  units: number;
  failures: { index: number; doc: Doc; failures: Failure[] }[];
  /** The batch's slowest document per KiB, to look into outliers. */
  slowest?: { msPerKiB: number; doc: Doc };
}

function runBatch(seed: number, batch: number): BatchResult {
  const docs = fc.sample(mix, { seed: seed + batch, numRuns: BATCH });
  const r: BatchResult = { batch, docs: 0, crashes: 0, broken: {}, perKiB: [], units: 0, failures: [] };
  docs.forEach((d, index) => {
    r.docs++;
    r.units += d.text.length;
    if (d.text.length >= 1024) {
      // The better of two runs: one run also measures JIT warm-up and GC pauses.
      let best = Infinity;
      for (let k = 0; k < 2; k++) {
        const t0 = performance.now();
        try {
          lint(d.text, { languageId: d.languageId });
        } catch {
          // counted by checkDoc below
        }
        best = Math.min(best, performance.now() - t0);
      }
      const msPerKiB = best / (d.text.length / 1024);
      r.perKiB.push(msPerKiB);
      if (!r.slowest || msPerKiB > r.slowest.msPerKiB) r.slowest = { msPerKiB, doc: d };
    }
    const failures = checkDoc(d);
    if (!failures.length) return;
    if (failures.some((f) => f.problem === 'crash')) r.crashes++;
    for (const p of new Set(failures.filter((f) => f.problem !== 'crash').map((f) => f.problem))) r.broken[p] = (r.broken[p] ?? 0) + 1;
    if (r.failures.length < 5) r.failures.push({ index, doc: d, failures });
  });
  return r;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/**
 * Lint time of a text: the fastest of a few runs after a warm-up. The fastest, not the median:
 * on a shared machine the slower runs measure other processes and GC, not growth.
 */
function timeLint(text: string, languageId: string, runs = 4): number {
  lint(text, { languageId });
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    lint(text, { languageId });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const MiB = 1 << 20;

/** Inputs whose growth must stay linear: press text and single lines built to trip regexes. */
const LINEAR_INPUTS: { name: string; languageId: string; make: (units: number) => string }[] = [
  { name: 'press text', languageId: 'plaintext', make: (u) => pressText(u) },
  { name: 'press text (markdown)', languageId: 'markdown', make: (u) => pressText(u, 2) },
  { name: 'one line of a.b.c', languageId: 'plaintext', make: (u) => 'a.'.repeat(u / 2) },
  { name: 'one line of a-b-c', languageId: 'plaintext', make: (u) => 'ab-'.repeat(u / 3) },
  { name: 'one line of x@x', languageId: 'plaintext', make: (u) => 'x@'.repeat(u / 2) },
  { name: 'unclosed <!-- (markdown)', languageId: 'markdown', make: (u) => '<!-- '.repeat(u / 5) },
  { name: 'backticks (markdown)', languageId: 'markdown', make: (u) => '`` a '.repeat(u / 5) },
  { name: 'unclosed fences (markdown)', languageId: 'markdown', make: (u) => '```x`\n'.repeat(u / 6) },
  { name: 'Persian words, one line', languageId: 'plaintext', make: (u) => 'می شود كتاب ها، '.repeat(u / 16) },
];

function linearity(log: (s: string) => void): boolean {
  let ok = true;
  log('linearity (fastest of 4 lints; ratio = time(2n)/time(n), must be < 3):');
  for (const input of LINEAR_INPUTS) {
    const measure = () => [1, 2, 4, 8].map((size) => timeLint(input.make(size * MiB), input.languageId));
    // Below a few ms the timer and GC dominate; judge growth only where it is measurable.
    const fails = (ts: number[]) => ts.slice(1).some((t, i) => t / Math.max(ts[i], 0.5) >= 3 && t > 20);
    let times = measure();
    // A load spike can hit one size: a growth that is real shows again.
    if (fails(times)) times = measure();
    const ratios = times.slice(1).map((t, i) => t / Math.max(times[i], 0.5));
    const bad = fails(times);
    if (bad) ok = false;
    log(`  ${bad ? 'FAIL' : 'ok  '} ${input.name.padEnd(28)} ${times.map((t) => t.toFixed(1).padStart(8)).join(' ')} ms for 1/2/4/8 MiB; ratios ${ratios.map((r) => r.toFixed(2)).join(' ')}`);
  }
  return ok;
}

async function main(): Promise<void> {
  const docs = arg('docs', 100_000);
  const seed = arg('seed', Date.now() % 1_000_000_007);
  const minutes = arg('minutes', 9);
  const workers = Math.max(1, arg('workers', availableParallelism()));
  const deadline = Date.now() + minutes * 60_000;
  const batches = Math.ceil(docs / BATCH);
  const outDir = join(tmpdir(), `persian-qa-fuzz-${seed}`);
  console.log(`fuzz: ${docs} documents, seed ${seed}, ${workers} workers, ${minutes} min limit`);

  const total = { docs: 0, crashes: 0, units: 0, broken: {} as Record<string, number>, perKiB: [] as number[] };
  const saved: string[] = [];
  let slowest: BatchResult['slowest'];
  let next = 0;
  let timedOut = false;
  const started = performance.now();

  await Promise.all(
    Array.from({ length: workers }, () =>
      new Promise<void>((resolve, reject) => {
        const w = new Worker(__filename, { workerData: { seed } });
        const feed = () => {
          if (next < batches && Date.now() < deadline) w.postMessage(next++);
          else {
            if (next < batches) timedOut = true;
            void w.terminate().then(() => resolve());
          }
        };
        w.on('message', (r: BatchResult) => {
          total.docs += r.docs;
          total.crashes += r.crashes;
          total.units += r.units;
          for (const [k, v] of Object.entries(r.broken)) total.broken[k] = (total.broken[k] ?? 0) + v;
          for (const x of r.perKiB) total.perKiB.push(x);
          if (r.slowest && (!slowest || r.slowest.msPerKiB > slowest.msPerKiB)) slowest = r.slowest;
          for (const f of r.failures) {
            if (saved.length >= 50) break;
            mkdirSync(outDir, { recursive: true });
            const file = join(outDir, `failure-${r.batch}-${f.index}.json`);
            writeFileSync(file, JSON.stringify({ seed, batch: r.batch, sampleSeed: seed + r.batch, ...f }, null, 2));
            saved.push(file);
          }
          if (total.docs % 10_000 < BATCH) console.log(`  ${total.docs} documents…`);
          feed();
        });
        w.on('error', reject);
        feed();
      }),
    ),
  );

  const brokenTotal = Object.values(total.broken).reduce((a, b) => a + b, 0);
  const secs = (performance.now() - started) / 1000;
  console.log(`documents: ${total.docs} (${(total.units / MiB).toFixed(1)} Mi UTF-16 units) in ${secs.toFixed(0)} s${timedOut ? ' — stopped at the time limit' : ''}`);
  console.log(`crashes: ${total.crashes}`);
  console.log(`broken fixes: ${brokenTotal}${brokenTotal ? ' ' + JSON.stringify(total.broken) : ''}`);
  console.log(`lint ms per KiB (${total.perKiB.length} documents ≥ 1 KiB): p50 ${percentile(total.perKiB, 50).toFixed(4)}, p99 ${percentile(total.perKiB, 99).toFixed(4)}, max ${percentile(total.perKiB, 100).toFixed(4)}`);
  if (saved.length) console.log(`failing inputs saved:\n  ${saved.join('\n  ')}`);
  if (slowest) {
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, 'slowest.json');
    writeFileSync(file, JSON.stringify(slowest, null, 2));
    console.log(`slowest document (${slowest.msPerKiB.toFixed(3)} ms/KiB, ${slowest.doc.text.length} units): ${file}`);
  }

  const linear = process.argv.includes('--no-linearity') ? true : linearity((s) => console.log(s));
  const failed = total.crashes > 0 || brokenTotal > 0 || !linear || (timedOut && total.docs < docs && process.argv.includes('--strict'));
  console.log(failed ? 'FUZZ FAILED' : 'fuzz passed');
  process.exit(failed ? 1 : 0);
}

if (isMainThread) {
  main().catch((err) => {
    console.error(err);
    process.exit(2);
  });
} else {
  const { seed } = workerData as { seed: number };
  parentPort!.on('message', (batch: number) => parentPort!.postMessage(runBatch(seed, batch)));
}
