/**
 * The language status item: the active document's finding count, or why it was not linted (too
 * large, disabled), from the server's `persianQA/status` notification.
 */
import * as vscode from 'vscode';

export const STATUS_NOTIFICATION = 'persianQA/status';
const SOURCE = 'Persian QA';

/** As the server sends it (server/src/status.ts). */
export interface StatusParams {
  uri: string;
  state: 'ok' | 'tooLarge' | 'disabled';
  count: number;
  /** All findings of the document; above count when persianQA.maxProblems cut the list. */
  total?: number;
  maxProblems?: number;
  /** Only the beginning of a large document is checked so far. */
  partial?: boolean;
  sizeKB?: number;
  maxKB?: number;
}

const num = (n: number, fa: boolean) => (fa ? n.toLocaleString('fa-IR') : n.toLocaleString('en-US'));

export class LanguageStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly states = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    selector: vscode.DocumentSelector,
    private readonly persian: () => boolean,
  ) {
    this.item = vscode.languages.createLanguageStatusItem('persianQA.status', selector);
    this.item.name = SOURCE;
    this.subscriptions = [
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('persianQA.locale') && this.update()),
      vscode.workspace.onDidCloseTextDocument((d) => this.states.delete(d.uri.toString())),
    ];
    this.update();
  }

  /** A `persianQA/status` notification. */
  onStatus(p: StatusParams): void {
    if (!p || typeof p.uri !== 'string') return;
    this.states.set(p.uri, p);
    if (vscode.window.activeTextEditor?.document.uri.toString() === p.uri) this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const fa = this.persian();
    const item = this.item;
    const state = editor && this.states.get(editor.document.uri.toString());
    if (state?.state === 'tooLarge') {
      item.text = fa ? 'Persian QA: بررسی نشد (پروندهٔ بزرگ)' : 'Persian QA: not checked (file too large)';
      const size = state.sizeKB ?? 0;
      const max = state.maxKB ?? 0;
      item.detail = fa
        ? `${num(size, true)} کیلوبایت، بیش از سقف ${num(max, true)} کیلوبایت (persianQA.maxFileSizeKB)`
        : `${num(size, false)} KB, above the ${num(max, false)} KB limit (persianQA.maxFileSizeKB)`;
      item.severity = vscode.LanguageStatusSeverity.Warning;
      item.command = { command: 'workbench.action.openSettings', title: fa ? 'تغییر سقف' : 'Change the limit', arguments: ['persianQA.maxFileSizeKB'] };
      return;
    }
    if (state?.state === 'disabled') {
      item.text = fa ? 'Persian QA: خاموش' : 'Persian QA: off';
      item.detail = fa ? 'ویرایش خودکار برای این پرونده خاموش است (persianQA.enable).' : 'Proofreading is off for this file (persianQA.enable).';
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.command = { command: 'workbench.action.openSettings', title: fa ? 'روشن کردن' : 'Turn on', arguments: ['persianQA.enable'] };
      return;
    }
    const n = editor ? vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE).length : 0;
    const total = state?.state === 'ok' && state.total !== undefined && state.total > n ? state.total : undefined;
    if (total !== undefined) {
      // persianQA.maxProblems cut the list: say how many are shown of how many.
      item.text = fa ? `Persian QA: ${num(n, true)} از ${num(total, true)} اشکال` : `Persian QA: ${num(n, false)} of ${num(total, false)} findings`;
    } else {
      item.text = fa ? `Persian QA: ${n.toLocaleString('fa-IR')} اشکال` : `Persian QA: ${n} ${n === 1 ? 'finding' : 'findings'}`;
    }
    if (state?.state === 'ok' && state.partial) {
      item.text += fa ? ' (در حال بررسی بقیهٔ متن…)' : ' (checking the rest…)';
      item.detail = fa ? 'آغاز پرونده بررسی شد؛ بقیه در حال بررسی است.' : 'The beginning of the file is checked; the rest follows.';
    } else if (total !== undefined) {
      item.detail = fa
        ? `${num(n, true)} اشکال نخست نشان داده شد (سقف persianQA.maxProblems)؛ «رفع همه» همهٔ ${num(total, true)} اشکال را رفع می‌کند.`
        : `The first ${num(n, false)} are shown (limit persianQA.maxProblems); "Fix all" fixes all ${num(total, false)}.`;
    } else {
      item.detail = undefined;
    }
    item.severity = n ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    item.command = n ? { command: 'persianQA.fixAll', title: fa ? 'رفع همه' : 'Fix all' } : { command: 'persianQA.showOutput', title: fa ? 'گزارش' : 'Output' };
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
