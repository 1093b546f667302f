import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { engine } from '../src/engine';
import { FormatOptions, formatter } from './format';
import { JobOptions, Outcome, runRendered, STDIN } from './jobs';
import { fileSize, threadCount } from './threads';

/** The longest batch handed to a worker: long enough to make messages rare, short enough to stream. */
const MAX_BATCH = 32;

/** How long the main thread lints before it lets worker results in (ms). */
const SLICE_MS = 4;

/** What a worker needs to run and render jobs like the main thread (its workerData). */
export interface WorkSpec {
  opts: JobOptions;
  /** lint: the report format, rendered where the file is linted. */
  format?: FormatOptions;
  version: string;
}

/** A batch of jobs for a worker, and what it sends back. */
export interface Batch {
  jobs: [index: number, file: string][];
}
export interface BatchDone {
  results: [index: number, outcome: Outcome][];
}

export const renderer = (spec: WorkSpec) => (spec.format ? formatter(spec.format, engine.rules, spec.version).render : undefined);

/**
 * Runs every job and hands outcomes to `emit` in input order as soon as each one and all before
 * it are done, so output streams yet is identical to a serial run.
 *
 * The main thread lints too (it has loaded the engine anyway and otherwise mostly waits), taking
 * files one at a time from the front of the queue; workers take batches from the same queue and
 * send back rendered pieces, so the main thread only prints.
 */
export async function runAll(files: string[], spec: WorkSpec, stdin: Uint8Array | undefined, emit: (o: Outcome) => void): Promise<void> {
  const render = renderer(spec);
  const local = (i: number) => runRendered(files[i], spec.opts, render, files[i] === STDIN ? stdin : undefined);
  const n = threadCount(files, (f) => (f === STDIN ? (stdin?.length ?? 0) : fileSize(f)));
  if (n <= 1) {
    for (let i = 0; i < files.length; i++) emit(local(i));
    return;
  }
  if (process.env.PERSIAN_QA_DEBUG) process.stderr.write(`persian-qa: ${n} threads (the main one and ${n - 1} workers) for ${files.length} files\n`);

  const done: (Outcome | undefined)[] = new Array(files.length);
  let emitted = 0;
  const deliver = (i: number, o: Outcome) => {
    done[i] = o;
    while (emitted < files.length && done[emitted]) {
      emit(done[emitted]!);
      done[emitted++] = undefined;
    }
  };

  // Standard input was read by this thread, so its job runs here, first.
  const mine: number[] = [];
  const queue: number[] = [];
  files.forEach((f, i) => (f === STDIN ? mine : queue).push(i));
  // Untaken jobs are queue[next..last). This thread takes from the front, so output starts at
  // once; a worker's first batches come from the back, so the files it holds while it starts up
  // (loading the engine takes a few hundred ms) are ones printed last anyway.
  let next = 0;
  let last = queue.length;
  /** Jobs of workers that died, left to this thread. */
  const retry: number[] = [];
  let wake: (() => void) | undefined;
  const poke = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const workers: Worker[] = [];
  const start = (): void => {
    const w = new Worker(join(__dirname, 'cli.js'), { workerData: spec });
    workers.push(w);
    const inFlight = new Set<number>();
    let dead = false;
    const feed = (fromBack: boolean) => {
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil((last - next) / (n * 8))));
      const jobs: Batch['jobs'] = [];
      while (jobs.length < size && next < last) {
        const i = fromBack ? queue[--last] : queue[next++];
        inFlight.add(i);
        jobs.push([i, files[i]]);
      }
      if (jobs.length) w.postMessage({ jobs } satisfies Batch);
    };
    // A worker that dies leaves its jobs to this thread.
    const die = (why: unknown) => {
      if (dead || emitted === files.length) return;
      dead = true;
      if (process.env.PERSIAN_QA_DEBUG) process.stderr.write(`persian-qa: worker failed (${why}); continuing without it\n`);
      retry.push(...inFlight);
      inFlight.clear();
      poke();
    };
    w.on('message', (m: BatchDone) => {
      if (dead) return;
      for (const [i, o] of m.results) {
        inFlight.delete(i);
        deliver(i, o);
      }
      feed(false);
      poke();
    });
    w.on('error', die);
    w.on('exit', (code) => die(`exit code ${code}`));
    // Two batches in flight hide the message round trip.
    feed(true);
    feed(true);
  };

  let ownJobs = 0;
  try {
    for (let k = 1; k < n; k++) start();
    let slice = performance.now();
    while (emitted < files.length) {
      const i = mine.shift() ?? retry.shift() ?? (next < last ? queue[next++] : undefined);
      if (i === undefined) {
        // Nothing left to take: wait for the workers' results, or their failure.
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      deliver(i, local(i));
      ownJobs++;
      if (performance.now() - slice >= SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (process.env.PERSIAN_QA_DEBUG) process.stderr.write(`persian-qa: the main thread ran ${ownJobs} of ${files.length} jobs\n`);
}
