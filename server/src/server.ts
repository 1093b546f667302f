/**
 * The Persian QA language server: wires the LSP connection to the modules beside this file.
 * Runs under plain Node with --stdio or --node-ipc (the transport comes from argv), or in a worker
 * thread, where it speaks over the thread's port.
 */
import {
  CodeAction,
  createConnection,
  PortMessageReader,
  PortMessageWriter,
  DidChangeConfigurationNotification,
  DiagnosticServerCancellationData,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReport,
  Hover,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { format } from 'node:util';
import { parentPort } from 'node:worker_threads';
import { engine } from './engine';
import { WARM_UP_TEXT } from './warm-up';
import { stdioTransport, withFragments } from './raw-writer';
import { CODE_ACTION_KINDS, codeActions, fixAllEdits, versionedEdit } from './code-actions';
import { HouseStyles } from './house-style';
import { hoverAt } from './hover';
import { EditRanges } from './edit-ranges';
import { DocumentLinter, LintResult, sizeKB } from './linter';
import { M, t } from './locale';
import { LintScheduler, ResultIds } from './scheduler';
import { DocumentSettings, SettingsStore } from './settings';
import { STATUS_NOTIFICATION, StatusReporter, statusOf } from './status';
import { LINT_FILES_REQUEST, LintFilesParams, LintFilesResult, WorkspaceLinter } from './workspace-lint';

export const APPLY_FIX_ALL = 'persianQA.applyFixAll';

/**
 * Over stdio, the server brings its own transport (raw-writer.ts: publishDiagnostics from cached
 * JSON); over node-ipc messages go through process.send, which serializes them itself. In a worker
 * thread (how the VS Code client runs it, client/src/worker-transport.ts) messages cross the
 * thread's port as structured clones, with no JSON at all.
 */
const stdio = process.argv.includes('--stdio');
const connection = parentPort
  ? createConnection(new PortMessageReader(parentPort), new PortMessageWriter(parentPort))
  : stdio
    ? createConnection(...stdioTransport())
    : createConnection();
if (stdio) {
  // What createConnection does for its own stdio transport: the server ends with its input.
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  const end = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
}
if (stdio || parentPort) {
  // stdout carries the protocol (stdio) or the editor's own output (a thread): console output
  // goes to the client's log instead.
  console.log = console.info = console.debug = (...a: unknown[]) => connection.console.log(format(...a));
  console.warn = (...a: unknown[]) => connection.console.warn(format(...a));
  console.error = (...a: unknown[]) => connection.console.error(format(...a));
}
const editRanges = new EditRanges();
const documents = new TextDocuments(editRanges.documents);
const log = (message: string) => connection.console.log(message);
const linter = new DocumentLinter(log, editRanges);
const scheduler = new LintScheduler();
const resultIds = new ResultIds();
const status = new StatusReporter((p) => void connection.sendNotification(STATUS_NOTIFICATION, p).catch(() => undefined));

let pull = false;
let refreshSupport = false;
let configurationSupport = false;
let dynamicConfiguration = false;
/** Settings pushed with didChangeConfiguration, for clients without workspace/configuration. */
let pushedSettings: unknown;
let settings = new SettingsStore(async () => undefined, undefined);
let clientLocale: string | undefined;
let watchedFilesRegistration = false;
let workspaceFoldersSupport = false;
const houseStyles = new HouseStyles(
  (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }).catch((e) => log(`house-style diagnostics: ${e}`)),
  (message) => connection.console.warn(message),
  () => (clientLocale?.toLowerCase().startsWith('fa') ? 'fa' : 'en'),
);

/** Runs a handler; a failure is logged and answered with `fallback` instead of taking the server down. */
function guard<P extends unknown[], R>(name: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await fn(...args);
    } catch (e) {
      connection.console.error(`${name} failed: ${(e as Error)?.stack ?? String(e)}`);
      return fallback;
    }
  };
}

connection.onInitialize((params) => {
  const caps = params.capabilities;
  pull = !!caps.textDocument?.diagnostic;
  refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
  configurationSupport = !!caps.workspace?.configuration;
  dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  watchedFilesRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  workspaceFoldersSupport = !!caps.workspace?.workspaceFolders;
  clientLocale = params.locale;
  status.enabled = !!(params.initializationOptions as { statusNotifications?: boolean } | undefined)?.statusNotifications;
  houseStyles.setFolders(params.workspaceFolders, params.rootUri);
  houseStyles.canCreateFiles = !!caps.workspace?.workspaceEdit?.documentChanges && !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create');
  settings = new SettingsStore(
    (uri) =>
      configurationSupport
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'persianQA' })
        : Promise.resolve((pushedSettings as { persianQA?: unknown } | undefined)?.persianQA),
    params.locale,
    (uri, config) => houseStyles.configFor(uri, config),
  );
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
      hoverProvider: true,
      executeCommandProvider: { commands: [APPLY_FIX_ALL] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...(pull ? { diagnosticProvider: { identifier: 'persianQA', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'Persian QA' },
  };
});

connection.onInitialized(() => {
  setImmediate(warmUp);
  if (dynamicConfiguration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'persianQA' }).catch((e) => log(`register didChangeConfiguration: ${e}`));
  }
  // VS Code's client also forwards these (synchronize.fileEvents); other clients need asking.
  if (watchedFilesRegistration) {
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.persian-qa.json' }] })
      .catch((e) => log(`register didChangeWatchedFiles: ${e}`));
  }
  if (workspaceFoldersSupport) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      houseStyles.changeFolders(e.added, e.removed);
      relintAll();
    });
  }
});

/**
 * Lints a short sample a few times once the server is up (warm-up.ts): in a fresh process the
 * engine's first lint runs several times slower than later ones. Runs in the gap before the first
 * document arrives (an editor sends didOpen after initialized; a large one takes a while to
 * serialize and send), and never fails the server.
 */
function warmUp(): void {
  try {
    for (let i = 0; i < 5; i++) engine.lint(WARM_UP_TEXT);
    engine.lint(WARM_UP_TEXT, { languageId: 'markdown' });
  } catch (e) {
    log(`warm-up: ${(e as Error)?.stack ?? e}`);
  }
}

/** The current version's diagnostics, linting only when this version has none yet. */
function diagnosticsOf(doc: TextDocument, ds: DocumentSettings): LintResult {
  return linter.cached(doc.uri, doc.version, ds) ?? linter.lint(doc, ds);
}

/** Waits for its turn (large documents); false when the version is stale or the request cancelled. */
function turn(doc: TextDocument, ds: DocumentSettings, token?: { isCancellationRequested: boolean }): Promise<boolean> | boolean {
  if (linter.cached(doc.uri, doc.version, ds)) return true;
  return scheduler.turn(doc.uri, doc.version, doc.getText().length, () => documents.get(doc.uri)?.version, token);
}

/** Documents whose published list is cut by maxProblems, so the Output says so once, not per keystroke. */
const capped = new Set<string>();

function reportStatus(doc: TextDocument, r: LintResult, ds: DocumentSettings): void {
  const p = statusOf(r, ds, () => sizeKB(doc.getText()));
  status.report(p);
  if (p.maxProblems === undefined || r.partial) {
    if (!r.partial) capped.delete(doc.uri);
  } else if (!capped.has(doc.uri)) {
    capped.add(doc.uri);
    log(t(M.capped(doc.uri, r.shown, r.findings.length), ds.locale));
  }
}

/**
 * A large document opened (no incremental state yet): the findings of its beginning go out first,
 * so the editor shows something at once; the complete result replaces them.
 */
function firstPart(doc: TextDocument, ds: DocumentSettings): LintResult | undefined {
  if (linter.cached(doc.uri, doc.version, ds)) return undefined;
  const r = linter.firstPart(doc, ds);
  if (r) reportStatus(doc, r, ds);
  return r;
}

/** Settings first (async), then the document as it is after the wait. */
async function withSettings(uri: string): Promise<[TextDocument, DocumentSettings] | undefined> {
  if (!documents.get(uri)) return undefined;
  const ds = await settings.get(uri);
  const doc = documents.get(uri);
  return doc ? [doc, ds] : undefined;
}

const publish = guard('publishDiagnostics', undefined, async (doc: TextDocument) => {
  // Read now: TextDocuments updates the same object in place, so doc.version after the wait
  // would be the newest version, and every pending publish would go out for it.
  const version = doc.version;
  const ds = await settings.get(doc.uri);
  const current = documents.get(doc.uri);
  // A later change publishes for its own version.
  if (!current || current.version !== version) return;
  const first = firstPart(current, ds);
  if (first) await sendResult(first);
  if (!(await turn(current, ds))) return;
  const r = diagnosticsOf(current, ds);
  reportStatus(current, r, ds);
  await sendResult(r);
});

function sendResult(r: LintResult): Promise<void> {
  const cache = r.cache;
  const diagnostics = cache ? withFragments(r.diagnostics, () => r.diagnostics.map((d, i) => cache.json(r.findings[i], d))) : r.diagnostics;
  return connection.sendDiagnostics({ uri: r.uri, version: r.version, diagnostics });
}

/** After a partial pull answer: the complete result, then a refresh so the client pulls it. */
const completeLater = guard('complete diagnostics', undefined, async (doc: TextDocument, ds: DocumentSettings) => {
  const version = doc.version;
  if (!(await turn(doc, ds)) || doc.version !== version) return;
  if (!linter.cached(doc.uri, version, ds)) reportStatus(doc, diagnosticsOf(doc, ds), ds);
  await connection.languages.diagnostics.refresh();
});

function refreshAll(): void {
  if (!pull) {
    for (const doc of documents.all()) void publish(doc);
  } else if (refreshSupport) {
    connection.languages.diagnostics.refresh().catch((e) => log(`diagnostic refresh: ${e}`));
  }
}

connection.languages.diagnostics.on(
  guard('textDocument/diagnostic', { kind: 'full', items: [] } as DocumentDiagnosticReport | ResponseError<DiagnosticServerCancellationData>, async (params, token) => {
    const got = await withSettings(params.textDocument.uri);
    if (!got) return { kind: 'full', items: [] };
    const [doc, ds] = got;
    // Only a client that can be asked to pull again gets a partial answer first.
    const first = refreshSupport ? firstPart(doc, ds) : undefined;
    if (first) {
      void completeLater(doc, ds);
      return { kind: 'full', resultId: resultIds.of(first), items: first.diagnostics };
    }
    if (!(await turn(doc, ds, token))) {
      // Cancelled by the client, or a newer version arrived. Both ask the client to request
      // again: a client restarting after a crash cancels its first pulls and otherwise drops
      // them, leaving open documents without diagnostics (seen in the e2e crash test).
      return token.isCancellationRequested
        ? new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled', { retriggerRequest: true })
        : new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed', { retriggerRequest: true });
    }
    const r = diagnosticsOf(doc, ds);
    reportStatus(doc, r, ds);
    const resultId = resultIds.of(r);
    if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
    return { kind: 'full', resultId, items: r.diagnostics };
  }),
);

documents.onDidChangeContent((e) => {
  if (!pull) void publish(e.document);
});

documents.onDidOpen((e) => workspaceLinter.opened(e.document.uri, pull));

documents.onDidClose((e) => {
  linter.forget(e.document.uri);
  editRanges.forget(e.document.uri);
  settings.drop(e.document.uri);
  scheduler.forget(e.document.uri);
  status.forget(e.document.uri);
  capped.delete(e.document.uri);
  if (!pull) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
  void workspaceLinter.closed(e.document.uri).catch((err) => log(`workspace lint on close: ${err}`));
});

/** Settings or a house-style file changed: every open document, and every workspace-lint result, is linted again. */
function relintAll(): void {
  settings.clear();
  linter.reset();
  refreshAll();
  workspaceLinter.refresh().catch((e) => log(`workspace lint refresh: ${e}`));
}

connection.onDidChangeWatchedFiles(
  guard('workspace/didChangeWatchedFiles', undefined, (params) => {
    if (houseStyles.filesChanged(params.changes)) relintAll();
  }),
);

connection.onDidChangeConfiguration(
  guard('workspace/didChangeConfiguration', undefined, (change) => {
    if (!configurationSupport) pushedSettings = change.settings;
    relintAll();
  }),
);

connection.onCodeAction(
  guard('textDocument/codeAction', [] as CodeAction[], async (params) => {
    const got = await withSettings(params.textDocument.uri);
    if (!got) return [];
    const [doc, ds] = got;
    return codeActions(params, doc, ds, () => diagnosticsOf(doc, ds), houseStyles.actionsFor(doc, ds.locale));
  }),
);

connection.onHover(
  guard('textDocument/hover', null as Hover | null, async (params) => {
    const got = await withSettings(params.textDocument.uri);
    if (!got) return null;
    const [doc, ds] = got;
    const r = diagnosticsOf(doc, ds);
    return hoverAt(r.diagnostics, r.findings, params.position, ds.locale);
  }),
);

const workspaceLinter = new WorkspaceLinter({
  // Settings of files that are not open are not kept: a workspace may hold thousands.
  settings: (uri) => {
    const p = settings.get(uri);
    if (!documents.get(uri)) settings.drop(uri);
    return p;
  },
  isOpen: (uri) => !!documents.get(uri),
  openDiagnostics: async (uri) => {
    const got = await withSettings(uri);
    return got ? diagnosticsOf(got[0], got[1]).diagnostics : undefined;
  },
  publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }).catch((e) => log(`workspace diagnostics: ${e}`)),
  log,
});

connection.onRequest(
  LINT_FILES_REQUEST,
  guard('persianQA/lintFiles', { files: 0, findings: 0, filesWithFindings: 0, skipped: [], cancelled: false } as LintFilesResult, (params: LintFilesParams, token) =>
    workspaceLinter.lintFiles(params ?? { uris: [] }, token),
  ),
);

connection.onExecuteCommand(
  guard('workspace/executeCommand', null as unknown, async (params) => {
    if (params.command !== APPLY_FIX_ALL) return null;
    const arg = params.arguments?.[0] as string | { uri?: string } | undefined;
    const uri = typeof arg === 'string' ? arg : arg?.uri;
    if (!uri) return null;
    const got = await withSettings(uri);
    if (!got) return null;
    const [doc, ds] = got;
    const edits = fixAllEdits(doc, ds);
    if (!edits.length) return { applied: true };
    return connection.workspace.applyEdit({ label: t(M.fixAll, ds.locale), edit: versionedEdit(doc, edits) });
  }),
);

process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();
