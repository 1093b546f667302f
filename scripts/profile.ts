// Profiling aid: lints (or fixes) the bench corpus repeatedly so `node --cpu-prof` sees the hot paths.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof out/scripts/profile.js [lint|fix] [MiB] [runs]
import { fix, lint } from '../server/engine/index';
import { benchCorpus, cleanCorpus } from './corpus';

const [mode = 'lint', size = '1', runs = '20'] = process.argv.slice(2);
// PROFILE_CLEAN=1: clean published text (the samples' gold texts repeated); PROFILE_REPEAT="…": one
// sentence repeated on one line.
const bytes = Number(size) * 1024 * 1024;
const repeat = process.env.PROFILE_REPEAT;
const text = process.env.PROFILE_CLEAN
  ? (cleanCorpus(bytes) ?? '')
  : repeat
    ? (repeat + ' ').repeat(Math.ceil(bytes / 2 / (repeat.length + 1)))
    : benchCorpus(bytes);
const times: number[] = [];
let n = 0;
for (let i = 0; i < Number(runs); i++) {
  const t0 = performance.now();
  n = mode === 'fix' ? fix(text).length : lint(text).length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`${mode} ${size} MiB: median ${times[times.length >> 1].toFixed(1)} ms, min ${times[0].toFixed(1)} ms (${n})`);
