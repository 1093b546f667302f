// Page faults on this machine (a VM, where one costs ~10-15 us):
// - per edit: the incremental linter's, against merely building and reading the edited document
//   string, which every consumer of a 1 MiB JS string pays (a new 2 MB flat string in fresh pages);
// - per one-shot lint of 1 MiB, and per tokenize with fresh or with scratch arrays.
//   node out/scripts/page-faults.js [edits]
import { IncrementalLinter, lint } from '../server/engine/index';
import { tokenizeDocument } from '../server/engine/run';
import { benchCorpus, letterEdits, minorFaults } from './corpus';

const edits = Number(process.argv[2] ?? '200');
const text = benchCorpus(1024 * 1024);

const linter = new IncrementalLinter(text);
const stream = letterEdits(text, 7);
for (let i = 0; i < 50; i++) {
  const e = stream.next().value!;
  linter.update(e.text, e.changed);
}
let f0 = minorFaults();
let t0 = performance.now();
for (let i = 0; i < edits; i++) {
  const e = stream.next().value!;
  linter.update(e.text, e.changed);
}
const lintFaults = (minorFaults() - f0) / edits;
const lintMs = (performance.now() - t0) / edits;

const strings = letterEdits(text, 7);
let sink = 0;
f0 = minorFaults();
t0 = performance.now();
for (let i = 0; i < edits; i++) sink += strings.next().value!.text.charCodeAt(0);
const stringFaults = (minorFaults() - f0) / edits;
const stringMs = (performance.now() - t0) / edits;
console.log(`IncrementalLinter.update: ${lintFaults.toFixed(0)} page faults and ${lintMs.toFixed(2)} ms per edit`);
// sink keeps the reads from being optimised away.
console.log(`building and reading the edited string alone: ${stringFaults.toFixed(0)} page faults and ${stringMs.toFixed(2)} ms per edit (${sink > 0 ? 'read' : 'empty'})`);

function perCall(label: string, f: () => unknown, runs = 20) {
  for (let i = 0; i < 3; i++) f();
  const ms: number[] = [];
  const pf: number[] = [];
  for (let i = 0; i < runs; i++) {
    const f0 = minorFaults();
    const t = performance.now();
    f();
    ms.push(performance.now() - t);
    pf.push(minorFaults() - f0);
  }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[runs >> 1];
  console.log(`${label}: median ${mid(ms).toFixed(1)} ms (fastest ${Math.min(...ms).toFixed(1)}), median ${mid(pf)} page faults`);
}
perCall('tokenize 1 MiB, fresh arrays', () => tokenizeDocument(text, {}));
perCall('tokenize 1 MiB, scratch arrays', () => tokenizeDocument(text, {}, true));
perCall('lint 1 MiB', () => lint(text));
