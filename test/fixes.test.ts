// applyFixes: whole fixes, never overlapping, and never two readings of one word at once.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyFixes, fix, readingSpans } from '../server/engine/index';
import type { Fix, TextEdit } from '../server/engine/types';

const ZWNJ = '\u200c';
const safeFix = (...edits: TextEdit[]): Fix => ({ title: { fa: '', en: '' }, edits, safe: true });
const insert = (at: number, newText: string): TextEdit => ({ start: at, end: at, newText });
const replace = (start: number, end: number, newText: string): TextEdit => ({ start, end, newText });

describe('applyFixes', () => {
  it('takes one reading of a word when two fixes split it at different places', () => {
    const text = 'دیدار بیتماشاگر بود';
    // «بی‌تماشاگر» and «بیت ماش اگر»: neither edit overlaps the other as a range.
    const bi = safeFix(insert(8, ZWNJ));
    const run = safeFix(insert(9, ' '), insert(12, ' '));
    const r = applyFixes(text, [bi, run]);
    assert.equal(r.text, `دیدار بی${ZWNJ}تماشاگر بود`);
    assert.deepEqual([r.applied, r.skipped], [1, 1]);
    // Taken in text order whichever is listed first.
    assert.equal(applyFixes(text, [run, bi]).text, `دیدار بی${ZWNJ}تماشاگر بود`);
  });

  it('combines a letter fix with a ZWNJ fix in the same word', () => {
    const text = 'كتابها';
    const letter = safeFix(replace(0, 1, 'ک'));
    const zwnj = safeFix(insert(4, ZWNJ));
    const r = applyFixes(text, [letter, zwnj]);
    assert.equal(r.text, `کتاب${ZWNJ}ها`);
    assert.deepEqual([r.applied, r.skipped], [2, 0]);
  });

  it('lets a ZWNJ fix wait for a letter repair of the same word, and re-reads it after', () => {
    // pdf-lam-alef repairs «اطالعیهای»; zwnj-plural, reading the damaged word, would split «اطالعی» + «های».
    const text = 'در اطالعیهای اعلام';
    const lam = safeFix(replace(5, 7, 'لا'));
    const plural = safeFix(insert(9, ZWNJ));
    const r = applyFixes(text, [plural, lam]);
    assert.equal(r.text, 'در اطلاعیهای اعلام');
    assert.deepEqual([r.applied, r.skipped], [1, 1]);
    assert.equal(fix(text, { unsafe: true }), `در اطلاعیه${ZWNJ}ای اعلام`);
  });

  it('takes fixes that re-segment different words', () => {
    const text = 'میشود کتابها';
    const r = applyFixes(text, [safeFix(insert(2, ZWNJ)), safeFix(insert(10, ZWNJ))]);
    assert.equal(r.text, `می${ZWNJ}شود کتاب${ZWNJ}ها`);
    assert.equal(r.applied, 2);
  });

  it('counts the words a space joins as one reading: a second fix inside them waits', () => {
    const text = 'شبکه های خبری';
    const join = safeFix(replace(4, 5, ZWNJ));
    const inside = safeFix(insert(2, ' '));
    const r = applyFixes(text, [inside, join]);
    assert.equal(r.text, 'شب که های خبری');
    assert.deepEqual([r.applied, r.skipped], [1, 1]);
  });

  it('lets one fix read a word with several edits', () => {
    const text = 'بهخدماتالکترونیکی';
    const r = applyFixes(text, [safeFix(insert(2, ' '), insert(7, ' '))]);
    assert.equal(r.text, 'به خدمات الکترونیکی');
  });
});

describe('readingSpans', () => {
  it('spans the whole word around a separator edit, and nothing for a letter edit', () => {
    const text = 'آن کتابها';
    assert.deepEqual(readingSpans(text, [insert(7, ZWNJ)]), [{ start: 3, end: 9 }]);
    assert.deepEqual(readingSpans(text, [replace(3, 4, 'ک')]), []);
    assert.deepEqual(readingSpans(text, [replace(2, 3, ZWNJ)]), [{ start: 0, end: 9 }]);
    // A repair that makes another word reads it; «ي» → «ی» does not.
    assert.deepEqual(readingSpans(text, [replace(4, 5, 'ن')]), [{ start: 3, end: 9 }]);
    assert.deepEqual(readingSpans('آن کتابي', [replace(7, 8, 'ی')]), []);
  });
});

describe('fix', () => {
  it('removes a long chain of doubled ZWNJs in one call (each pair is its own span)', () => {
    const text = Array.from({ length: 12 }, () => `${ZWNJ}${ZWNJ}ایران`).join('');
    const once = fix(text);
    assert.equal(fix(once), once);
    assert.ok(!once.includes(ZWNJ + ZWNJ));
  });

  it('re-reads a deferred word on the next pass instead of applying both readings', () => {
    // zwnj-plural reads «بیشترآن» + «ها», glued-function-word «بیشتر» + «آنها»: applied together
    // they gave «بیشتر آن‌ها»'s edits on a word neither rule saw.
    assert.equal(fix('که بیشترآنها در زمینه انرژی است.', { unsafe: true }), 'که بیشتر آنها در زمینه انرژی است.');
  });

  it('still applies complementary fixes of one word over two passes', () => {
    assert.equal(fix('بیسرپرستها'), `بی${ZWNJ}سرپرست${ZWNJ}ها`);
    assert.equal(fix('ميشود'), `می${ZWNJ}شود`);
  });
});
