// Issue 7's server guarantees, over stdio: a newer version cancels an older pending lint (no
// stale diagnostics), cancelled requests stop, unchanged documents answer "unchanged", long
// work does not hold the connection, and the large-file policy says why a file is not linted.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../server/engine/index';
import { LintScheduler, ResultIds, YIELD_CHARS } from '../server/src/scheduler';
import { closeAll, settle, start } from './lsp-session';

after(closeAll);

const TEXT = 'خبرگزاری قم نيوز گزارش داد که ٣ نفر از كاشان آمدند.\nاین خبر درست است.\n';
const URI = 'file:///tmp/persian-qa-robustness/news.txt';
/** Above the size at which the server yields before linting. */
const BIG = TEXT.repeat(Math.ceil((YIELD_CHARS * 2) / TEXT.length));

type Report = { kind: 'full'; resultId?: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string };
/** Rule and start of each diagnostic, as the findings of `text` give them: which version a list was linted from. */
const ofText = (text: string) => lint(text).map((f) => `${f.rule}@${f.start}`);
const fromText = (text: string, ds: Diagnostic[]) => {
  const doc = TextDocument.create(URI, 'plaintext', 1, text);
  return ds.map((d) => `${d.code}@${doc.offsetAt(d.range.start)}`);
};

describe('LintScheduler', () => {
  it('a newer version scheduled while an older one waits makes the older one stale', async () => {
    const s = new LintScheduler(10);
    let current = 1;
    const older = s.turn('u', 1, 100, () => current);
    current = 2;
    const newer = s.turn('u', 2, 100, () => current);
    assert.deepEqual(await Promise.all([older, newer]), [false, true]);
    // An old version arriving late (out of order) never runs.
    assert.equal(await s.turn('u', 1, 100, () => current), false);
  });

  it('a cancelled token, a changed or closed document stop the lint; other documents are independent', async () => {
    const s = new LintScheduler(10);
    assert.equal(await s.turn('a', 1, 100, () => 1, { isCancellationRequested: true }), false);
    let v: number | undefined = 1;
    const p = s.turn('b', 1, 100, () => v);
    v = undefined;
    assert.equal(await p, false);
    assert.equal(await s.turn('c', 5, 100, () => 5), true);
    assert.equal(await s.turn('a', 1, 100, () => 1), true);
  });

  it('small documents run in the same turn (no latency added to typing)', async () => {
    const s = new LintScheduler(1000);
    let ran = false;
    const p = s.turn('u', 1, 10, () => 1).then((ok) => { ran = ok; });
    await Promise.resolve();
    await Promise.resolve();
    assert.equal(ran, true, 'resolved within microtasks');
    await p;
  });

  it('forget lets a reopened document start again at version 1', async () => {
    const s = new LintScheduler(10);
    assert.equal(await s.turn('u', 7, 1, () => 7), true);
    s.forget('u');
    assert.equal(await s.turn('u', 1, 1, () => 1), true);
  });

  it('result ids are stable per result and distinct between results', () => {
    const ids = new ResultIds();
    const a = {};
    const b = {};
    assert.equal(ids.of(a), ids.of(a));
    assert.notEqual(ids.of(a), ids.of(b));
  });
});

describe('server: no stale diagnostics', () => {
  it('push: versions changed while the first lint waited publish only the newest version', async () => {
    const s = await start({ pull: false });
    let release!: () => void;
    s.gate = new Promise<void>((r) => { release = r; });
    s.open(TEXT, { uri: URI });
    await s.until('the configuration request', () => s.configRequests >= 1);
    s.change(URI, 2, TEXT.replace('نيوز', 'نیوز'));
    s.change(URI, 3, TEXT.replace('نيوز', 'نیوز').replace('كاشان', 'کاشان'));
    release();
    const p = await s.until('publish of version 3', () => s.published.find((x) => x.uri === URI && x.version === 3));
    await settle();
    assert.deepEqual(s.published.filter((x) => x.uri === URI).map((x) => x.version), [3], 'versions 1 and 2 were never published');
    assert.deepEqual(p.diagnostics.filter((d) => d.code === 'arabic-letters'), []);
  });

  it('push, large document: rapid edits end with the newest version, published versions only ever increase', async () => {
    // No maxProblems limit: every finding of the newest text is compared.
    const s = await start({ pull: false, settings: { maxProblems: 0 } });
    s.open(BIG, { uri: URI });
    let text = BIG;
    const N = 12;
    for (let v = 2; v <= N; v++) {
      text = `${v} ${text}`;
      s.change(URI, v, text);
    }
    const last = await s.until(`publish of version ${N}`, () => s.published.find((x) => x.uri === URI && x.version === N));
    await settle();
    const versions = s.published.filter((x) => x.uri === URI).map((x) => x.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `monotonic: ${versions}`);
    assert.equal(new Set(versions).size, versions.length, 'each version at most once');
    assert.equal(versions.at(-1), N);
    assert.equal(last.diagnostics.length, lint(text).length);
    assert.deepEqual(fromText(text, last.diagnostics), ofText(text), 'the findings of version N, at their places in it');
  });

  it('pull: a request that waited across an edit answers for the new version, never the old one', async () => {
    const s = await start({ pull: true });
    s.open(TEXT, { uri: URI });
    let release!: () => void;
    s.gate = new Promise<void>((r) => { release = r; });
    const pending = s.request<Report>('textDocument/diagnostic', { textDocument: { uri: URI } }).catch((e: { code?: number }) => e);
    await s.until('the configuration request', () => s.configRequests >= 1);
    const fixed = TEXT.replace('نيوز', 'نیوز');
    s.change(URI, 2, fixed);
    await settle(50);
    release();
    const r = await pending;
    if ('kind' in r && r.kind === 'full') {
      assert.ok(r.items.length > 0);
      assert.deepEqual(fromText(fixed, r.items), ofText(fixed), 'no finding of version 1');
      assert.equal(r.items.filter((d) => d.code === 'arabic-letters').length, 1);
    } else {
      // Also acceptable: the server cancelled and asks the client to pull again.
      assert.equal((r as { code?: number }).code, -32802);
    }
  });

  it('pull: a cancelled request is answered with RequestCancelled, and the next one works', async () => {
    const s = await start({ pull: true });
    s.open(BIG, { uri: URI });
    let release!: () => void;
    s.gate = new Promise<void>((r) => { release = r; });
    const source = new CancellationTokenSource();
    const pending = s.request<Report>('textDocument/diagnostic', { textDocument: { uri: URI } }, source.token).then(
      (r) => ({ ok: r }),
      (e: { code?: number }) => ({ error: e }),
    );
    await s.until('the configuration request', () => s.configRequests >= 1);
    source.cancel();
    await settle(50);
    release();
    const r = await pending;
    assert.ok('error' in r, `expected an error, got ${JSON.stringify(r).slice(0, 200)}`);
    assert.equal(r.error.code, -32800);
    const next = await s.request<Report>('textDocument/diagnostic', { textDocument: { uri: URI } });
    assert.equal(next.kind, 'full');
  });

  it('pull: resultId makes an unchanged document answer "unchanged"; an edit or a settings change answers in full', async () => {
    const s = await start({ pull: true });
    s.open(TEXT, { uri: URI });
    const first = await s.request<Report>('textDocument/diagnostic', { textDocument: { uri: URI } });
    assert.equal(first.kind, 'full');
    assert.ok(first.resultId, 'resultId given');
    const same = await s.request<Report>('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: first.resultId });
    assert.deepEqual(same, { kind: 'unchanged', resultId: first.resultId });
    s.change(URI, 2, `امروز ${TEXT}`);
    const edited = await s.request<Report>('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: first.resultId });
    assert.equal(edited.kind, 'full');
    assert.notEqual(edited.resultId, first.resultId);
    s.settings = { rules: { 'arabic-letters': 'off' } };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.until('refresh', () => s.refreshes > 0);
    const reconfigured = await s.request<Report>('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: edited.resultId });
    assert.equal(reconfigured.kind, 'full');
    assert.equal((reconfigured as { items: Diagnostic[] }).items.filter((d) => d.code === 'arabic-letters').length, 0);
    // An id from another document or a made-up one is never taken for "unchanged".
    const bogus = await s.request<Report>('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: 'pqa-0' });
    assert.equal(bogus.kind, 'full');
  });
});

describe('server: long work does not hold the connection', () => {
  const dir = mkdtempSync(join(tmpdir(), 'persian-qa-robust-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a hover sent after a workspace lint of many files is answered before the lint finishes', async () => {
    const uris: string[] = [];
    for (let i = 0; i < 40; i++) {
      const path = join(dir, `f${i}.txt`);
      writeFileSync(path, TEXT.repeat(400));
      uris.push(pathToFileURL(path).href);
    }
    const s = await start({ pull: true, settings: { maxFileSizeKB: 100000 } });
    s.open(TEXT, { uri: URI });
    await s.request('textDocument/diagnostic', { textDocument: { uri: URI } });
    const order: string[] = [];
    const lintDone = s.request('persianQA/lintFiles', { uris, reset: true }).then(() => order.push('lint'));
    const hoverDone = s.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 13 } }).then(() => order.push('hover'));
    await Promise.all([lintDone, hoverDone]);
    assert.deepEqual(order, ['hover', 'lint']);
  });
});

describe('server: large-file policy', () => {
  const big = TEXT.repeat(30);

  it('above maxFileSizeKB: one information diagnostic, a log line, and persianQA/status tooLarge with the sizes', async () => {
    const s = await start({ pull: true, locale: 'en', settings: { maxFileSizeKB: 1 }, initializationOptions: { statusNotifications: true } });
    s.open(big, { uri: URI });
    const r = await s.request<Report>('textDocument/diagnostic', { textDocument: { uri: URI } });
    assert.equal(r.kind, 'full');
    const items = (r as { items: Diagnostic[] }).items;
    assert.equal(items.length, 1);
    assert.equal(items[0].code, 'file-too-large');
    assert.equal(items[0].severity, 3);
    const status = await s.until('status notification', () => s.notifications.find((n) => n.method === 'persianQA/status'));
    const kb = Math.ceil(Buffer.byteLength(big) / 1024);
    assert.deepEqual(status.params, { uri: URI, state: 'tooLarge', count: 0, sizeKB: kb, maxKB: 1 });
    await s.until('a log line saying why', () => s.logs.some((l) => l.includes(URI) && /maxFileSizeKB/.test(l)));
    // Shrunk below the limit: linted again, and the status says so.
    s.change(URI, 2, TEXT);
    const again = await s.request<Report>('textDocument/diagnostic', { textDocument: { uri: URI } });
    const n = (again as { items: Diagnostic[] }).items.length;
    assert.equal(n, lint(TEXT).length);
    const ok = await s.until('status ok', () => s.notifications.find((x) => (x.params as { state: string }).state === 'ok'));
    assert.deepEqual(ok.params, { uri: URI, state: 'ok', count: n, total: n });
  });

  it('push clients get the same status; a disabled document says disabled; repeated states are not re-sent', async () => {
    const s = await start({ pull: false, settings: { maxFileSizeKB: 1 }, initializationOptions: { statusNotifications: true } });
    s.open(big, { uri: URI });
    await s.until('status tooLarge', () => s.notifications.find((n) => (n.params as { state: string }).state === 'tooLarge'));
    // Still too large after an edit: nothing new to say.
    s.change(URI, 2, big + 'x');
    await s.until('publish of version 2', () => s.published.find((p) => p.version === 2));
    await settle();
    assert.equal(s.notifications.filter((n) => n.method === 'persianQA/status').length, 1);
    s.settings = { enable: false };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const off = await s.until('status disabled', () => s.notifications.find((n) => (n.params as { state: string }).state === 'disabled'));
    assert.deepEqual(off.params, { uri: URI, state: 'disabled', count: 0 });
  });

  it('clients that did not ask for status notifications get none', async () => {
    const s = await start({ pull: false, settings: { maxFileSizeKB: 1 } });
    s.open(big, { uri: URI });
    await s.until('publish', () => s.published.find((p) => p.uri === URI));
    await settle();
    assert.deepEqual(s.notifications.filter((n) => n.method === 'persianQA/status'), []);
  });

  it('a document far above the limit is declined without linting: the answer is immediate', async () => {
    const s = await start({ pull: true, settings: { maxFileSizeKB: 64 } });
    const huge = TEXT.repeat(Math.ceil((4 * 1024 * 1024) / TEXT.length));
    s.open(huge, { uri: URI });
    const t0 = performance.now();
    const r = await s.request<Report>('textDocument/diagnostic', { textDocument: { uri: URI } });
    const ms = performance.now() - t0;
    assert.equal((r as { items: Diagnostic[] }).items[0].code, 'file-too-large');
    assert.ok(ms < 2000, `${ms} ms`);
  });
});
