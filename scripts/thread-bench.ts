// The server's figures as the VS Code client runs it: dist/server.js in a worker thread of this
// process (client/src/worker-transport.ts), messages posted to its port as structured clones.
// Run by bench.ts in a fresh process per mode; prints one JSON object.
//   node --expose-gc out/scripts/thread-bench.js <server.js> <samplesDir> edits|open10|open10-cold <settings JSON> <edits> [--ipc]
// With --ipc the server is a child process over node-ipc instead (serverHost "process", and how
// the client ran it before the thread), for comparison: the same client code, messages sent with
// process.send (JSON both ways).
// Times run from postMessage to the arrival of the server's message, so they hold the server's
// work and the cloning both ways. The memory figure is this process's peak RSS over its RSS just
// before the thread started, which already held the document's text: an extension host holds its
// documents anyway, so the difference is what the server adds.
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BENCH_SEED, CorpusGenerator, letterEdits, positionAt } from './corpus';

const MiB = 1024 * 1024;
const [serverArg, samplesDir, mode, settingsJson = '{}', editsArg = '200'] = process.argv.slice(2);
const serverJs = resolve(serverArg);
const settings = JSON.parse(settingsJson);
/** As client/src/worker-transport.ts starts the thread. */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 4096 };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Msg = any;

/** The few members of a Worker the client uses, also given by a child process over node-ipc. */
interface Port {
  on(event: 'message', listener: (msg: Msg) => void): unknown;
  postMessage(msg: Msg): void;
  terminate(): Promise<unknown>;
}

function startServer(): Port {
  if (!process.argv.includes('--ipc')) return new Worker(serverJs, { resourceLimits: RESOURCE_LIMITS });
  const child = fork(serverJs, ['--node-ipc'], { execArgv: ['--max-semi-space-size=8'] });
  return {
    on: (event, listener) => child.on(event, listener),
    postMessage: (msg) => child.send(msg),
    terminate: async () => child.kill(),
  };
}

class ThreadClient {
  readonly worker = startServer();
  private nextId = 1;
  private readonly pending = new Map<number, (v: Msg) => void>();
  private waiters: { match: (m: Msg) => boolean; resolve: (r: { msg: Msg; at: number }) => void }[] = [];
  readonly statuses: Msg[] = [];

  constructor() {
    this.worker.on('message', (msg: Msg) => {
      const at = performance.now();
      if (msg.id !== undefined && msg.method) {
        // A request from the server.
        const result = msg.method === 'workspace/configuration' ? msg.params.items.map((i: { section?: string }) => (i.section === 'persianQA' ? settings : null)) : null;
        this.worker.postMessage({ jsonrpc: '2.0', id: msg.id, result });
        return;
      }
      if (msg.id !== undefined) {
        this.pending.get(msg.id)?.(msg.result);
        this.pending.delete(msg.id);
        return;
      }
      if (msg.method === 'persianQA/status') this.statuses.push(msg.params);
      const k = this.waiters.findIndex((w) => w.match(msg));
      if (k >= 0) this.waiters.splice(k, 1)[0].resolve({ msg, at });
    });
  }

  request(method: string, params: unknown): Promise<Msg> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.worker.postMessage({ jsonrpc: '2.0', method, params });
  }

  waitFor(match: (m: Msg) => boolean, ms: number): Promise<{ msg: Msg; at: number }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
      this.waiters.push({ match, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  async initialize(): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: { synchronization: {}, publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
        workspace: { configuration: true },
      },
      initializationOptions: { statusNotifications: true },
    });
    this.notify('initialized', {});
  }
}

const isDiagnostics = (uri: string, version?: number) => (m: Msg) =>
  m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version);

const status = () => readFileSync('/proc/self/status', 'utf8');
const kB = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status())?.[1] ?? NaN) * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function edits(c1: string): Promise<object> {
  const client = new ThreadClient();
  await client.initialize();
  const uri = 'file:///bench/press-1mib.txt';
  const opened = client.waitFor((m) => isDiagnostics(uri)(m) && client.statuses.some((s) => s.uri === uri && !s.partial), 60000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: c1 } });
  await opened;
  await settle(300);
  const lat: number[] = [];
  let before = c1;
  let version = 1;
  const gen = letterEdits(c1, 7);
  const budgetEnd = performance.now() + 30000;
  for (let i = 0; i < Number(editsArg) && performance.now() < budgetEnd; i++) {
    const { text, changed } = gen.next().value!;
    const range = { start: positionAt(before, changed.start), end: positionAt(before, changed.oldEnd) };
    const change = { range, text: text.slice(changed.start, changed.newEnd) };
    before = text;
    version++;
    const wait = client.waitFor(isDiagnostics(uri, version), 30000);
    const t0 = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    lat.push((await wait).at - t0);
  }
  await client.worker.terminate();
  return { editsMs: lat };
}

/**
 * A 10 MiB document opened in a running server (`warm`: a short document was opened and linted
 * first, so the engine is loaded, as when the extension is already in use) or in one that has just
 * answered initialize.
 */
async function open10(c10: string, warm: boolean): Promise<object> {
  gc();
  let hwmReset = true;
  try {
    // Resets VmHWM to the current RSS (Linux), so the peak is the peak from here on.
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    hwmReset = false;
  }
  const rssBefore = kB('VmRSS');
  const client = new ThreadClient();
  await client.initialize();
  if (warm) {
    const short = 'file:///bench/short.txt';
    const linted = client.waitFor(isDiagnostics(short), 30000);
    client.notify('textDocument/didOpen', { textDocument: { uri: short, languageId: 'plaintext', version: 1, text: c10.slice(0, 2000) } });
    await linted;
    await settle(1000);
  }
  const uri = 'file:///bench/press-10mib.txt';
  const first = client.waitFor(isDiagnostics(uri), 90000);
  const complete = client.waitFor((m) => isDiagnostics(uri)(m) && client.statuses.some((s) => s.uri === uri && !s.partial), 90000);
  const t0 = performance.now();
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: c10 } });
  const f = await first;
  const firstStatus = client.statuses.find((s) => s.uri === uri);
  const c = await complete;
  await settle(500);
  const result = {
    firstMs: f.at - t0,
    firstCount: f.msg.params.diagnostics.length,
    partial: firstStatus?.partial === true,
    completeMs: c.at - t0,
    completeCount: c.msg.params.diagnostics.length,
    total: client.statuses.filter((s) => s.uri === uri).at(-1)?.total,
    rssBefore,
    peakRss: kB('VmHWM'),
    hwmReset,
  };
  await client.worker.terminate();
  return result;
}

async function main(): Promise<void> {
  const gen = new CorpusGenerator({ seed: BENCH_SEED, samplesDir });
  const c1 = gen.generate(MiB);
  const result = mode === 'edits' ? await edits(c1) : await open10(c1 + gen.generate(9 * MiB), mode === 'open10');
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  process.stdout.write(JSON.stringify({ error: String(e?.stack ?? e) }) + '\n');
  process.exitCode = 1;
});
