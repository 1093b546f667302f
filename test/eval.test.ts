// Edit extraction, section classification, scoring and gates of the eval (scripts/edits.ts),
// on small made-up pairs: the eval must stand on its own, without ../shared.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  applyEditList,
  classify,
  diffEdits,
  evaluateGates,
  extractEdits,
  matchEdits,
  score,
  SECTIONS,
  showEdit,
  splitLines,
  type Edit,
  type Score,
} from '../scripts/edits';
import { CorpusGenerator } from '../scripts/corpus';

const Z = '\u200c';

describe('eval: edit extraction', () => {
  it('no edits for equal texts', () => {
    assert.deepEqual(extractEdits('می شود', 'می شود'), { edits: [], aligned: true });
  });

  it('space → ZWNJ is one replacement', () => {
    const input = 'این کار می شود.';
    const { edits } = extractEdits(input, `این کار می${Z}شود.`);
    assert.deepEqual(edits, [{ start: 10, end: 11, newText: Z }]);
  });

  it('adjacent changed characters merge into one edit, separate ones stay apart', () => {
    const input = 'حجة الاسلام و ظرفيت';
    const out = `حجت${Z}الاسلام و ظرفیت`;
    const { edits } = extractEdits(input, out);
    assert.deepEqual(edits, [
      { start: 2, end: 4, newText: `ت${Z}` },
      { start: 17, end: 18, newText: 'ی' },
    ]);
  });

  it('offsets are absolute across aligned lines', () => {
    const input = 'خط اول\nمی شود\nخط سوم';
    const out = `خط اول\nمی${Z}شود\nخط سوم`;
    const { edits, aligned } = extractEdits(input, out);
    assert.equal(aligned, true);
    assert.deepEqual(edits, [{ start: 9, end: 10, newText: Z }]);
    assert.equal(input.slice(9, 10), ' ');
  });

  it('a deletion in a run of equal characters is placed leftmost', () => {
    // Whichever of the two spaces the diff deletes, the edit is the same.
    assert.deepEqual(diffEdits('a  b', 'a b'), [{ start: 1, end: 2, newText: '' }]);
    assert.deepEqual(diffEdits('اا', 'ا'), [{ start: 0, end: 1, newText: '' }]);
  });

  it('an insertion in a run of equal characters is placed leftmost', () => {
    assert.deepEqual(diffEdits('ab', 'abb'), [{ start: 1, end: 1, newText: 'b' }]);
  });

  it('deleting a space before a colon', () => {
    assert.deepEqual(diffEdits('قم نیوز : خبر', 'قم نیوز: خبر'), [{ start: 7, end: 8, newText: '' }]);
  });

  it('falls back to a whole-text diff when the line counts differ', () => {
    const r = extractEdits('یک\nدو', 'یک دو');
    assert.equal(r.aligned, false);
    assert.equal(applyEditList('یک\nدو', r.edits), 'یک دو');
  });

  it('splitLines keeps terminators so offsets add up', () => {
    assert.deepEqual(splitLines('a\r\nb\n'), ['a\r\n', 'b\n', '']);
  });

  it('property: applying the extracted edits to the input gives the output', () => {
    const alphabet = fc.constantFrom('ا', 'ب', 'ی', 'ي', ' ', Z, '\n', '،', ',', 'a', '1');
    const str = fc.array(alphabet, { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(str, str, (a, b) => {
        const { edits } = extractEdits(a, b);
        assert.equal(applyEditList(a, edits), b);
        // Disjoint, sorted, never touching (touching runs are one edit), never empty.
        for (let i = 0; i < edits.length; i++) {
          const e = edits[i];
          assert.ok(e.start < e.end || e.newText.length > 0);
          if (i > 0) assert.ok(edits[i - 1].end < e.start, JSON.stringify(edits));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('property: an edit set is found again from its own application', () => {
    // The same change made by system and gold must give the same edits whatever else differs.
    const input = 'سال های گذشته می شود و كار خوب است.';
    const e1: Edit = { start: 3, end: 4, newText: Z };
    const e2: Edit = { start: 16, end: 17, newText: 'ک' };
    const a = extractEdits(input, applyEditList(input, [e1])).edits;
    const b = extractEdits(input, applyEditList(input, [e1, e2])).edits;
    assert.deepEqual(a, [e1]);
    assert.deepEqual(b, [e1, e2]);
  });
});

describe('eval: classification by STYLE section', () => {
  const sec = (input: string, output: string) => {
    const { edits } = extractEdits(input, output);
    return edits.map((e) => classify(input, e));
  };

  it('§1 letters: Arabic yeh, kaf, digits, tatweel, teh marbuta, presentation forms', () => {
    assert.deepEqual(sec('قم نيوز', 'قم نیوز'), ['§1']);
    assert.deepEqual(sec('كتاب', 'کتاب'), ['§1']);
    assert.deepEqual(sec('سال ١٤٠٣', 'سال ۱۴۰۳'), ['§1']);
    assert.deepEqual(sec('ایـــران', 'ایران'), ['§1']);
    assert.deepEqual(sec('آیة', 'آیت'), ['§1']);
    assert.deepEqual(sec('ﻻزم', 'لازم'), ['§1']);
  });

  it('§2 ZWNJ: inserted, replacing a space, removed, and glued parts', () => {
    assert.deepEqual(sec('می شود', `می${Z}شود`), ['§2']);
    assert.deepEqual(sec('شبکهها', `شبکه${Z}ها`), ['§2']);
    assert.deepEqual(sec(`کار${Z}ها`, 'کارها'), ['§2']);
    assert.deepEqual(sec('زیر ساخت', 'زیرساخت'), ['§2']);
  });

  it('§3 honorifics own the ZWNJ and spacing inside honorific phrases', () => {
    assert.deepEqual(sec('حجت الاسلام موسوی', `حجت${Z}الاسلام موسوی`), ['§3']);
    assert.deepEqual(sec('حجتالاسلام موسوی', `حجت${Z}الاسلام موسوی`), ['§3']);
    assert.deepEqual(sec('سلام الله علیها', `سلام${Z}الله${Z}علیها`), ['§3', '§3']);
    assert.deepEqual(sec('آیه الله', `آیت${Z}الله`), ['§3']);
    assert.deepEqual(sec('امام علی(ع) گفت', 'امام علی (ع) گفت'), ['§3']);
    // A name containing «الله» is not an honorific.
    assert.deepEqual(sec('امیرعبداللهیان می گوید', `امیرعبداللهیان می${Z}گوید`), ['§2']);
  });

  it('§4 titles: house spellings of رئیس، مسئول، مدیرعامل', () => {
    assert.deepEqual(sec('رییس سازمان', 'رئیس سازمان'), ['§4']);
    assert.deepEqual(sec('مسوول', 'مسئول'), ['§4']);
    assert.deepEqual(sec('مدیر عامل شرکت', 'مدیرعامل شرکت'), ['§4']);
    // A ZWNJ after a word that merely starts with a title is still §2.
    assert.deepEqual(sec('مسئولیت ها', `مسئولیت${Z}ها`), ['§2']);
  });

  it('§5 punctuation and spacing, §6 the rest', () => {
    assert.deepEqual(sec('گفت , رفت', 'گفت، رفت'), ['§5']);
    assert.deepEqual(sec('قم نیوز : خبر', 'قم نیوز: خبر'), ['§5']);
    assert.deepEqual(sec('"خبر"', '«خبر»'), ['§5', '§5']);
    // PDF damage: a broken lam-alef (two edits), stray slashes inside a word.
    assert.deepEqual(sec('اطالعات', 'اطلاعات'), ['§6', '§6']);
    assert.deepEqual(sec('مع//اون', 'معاون'), ['§6']);
  });

  it('showEdit marks the change and stays on its line', () => {
    const input = 'خط اول\nمی شود\nخط سوم';
    const s = showEdit(input, { start: 9, end: 10, newText: Z });
    assert.equal(s, '…می[ →⟨zwnj⟩]شود…');
  });
});

describe('eval: scoring', () => {
  it('matches edits exactly: span and replacement', () => {
    const gold: Edit[] = [
      { start: 1, end: 2, newText: Z },
      { start: 5, end: 6, newText: 'ی' },
    ];
    const sys: Edit[] = [
      { start: 1, end: 2, newText: Z },
      { start: 5, end: 6, newText: 'ي' }, // right place, wrong text
      { start: 9, end: 9, newText: ' ' },
    ];
    const m = matchEdits(sys, gold);
    assert.equal(m.tp.length, 1);
    assert.equal(m.fp.length, 2);
    assert.deepEqual(m.fn, [{ start: 5, end: 6, newText: 'ی' }]);
  });

  it('precision, recall, F0.5', () => {
    const s = score(3, 1, 2);
    assert.equal(s.precision, 0.75);
    assert.equal(s.recall, 0.6);
    // F0.5 = 1.25 P R / (0.25 P + R)
    assert.ok(Math.abs((s.f05 as number) - (1.25 * 0.75 * 0.6) / (0.25 * 0.75 + 0.6)) < 1e-12);
    assert.deepEqual(score(0, 0, 0), { tp: 0, fp: 0, fn: 0, precision: null, recall: null, f05: null });
    assert.equal(score(0, 0, 4).precision, null);
    assert.equal(score(0, 0, 4).f05, 0);
    assert.equal(score(0, 2, 0).precision, 0);
    assert.equal(score(0, 2, 0).recall, null);
  });
});

describe('eval: gates', () => {
  const zero = score(0, 0, 0);
  const sections = (over: Partial<Record<string, Score>>) => Object.fromEntries(SECTIONS.map((s) => [s, over[s] ?? zero]));
  const totals = (over: Partial<Record<string, Score>>, findingsRecall: number | null = 1, findingsTotal = 1) => ({
    overall: score(10, 1, 1),
    sections: sections(over),
    findingsRecall,
    findingsTotal,
    unlistedConsistency: 2,
  });

  it('passes and fails on the configured figures', () => {
    const g = evaluateGates(
      { section: { '§1': { precision: 1, recall: 1 }, '§2': { recall: 0.9 } }, findingsRecall: 1 },
      totals({ '§1': score(5, 0, 0), '§2': score(8, 0, 2) }),
    );
    const byName = Object.fromEntries(g.map((x) => [x.name, x]));
    assert.equal(byName['§1.precision'].pass, true);
    assert.equal(byName['§1.recall'].pass, true);
    assert.equal(byName['§2.recall'].pass, false);
    assert.equal(byName['§2.recall'].value, 0.8);
    assert.equal(byName.findingsRecall.pass, true);
  });

  it('skips a section with no gold edits, with a note', () => {
    const g = evaluateGates({ section: { '§3': { precision: 1 } } }, totals({ '§3': score(0, 3, 0) }));
    assert.equal(g.length, 1);
    assert.equal(g[0].skipped, true);
    assert.match(g[0].note ?? '', /no gold edits.*3/);
  });

  it('fails findings recall below the gate and skips it with no gold findings', () => {
    assert.equal(evaluateGates({ findingsRecall: 1 }, totals({}, 0.5, 2))[0].pass, false);
    assert.equal(evaluateGates({ findingsRecall: 1 }, totals({}, null, 0))[0].skipped, true);
  });

  it('caps unlisted consistency findings and flags unknown keys', () => {
    assert.equal(evaluateGates({ maxUnlistedConsistency: 1 }, totals({}))[0].pass, false);
    assert.equal(evaluateGates({ maxUnlistedConsistency: 2 }, totals({}))[0].pass, true);
    const bad = evaluateGates({ sektion: {} } as never, totals({}));
    assert.equal(bad[0].pass, false);
    const badMetric = evaluateGates({ section: { '§1': { precison: 1 } as never } }, totals({ '§1': score(1, 0, 0) }));
    assert.equal(badMetric[0].pass, false);
  });
});

describe('bench corpus', () => {
  it('is deterministic per seed and fills the size without going over', () => {
    const a = new CorpusGenerator({ seed: 5 }).generate(64 * 1024);
    const b = new CorpusGenerator({ seed: 5 }).generate(64 * 1024);
    const c = new CorpusGenerator({ seed: 6 }).generate(64 * 1024);
    assert.equal(a, b);
    assert.notEqual(a, c);
    const n = Buffer.byteLength(a, 'utf8');
    assert.ok(n <= 64 * 1024 && n > 63 * 1024, `size ${n}`);
  });

  it('works without a samples directory and carries the injected errors', () => {
    const g = new CorpusGenerator({ seed: 1, samplesDir: '/nonexistent/samples' });
    assert.equal(g.samplesUsed, 0);
    const t = g.generate(200 * 1024);
    for (const [name, re] of [
      ['Arabic yeh', /ي/],
      ['Arabic kaf', /ك/],
      ['Latin comma', /,/],
      ['space instead of ZWNJ', /\sمی\s/],
      ['ZWNJ kept', /\u200c/],
      ['Latin digits', /[0-9]/],
    ] as const) assert.match(t, re, name);
  });
});
