// The ZWNJ toggle's scanner (client/src/invisibles.ts has no vscode import).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { KINDS, kindOf, mergeLineRanges, scanInvisibles } from '../client/src/invisibles';

const id = (name: string) => KINDS.findIndex((k) => k.id === name);

describe('invisible characters', () => {
  it('finds ZWNJ, ZWJ, direction marks, soft hyphens, no-break spaces and zero-width spaces at their offsets', () => {
    const text = 'می\u200cشود \u200d\u200f\u200e\u061c a\u00adb c\u00a0d e\u202ff \u200b\u2060\ufeff \u2067x\u2069 خانه\u200cها';
    const found = scanInvisibles(text, 100);
    const at = (c: string) => [...text].reduce<number[]>((acc, ch, i) => (ch === c ? [...acc, i + 100] : acc), []);
    // (The text has no astral characters, so spread indices are UTF-16 offsets.)
    assert.deepEqual(found[id('zwnj')], at('\u200c'));
    assert.equal(found[id('zwnj')].length, 2);
    assert.deepEqual(found[id('zwj')], at('\u200d'));
    assert.deepEqual(found[id('bidi')], [...at('\u200f'), ...at('\u200e'), ...at('\u061c'), ...at('\u2067'), ...at('\u2069')].sort((a, b) => a - b));
    assert.deepEqual(found[id('shy')], at('\u00ad'));
    assert.deepEqual(found[id('nbsp')], [...at('\u00a0'), ...at('\u202f')]);
    assert.deepEqual(found[id('zero')], [...at('\u200b'), ...at('\u2060'), ...at('\ufeff')]);
  });

  it('leaves visible text alone, Persian letters, spaces and Arabic marks included', () => {
    const text = 'قم نیوز، «خبر» ۱۲۳ abc \t\n بِسْمِ';
    assert.ok(scanInvisibles(text).every((a) => a.length === 0));
    for (const ch of text) assert.equal(kindOf(ch.charCodeAt(0)), -1, ch);
  });

  it('scans again from the start on every call (the regex is shared)', () => {
    assert.deepEqual(scanInvisibles('a\u200cb')[id('zwnj')], [1]);
    assert.deepEqual(scanInvisibles('\u200c')[id('zwnj')], [0]);
  });

  it('widens and merges visible line ranges within the document', () => {
    assert.deepEqual(mergeLineRanges([[10, 20], [25, 30]], 3, 100), [[7, 33]]);
    assert.deepEqual(mergeLineRanges([[50, 60], [0, 5]], 2, 58), [[0, 7], [48, 57]]);
    assert.deepEqual(mergeLineRanges([], 3, 10), []);
  });

  it('is cheap: a 1 MiB screenful of Persian text scans in well under a frame', () => {
    const text = 'می‌شود کتاب‌ها را خواند و\u00a0نوشت. '.repeat(Math.ceil((1 << 20) / 34));
    scanInvisibles(text);
    const t0 = performance.now();
    const found = scanInvisibles(text);
    const ms = performance.now() - t0;
    assert.ok(found[id('zwnj')].length > 10000);
    assert.ok(ms < 200, `${ms.toFixed(1)} ms`);
  });
});
