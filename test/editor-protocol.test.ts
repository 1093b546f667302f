// Issue 10's server side over stdio: hover on a finding, "lint the whole workspace"
// (persianQA/lintFiles, results pushed for files that are not open), persian-press documents.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, ruleById } from '../server/engine/index';
import { escapeMarkdown } from '../server/src/markdown-text';
import { closeAll, settle, start } from './lsp-session';

after(closeAll);

const TEXT = 'خبرگزاری قم نيوز گزارش داد که ٣ نفر از كاشان آمدند.\nاین خبر درست است.\n';
const URI = 'file:///tmp/persian-qa-editor/news.txt';
const pull = async (s: Awaited<ReturnType<typeof start>>, uri: string) =>
  ((await s.request('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items;
const hover = (s: Awaited<ReturnType<typeof start>>, uri: string, line: number, character: number) =>
  s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
const markdown = (h: Hover | null) => (h?.contents as MarkupContent).value;

describe('hover on a finding', () => {
  it('announces hover and explains a finding in Persian: what, why (the house style), the fix, the rule page', async () => {
    const s = await start({ pull: true, locale: 'fa' });
    assert.equal(s.init.capabilities.hoverProvider, true);
    s.open(TEXT, { uri: URI });
    const items = await pull(s, URI);
    const d = items.find((x) => x.code === 'arabic-letters')!;
    const at = TEXT.indexOf('نيوز') + 2;
    const h = await hover(s, URI, 0, at);
    assert.ok(h, 'a hover');
    assert.equal((h.contents as MarkupContent).kind, 'markdown');
    const md = markdown(h);
    const meta = ruleById('arabic-letters')!.meta;
    assert.ok(md.includes(escapeMarkdown(d.message as string)), md);
    assert.ok(md.includes(escapeMarkdown(meta.description.fa)), 'the rule description in Persian');
    assert.ok(md.includes('تبدیل به «نیوز»'), 'the fix title');
    assert.ok(md.includes('(https://github.com/persian-qa/persian-qa/blob/main/docs/rules/arabic-letters.md)'), 'a link to the rule page');
    assert.match(md, /اشکال/);
    assert.deepEqual(h.range, d.range, 'the hover covers the finding');
  });

  it('speaks English to an English client, and says when there is no fix or only a suggestion', async () => {
    const s = await start({ pull: true, locale: 'en' });
    s.open(TEXT, { uri: URI });
    await pull(s, URI);
    const md = markdown(await hover(s, URI, 0, TEXT.indexOf('كاشان')));
    assert.ok(md.includes(ruleById('arabic-letters')!.meta.description.en));
    assert.match(md, /\*\*Problem:\*\*/);
    assert.match(md, /\*\*Fix:\*\* Change to/);
    // A finding with only an unsafe fix is marked as a suggestion.
    const text = 'این کار حرفهای است.\n';
    const f = lint(text, { languageId: 'plaintext' }).find((x) => x.fixes.length && !x.fixes.some((y) => y.safe));
    assert.ok(f, 'precondition: «حرفهای» is reported with suggestions only');
    const uri = 'file:///tmp/persian-qa-editor/suggest.txt';
    s.open(text, { uri });
    await pull(s, uri);
    const doc = TextDocument.create(uri, 'plaintext', 1, text);
    const p = doc.positionAt(f.start);
    assert.match(markdown(await hover(s, uri, p.line, p.character)), /suggestion/);
  });

  it('answers null away from findings and for unknown documents', async () => {
    const s = await start({ pull: true });
    s.open(TEXT, { uri: URI });
    await pull(s, URI);
    assert.equal(await hover(s, URI, 1, 2), null);
    assert.equal(await hover(s, 'file:///nowhere.txt', 0, 0), null);
  });

  it('works for push clients too (the diagnostics of the version are reused)', async () => {
    const s = await start({ pull: false, locale: 'fa' });
    s.open(TEXT, { uri: URI });
    await s.until('publish', () => s.published.find((p) => p.uri === URI));
    assert.ok(markdown(await hover(s, URI, 0, TEXT.indexOf('٣'))).includes(ruleById('arabic-digits')!.meta.description.fa));
  });

  it('escapes Markdown in messages', () => {
    assert.equal(escapeMarkdown('a*b_[c]`d`<e>'), 'a\\*b\\_\\[c\\]\\`d\\`\\<e\\>');
  });
});

describe('lint the whole workspace (persianQA/lintFiles)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'persian-qa-ws-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return pathToFileURL(join(dir, name)).href;
  };
  const md = 'گزارش نيوز با `كد` و\n\n```\nكد ٣\n```\n';

  it('pushes diagnostics of files that are not open, skips files above maxFileSizeKB, counts open ones', async () => {
    const a = file('a.txt', TEXT);
    const b = file('b.md', md);
    const clean = file('clean.txt', 'این خبر درست است.\n');
    const big = file('big.txt', TEXT.repeat(40));
    const open = file('open.txt', TEXT);
    const s = await start({ pull: true, locale: 'en', settings: { maxFileSizeKB: 2 } });
    s.open(TEXT, { uri: open });
    await pull(s, open);
    const r = await s.request<{ files: number; findings: number; filesWithFindings: number; skipped: { uri: string; reason: string }[]; cancelled: boolean }>(
      'persianQA/lintFiles',
      { uris: [a, b, clean, big, open, 'untitled:Untitled-1'], reset: true },
    );
    const n = lint(TEXT).length;
    assert.equal(r.files, 4);
    assert.equal(r.findings, n * 2 + lint(md, { languageId: 'markdown' }).length);
    assert.equal(r.filesWithFindings, 3);
    assert.equal(r.cancelled, false);
    assert.deepEqual(r.skipped, [{ uri: big, reason: 'tooLarge' }, { uri: 'untitled:Untitled-1', reason: 'notFile' }]);
    await s.until('publish for a and b', () => s.published.some((p) => p.uri === a) && s.published.some((p) => p.uri === b));
    const pa = s.published.find((p) => p.uri === a)!;
    assert.deepEqual(pa.diagnostics.map((d) => d.code).sort(), lint(TEXT).map((f) => f.rule).sort());
    // Markdown by extension: the code span and block are left alone.
    const pb = s.published.find((p) => p.uri === b)!;
    const doc = TextDocument.create(b, 'markdown', 0, md);
    assert.deepEqual(pb.diagnostics.filter((d) => d.code === 'arabic-letters').map((d) => doc.getText(d.range)), ['نيوز']);
    assert.ok(!s.published.some((p) => p.uri === open || p.uri === big), 'nothing pushed for the open document or the skipped file');
    await s.until('a log line for the skipped file', () => s.logs.some((l) => l.includes(big) && /maxFileSizeKB/.test(l)));

    // Opening a linted file hands it to pull diagnostics: the pushed ones are cleared (no duplicates)…
    const before = s.published.length;
    s.open(TEXT, { uri: a });
    await s.until('pushed diagnostics of a cleared', () => s.published.slice(before).find((p) => p.uri === a && p.diagnostics.length === 0));
    // …and closing it brings them back from disk.
    const closed = s.published.length;
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: a } });
    await s.until('diagnostics of a again', () => s.published.slice(closed).find((p) => p.uri === a && p.diagnostics.length === n));

    // A new run clears the results of the previous one first.
    const rerun = s.published.length;
    await s.request('persianQA/lintFiles', { uris: [clean], reset: true });
    await s.until('b cleared', () => s.published.slice(rerun).find((p) => p.uri === b && p.diagnostics.length === 0));
  });

  it('lints the pushed results again when the settings change', async () => {
    const a = file('settings-a.txt', TEXT);
    const s = await start({ pull: true, locale: 'en' });
    await s.request('persianQA/lintFiles', { uris: [a], reset: true });
    await s.until('diagnostics of a', () => s.published.find((p) => p.uri === a));
    const letters = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.filter((d) => d.code === 'arabic-letters').length;
    assert.ok(letters(s.published.find((p) => p.uri === a)!) > 0);
    // Arabic letters turned off: a's pushed result is linted again from disk without them.
    const before = s.published.length;
    s.settings = { rules: { 'arabic-letters': 'off' } };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const again = await s.until('a linted again', () => s.published.slice(before).find((p) => p.uri === a));
    assert.equal(letters(again), 0);
    assert.equal(again.diagnostics.length, lint(TEXT).filter((f) => f.rule !== 'arabic-letters').length);
    // Disabled altogether: the result is cleared, not left stale.
    const cleared = s.published.length;
    s.settings = { enable: false };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await s.until('a cleared', () => s.published.slice(cleared).find((p) => p.uri === a && p.diagnostics.length === 0));
  });

  it('stops when cancelled', async () => {
    const uris = Array.from({ length: 5 }, (_, i) => file(`c${i}.txt`, TEXT));
    const s = await start({ pull: true });
    let release!: () => void;
    s.gate = new Promise<void>((r) => { release = r; });
    const source = new CancellationTokenSource();
    const pending = s.request<{ files: number; cancelled: boolean }>('persianQA/lintFiles', { uris, reset: true }, source.token).then(
      (r) => r,
      (e: { code?: number }) => ({ files: 0, cancelled: true, code: e.code }),
    );
    await s.until('settings requested', () => s.configRequests >= 1);
    source.cancel();
    await settle(50);
    release();
    const r = await pending;
    assert.equal(r.cancelled, true);
    assert.equal(r.files, 0);
    await settle();
    assert.ok(!s.published.some((p) => uris.includes(p.uri)), 'nothing published after the cancel');
  });
});

describe('persian-press documents', () => {
  const md = 'گزارش نيوز با `كد`\n';

  it('.fa.txt is linted as plain text, .fa.md as Markdown', async () => {
    const s = await start({ pull: true });
    const txt = 'file:///tmp/persian-qa-editor/draft.fa.txt';
    const mdUri = 'file:///tmp/persian-qa-editor/draft.fa.md';
    s.open(md, { uri: txt, languageId: 'persian-press' });
    s.open(md, { uri: mdUri, languageId: 'persian-press' });
    const words = (items: Diagnostic[], uri: string) => {
      const doc = TextDocument.create(uri, 'persian-press', 1, md);
      return items.filter((d) => d.code === 'arabic-letters').map((d) => doc.getText(d.range));
    };
    assert.deepEqual(words(await pull(s, txt), txt), ['نيوز', 'كد']);
    assert.deepEqual(words(await pull(s, mdUri), mdUri), ['نيوز']);
  });
});
