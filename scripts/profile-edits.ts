// Profiling aid for the incremental path: one-character edits in the 1 MiB bench corpus, as the
// server applies them (IncrementalLinter.update), with p50/p95 and an optional CPU profile:
//   node [--cpu-prof] out/scripts/profile-edits.js [edits] [--no-hint]
import { IncrementalLinter } from '../server/engine/index';
import { benchCorpus, letterEdits } from './corpus';

const edits = Number(process.argv[2] ?? '200');
const text = benchCorpus(1024 * 1024);
const linter = new IncrementalLinter(text);
// As the server does with incremental sync: the edited range comes with the new text.
const hinted = !process.argv.includes('--no-hint');
const times: number[] = [];
const stream = letterEdits(text, 7);
for (let i = 0; i < edits; i++) {
  const { text: next, changed } = stream.next().value!;
  const t0 = performance.now();
  linter.update(next, hinted ? changed : undefined);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)].toFixed(2);
console.log(`${edits} edits: p50 ${pct(50)} ms, p95 ${pct(95)} ms, min ${times[0].toFixed(2)} ms; ${linter.findings.length} findings`);
