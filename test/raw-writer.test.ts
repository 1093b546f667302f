// The stdio encoder splices cached JSON of each diagnostic into publishDiagnostics: the bytes must
// be exactly JSON.stringify of the message, whatever the uri, messages and list.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { encodeMessage, withFragments } from '../server/src/raw-writer';

const diag = (i: number, message: string) => ({
  range: { start: { line: i, character: 0 }, end: { line: i, character: 3 } },
  severity: 2,
  source: 'Persian QA',
  code: 'arabic-letters',
  message,
});

describe('raw writer encoding', () => {
  for (const n of [0, 1, 3]) {
    it(`equals JSON.stringify for a list of ${n}, with registered fragments`, () => {
      const diagnostics = Array.from({ length: n }, (_, i) => diag(i, `«نيوز» "quoted" \\ \u2028 ${i}`));
      const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a%20b/"x".txt', version: 7, diagnostics } };
      withFragments(diagnostics, () => diagnostics.map((d) => Buffer.from(JSON.stringify(d), 'utf8')));
      const bytes = encodeMessage(msg);
      assert.equal(bytes.toString('utf8'), JSON.stringify(msg));
      assert.deepEqual(JSON.parse(bytes.toString('utf8')), msg);
    });
  }

  it('other messages, and lists without fragments, are plain JSON', () => {
    const msg = { jsonrpc: '2.0', id: 3, result: { kind: 'full', items: [diag(0, 'x')] } };
    assert.equal(encodeMessage(msg).toString('utf8'), JSON.stringify(msg));
    const plain = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x', diagnostics: [diag(1, 'y')] } };
    assert.equal(encodeMessage(plain).toString('utf8'), JSON.stringify(plain));
  });
});
