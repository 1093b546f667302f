/**
 * How many threads lint a run. Kept apart from the pool so it can be tested without the engine.
 *
 * Every thread pays to load the engine and warm it up (its lexicon tables and its JIT-compiled
 * code are its own): about 1 s of CPU time per thread, measured on 2,000 press files on a 2-core
 * machine, which is what a serial run takes for about 5 MB of text. Below that a second thread
 * costs more than it saves; above it every core helps (each added thread pays the same warm-up
 * and takes the same share of the work).
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** Estimated serial work (in bytes of text) from which parallel runs are faster. */
export const PARALLEL_MIN_WORK = 5 * 1024 * 1024;
/** A file's own cost (reading, reporting) in bytes of text: many tiny files are work too. */
export const PER_FILE_WORK = 2048;

/** A file's size, 0 when it cannot be read (the job reports that). */
export const fileSize = (file: string): number => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/** Whether the inputs add up to PARALLEL_MIN_WORK; stats files only until they do. */
export function enoughWork(files: readonly string[], sizeOfInput: (file: string) => number = fileSize): boolean {
  let work = 0;
  for (const f of files) {
    work += PER_FILE_WORK + sizeOfInput(f);
    if (work >= PARALLEL_MIN_WORK) return true;
  }
  return false;
}

/**
 * Threads that lint, the main one included: PERSIAN_QA_WORKERS when set (0 or 1 = serial), else
 * one per core when the inputs are enough work to pay for starting the others.
 */
export function threadCount(files: readonly string[], sizeOfInput?: (file: string) => number, env = process.env.PERSIAN_QA_WORKERS): number {
  if (env !== undefined && /^\d+$/.test(env)) return Math.max(1, Math.min(Number(env), files.length));
  if (files.length < 2 || !enoughWork(files, sizeOfInput)) return 1;
  return Math.min(availableParallelism(), files.length);
}
