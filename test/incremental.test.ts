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
  // Names and titles the document-scope rules compare across lines.
  'حجت‌الاسلام موسی‌پور', 'موسیپور', 'موسی پور', 'به گزارش قم نیوز،', 'به گزارش ', 'عصر پرس', 'عصرپرس', 'رئیس', 'مدیر عامل', 'مدیرعامل', 'زارع‌پور',
  // A name before «، <office>» with no honorific, and the same name in Arabic letters.
  'منوچهر کیانی', 'دبیر جشنواره', 'كياني', '. ', 'کیانی، ', 'رئیس سازمان سینمایی', 'رئیس سازمان صداوسیما',
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

  it('a vocalized quotation after Markdown code that spans lines does not reach back over the line end', () => {
    // Found by the property test in CI: the code's line end did not end the quotation's segment,
    // so an edit on a later line changed whether «كتاب» on an earlier one was Arabic.
    const text = 'كتاب<!--```\nكود ي 12, x\n```\n<!-- كامنت ي -->بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ';
    const next = text.replace('ي 12, x\n```\n', '');
    const inc = new IncrementalLinter(text, { languageId: 'markdown' });
    const after = plain(inc.update(next));
    assert.deepEqual(after, plain(lint(next, { languageId: 'markdown' })));
    assert.ok(after.some((f) => f.rule === 'arabic-letters' && f.start === 0), '«كتاب» outside the quotation is reported');
  });

  it('re-runs the document-scope rules when one word becomes a surname after a given name, or a given name before a word', () => {
    // One word changed on a line the scan does not read: the case where document findings are kept.
    const tail = '\n' + 'متن سالم.\n'.repeat(30) + 'كياني گفت و کیانی رفت و کیانی ماند.\n';
    for (const [before, after] of [['یوسف آمد', 'یوسف کیانی'], ['سپهر کیانی', 'یوسف کیانی']]) {
      const inc = new IncrementalLinter(before + tail);
      const next = after + tail;
      assert.ok(plain(lint(next)).some((f) => f.rule === 'name-consistency'), 'the edited text has a name-consistency finding');
      assert.deepEqual(plain(inc.update(next)), plain(lint(next)), `${before} → ${after}`);
    }
  });

  it('re-lints only what changed: an edit far away keeps earlier findings as they were', () => {
    const text = 'قم نيوز گفت.\n' + 'متن سالم.\n'.repeat(50) + 'كتاب\n';
    const inc = new IncrementalLinter(text);
    const first = inc.findings[0];
    const next = text.replace('كتاب', 'كتابها');
    const after = inc.update(next);
    assert.equal(after[0], first, 'the finding object of an untouched line is kept');
    assert.deepEqual(plain(after), plain(lint(next)));
  });

  it('keeps the document-scope findings when an edit touches nothing they read, re-runs them when it does', () => {
    const text = 'حجت‌الاسلام موسی‌پور آمد.\n' + 'متن سالم.\n'.repeat(30) + 'موسیپور گفت.\nرییس سازمان و رئیس مجلس.\n';
    const inc = new IncrementalLinter(text);
    const docFinding = () => inc.findings.find((f) => f.rule === 'name-consistency');
    const before = docFinding();
    assert.ok(before, 'the fixture has a name-consistency finding');
    // A letter added to an ordinary sentence between the two spellings.
    let next = text.replace('متن سالم.\nمتن سالم.\nمتن سالم.\n', 'متن سالم.\nمتن سالمم.\nمتن سالم.\n');
    inc.update(next);
    assert.equal(docFinding(), before, 'kept (same object), shifted');
    assert.deepEqual(plain(inc.findings), plain(lint(next)));
    // An edit that writes the name once more: the rule runs again.
    next = next.replace('متن سالمم.', 'متن موسی‌پور.');
    inc.update(next);
    assert.notEqual(docFinding(), before, 'recomputed');
    assert.deepEqual(plain(inc.findings), plain(lint(next)));
  });

  it('re-runs the document-scope rules when an edit makes or unmakes a name before «، <office>»', () => {
    let text = 'منوچهر کیانی، دبیر جشنواره، گفت.\n' + 'متن سالم.\n'.repeat(5) + 'به گفته كياني است.\n';
    const inc = new IncrementalLinter(text);
    const names = () => inc.findings.filter((f) => f.rule === 'name-consistency').length;
    assert.equal(names(), 1);
    for (const [from, to] of [['دبیر جشنواره', 'دبیرر جشنواره'], ['دبیرر جشنواره', 'دبیر جشنواره'], ['کیانی،', 'کیانیی،'], ['کیانیی،', 'کیانی،'], ['کیانی، دبیر', 'کیانی دبیر'], ['کیانی دبیر', 'کیانی، دبیر']]) {
      text = text.replace(from, to);
      assert.deepEqual(plain(inc.update(text)), plain(lint(text)), `${from} → ${to}`);
    }
    assert.equal(names(), 1);
    // title-change reads the words of the office after the head.
    text = 'منوچهر کیانی، رئیس سازمان سینمایی، گفت.\n' + 'متن سالم.\n'.repeat(5) + 'کیانی، رئیس سازمان سینمایی، افزود.\n';
    const inc2 = new IncrementalLinter(text);
    for (const [from, to] of [['سازمان سینمایی، افزود', 'سازمان صداوسیما، افزود'], ['سازمان صداوسیما، افزود', 'سازمان سینمایی، افزود']]) {
      text = text.replace(from, to);
      assert.deepEqual(plain(inc2.update(text)), plain(lint(text)), `${from} → ${to}`);
    }
  });

  it('after a source marker, re-runs the document-scope rules for an edit of the agency name and keeps them for one further on', () => {
    let text = 'به گزارش عصر پرس، خبر تازه از شهر آمد و مردم گفتند.\n' + 'متن سالم.\n'.repeat(5) + 'عصرپرس نوشت.\n';
    const inc = new IncrementalLinter(text);
    const nameFinding = () => inc.findings.find((f) => f.rule === 'name-consistency');
    assert.ok(nameFinding(), 'the fixture has a name-consistency finding');
    for (const [from, to] of [['عصر پرس،', 'عصرا پرس،'], ['عصرا پرس،', 'عصر پرس،'], ['پرس، خبر', 'پرسا، خبر'], ['پرسا، خبر', 'پرس، خبر'], ['گزارش عصر پرس', 'گزارش عصر پرس و']]) {
      text = text.replace(from, to);
      assert.deepEqual(plain(inc.update(text)), plain(lint(text)), `${from} → ${to}`);
    }
    text = text.replace('گزارش عصر پرس و', 'گزارش عصر پرس');
    inc.update(text);
    const before = nameFinding();
    text = text.replace('مردم گفتند', 'مردمم گفتند');
    assert.deepEqual(plain(inc.update(text)), plain(lint(text)));
    assert.equal(nameFinding(), before, 'an edit past the agency name keeps the finding (same object)');
  });

  it('re-runs the document-scope rules when the second word of a two-word name changes', () => {
    let text = 'حجت‌الاسلام موسی‌پور آمد.\n' + 'متن سالم.\n'.repeat(5) + 'او موسی پور است.\n';
    const inc = new IncrementalLinter(text);
    assert.ok(inc.findings.some((f) => f.rule === 'name-consistency'));
    text = text.replace('موسی پور است', 'موسی پورا است');
    assert.deepEqual(plain(inc.update(text)), plain(lint(text)));
    text = text.replace('موسی پورا است', 'موسی پور است');
    assert.deepEqual(plain(inc.update(text)), plain(lint(text)));
  });
});

describe('flat one-edit findings', () => {
  it('a finding with one fix of one edit gives the same fix on every read, moved with the text by an edit', () => {
    const text = 'قم نيوز گزارش داد.\nاین خبر از كاشان است.';
    const inc = new IncrementalLinter(text);
    const before = inc.findings.find((f) => text.slice(f.start, f.end) === 'كاشان')!;
    assert.deepEqual(before.fixes, before.fixes, 'reads agree');
    assert.notEqual(before.fixes, before.fixes, 'each read makes its own objects, so a caller cannot move the stored edit');
    assert.deepEqual(before.fixes.map((x) => [x.safe, x.edits]), [[true, [{ start: text.indexOf('كاشان'), end: text.indexOf('كاشان') + 1, newText: 'ک' }]]]);
    const next = 'خبر: ' + text;
    const after = inc.update(next).find((f) => next.slice(f.start, f.end) === 'كاشان')!;
    assert.deepEqual(after.fixes[0].edits, [{ start: next.indexOf('كاشان'), end: next.indexOf('كاشان') + 1, newText: 'ک' }]);
  });
});
