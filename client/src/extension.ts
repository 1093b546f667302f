/** The VS Code side: starts the language server and adds the status item, the ZWNJ toggle and the commands. */
import type { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import {
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  FileChangeType,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { InvisiblesDecorator, SHOW_INVISIBLES, toggleInvisibles } from './decorations';
import { LanguageStatus, STATUS_NOTIFICATION, StatusParams } from './status';
import { lintWorkspace } from './workspace-lint';
import { ServerThreads } from './worker-transport';

const SOURCE = 'Persian QA';
const SERVER_FIX_ALL = 'persianQA.applyFixAll';

export interface PersianQAApi {
  client: LanguageClient;
  /**
   * Milliseconds from the start of activate(): until the client was set up and start() called
   * (the extension's own work), and until start() resolved (the server process is up and has
   * answered initialize). Read by the e2e suite, which reports them.
   */
  timing: { startCalledMs: number; clientStartedMs: number };
  /** Where the server runs: a worker thread of the extension host (the default) or a child process. */
  serverHost: 'thread' | 'process';
  /** The server's current worker thread (serverHost "thread"); the e2e suite ends it to test restarts. */
  serverThread(): Worker | undefined;
}

let client: LanguageClient | undefined;
let threads: ServerThreads | undefined;

const documentSelector = ['plaintext', 'markdown', 'persian-press'].flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

/** Client strings follow `persianQA.locale`, and with `auto` the editor's display language. */
function persian(): boolean {
  const setting = vscode.workspace.getConfiguration('persianQA').get<string>('locale', 'auto');
  return setting === 'fa' || (setting !== 'en' && vscode.env.language.toLowerCase().startsWith('fa'));
}

export async function activate(context: vscode.ExtensionContext): Promise<PersianQAApi> {
  const t0 = performance.now();
  const module = context.asAbsolutePath('dist/server.js');
  // The server thread starts first, so that its start-up overlaps the rest of activate().
  const inThread = vscode.workspace.getConfiguration('persianQA').get<string>('serverHost', 'thread') !== 'process';
  threads = inThread ? new ServerThreads(module) : undefined;
  const output = vscode.window.createOutputChannel(SOURCE, { log: true });
  const serverOptions: ServerOptions = threads
    ? threads.transports
    : {
        // A young generation of 8 MB semi-spaces: findings are small and flat now (OneEditFinding),
        // and with 32 MB (the setting before them) a 10 MiB document peaked 37 MB higher in RSS and
        // edits of a 1 MiB one had a worse p95 (31-34 ms against 23-28 on the bench machine).
        run: { module, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=8'] } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
      };
  // House-style files: the server re-reads them and re-lints open documents when they change.
  const houseStyleWatcher = vscode.workspace.createFileSystemWatcher('**/.persian-qa.json');
  context.subscriptions.push(houseStyleWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    synchronize: { fileEvents: houseStyleWatcher },
    // The server then says why a document is not linted (too large, disabled) for the status item.
    initializationOptions: { statusNotifications: true },
  };
  const lc = new LanguageClient('persianQA', SOURCE, serverOptions, clientOptions);
  client = lc;

  const status = new LanguageStatus(documentSelector, persian);
  lc.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => status.onStatus(p));
  const invisibles = new InvisiblesDecorator(persian);
  invisibles.setEnabled(vscode.workspace.getConfiguration('persianQA').get<boolean>(SHOW_INVISIBLES, false));

  context.subscriptions.push(
    output,
    status,
    invisibles,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`persianQA.${SHOW_INVISIBLES}`)) invisibles.setEnabled(vscode.workspace.getConfiguration('persianQA').get<boolean>(SHOW_INVISIBLES, false));
    }),
    vscode.commands.registerCommand('persianQA.toggleInvisibles', toggleInvisibles),
    vscode.commands.registerCommand('persianQA.lintWorkspace', () => lintWorkspace(lc, persian, output)),
    // A save in the editor does not always reach the file watcher (e.g. remote hosts); the
    // server ignores a report of content it has already seen.
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (!doc.uri.path.endsWith('/.persian-qa.json') || !lc.isRunning()) return;
      void lc.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: doc.uri.toString(), type: FileChangeType.Changed }] });
    }),
    vscode.commands.registerCommand('persianQA.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('persianQA.fixAll', async (uri?: vscode.Uri | string) => {
      const target = uri?.toString() ?? vscode.window.activeTextEditor?.document.uri.toString();
      if (!target) return;
      // The server computes the fix and applies it with workspace/applyEdit.
      await lc.sendRequest(ExecuteCommandRequest.type, { command: SERVER_FIX_ALL, arguments: [target] });
    }),
  );
  const startCalledMs = performance.now() - t0;
  await lc.start();
  return { client: lc, timing: { startCalledMs, clientStartedMs: performance.now() - t0 }, serverHost: threads ? 'thread' : 'process', serverThread: () => threads?.current };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  await threads?.stop();
  client = undefined;
  threads = undefined;
}
