/**
 * A CLI worker thread: runs the batches of jobs the main thread hands out and renders each
 * file's report piece. Workers run dist/cli.js itself (cli.ts starts this in a worker thread):
 * a second bundle would ship the engine glue and the formatters twice.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runRendered } from './jobs';
import { Batch, BatchDone, renderer, WorkSpec } from './pool';

export function runWorker(): void {
  const spec = workerData as WorkSpec;
  const render = renderer(spec);
  parentPort!.on('message', (m: Batch) => {
    // Rendered strings cross the thread boundary far cheaper than the structured clone of
    // thousands of small diagnostic objects, and the main thread has nothing left to do but print.
    const results: BatchDone['results'] = m.jobs.map(([i, file]) => [i, runRendered(file, spec.opts, render)]);
    parentPort!.postMessage({ results } satisfies BatchDone);
  });
}
