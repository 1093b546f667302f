// Profiling aid: time and page faults of each rule within one lint of the bench corpus (the
// rules run in registry order on shared tokens, as in lint), averaged over runs.
//   node out/scripts/rule-costs.js [MiB] [runs]
//   node out/scripts/rule-costs.js --file <text file> [runs]   (real text instead of the corpus)
import { readFileSync } from 'fs';
import { F } from '../server/engine/chars';
import { resolveRule } from '../server/engine/config';
import { RuleContext } from '../server/engine/context';
import { rules } from '../server/engine/registry';
import { finishFindings, tokenizeDocument } from '../server/engine/run';
import { benchCorpus } from './corpus';
import { suffixCandidates } from '../server/engine/morphology/suffix-scan';
import { scanArticle } from '../server/engine/article-scan';

const args = process.argv.slice(2);
const file = args[0] === '--file' ? args[1] : undefined;
const [size = '1', runsArg = '10'] = file ? ['', args[2]] : args;
const runs = Number(runsArg ?? '10');
const text = file ? readFileSync(file, 'utf8') : benchCorpus(Number(size) * 1024 * 1024);
const faults = () => process.resourceUsage().minorPageFault;
const ms = new Map<string, number>();
/** Each phase's fastest run: steadier than the mean on a busy machine. */
const best = new Map<string, number>();
const pf = new Map<string, number>();
const counts = new Map<string, number>();
let phase = '';
let t0 = 0;
let f0 = 0;
let measuring = false;
const begin = (name: string) => {
  phase = name;
  f0 = faults();
  t0 = performance.now();
};
const end = () => {
  const t = performance.now() - t0;
  const f = faults() - f0;
  if (!measuring) return;
  ms.set(phase, (ms.get(phase) ?? 0) + t / runs);
  best.set(phase, Math.min(best.get(phase) ?? Infinity, t));
  pf.set(phase, (pf.get(phase) ?? 0) + f / runs);
};
for (let r = 0; r < runs + 3; r++) {
  measuring = r >= 3;
  begin('(tokenize)');
  const tokens = tokenizeDocument(text, {}, true);
  let docFlags = 0;
  for (let i = 0; i < tokens.count; i++) docFlags |= tokens.flags[i];
  const ctx = new RuleContext(text, tokens, docFlags & ~F.ArabicSpan, 'plaintext', new Set());
  end();
  // The shared passes the first rule to need them would pay for, timed on their own.
  begin('(suffix scan)');
  suffixCandidates(text, tokens);
  end();
  begin('(article scan)');
  scanArticle(tokens, text);
  end();
  for (const rule of rules) {
    const resolved = resolveRule(undefined, rule.meta.id, rule.meta.severity);
    if (resolved.severity === 'off') continue;
    ctx.rule = rule;
    ctx.severity = resolved.severity;
    ctx.options = resolved.options;
    const before = ctx.findings.length;
    begin(rule.meta.id);
    rule.check(ctx);
    end();
    counts.set(rule.meta.id, ctx.findings.length - before);
  }
  begin('(sort, suppressions)');
  finishFindings(text, ctx.findings, {});
  end();
}
let totalMs = 0;
let totalBest = 0;
let totalFaults = 0;
for (const k of [...ms.keys()].sort((a, b) => ms.get(b)! - ms.get(a)!)) {
  totalMs += ms.get(k)!;
  totalBest += best.get(k)!;
  totalFaults += pf.get(k)!;
  const n = counts.get(k);
  console.log(`${k.padEnd(26)} ${ms.get(k)!.toFixed(2).padStart(6)} ms (best ${best.get(k)!.toFixed(2).padStart(6)}) ${pf.get(k)!.toFixed(0).padStart(5)} faults${n === undefined ? '' : `  ${n} findings`}`);
}
console.log(`${'total'.padEnd(26)} ${totalMs.toFixed(2).padStart(6)} ms (best ${totalBest.toFixed(2).padStart(6)}) ${totalFaults.toFixed(0).padStart(5)} faults`);
