// Profiling aid: lints (or fixes) the bench corpus repeatedly so `node --cpu-prof` sees the hot paths.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof out/scripts/profile.js [lint|fix] [MiB] [runs]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fix, lint } from '../server/engine/index';
import { CorpusGenerator } from './corpus';

const [mode = 'lint', size = '1', runs = '20'] = process.argv.slice(2);
const samplesDir = resolve(process.env.PERSIAN_QA_SAMPLES || join(__dirname, '..', '..', '..', 'shared', 'samples'));
// PROFILE_REPEAT="sentence": one line of that sentence repeated instead of the bench corpus.
// PROFILE_CLEAN=1: the samples' gold (corrected) texts repeated, i.e. clean published text.
const repeat = process.env.PROFILE_CLEAN
  ? readdirSync(samplesDir).filter((f) => f.endsWith('.expected.txt')).map((f) => readFileSync(join(samplesDir, f), 'utf8')).join('\n')
  : process.env.PROFILE_REPEAT;
const text = repeat
  ? (repeat + '\n').repeat(Math.ceil((Number(size) * 1024 * 1024) / 2 / (repeat.length + 1)))
  : new CorpusGenerator({ seed: 20251119, samplesDir }).generate(Number(size) * 1024 * 1024);
const times: number[] = [];
let n = 0;
for (let i = 0; i < Number(runs); i++) {
  const t0 = performance.now();
  n = mode === 'fix' ? fix(text).length : lint(text).length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`${mode} ${size} MiB: median ${times[times.length >> 1].toFixed(1)} ms, min ${times[0].toFixed(1)} ms (${n})`);
