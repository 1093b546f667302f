// A minimal LSP client for protocol tests: spawns `node dist/server.js --stdio` and speaks
// JSON-RPC with Content-Length framing, or (`thread: true`) starts dist/server.js in a worker thread
// and speaks over its port, as the VS Code client does; it announces what VS Code announces
// (quick fixes with literals, workspace edits, hover, and pull diagnostics when asked).
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  CancellationToken,
  createProtocolConnection,
  PortMessageReader,
  PortMessageWriter,
  ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { InitializeResult, PublishDiagnosticsParams, WorkspaceEdit } from 'vscode-languageserver-protocol';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
const TIMEOUT = 10_000;
/** The document `open` uses when given no uri. */
export const DEFAULT_URI = 'file:///tmp/persian-qa-protocol/news.txt';

export interface Session {
  conn: ProtocolConnection;
  init: InitializeResult;
  /** What workspace/configuration answers for the `persianQA` section. */
  settings: Record<string, unknown>;
  /** When set, workspace/configuration answers only once this resolves. */
  gate?: Promise<void>;
  configRequests: number;
  published: PublishDiagnosticsParams[];
  /** persianQA/status notifications, in order. */
  notifications: { method: string; params: unknown }[];
  logs: string[];
  refreshes: number;
  /** Edits the server asked the client to apply (workspace/applyEdit), all accepted. */
  applied: WorkspaceEdit[];
  until<T>(what: string, probe: () => T | undefined | false): Promise<T>;
  open(text: string, o?: { uri?: string; languageId?: string; version?: number }): void;
  change(uri: string, version: number, text: string): void;
  request<R>(method: string, params: unknown, token?: CancellationToken): Promise<R>;
  close(): Promise<void>;
  /** With `thread: true`: the worker thread the server runs in. */
  worker?: Worker;
}

const sessions: Session[] = [];

export async function closeAll(): Promise<void> {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
}

export async function start(opts: { pull: boolean; locale?: string; settings?: Record<string, unknown>; initializationOptions?: unknown; rootUri?: string; thread?: boolean }): Promise<Session> {
  const worker = opts.thread ? new Worker(SERVER, { stdout: true, stderr: true }) : undefined;
  const child: ChildProcess | undefined = worker ? undefined : spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let running = true;
  worker?.on('exit', () => (running = false));
  child?.on('exit', () => (running = false));
  const conn = worker
    ? createProtocolConnection(new PortMessageReader(worker), new PortMessageWriter(worker))
    : createProtocolConnection(new StreamMessageReader(child!.stdout!), new StreamMessageWriter(child!.stdin!));
  const waiters = new Set<() => void>();
  const poke = () => { for (const w of [...waiters]) w(); };
  let stderr = '';
  (worker ?? child!).stderr!.on('data', (d) => { stderr += d; });
  const s = { conn, worker, settings: opts.settings ?? {}, configRequests: 0, published: [], notifications: [], logs: [], refreshes: 0, applied: [] } as unknown as Session;
  conn.onRequest('workspace/configuration', async (p: { items: { section?: string }[] }) => {
    s.configRequests++;
    const snapshot = s.settings;
    poke();
    if (s.gate) await s.gate;
    return p.items.map((i) => (i.section === 'persianQA' ? snapshot : null));
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => { s.refreshes++; setImmediate(poke); return null; });
  conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => { s.applied.push(p.edit); setImmediate(poke); return { applied: true }; });
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { s.published.push(p); poke(); });
  conn.onNotification('window/logMessage', (p: { message: string }) => { s.logs.push(p.message); poke(); });
  conn.onNotification('persianQA/status', (params: unknown) => { s.notifications.push({ method: 'persianQA/status', params }); poke(); });
  conn.listen();
  s.until = <T>(what: string, probe: () => T | undefined | false) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const v = probe();
        if (v) { waiters.delete(check); clearTimeout(timer); resolve(v); }
      };
      const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`timed out waiting for ${what}; server stderr: ${stderr}`)); }, TIMEOUT);
      waiters.add(check);
      check();
    });
  s.open = (text, o = {}) =>
    void conn.sendNotification('textDocument/didOpen', { textDocument: { uri: o.uri ?? DEFAULT_URI, languageId: o.languageId ?? 'plaintext', version: o.version ?? 1, text } });
  s.change = (uri, version, text) =>
    void conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  s.request = <R>(method: string, params: unknown, token?: CancellationToken) =>
    (token ? conn.sendRequest(method, params, token) : conn.sendRequest(method, params)) as Promise<R>;
  s.close = async () => {
    if (!running) return;
    try {
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    conn.dispose();
    child?.kill();
    await worker?.terminate();
  };
  const capabilities = {
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true },
      ...(opts.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    workspace: {
      configuration: true,
      applyEdit: true,
      workspaceEdit: { documentChanges: true },
      didChangeConfiguration: { dynamicRegistration: true },
      ...(opts.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
  };
  s.init = (await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: opts.rootUri ?? null,
    locale: opts.locale ?? 'fa',
    capabilities,
    initializationOptions: opts.initializationOptions,
  })) as InitializeResult;
  await conn.sendNotification('initialized', {});
  sessions.push(s);
  return s;
}

/** Resolves after `ms` with no further waiting condition (to let stray messages arrive). */
export const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));
