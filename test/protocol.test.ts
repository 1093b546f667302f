// Speaks LSP to `node dist/server.js --stdio` as a real client does: JSON-RPC with
// Content-Length framing over the child's stdin/stdout.
import { strict as assert } from 'node:assert';
import { after, describe, it } from 'node:test';
import type {
  CodeAction,
  Diagnostic,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fix, lint } from '../server/engine/index';
import { closeAll, DEFAULT_URI, start, type Session } from './lsp-session';

// Two Arabic-letter words («نيوز», «كاشان») and one Arabic-Indic digit («٣»).
const TEXT = 'خبرگزاری قم نيوز گزارش داد که ٣ نفر از كاشان آمدند.\nاین خبر درست است.\n';
const URI = DEFAULT_URI;

after(closeAll);

const pullDiagnostics = async (s: Session, uri = URI): Promise<Diagnostic[]> => {
  const r = await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { kind: string; items: Diagnostic[] };
  assert.equal(r.kind, 'full');
  return r.items;
};

const doc = (text: string, version = 1) => TextDocument.create(URI, 'plaintext', version, text);
const textAt = (text: string, d: Diagnostic) => { const td = doc(text); return text.slice(td.offsetAt(d.range.start), td.offsetAt(d.range.end)); };
const ofRule = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.code === rule);

/** The edits of a WorkspaceEdit for URI, checking they are versioned documentChanges. */
function editsOf(edit: WorkspaceEdit | undefined, version: number): TextEdit[] {
  assert.ok(edit?.documentChanges, 'edit uses documentChanges');
  assert.equal(edit.documentChanges.length, 1);
  const change = edit.documentChanges[0] as TextDocumentEdit;
  assert.equal(change.textDocument.uri, URI);
  assert.equal(change.textDocument.version, version, 'edit bound to the version it was computed for');
  return change.edits as TextEdit[];
}
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(doc(text), edits);

const codeActions = (s: Session, diagnostics: Diagnostic[], only?: string[], range = diagnostics[0]?.range) =>
  s.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, ...(only ? { only } : {}) },
  }) as Promise<CodeAction[]>;

describe('language server over stdio, pull diagnostics', () => {
  it('announces pull diagnostics and answers textDocument/diagnostic with code, source and docs URL; each diagnostic\'s quick fix comes from the server', async () => {
    const s = await start({ pull: true, locale: 'fa-IR' });
    assert.ok(s.init.capabilities.diagnosticProvider, 'diagnosticProvider announced');
    assert.deepEqual([...(s.init.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds].sort(), ['quickfix', 'source.fixAll.persianQA']);
    s.open(TEXT);
    const items = await pullDiagnostics(s);
    const letters = ofRule(items, 'arabic-letters');
    assert.deepEqual(letters.map((d) => textAt(TEXT, d)), ['نيوز', 'كاشان']);
    const digits = ofRule(items, 'arabic-digits');
    assert.deepEqual(digits.map((d) => textAt(TEXT, d)), ['٣']);
    const expected = lint(TEXT).filter((f) => f.rule === 'arabic-letters');
    for (const [i, d] of letters.entries()) {
      assert.equal(d.source, 'Persian QA');
      assert.equal(d.severity, 1, 'error');
      assert.equal(d.codeDescription?.href, 'https://github.com/persian-qa/persian-qa/blob/main/docs/rules/arabic-letters.md');
      assert.equal(d.message, expected[i].message.fa, 'Persian message for a Persian client');
      // Nothing per version travels in the diagnostic: it stays the same across edits elsewhere.
      assert.equal(d.data, undefined);
      const actions = await codeActions(s, [d], ['quickfix']);
      const fixes = actions.filter((a) => a.title === expected[i].fixes[0].title.fa);
      assert.equal(fixes.length, 1, `the finding's fix, titled in Persian; got ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fixes[0].isPreferred, true);
      assert.equal(apply(TEXT, editsOf(fixes[0].edit, 1)), TEXT.replace(textAt(TEXT, d), textAt(TEXT, d).replace(/ي/g, 'ی').replace(/ك/g, 'ک')));
    }
  });

  it('carries a finding\'s related locations as relatedInformation', async () => {
    const s = await start({ pull: true });
    // Two spellings of one title: the consistency finding points at the other one.
    const text = 'مسوولان گفتند و مسئولان نیز گفتند.\n';
    const expected = lint(text).filter((f) => f.related?.length);
    assert.ok(expected.length > 0, 'precondition: the engine reports a finding with related locations');
    s.open(text);
    const items = await pullDiagnostics(s);
    for (const f of expected) {
      const d = items.find((x) => x.code === f.rule && doc(text).offsetAt(x.range.start) === f.start);
      assert.ok(d, `diagnostic for ${f.rule}`);
      assert.deepEqual(
        d.relatedInformation?.map((r) => [r.location.uri, textAt(text, { range: r.location.range } as Diagnostic), r.message]),
        f.related!.map((r) => [URI, text.slice(r.start, r.end), r.message.fa]),
      );
    }
  });

  it('speaks English to an English client', async () => {
    const s = await start({ pull: true, locale: 'en-US' });
    s.open(TEXT);
    const letters = ofRule(await pullDiagnostics(s), 'arabic-letters');
    assert.equal(letters[0].message, lint(TEXT).find((f) => f.rule === 'arabic-letters')!.message.en);
  });

  it('offers one preferred quick fix that changes exactly the flagged text, and fix-all for the rule', async () => {
    const s = await start({ pull: true });
    s.open(TEXT);
    const items = await pullDiagnostics(s);
    const [first, second] = ofRule(items, 'arabic-letters');
    const actions = await codeActions(s, [first], ['quickfix']);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1);
    assert.equal(preferred[0].kind, 'quickfix');
    const fixed = apply(TEXT, editsOf(preferred[0].edit, 1));
    const from = doc(TEXT).offsetAt(first.range.start);
    const to = doc(TEXT).offsetAt(first.range.end);
    assert.equal(fixed, TEXT.slice(0, from) + 'نیوز' + TEXT.slice(to));
    assert.notEqual(fixed, TEXT);

    const all = actions.find((a) => !a.isPreferred && /arabic-letters/.test(a.title));
    assert.ok(all, `fix-all for the rule offered; got ${actions.map((a) => a.title).join(' | ')}`);
    const fixedAll = apply(TEXT, editsOf(all.edit, 1));
    assert.equal(fixedAll, TEXT.replace('نيوز', 'نیوز').replace('كاشان', 'کاشان'));
    // The digit stays: fix-all of one rule touches that rule only.
    assert.ok(fixedAll.includes('٣'));
    assert.ok(second);
  });

  it('source.fixAll.persianQA returns the whole safe fix as a versioned edit (also for only=source.fixAll)', async () => {
    const s = await start({ pull: true });
    s.open(TEXT);
    await pullDiagnostics(s);
    for (const only of [['source.fixAll.persianQA'], ['source.fixAll'], ['source']]) {
      const actions = await codeActions(s, [], only);
      assert.equal(actions.length, 1, `one action for ${only}`);
      assert.equal(actions[0].kind, 'source.fixAll.persianQA');
      const fixed = apply(TEXT, editsOf(actions[0].edit, 1));
      assert.equal(fixed, fix(TEXT));
      assert.ok(fixed.includes('قم نیوز') && fixed.includes('۳') && fixed.includes('کاشان'));
    }
    // Quick-fix requests do not get the source action, and a clean text gets none.
    assert.ok(!(await codeActions(s, [], ['quickfix'])).some((a) => a.kind === 'source.fixAll.persianQA'));
  });

  it('source.fixAll.persianQA edits only the changed lines (one edit per line, untouched lines kept)', async () => {
    const s = await start({ pull: true });
    const text = 'قم نيوز\nاین خط درست است\nو ٣ نفر\n';
    s.open(text);
    const [action] = await codeActions(s, [], ['source.fixAll.persianQA']);
    const edits = editsOf(action.edit, 1);
    assert.deepEqual(edits.map((e) => e.range.start.line), [0, 2]);
    assert.ok(edits.every((e) => e.range.start.line === e.range.end.line));
    assert.equal(apply(text, edits), fix(text));
    // A clean document gets no fix-all action.
    const clean = 'file:///tmp/persian-qa-protocol/clean.txt';
    s.open('این خط درست است\n', { uri: clean });
    const none = await s.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: clean },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.persianQA'] },
    });
    assert.deepEqual(none, []);
  });

  it('refuses fixes for a diagnostic of an older version of the document', async () => {
    const s = await start({ pull: true });
    s.open(TEXT);
    const old = ofRule(await pullDiagnostics(s), 'arabic-letters')[0];
    await s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'امروز ' }],
    });
    // Its range now covers other text: no finding of version 2 is there.
    const stale = await codeActions(s, [old], ['quickfix']);
    assert.deepEqual(stale.filter((a) => a.edit), [], 'no edit from a stale diagnostic');
    // Fresh diagnostics point at the moved text and their fixes apply to version 2.
    const fresh = ofRule(await pullDiagnostics(s), 'arabic-letters')[0];
    assert.notDeepEqual(fresh.range, old.range);
    const actions = await codeActions(s, [fresh], ['quickfix']);
    const text2 = 'امروز ' + TEXT;
    assert.equal(apply(text2, editsOf(actions.find((a) => a.isPreferred)!.edit, 2)), text2.replace('نيوز', 'نیوز'));
    // A diagnostic whose text was corrected in place (same range) gets nothing either.
    await s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ range: fresh.range, text: 'نیوز' }],
    });
    assert.deepEqual(await codeActions(s, [fresh], ['quickfix']), [], 'the finding is gone from version 3');
    // A diagnostic on a line the edits did not touch still resolves, bound to the current version.
    const kashan = ofRule(await pullDiagnostics(s), 'arabic-letters');
    assert.equal(kashan.length, 1);
    const edited = await codeActions(s, [kashan[0]], ['quickfix']);
    const text3 = text2.replace('نيوز', 'نیوز');
    assert.equal(apply(text3, editsOf(edited.find((a) => a.isPreferred)!.edit, 3)), text3.replace('كاشان', 'کاشان'));
  });

  it('a quick fix offered for a diagnostic is the fix of the current text even when the client sends a diagnostic with other data', async () => {
    const s = await start({ pull: true });
    s.open(TEXT);
    const d = ofRule(await pullDiagnostics(s), 'arabic-letters')[0];
    // A client that keeps made-up data (or data of an older server) cannot steer the edit.
    const forged = { ...d, data: { version: 1, fixes: [{ title: 'x', safe: true, edits: [{ range: d.range, newText: 'EVIL' }] }] } };
    const actions = await codeActions(s, [forged], ['quickfix']);
    const text = apply(TEXT, editsOf(actions.find((a) => a.isPreferred)!.edit, 1));
    assert.equal(text, TEXT.replace('نيوز', 'نیوز'));
    // A diagnostic of another rule or message at the same place is not ours.
    assert.deepEqual(await codeActions(s, [{ ...d, code: 'arabic-digits' }], ['quickfix']), []);
    assert.deepEqual(await codeActions(s, [{ ...d, message: 'something else' }], ['quickfix']), []);
  });

  it('turning a rule off in the settings refreshes diagnostics without it', async () => {
    const s = await start({ pull: true });
    s.open(TEXT);
    assert.ok(ofRule(await pullDiagnostics(s), 'arabic-letters').length > 0);
    s.settings = { rules: { 'arabic-letters': 'off' } };
    const before = s.refreshes;
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.until('workspace/diagnostic/refresh', () => s.refreshes > before);
    const items = await pullDiagnostics(s);
    assert.equal(ofRule(items, 'arabic-letters').length, 0);
    assert.equal(ofRule(items, 'arabic-digits').length, 1, 'the other rules stay');
    // Severity settings apply too.
    s.settings = { rules: { 'arabic-digits': 'hint' } };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.until('a second refresh', () => s.refreshes > before + 1);
    const again = await pullDiagnostics(s);
    assert.equal(ofRule(again, 'arabic-digits')[0].severity, 4);
    assert.equal(ofRule(again, 'arabic-letters').length, 2);
  });

  it('a request that read the settings before they changed does not leave its result for later requests', async () => {
    const s = await start({ pull: true });
    s.open(TEXT);
    let release!: () => void;
    s.gate = new Promise<void>((r) => { release = r; });
    // A fetches the old settings, and its answer is held back.
    const a = pullDiagnostics(s);
    await s.until('the configuration request of A', () => s.configRequests === 1);
    s.gate = undefined;
    s.settings = { rules: { 'arabic-letters': 'off' } };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.until('the refresh', () => s.refreshes > 0);
    // A finishes after the change, linting with the settings it read, for the same version.
    release();
    assert.equal(ofRule(await a, 'arabic-letters').length, 2);
    const b = await pullDiagnostics(s);
    assert.equal(ofRule(b, 'arabic-letters').length, 0, 'a result of the old settings was served for the new ones');
    assert.equal(ofRule(b, 'arabic-digits').length, 1);
  });

  it('persianQA.enable false gives no diagnostics', async () => {
    const s = await start({ pull: true, settings: { enable: false } });
    s.open(TEXT);
    assert.deepEqual(await pullDiagnostics(s), []);
  });

  it('does not lint a file above maxFileSizeKB: one information diagnostic at line 0, and a log line', async () => {
    const s = await start({ pull: true, locale: 'en', settings: { maxFileSizeKB: 1 } });
    const big = TEXT.repeat(30);
    assert.ok(Buffer.byteLength(big) > 1024);
    s.open(big);
    const items = await pullDiagnostics(s);
    assert.equal(items.length, 1);
    assert.equal(items[0].severity, 3);
    assert.equal(items[0].range.start.line, 0);
    assert.match(String(items[0].message), /maxFileSizeKB/);
    await s.until('a log line saying why', () => s.logs.some((l) => /maxFileSizeKB/.test(l)));
  });

  it('workspace/executeCommand persianQA.applyFixAll applies the fix through workspace/applyEdit', async () => {
    const s = await start({ pull: true });
    s.open(TEXT);
    const r = await s.conn.sendRequest('workspace/executeCommand', { command: 'persianQA.applyFixAll', arguments: [URI] });
    assert.deepEqual(r, { applied: true });
    assert.equal(s.applied.length, 1);
    assert.equal(apply(TEXT, editsOf(s.applied[0], 1)), fix(TEXT));
  });

  it('leaves Markdown code alone', async () => {
    const s = await start({ pull: true });
    const md = 'گزارش نيوز با `كد` و\n\n```\nكد ٣\n```\n';
    const uri = 'file:///tmp/persian-qa-protocol/draft.md';
    s.open(md, { uri, languageId: 'markdown' });
    const items = await pullDiagnostics(s, uri);
    const td = TextDocument.create(uri, 'markdown', 1, md);
    assert.deepEqual(items.filter((d) => d.code === 'arabic-letters' || d.code === 'arabic-digits').map((d) => td.getText(d.range)), ['نيوز']);
  });

  it('survives bad requests', async () => {
    const s = await start({ pull: true });
    assert.deepEqual(await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.txt' }, range: null, context: { diagnostics: [] } }), []);
    await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, context: null }).catch(() => undefined);
    s.open(TEXT);
    // Diagnostics with foreign or malformed data are ignored.
    const junk = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'Persian QA', data: { version: 'x' } }];
    assert.deepEqual(await codeActions(s, junk as Diagnostic[], ['quickfix']), []);
    assert.equal(await s.conn.sendRequest('workspace/executeCommand', { command: 'persianQA.applyFixAll', arguments: [{}] }), null);
    // Still alive.
    assert.ok(ofRule(await pullDiagnostics(s), 'arabic-letters').length > 0);
  });
});

describe('language server over stdio, push diagnostics (no pull support, e.g. Neovim 0.7)', () => {
  it('publishes diagnostics on open and on change, for the current version', async () => {
    const s = await start({ pull: false });
    assert.equal(s.init.capabilities.diagnosticProvider, undefined);
    s.open(TEXT);
    const p = await s.until('publishDiagnostics', () => s.published.find((x) => x.uri === URI && x.version === 1));
    assert.deepEqual(ofRule(p.diagnostics, 'arabic-letters').map((d) => textAt(TEXT, d)), ['نيوز', 'كاشان']);
    assert.equal(p.version, 1);
    await s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: p.diagnostics.find((d) => d.code === 'arabic-letters')!.range, text: 'نیوز' }],
    });
    const p2 = await s.until('publishDiagnostics for version 2', () => s.published.find((x) => x.version === 2));
    assert.deepEqual(ofRule(p2.diagnostics, 'arabic-letters').map((d) => textAt(TEXT.replace('نيوز', 'نیوز'), d)), ['كاشان']);
  });

  it('re-publishes without a rule turned off in the settings', async () => {
    const s = await start({ pull: false });
    s.open(TEXT);
    await s.until('first publish', () => s.published.find((x) => ofRule(x.diagnostics, 'arabic-letters').length === 2));
    const n = s.published.length;
    s.settings = { rules: { 'arabic-letters': 'off' } };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await s.until('a publish after the change', () => s.published.slice(n).find((x) => x.uri === URI));
    assert.equal(ofRule(p.diagnostics, 'arabic-letters').length, 0);
    assert.equal(ofRule(p.diagnostics, 'arabic-digits').length, 1);
  });

  it('clears diagnostics when the document closes', async () => {
    const s = await start({ pull: false });
    s.open(TEXT);
    await s.until('first publish', () => s.published.length > 0);
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    await s.until('an empty publish', () => s.published.find((x) => x.diagnostics.length === 0));
  });
});

describe('language server in a worker thread (how the VS Code client runs it)', () => {
  it('answers pull diagnostics and quick fixes over the thread\'s port as it does over stdio', async () => {
    const s = await start({ pull: true, thread: true });
    assert.ok(s.init.capabilities.diagnosticProvider, 'announces pull diagnostics');
    s.open(TEXT);
    const ds = await pullDiagnostics(s);
    const overStdio = await start({ pull: true });
    overStdio.open(TEXT);
    assert.deepEqual(ds, await pullDiagnostics(overStdio));
    assert.deepEqual(ofRule(ds, 'arabic-letters').map((d) => textAt(TEXT, d)), ['نيوز', 'كاشان']);
    const [quickFix] = (await codeActions(s, [ofRule(ds, 'arabic-digits')[0]])).filter((a) => a.isPreferred);
    assert.equal(apply(TEXT, editsOf(quickFix.edit, 1)), TEXT.replace('٣', '۳'));
  });

  it('pushes diagnostics to a client without pull support, for each version', async () => {
    const s = await start({ pull: false, thread: true });
    s.open(TEXT);
    const p = await s.until('publishDiagnostics', () => s.published.find((x) => x.uri === URI && x.version === 1));
    assert.equal(ofRule(p.diagnostics, 'arabic-letters').length, 2);
    const fixed = TEXT.replace('نيوز', 'نیوز');
    s.change(URI, 2, fixed);
    const p2 = await s.until('publishDiagnostics for version 2', () => s.published.find((x) => x.version === 2));
    assert.deepEqual(ofRule(p2.diagnostics, 'arabic-letters').map((d) => textAt(fixed, d)), ['كاشان']);
  });

  it('ends the thread, and only the thread, on shutdown and exit', async () => {
    const s = await start({ pull: false, thread: true });
    const exited = new Promise<number>((r) => s.worker!.once('exit', r));
    await s.request('shutdown', null);
    await s.conn.sendNotification('exit');
    assert.equal(await exited, 0);
  });
});
