// A large document opened for the first time: the findings of its beginning are published first
// (persianQA/status partial), then the complete result, for push and for pull clients.
import { strict as assert } from 'node:assert';
import { after, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../server/engine/index';
import { FIRST_PART_ABOVE, FIRST_PART_CHARS } from '../server/src/scheduler';
import { closeAll, start } from './lsp-session';

after(closeAll);

const URI = 'file:///tmp/persian-qa-first-part/big.txt';
const LINE = 'خبرگزاری قم نيوز گزارش داد که ٣ نفر از كاشان آمدند.\nاین خبر درست است.\n';
const BIG = LINE.repeat(Math.ceil((FIRST_PART_ABOVE * 1.2) / LINE.length));
const PREFIX = BIG.slice(0, BIG.lastIndexOf('\n', FIRST_PART_CHARS) + 1);

const keys = (text: string, ds: Diagnostic[]) => {
  const doc = TextDocument.create(URI, 'plaintext', 1, text);
  return ds.map((d) => `${d.code}@${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)}`);
};
const expected = (text: string, n = Infinity) => lint(text).slice(0, n).map((f) => `${f.rule}@${f.start}-${f.end}`);
type Status = { uri: string; count: number; total?: number; partial?: boolean };

describe('large documents: first part, then complete', () => {
  it('push: the findings of the beginning, marked partial, then every finding', async () => {
    const s = await start({ pull: false, settings: { maxProblems: 0 }, initializationOptions: { statusNotifications: true } });
    s.open(BIG, { uri: URI });
    const done = await s.until('two publishes', () => s.published.filter((p) => p.uri === URI).length >= 2 && s.published.filter((p) => p.uri === URI));
    const [first, complete] = done;
    assert.equal(first.version, 1);
    assert.equal(complete.version, 1);
    assert.deepEqual(keys(BIG, first.diagnostics), expected(PREFIX), 'the first publish is the lint of the beginning');
    assert.deepEqual(keys(BIG, complete.diagnostics), expected(BIG), 'then the whole document');
    assert.ok(complete.diagnostics.length > first.diagnostics.length);
    const statuses = s.notifications.map((n) => n.params as Status).filter((p) => p.uri === URI);
    assert.equal(statuses[0].partial, true);
    assert.equal(statuses[0].count, first.diagnostics.length);
    assert.equal(statuses.at(-1)!.partial, undefined);
    assert.equal(statuses.at(-1)!.total, complete.diagnostics.length);
    // An edit afterwards is linted incrementally: one publish, complete.
    const n = s.published.length;
    s.change(URI, 2, 'امروز ' + BIG);
    const next = await s.until('publish of version 2', () => s.published.slice(n).find((p) => p.version === 2));
    assert.deepEqual(keys('امروز ' + BIG, next.diagnostics), expected('امروز ' + BIG));
    assert.equal(s.published.slice(n).length, 1);
  });

  it('pull: a partial answer, a refresh, then the complete answer', async () => {
    const s = await start({ pull: true, initializationOptions: { statusNotifications: true } });
    s.open(BIG, { uri: URI });
    const r1 = await s.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: URI } });
    assert.deepEqual(keys(BIG, r1.items), expected(PREFIX, 1000));
    await s.until('a refresh', () => s.refreshes > 0);
    const r2 = await s.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: r1.resultId });
    assert.equal(r2.kind, 'full');
    assert.notEqual(r2.resultId, r1.resultId);
    assert.deepEqual(keys(BIG, r2.items), expected(BIG, 1000), 'complete, within maxProblems');
  });

  it('a document below the threshold gets one publish', async () => {
    const small = BIG.slice(0, BIG.lastIndexOf('\n', FIRST_PART_ABOVE - 10) + 1);
    const s = await start({ pull: false, settings: { maxProblems: 0 } });
    s.open(small, { uri: URI });
    const p = await s.until('publish', () => s.published.find((x) => x.uri === URI));
    assert.deepEqual(keys(small, p.diagnostics), expected(small));
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(s.published.filter((x) => x.uri === URI).length, 1);
  });
});
