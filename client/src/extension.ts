/** The VS Code side: starts the language server and adds a status item and two commands. */
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

const SOURCE = 'Persian QA';
const SERVER_FIX_ALL = 'persianQA.applyFixAll';

export interface PersianQAApi {
  client: LanguageClient;
}

let client: LanguageClient | undefined;

const documentSelector = ['plaintext', 'markdown'].flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

/** Client strings follow `persianQA.locale`, and with `auto` the editor's display language. */
function persian(): boolean {
  const setting = vscode.workspace.getConfiguration('persianQA').get<string>('locale', 'auto');
  return setting === 'fa' || (setting !== 'en' && vscode.env.language.toLowerCase().startsWith('fa'));
}

export async function activate(context: vscode.ExtensionContext): Promise<PersianQAApi> {
  const output = vscode.window.createOutputChannel(SOURCE, { log: true });
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  // House-style files: the server re-reads them and re-lints open documents when they change.
  const houseStyleWatcher = vscode.workspace.createFileSystemWatcher('**/.persian-qa.json');
  context.subscriptions.push(houseStyleWatcher);
  const clientOptions: LanguageClientOptions = { documentSelector, outputChannel: output, synchronize: { fileEvents: houseStyleWatcher } };
  const lc = new LanguageClient('persianQA', SOURCE, serverOptions, clientOptions);
  client = lc;

  const status = vscode.languages.createLanguageStatusItem('persianQA.status', documentSelector);
  status.name = SOURCE;
  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const n = editor ? vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE).length : 0;
    const fa = persian();
    status.text = fa ? `Persian QA: ${n.toLocaleString('fa-IR')} اشکال` : `Persian QA: ${n} ${n === 1 ? 'finding' : 'findings'}`;
    status.severity = n ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    status.command = n ? { command: 'persianQA.fixAll', title: fa ? 'رفع همه' : 'Fix all' } : { command: 'persianQA.showOutput', title: fa ? 'گزارش' : 'Output' };
  };

  context.subscriptions.push(
    output,
    status,
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('persianQA.locale') && updateStatus()),
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
  updateStatus();
  await lc.start();
  return { client: lc };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
