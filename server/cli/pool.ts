import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { JobOptions, JobResult, runJob, STDIN } from './jobs';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 32;

/** Worker count: PERSIAN_QA_WORKERS when set (0 or 1 = serial), else one per core for many files. */
export function workerCount(files: number): number {
  const env = process.env.PERSIAN_QA_WORKERS;
  if (env !== undefined && /^\d+$/.test(env)) return Math.min(Number(env), files);
  if (files <= PARALLEL_THRESHOLD) return 0;
  return Math.min(availableParallelism(), Math.ceil(files / 8));
}

/**
 * Runs every job and hands results to `emit` in input order as soon as each one and all before
 * it are done, so output streams yet is identical to a serial run.
 */
export async function runAll(files: string[], opts: JobOptions, stdin: Uint8Array | undefined, emit: (r: JobResult) => void): Promise<void> {
  const local = (file: string) => runJob(file, opts, file === STDIN ? stdin : undefined);
  const n = workerCount(files.length);
  if (n <= 1) {
    for (const f of files) emit(local(f));
    return;
  }
  if (process.env.PERSIAN_QA_DEBUG) process.stderr.write(`persian-qa: ${n} workers for ${files.length} files\n`);
  const done: (JobResult | undefined)[] = new Array(files.length);
  let emitted = 0;
  const deliver = (i: number, r: JobResult) => {
    done[i] = r;
    while (emitted < files.length && done[emitted]) {
      emit(done[emitted]!);
      done[emitted++] = undefined;
    }
  };
  let next = 0;
  let alive = n;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve) => {
      const finish = () => { if (emitted === files.length) resolve(); };
      const feed = (w: Worker, inFlight: Set<number>) => {
        // stdin was read by this thread, so its job runs here.
        while (next < files.length && files[next] === STDIN) deliver(next, local(files[next++]));
        if (next < files.length) {
          inFlight.add(next);
          w.postMessage({ index: next, file: files[next] });
          next++;
        }
        finish();
      };
      for (let k = 0; k < n; k++) {
        const w = new Worker(join(__dirname, 'cli-worker.js'), { workerData: opts });
        const inFlight = new Set<number>();
        let dead = false;
        // A worker that dies leaves its jobs, and with no worker left all jobs, to this thread.
        const die = (why: unknown) => {
          if (dead || emitted === files.length) return;
          dead = true;
          alive--;
          if (process.env.PERSIAN_QA_DEBUG) process.stderr.write(`persian-qa: worker failed (${why}); continuing without it\n`);
          for (const i of inFlight) deliver(i, local(files[i]));
          inFlight.clear();
          if (alive === 0) while (next < files.length) deliver(next, local(files[next++]));
          finish();
        };
        workers.push(w);
        w.on('message', (m: { index: number; json: string }) => {
          inFlight.delete(m.index);
          deliver(m.index, JSON.parse(m.json) as JobResult);
          feed(w, inFlight);
        });
        w.on('error', die);
        w.on('exit', (code) => die(`exit code ${code}`));
        // Two jobs in flight per worker hide the message round trip.
        feed(w, inFlight);
        feed(w, inFlight);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
