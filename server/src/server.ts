/**
 * The Persian QA language server: wires the LSP connection to the modules beside this file.
 * Runs under plain Node with --stdio or --node-ipc (the transport comes from argv).
 */
import {
  CodeAction,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReport,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CODE_ACTION_KINDS, codeActions, fixAllEdits, versionedEdit } from './code-actions';
import { HouseStyles } from './house-style';
import { DocumentLinter, LintResult } from './linter';
import { M, t } from './locale';
import { DocumentSettings, SettingsStore } from './settings';

export const APPLY_FIX_ALL = 'persianQA.applyFixAll';

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
const log = (message: string) => connection.console.log(message);
const linter = new DocumentLinter(log);

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
      executeCommandProvider: { commands: [APPLY_FIX_ALL] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...(pull ? { diagnosticProvider: { identifier: 'persianQA', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'Persian QA' },
  };
});

connection.onInitialized(() => {
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

/** The current version's diagnostics, linting only when this version has none yet. */
function diagnosticsOf(doc: TextDocument, ds: DocumentSettings): LintResult {
  return linter.cached(doc.uri, doc.version, ds) ?? linter.lint(doc, ds);
}

/** Settings first (async), then the document as it is after the wait. */
async function withSettings(uri: string): Promise<[TextDocument, DocumentSettings] | undefined> {
  if (!documents.get(uri)) return undefined;
  const ds = await settings.get(uri);
  const doc = documents.get(uri);
  return doc ? [doc, ds] : undefined;
}

const publish = guard('publishDiagnostics', undefined, async (doc: TextDocument) => {
  const ds = await settings.get(doc.uri);
  const current = documents.get(doc.uri);
  // A later change publishes for its own version.
  if (!current || current.version !== doc.version) return;
  const r = diagnosticsOf(current, ds);
  await connection.sendDiagnostics({ uri: r.uri, version: r.version, diagnostics: r.diagnostics });
});

function refreshAll(): void {
  if (!pull) {
    for (const doc of documents.all()) void publish(doc);
  } else if (refreshSupport) {
    connection.languages.diagnostics.refresh().catch((e) => log(`diagnostic refresh: ${e}`));
  }
}

connection.languages.diagnostics.on(
  guard('textDocument/diagnostic', { kind: 'full', items: [] } as DocumentDiagnosticReport, async (params) => {
    const got = await withSettings(params.textDocument.uri);
    if (!got) return { kind: 'full', items: [] };
    return { kind: 'full', items: diagnosticsOf(got[0], got[1]).diagnostics };
  }),
);

documents.onDidChangeContent((e) => {
  if (!pull) void publish(e.document);
});

documents.onDidClose((e) => {
  linter.forget(e.document.uri);
  settings.drop(e.document.uri);
  if (!pull) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
});

/** Settings or a house-style file changed: every open document is linted again. */
function relintAll(): void {
  settings.clear();
  linter.reset();
  refreshAll();
}

connection.onDidChangeWatchedFiles(
  guard('workspace/didChangeWatchedFiles', undefined, (params) => {
    if (houseStyles.filesChanged(params.changes)) relintAll();
  }),
);

connection.onDidChangeConfiguration(
  guard('workspace/didChangeConfiguration', undefined, (change) => {
    if (!configurationSupport) pushedSettings = change.settings;
    settings.clear();
    linter.reset();
    refreshAll();
  }),
);

connection.onCodeAction(
  guard('textDocument/codeAction', [] as CodeAction[], async (params) => {
    const got = await withSettings(params.textDocument.uri);
    if (!got) return [];
    const [doc, ds] = got;
    return codeActions(params, doc, ds, () => diagnosticsOf(doc, ds).diagnostics, houseStyles.actionsFor(doc, ds.locale));
  }),
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
