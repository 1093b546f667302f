// persianQA.maxProblems: how many findings are published per document, what the status and the
// Output say about the rest, and that fixes (one rule's fix-all, source.fixAll) still cover them.
import { strict as assert } from 'node:assert';
import { after, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fix, lint } from '../server/engine/index';
import { closeAll, Session, start } from './lsp-session';

after(closeAll);

const TEXT = 'خبرگزاری قم نيوز گزارش داد که ٣ نفر از كاشان آمدند.\nاین خبر درست است.\n';
const URI = 'file:///tmp/persian-qa-max-problems/news.txt';

const textAt = (text: string, d: Diagnostic) => { const td = TextDocument.create(URI, 'plaintext', 1, text); return text.slice(td.offsetAt(d.range.start), td.offsetAt(d.range.end)); };
function editsOf(edit: WorkspaceEdit | undefined, version: number): TextEdit[] {
  const change = edit?.documentChanges?.[0] as TextDocumentEdit;
  assert.equal(change.textDocument.version, version, 'edit bound to the version it was computed for');
  return change.edits as TextEdit[];
}
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create(URI, 'plaintext', 1, text), edits);
const codeActions = (s: Session, diagnostics: Diagnostic[], only: string[]) =>
  s.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, only },
  });

describe('persianQA.maxProblems', () => {
  it('persianQA.maxProblems: the first N findings are published, status and Output say N of M, fixes still cover them all', async () => {
    const all = lint(TEXT);
    assert.ok(all.length >= 3 && all[0].rule === 'arabic-letters', 'precondition: the first finding is a letter, more follow');
    const s = await start({ pull: false, locale: 'en', settings: { maxProblems: 1 }, initializationOptions: { statusNotifications: true } });
    s.open(TEXT, { uri: URI });
    const p = await s.until('publish', () => s.published.find((x) => x.uri === URI));
    assert.deepEqual(p.diagnostics.map((d) => [d.code, textAt(TEXT, d)]), [['arabic-letters', 'نيوز']], 'the first finding in document order');
    const st = await s.until('status', () => s.notifications.find((n) => (n.params as { uri: string }).uri === URI));
    assert.deepEqual(st.params, { uri: URI, state: 'ok', count: 1, total: all.length, maxProblems: 1 });
    await s.until('an Output line saying how many are shown', () => s.logs.some((l) => l.includes(URI) && l.includes(`showing 1 of ${all.length} findings`)));
    // Fix-all of the rule also fixes the letter that was not published.
    const actions = await codeActions(s, p.diagnostics, ['quickfix']);
    const ofRuleAll = actions.find((a) => !a.isPreferred && /arabic-letters/.test(a.title));
    assert.ok(ofRuleAll, `fix-all of the rule offered; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(apply(TEXT, editsOf(ofRuleAll.edit, 1)), TEXT.replace('نيوز', 'نیوز').replace('كاشان', 'کاشان'));
    const [source] = await codeActions(s, [], ['source.fixAll.persianQA']);
    assert.equal(apply(TEXT, editsOf(source.edit, 1)), fix(TEXT));
    // 0 lifts the limit.
    const n = s.published.length;
    s.settings = { maxProblems: 0 };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const again = await s.until('a publish after the change', () => s.published.slice(n).find((x) => x.uri === URI));
    assert.equal(again.diagnostics.length, all.length);
    const st2 = await s.until('status without a limit', () => s.notifications.find((x) => (x.params as { count: number }).count === all.length));
    assert.deepEqual(st2.params, { uri: URI, state: 'ok', count: all.length, total: all.length });
  });

  it('persianQA.maxProblems defaults to 1000', async () => {
    const s = await start({ pull: false, settings: { maxFileSizeKB: 100000 } });
    let text = '';
    while (lint(text).length <= 1000) text += TEXT.repeat(50);
    s.open(text, { uri: URI });
    const p = await s.until('publish', () => s.published.find((x) => x.uri === URI));
    assert.equal(p.diagnostics.length, 1000);
  });

});
