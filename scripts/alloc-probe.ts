import { join, resolve } from 'node:path';
import { lint, rules } from '../server/engine/index';
import { CorpusGenerator } from './corpus';
const samplesDir = resolve(join(__dirname, '..', '..', '..', 'shared', 'samples'));
const text = new CorpusGenerator({ seed: 20251119, samplesDir }).generate(1024 * 1024);
const only = (id: string | null) => ({ config: { rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === id ? {} : 'off'])) } });
const gc = (globalThis as any).gc;
function measure(opts: any): [number, number, number] {
  for (let i = 0; i < 3; i++) lint(text, opts);
  gc();
  const h0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const n = lint(text, opts).length;
  const t = performance.now() - t0;
  return [(process.memoryUsage().heapUsed - h0) / 1e6, n, t];
}
console.log('all', measure({}));
console.log('none', measure(only(null)));
for (const r of rules) { const [mb, n, t] = measure(only(r.meta.id)); console.log(r.meta.id.padEnd(28), mb.toFixed(2), 'MB', n, (mb * 1e6 / Math.max(n, 1)).toFixed(0), 'B/finding', t.toFixed(1), 'ms'); }
