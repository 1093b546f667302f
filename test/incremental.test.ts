// The incremental linter must give exactly what a full lint gives, after any edit sequence.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { IncrementalLinter, lint } from '../server/engine/index';
import type { Finding } from '../server/engine/types';

const PIECES = [
  'قم نيوز', ' : ', 'می شود', 'شبکه های', 'حجت السلام', 'رییس', '"ابر"', 'تهران, ایران', '١٤٠٤', '2025',
  'خانۀ', 'خانهٔ', '\n', '\r\n', '\n\n', '  ', 'http://x.ir/1,2', '`كد`', '```\nكد\n```\n', 'ایـــران', 'ﻻزم',
  '\u200c', 'سلام الله علیها', '(ره)', 'بِسْمِ اللَّهِ الرَّحْمَنِ', 'word', '?', '،', ' ',
];

const doc = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), ins: doc.map((s) => s.slice(0, 20)) });

function plain(fs: Finding[]) {
  return fs.map((f) => ({ rule: f.rule, start: f.start, end: f.end, fa: f.message.fa, fixes: f.fixes.map((x) => x.edits) }));
}

describe('IncrementalLinter', () => {
  for (const [languageId, hinted] of [['plaintext', false], ['markdown', false], ['plaintext', true], ['markdown', true]] as const) {
    it(`equals a full lint after random edits (${languageId}${hinted ? ', edited range given' : ''})`, () => {
      fc.assert(
        fc.property(doc, fc.array(edit, { maxLength: 8 }), (text, edits) => {
          const inc = new IncrementalLinter(text, { languageId });
          assert.deepEqual(plain(inc.findings), plain(lint(text, { languageId })));
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            const oldEnd = Math.min(text.length, at + e.del);
            text = text.slice(0, at) + e.ins + text.slice(oldEnd);
            const changed = hinted ? { start: at, oldEnd, newEnd: at + e.ins.length } : undefined;
            assert.deepEqual(plain(inc.update(text, changed)), plain(lint(text, { languageId })));
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('re-lints only what changed: an edit far away keeps earlier findings as they were', () => {
    const text = 'قم نيوز گفت.\n' + 'متن سالم.\n'.repeat(50) + 'كتاب\n';
    const inc = new IncrementalLinter(text);
    const first = inc.findings[0];
    const next = text.replace('كتاب', 'كتابها');
    const after = inc.update(next);
    assert.equal(after[0], first, 'the finding object of an untouched line is kept');
    assert.deepEqual(plain(after), plain(lint(next)));
  });
});
