// The server records each didChange range so the incremental linter need not compare texts: the
// recorded range, composed over several changes, must cover every difference.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IncrementalLinter, lint } from '../server/engine/index';
import type { Finding } from '../server/engine/types';
import { compose, EditRanges } from '../server/src/edit-ranges';

const URI = 'file:///draft.txt';
const PIECES = ['قم نيوز', 'می شود', 'حجت‌الاسلام موسی‌پور', 'موسیپور', 'رییس', '\n', '\r\n', ' ', 'word', '،', 'كتاب'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));
const change = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 10 }),
  ins: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((a) => a.join('')),
});
const plain = (fs: Finding[]) => fs.map((f) => [f.rule, f.start, f.end, f.message.en]);

describe('EditRanges', () => {
  it('the range taken covers every change since the last take, one or several per notification', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 6 }), (initial, notifications) => {
        const ranges = new EditRanges();
        let doc = ranges.documents.create(URI, 'plaintext', 1, initial);
        const inc = new IncrementalLinter(initial);
        let version = 1;
        for (const batch of notifications) {
          const old = doc.getText();
          // Each change is in the coordinates of the text the previous one leaves.
          let shadow = old;
          const changes = batch.map((c) => {
            const at = c.at % (shadow.length + 1);
            const end = Math.min(shadow.length, at + c.del);
            const here = TextDocument.create('file:///shadow', 'plaintext', 0, shadow);
            const r = { range: { start: here.positionAt(at), end: here.positionAt(end) }, text: c.ins };
            shadow = TextDocument.update(here, [r], 1).getText();
            return r;
          });
          doc = ranges.documents.update(doc, changes, ++version);
          const next = doc.getText();
          assert.equal(next, shadow);
          const changed = ranges.take(URI);
          assert.ok(changed, 'ranged changes give a range');
          assert.equal(old.slice(0, changed.start), next.slice(0, changed.start), 'same before the range');
          assert.equal(old.slice(changed.oldEnd), next.slice(changed.newEnd), 'same after the range');
          assert.deepEqual(plain(inc.update(next, changed)), plain(lint(next)));
        }
      }),
      {
        numRuns: 300,
        // A ZWNJ term the edit respells («موسی‌پور‌قم» beside «موسی‌پورقم»): name-consistency
        // once read a token list cached for the stream the incremental linter edits in place.
        examples: [
          [
            'می شود می شودقم نيوزword\n\nحجت‌الاسلام موسی‌پور',
            [
              [{ at: 0, del: 3, ins: 'قم نيوز' }],
              [{ at: 0, del: 5, ins: 'قم نيوزكتاب' }, { at: 708381347, del: 3, ins: 'قم نيوز' }, { at: 0, del: 6, ins: '\nقم نيوز' }],
              [{ at: 1065872237, del: 3, ins: 'حجت‌الاسلام موسی‌پورقم نيوز' }, { at: 0, del: 0, ins: '' }],
              [{ at: 0, del: 1, ins: 'wordword،' }, { at: 576517531, del: 6, ins: 'حجت‌الاسلام موسی‌پور' }],
            ],
          ],
        ],
      },
    );
  });

  it('a change without a range (the whole text) makes the range unknown until taken', () => {
    const ranges = new EditRanges();
    let doc = ranges.documents.create(URI, 'plaintext', 1, 'یک متن');
    doc = ranges.documents.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 2);
    doc = ranges.documents.update(doc, [{ text: 'متن تازه' }], 3);
    assert.equal(ranges.take(URI), undefined);
    doc = ranges.documents.update(doc, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, text: 'ab' }], 4);
    assert.deepEqual(ranges.take(URI), { start: 1, oldEnd: 2, newEnd: 3 });
  });

  it('compose covers both changes', () => {
    // «abcdef»: [1,3) → «XYZ» gives «aXYZdef»; then [5,6) → «» gives «aXYZdf».
    assert.deepEqual(compose({ start: 1, oldEnd: 3, newEnd: 4 }, { start: 5, oldEnd: 6, newEnd: 5 }), { start: 1, oldEnd: 5, newEnd: 5 });
  });
});
