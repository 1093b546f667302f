// Bad input over the protocol: NUL bytes, lone surrogates and a 2 MiB single line must neither
// crash nor wedge the server. It answers with diagnostics (or says the file is too large) and
// keeps answering later requests.
import { strict as assert } from 'node:assert';
import { after, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TOO_LARGE_CODE } from '../server/src/diagnostics';
import { closeAll, start, type Session } from './lsp-session';

after(closeAll);

const FLAGGED = 'خبرگزاری قم نيوز گزارش داد.';
/** NULs, lone high and low surrogates and a reversed pair, around and inside Persian words. */
const NASTY = `\u0000${FLAGGED}\u0000\ud800 نيوز\udc00\n\udc00\ud800كاشان\u0000\nمی\u0000شود \ud83d`;
const LONG = (FLAGGED + ' ').repeat(Math.ceil((2 * 1024 * 1024) / (FLAGGED.length + 1))); // > 2 MiB, one line

const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code));
const lastFor = (s: Session, uri: string, version: number) => () =>
  [...s.published].reverse().find((p: PublishDiagnosticsParams) => p.uri === uri && p.version === version);

/** The server still lints a small document correctly: it is not wedged. */
async function stillAnswers(s: Session, n: number): Promise<void> {
  const uri = `file:///tmp/pqa-bad-input/after-${n}.txt`;
  s.open(FLAGGED, { uri, version: 1 });
  const p = await s.until(`diagnostics for ${uri}`, lastFor(s, uri, 1));
  assert.deepEqual(codes(p.diagnostics), ['arabic-letters']);
  const hover = await s.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 14 } });
  assert.match(JSON.stringify(hover), /arabic-letters/);
}

describe('server: bad input', () => {
  it('NUL bytes and lone surrogates: diagnostics with valid ranges, then later requests answered', async () => {
    const s = await start({ pull: false });
    const uri = 'file:///tmp/pqa-bad-input/nasty.txt';
    s.open(NASTY, { uri, version: 1 });
    const p = await s.until('diagnostics for the NUL/surrogate document', lastFor(s, uri, 1));
    assert.ok(codes(p.diagnostics).includes('arabic-letters'), codes(p.diagnostics).join(' '));
    const lines = NASTY.split('\n');
    for (const d of p.diagnostics) {
      const { start: a, end: b } = d.range;
      assert.ok(a.line < lines.length && b.line < lines.length && a.character <= lines[a.line].length && b.character <= lines[b.line].length, JSON.stringify(d.range));
    }
    // Code actions over the whole document, too.
    const actions = await s.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)!.length } },
      context: { diagnostics: p.diagnostics },
    });
    assert.ok(Array.isArray(actions));
    // An edit that splits a surrogate pair.
    s.change(uri, 2, NASTY.replace('\ud83d', '\ud83d\ude00\ud83d'));
    await s.until('diagnostics for version 2', lastFor(s, uri, 2));
    await stillAnswers(s, 1);
  });

  it('a 2 MiB single line with maxFileSizeKB raised is linted; with the default it gets the too-large diagnostic', async () => {
    const raised = await start({ pull: false, settings: { maxFileSizeKB: 4096 } });
    const uri = 'file:///tmp/pqa-bad-input/long.txt';
    raised.open(LONG, { uri, version: 1 });
    const p = await raised.until('diagnostics for the 2 MiB line', lastFor(raised, uri, 1));
    // One finding per «نيوز», each on line 0 (the server may cap how many it sends).
    assert.ok(p.diagnostics.length > 0 && p.diagnostics.every((d) => d.range.start.line === 0), `${p.diagnostics.length} diagnostics`);
    assert.ok(!codes(p.diagnostics).includes(TOO_LARGE_CODE));
    await stillAnswers(raised, 2);

    const capped = await start({ pull: false });
    capped.open(LONG, { uri, version: 1 });
    const q = await capped.until('the too-large diagnostic', lastFor(capped, uri, 1));
    assert.deepEqual(codes(q.diagnostics), [TOO_LARGE_CODE]);
    await stillAnswers(capped, 3);
  });
});
