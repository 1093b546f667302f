/**
 * The ZWNJ toggle: thin coloured markers on ZWNJ and other invisible characters, which editors
 * cannot otherwise see. Only the visible lines of visible editors are scanned (plus a margin),
 * after a short pause in typing or scrolling, so a large file costs no more than a small one.
 */
import * as vscode from 'vscode';
import { KINDS, mergeLineRanges, scanInvisibles } from './invisibles';

export const SHOW_INVISIBLES = 'showInvisibles';
const DEBOUNCE_MS = 80;
const MARGIN_LINES = 30;
/** A visible "line" of a minified file can be megabytes long: scan at most this much per editor. */
const MAX_CHARS = 256 * 1024;

function decorationType(kind: (typeof KINDS)[number]): vscode.TextEditorDecorationType {
  const color = new vscode.ThemeColor(kind.id === 'zwnj' ? 'persianQA.invisibleZwnj' : 'persianQA.invisibleOther');
  if (!kind.marker) {
    return vscode.window.createTextEditorDecorationType({ border: '1px dotted', borderColor: color, borderRadius: '2px' });
  }
  return vscode.window.createTextEditorDecorationType({
    before: {
      contentText: kind.marker,
      color,
      fontWeight: 'normal',
      // A smaller, bolder bar than the font's own, so it reads as a marker and takes little room.
      textDecoration: 'none; font-size: 75%; vertical-align: 10%; opacity: 0.9',
    },
  });
}

export class InvisiblesDecorator implements vscode.Disposable {
  private types: vscode.TextEditorDecorationType[] | undefined;
  private readonly pending = new Set<vscode.TextEditor>();
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly persian: () => boolean) {
    this.subscriptions.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.schedule(e))),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.schedule(e.textEditor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!this.types || e.contentChanges.length === 0) return;
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === e.document) this.schedule(editor);
      }),
    );
  }

  get enabled(): boolean {
    return !!this.types;
  }

  setEnabled(on: boolean): void {
    if (on === this.enabled) return;
    if (on) {
      this.types = KINDS.map(decorationType);
      vscode.window.visibleTextEditors.forEach((e) => this.schedule(e));
    } else {
      // Disposing a decoration type removes its decorations from every editor.
      this.types?.forEach((t) => t.dispose());
      this.types = undefined;
      this.pending.clear();
    }
  }

  private schedule(editor: vscode.TextEditor): void {
    if (!this.types) return;
    this.pending.add(editor);
    if (!this.timer) this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  private flush(): void {
    this.timer = undefined;
    const editors = [...this.pending];
    this.pending.clear();
    const visible = new Set(vscode.window.visibleTextEditors);
    for (const editor of editors) if (visible.has(editor)) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const types = this.types;
    if (!types) return;
    const doc = editor.document;
    const lines = mergeLineRanges(
      editor.visibleRanges.map((r): [number, number] => [r.start.line, r.end.line]),
      MARGIN_LINES,
      doc.lineCount,
    );
    const found = KINDS.map((): number[] => []);
    let budget = MAX_CHARS;
    for (const [a, b] of lines) {
      if (budget <= 0) break;
      const start = doc.offsetAt(new vscode.Position(a, 0));
      let text = doc.getText(new vscode.Range(a, 0, b, doc.lineAt(b).range.end.character));
      if (text.length > budget) text = text.slice(0, budget);
      budget -= text.length;
      scanInvisibles(text, start, found);
    }
    const fa = this.persian();
    found.forEach((offsets, k) => {
      const hoverMessage = new vscode.MarkdownString(fa ? KINDS[k].name.fa : KINDS[k].name.en);
      const options = offsets.map((o): vscode.DecorationOptions => ({ range: new vscode.Range(doc.positionAt(o), doc.positionAt(o + 1)), hoverMessage }));
      editor.setDecorations(types[k], options);
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.setEnabled(false);
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** The command: flips the setting where it is set (workspace or user), so the change takes effect. */
export async function toggleInvisibles(): Promise<void> {
  const config = vscode.workspace.getConfiguration('persianQA');
  const info = config.inspect<boolean>(SHOW_INVISIBLES);
  const current = config.get<boolean>(SHOW_INVISIBLES, false);
  const target = info?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update(SHOW_INVISIBLES, !current, target);
}
