/**
 * "Lint the whole workspace": finds the files (persianQA.workspace.include / .exclude), sends them
 * to the server in batches (`persianQA/lintFiles`) under a cancellable progress notification.
 * The server pushes each file's diagnostics, so they appear in the Problems panel.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const LINT_FILES_REQUEST = 'persianQA/lintFiles';
const BATCH = 40;

/** As the server answers (server/src/workspace-lint.ts). */
interface LintFilesResult {
  files: number;
  findings: number;
  filesWithFindings: number;
  skipped: { uri: string; reason: 'tooLarge' | 'disabled' | 'unreadable' | 'notFile' }[];
  cancelled: boolean;
}

const num = (n: number, fa: boolean) => (fa ? n.toLocaleString('fa-IR') : n.toLocaleString('en-US'));

export async function lintWorkspace(client: LanguageClient, persian: () => boolean, output: vscode.OutputChannel): Promise<LintFilesResult | undefined> {
  const fa = persian();
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(fa ? 'Persian QA: نخست یک پوشه باز کنید.' : 'Persian QA: open a folder first.');
    return undefined;
  }
  const config = vscode.workspace.getConfiguration('persianQA');
  const include = config.get<string>('workspace.include') || '**/*.{txt,md}';
  // An empty exclude keeps VS Code's files.exclude.
  const exclude = config.get<string>('workspace.exclude') || undefined;
  const total: LintFilesResult = { files: 0, findings: 0, filesWithFindings: 0, skipped: [], cancelled: false };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: fa ? 'Persian QA: بررسی فضای کاری' : 'Persian QA: linting the workspace', cancellable: true },
    async (progress, token) => {
      const uris = (await vscode.workspace.findFiles(include, exclude, undefined, token)).map((u) => u.toString()).sort();
      if (token.isCancellationRequested) {
        total.cancelled = true;
        return;
      }
      for (let i = 0; i < uris.length; i += BATCH) {
        const batch = uris.slice(i, i + BATCH);
        progress.report({ message: fa ? `${num(i, true)} از ${num(uris.length, true)} پرونده` : `${num(i, false)} of ${num(uris.length, false)} files` });
        let r: LintFilesResult;
        try {
          r = await client.sendRequest<LintFilesResult>(LINT_FILES_REQUEST, { uris: batch, reset: i === 0 }, token);
        } catch (e) {
          if (token.isCancellationRequested) {
            total.cancelled = true;
            return;
          }
          throw e;
        }
        total.files += r.files;
        total.findings += r.findings;
        total.filesWithFindings += r.filesWithFindings;
        total.skipped.push(...r.skipped);
        progress.report({ increment: (batch.length / uris.length) * 100 });
        if (r.cancelled || token.isCancellationRequested) {
          total.cancelled = true;
          return;
        }
      }
    },
  );
  for (const s of total.skipped) output.appendLine(`Workspace lint skipped ${s.uri}: ${s.reason}`);
  const large = total.skipped.filter((s) => s.reason === 'tooLarge').length;
  const summary = fa
    ? `Persian QA: ${num(total.files, true)} پرونده بررسی شد؛ ${num(total.findings, true)} اشکال در ${num(total.filesWithFindings, true)} پرونده` +
      (large ? `؛ ${num(large, true)} پرونده بزرگ‌تر از سقف persianQA.maxFileSizeKB بود و بررسی نشد` : '') +
      (total.cancelled ? ' (لغو شد)' : '') +
      '.'
    : `Persian QA: ${num(total.files, false)} files linted, ${num(total.findings, false)} findings in ${num(total.filesWithFindings, false)} files` +
      (large ? `; ${num(large, false)} files above persianQA.maxFileSizeKB were skipped` : '') +
      (total.cancelled ? ' (cancelled)' : '') +
      '.';
  output.appendLine(summary);
  const problems = fa ? 'نمایش اشکال‌ها' : 'Show problems';
  void vscode.window.showInformationMessage(summary, problems).then((choice) => {
    if (choice === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return total;
}
