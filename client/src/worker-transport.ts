/**
 * The language server in a worker thread of the extension host instead of a child process.
 * Starting a thread skips a process start (about as long as the server's own start-up on a slow
 * machine), and messages cross as structured clones: a 10 MiB document reaches the server without
 * being encoded to JSON, decoded from UTF-8 and parsed again. The thread has its own heap with
 * its own limits; reaching them ends the thread, not the extension host, and the client restarts
 * the server as it would after a crash.
 */
import { Worker } from 'node:worker_threads';
import { AbstractMessageReader, AbstractMessageWriter, DataCallback, Disposable, Message, MessageTransports } from 'vscode-languageclient/node';

/**
 * Heap limits of the server thread. A 12 MB young generation (half of what
 * `--max-semi-space-size=8` gives a process) lowers the peak memory of a 10 MiB document by about
 * 6 MB and left the edit and open times as they were (scripts/thread-bench.ts, measured in
 * session 8: 151–152 MB against 157–159, edit p95 within the runs' noise).
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 4096 };

class WorkerReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  /** Messages that arrive before the client listens are kept, not dropped. */
  private early: Message[] = [];

  constructor(worker: Worker) {
    super();
    worker.on('message', (m: Message) => (this.callback ? this.callback(m) : this.early.push(m)));
    worker.on('error', (e) => this.fireError(e));
    worker.on('exit', () => this.fireClose());
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    for (const m of this.early.splice(0)) callback(m);
    return { dispose: () => (this.callback = undefined) };
  }
}

class WorkerWriter extends AbstractMessageWriter {
  private errors = 0;

  constructor(private readonly worker: Worker) {
    super();
    worker.on('exit', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    try {
      this.worker.postMessage(msg);
      return Promise.resolve();
    } catch (e) {
      this.fireError(e as Error, msg, ++this.errors);
      return Promise.reject(e);
    }
  }

  end(): void {}
}

/**
 * Starts server threads for the client: the first one at once (so its start-up overlaps the rest
 * of activate()), a new one on each restart. `stop()` ends the current thread.
 */
export class ServerThreads {
  /** The thread the client talks to. */
  current: Worker | undefined;
  private pending: Worker | undefined;
  private readonly exited = new WeakSet<Worker>();

  constructor(private readonly serverJs: string) {
    this.pending = this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(this.serverJs, { resourceLimits: RESOURCE_LIMITS });
    worker.on('exit', () => this.exited.add(worker));
    // Without a listener, an error in the thread would be an uncaught error of the extension host.
    worker.on('error', () => undefined);
    return worker;
  }

  /** The client's ServerOptions. */
  readonly transports = async (): Promise<MessageTransports> => {
    // A thread that ended before the client listened (it failed to load) is not handed over.
    const worker = this.pending && !this.exited.has(this.pending) ? this.pending : this.spawn();
    this.pending = undefined;
    if (this.current && this.current !== worker) void this.current.terminate();
    this.current = worker;
    return { reader: new WorkerReader(worker), writer: new WorkerWriter(worker) };
  };

  async stop(): Promise<void> {
    await Promise.all([this.current?.terminate(), this.pending?.terminate()]);
    this.current = this.pending = undefined;
  }
}
