/** A CLI worker thread: runs jobs the main thread hands out, one file per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { JobOptions, runJob } from './jobs';

const opts = workerData as JobOptions;
parentPort!.on('message', (m: { index: number; file: string }) => {
  parentPort!.postMessage({ index: m.index, result: runJob(m.file, opts) });
});
