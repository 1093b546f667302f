// Allocation profile of lint on the bench corpus, garbage included (sampling heap profiler with
// objects collected by minor and major GC), summed by function:
//   node out/scripts/alloc-profile.js [MiB] [runs]
import { Session } from 'node:inspector';
import { lint } from '../server/engine/index';
import { benchCorpus } from './corpus';

const [size = '1', runs = '5'] = process.argv.slice(2);
const text = benchCorpus(Number(size) * 1024 * 1024);
for (let i = 0; i < 3; i++) lint(text);

interface Node { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: Node[] }
const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
  new Promise<any>((res, rej) => session.post(method, params ?? {}, (err, r) => (err ? rej(err) : res(r))));

(async () => {
  await post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < Number(runs); i++) lint(text);
  const { profile } = await post('HeapProfiler.stopSampling');
  const self = new Map<string, number>();
  let total = 0;
  const parents = new Map<string, number>();
  const walk = (n: Node, stack: string) => {
    const name = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
    total += n.selfSize;
    self.set(name, (self.get(name) ?? 0) + n.selfSize);
    if (n.callFrame.lineNumber < 0 && n.selfSize) parents.set(`${name} <- ${stack}`, (parents.get(`${name} <- ${stack}`) ?? 0) + n.selfSize);
    for (const c of n.children) walk(c, name);
  };
  walk(profile.head, '');
  console.log(`total ${(total / Number(runs) / 1e6).toFixed(2)} MB per lint`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${((v / Number(runs)) / 1e6).toFixed(2).padStart(6)} MB  ${k}`);
  console.log('native allocators by caller:');
  for (const [k, v] of [...parents].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${((v / Number(runs)) / 1e6).toFixed(2).padStart(6)} MB  ${k}`);
})();
