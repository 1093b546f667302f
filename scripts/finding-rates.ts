// How dense the bench corpus's findings are next to real texts: findings per MiB of the sample
// inputs (texts as editors received them) and of the generated bench corpus.
//   node out/scripts/finding-rates.js [dir…]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/engine/index';
import { benchCorpus } from './corpus';

const MiB = 1024 * 1024;
const dirs = process.argv.slice(2);
if (dirs.length === 0) dirs.push(join('..', 'shared', 'samples'), 'test/heldout', 'test/heldout2', 'test/heldout3', 'test/heldout4', 'test/heldout5', 'test/heldout6', 'test/heldout7', 'test/heldout8', 'test/heldout9', 'test/heldout10');
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  let bytes = 0;
  let findings = 0;
  const perFile: number[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.input.txt'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const n = lint(text).length;
    const b = Buffer.byteLength(text, 'utf8');
    findings += n;
    bytes += b;
    perFile.push(Math.round((n / b) * MiB));
  }
  perFile.sort((a, b) => a - b);
  console.log(`${dir}: ${Math.round((findings / bytes) * MiB)} findings/MiB over ${perFile.length} texts (${(bytes / 1024).toFixed(0)} KB); per text ${perFile.join(' ')}`);
}
const corpus = benchCorpus(MiB);
console.log(`bench corpus: ${Math.round((lint(corpus).length / Buffer.byteLength(corpus, 'utf8')) * MiB)} findings/MiB`);
