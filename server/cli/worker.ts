/** A CLI worker thread: runs jobs the main thread hands out, one file per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { JobOptions, runJob } from './jobs';

const opts = workerData as JobOptions;
parentPort!.on('message', (m: { index: number; file: string }) => {
  // A JSON string crosses the thread boundary far cheaper than the structured clone of
  // thousands of small diagnostic objects.
  parentPort!.postMessage({ index: m.index, json: JSON.stringify(runJob(m.file, opts)) });
});
