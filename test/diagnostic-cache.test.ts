// The server's diagnostics cache: positions from its one-pass sweep equal positionAt's, and a
// diagnostic is reused across edits only where its finding and its position are unchanged.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IncrementalLinter } from '../server/engine/index';
import type { Finding } from '../server/engine/types';
import { DiagnosticCache } from '../server/src/diagnostic-cache';
import { toDiagnostic } from '../server/src/diagnostics';

const URI = 'file:///cache.txt';
const PIECES = ['قم نيوز', 'می شود', 'كتاب', '٣', '\n', '\r\n', '\r', '\n\n', ' ', 'ab', '\u200c', '😀'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

/** Findings at arbitrary (sorted) offsets, also on and around line breaks and past the end. */
function fakeFindings(text: string, cuts: number[]): Finding[] {
  const offs = cuts.map((c) => c % (text.length + 3)).sort((a, b) => a - b);
  const out: Finding[] = [];
  for (let i = 0; i + 1 < offs.length; i += 2) {
    out.push({ rule: 'r', family: 'letters', severity: 'warning', message: { fa: 'م', en: 'm' }, start: offs[i], end: offs[i + 1], fixes: [] } as unknown as Finding);
  }
  return out;
}

describe('DiagnosticCache', () => {
  it('gives the ranges positionAt gives, for any text and offsets (CRLF, lone CR, surrogates, past the end)', () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.nat(), { maxLength: 30 }), (text, cuts) => {
        const doc = TextDocument.create(URI, 'plaintext', 1, text);
        const fs = fakeFindings(text, cuts);
        const got = new DiagnosticCache('en').diagnostics(fs, fs.length, doc);
        assert.deepEqual(got, fs.map((f) => toDiagnostic(f, doc, 'en')));
      }),
      { numRuns: 500 },
    );
  });

  for (const remade of [() => true, () => false]) {
    it(`after edits, equals a fresh conversion (findings remembered by content: ${remade()})`, () => {
      fc.assert(
        fc.property(textArb, fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 6 }), ins: textArb.map((s) => s.slice(0, 8)) }), { maxLength: 6 }), (text, edits) => {
          let doc = TextDocument.create(URI, 'plaintext', 1, text);
          const inc = new IncrementalLinter(text);
          const cache = new DiagnosticCache('fa', remade);
          cache.diagnostics(inc.findings, inc.findings.length, doc);
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            const end = Math.min(text.length, at + e.del);
            doc = TextDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: e.ins }], doc.version + 1);
            text = doc.getText();
            const fs = inc.update(text);
            assert.deepEqual(cache.diagnostics(fs, fs.length, doc), fs.map((f) => toDiagnostic(f, doc, 'fa')));
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('an edit on one line rebuilds only the diagnostics the engine re-linted; the rest are the same objects', () => {
    const line = 'قم نيوز و كتاب\n';
    let text = line.repeat(20);
    let doc = TextDocument.create(URI, 'plaintext', 1, text);
    const inc = new IncrementalLinter(text);
    const cache = new DiagnosticCache('fa');
    const before = cache.diagnostics(inc.findings, inc.findings.length, doc);
    // One character inserted at the start of line 10: the same line count, later lines unshifted.
    doc = TextDocument.update(doc, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: 'ا' }], 2);
    text = doc.getText();
    const fs = inc.update(text);
    const after = cache.diagnostics(fs, fs.length, doc);
    const kept = after.filter((d) => before.includes(d));
    assert.equal(after.length, before.length);
    // The engine re-lints the edited line and the one before it (whose line end may have changed).
    const rebuilt = new Set(after.filter((d) => !before.includes(d)).map((d) => d.range.start.line));
    assert.ok([...rebuilt].every((l) => l === 9 || l === 10) && rebuilt.has(10), `rebuilt lines ${[...rebuilt]}`);
    assert.ok(kept.length >= after.length - 4, `${kept.length} of ${after.length} kept`);
    // A line break inserted above moves every later diagnostic one line down. (Here every line
    // reads the same, so a moved finding may take the diagnostic its neighbour had: same content.)
    doc = TextDocument.update(doc, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\n' }], 3);
    const fs2 = inc.update(doc.getText());
    const moved = cache.diagnostics(fs2, fs2.length, doc);
    assert.deepEqual(moved, fs2.map((f) => toDiagnostic(f, doc, 'fa')));
    assert.equal(moved.at(-1)!.range.start.line, 20);
  });

  it('the first n findings only (persianQA.maxProblems)', () => {
    const text = 'قم نيوز و كتاب\n'.repeat(5);
    const doc = TextDocument.create(URI, 'plaintext', 1, text);
    const inc = new IncrementalLinter(text);
    assert.ok(inc.findings.length > 3);
    const ds = new DiagnosticCache('en').diagnostics(inc.findings, 3, doc);
    assert.deepEqual(ds, inc.findings.slice(0, 3).map((f) => toDiagnostic(f, doc, 'en')));
  });
});
