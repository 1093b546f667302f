// §6 (text pasted from PDFs): the word-list codec, the lexicon's repairs and splits, the size of
// the tables, silence on clean text, and the damage round trip of scripts/damage.ts. Silence on
// the gold samples is npm run eval's gate (its precision counts every suggestion).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lint, rules } from '../server/engine/index';
import type { EngineConfig } from '../server/engine/config';
import { decodeWords, encodeWords, encodable, pdfLexicon, pressPhrases, tokenContaining, WordCache } from '../server/engine/morphology/segment';
import { foldedHash } from '../server/engine/tokenize';
import { tokenize } from '../server/engine/tokenize';
import wordsSource from '../server/engine/data/pdf-words.txt';
import lamSource from '../server/engine/data/pdf-lam.txt';
import keepSource from '../server/engine/data/pdf-keep.txt';
import { damageSites, FRESH, roundTrip } from '../scripts/damage';

const PDF = ['pdf-lam-alef', 'pdf-stray-slash', 'pdf-run-together'];
const Z = '\u200c';
const onlyPdf: EngineConfig = { rules: Object.fromEntries(rules.map((r) => [r.meta.id, PDF.includes(r.meta.id) ? r.meta.severity : 'off'])) };

describe('§6 word lists', () => {
  it('every press phrase, glued, is no known word and splits back into its two words', () => {
    const lexicon = pdfLexicon();
    const phrases = pressPhrases();
    assert.ok(phrases.length >= 500, `${phrases.length} phrases`);
    for (const p of phrases) {
      const words = p.split(' ');
      assert.equal(words.length, 2, p);
      const glued = words.join('');
      assert.ok(!lexicon.hasWord(foldedHash(glued)) && !lexicon.known(glued), `${p}: glued, a known word`);
      assert.deepEqual(lexicon.runSplit(glued)?.pieces, words, p);
    }
  });

  it('encode and decode round trip, every Persian letter included', () => {
    const words = ['اطلاعات', 'لازم', 'آیین', 'مسئول', 'مؤسسه', 'هیئت', 'ژاله', 'چگونه', 'پژوهشگاه', 'خانهٔ', 'اطلاع', 'اطلاعیه', 'ظ', 'ضعیف', 'ثبت', 'ذره', 'غذا', 'قصه', 'أ', 'إ', 'ء', 'ة', 'ۀ', `می${Z}شود`];
    for (const w of words) assert.ok(encodable(w), w);
    const coded = encodeWords(words);
    assert.ok(/^[\x20-\x7e\n]*$/.test(coded), 'ASCII only');
    assert.deepEqual(decodeWords(coded), [...new Set(words)].sort());
    assert.ok(!encodable('word'), 'Latin letters are not stored');
  });

  it('the shipped lists decode to sorted Persian words and stay small', () => {
    const sizes = [wordsSource, lamSource, keepSource].map((s) => s.length);
    for (const src of [wordsSource, lamSource, keepSource]) {
      const words = decodeWords(src);
      assert.ok(words.length > 500);
      for (let k = 1; k < words.length; k++) assert.ok(words[k - 1] < words[k], `sorted: ${words[k - 1]} ${words[k]}`);
      for (const w of words.slice(0, 200)) assert.ok(/^[\u0621-\u06CC\u0654\u06C0]+$/.test(w), w);
    }
    // Raw ASCII; the bundle stores them brotli-compressed, about 2.3x smaller. The keep list grew
    // by ~11 KB (3 KB compressed) when two common words glued became a run (PdfLexicon.pair); the
    // words by ~5 KB (1.6 KB compressed) with 479 more press words in the seed; all three by ~8.5 KB
    // (2.7 KB compressed) with 354 everyday words of three to six letters (session 14); the keep
    // list by ~2.5 KB with the 283 dictionary words glued-function-word would split once it read
    // a common rest of four letters before any endings («بهامید», session 17); all three by ~3.6 KB
    // with 137 everyday words of four letters or more the base-word filter had dropped, and ~3.3 KB
    // with 218 more of economy, law, health, work and everyday speech, and ~5.5 KB with 519 more
    // of a third list (session 19).
    assert.ok(sizes.reduce((a, b) => a + b) < 310_000, `sizes ${sizes}`);
    const lam = decodeWords(lamSource);
    assert.ok(lam.every((w) => w.includes('لا')), 'every lam entry has «لا»');
  });
});

describe('§6 lexicon', () => {
  const lex = pdfLexicon();

  it('repairs broken lam-alef only into known words', () => {
    const fixed = (w: string) => lex.lamRepair(w)?.fixed ?? null;
    assert.equal(fixed('اطالعات'), 'اطلاعات');
    assert.equal(fixed('الزم'), 'لازم');
    assert.equal(fixed('باالدستی'), 'بالادستی');
    assert.equal(fixed('االسالم'), 'الاسلام', 'two ligatures in one word');
    assert.equal(fixed('البرز'), null);
    assert.equal(fixed('الکترونیک'), null);
    assert.ok(lex.known('مطالعه') && lex.known('سالم'), 'real words with «ال» are known');
  });

  it('splits runs into known words, and not compounds, names or single words', () => {
    const split = (w: string) => lex.split(w)?.pieces.join(' ') ?? null;
    assert.equal(split('معاونتوسعهمدیریت'), 'معاون توسعه مدیریت');
    assert.equal(split('بهخدماتالکترونیکی'), 'به خدمات الکترونیکی');
    for (const w of ['انجامشده', 'دانشبنیان', 'سیاستگذاری', 'بهرهبرداری', 'بینالمللی', 'حجتالاسلام', 'امیرحسینزاده', 'محمدرضاییپور', 'سلاماللهعلیها']) {
      assert.equal(split(w), null, w);
    }
    const s = lex.split('منطقهایکشورهایهمسایه');
    assert.deepEqual(s && s.pieces, ['منطقه', 'ای', 'کشورهای', 'همسایه'], 'ZWNJ ending after a silent heh');
    assert.deepEqual(s && s.zwnj, [true, false, false]);
  });

  it('tokenContaining finds the token of every offset', () => {
    const text = 'مع//اون وزیر، ۱۴۰۴/۰۲/۰۳ و https://x.ir/a اطالعات\nپایان';
    const t = tokenize(text);
    let from = 0;
    for (let p = 0; p < text.length; p++) {
      let want = -1;
      for (let i = 0; i < t.count; i++) if (t.start[i] <= p && p < t.end[i]) want = i;
      const got = tokenContaining(t, p, from);
      assert.equal(got, want, `offset ${p}`);
      if (got >= 0) from = got;
    }
  });

  it('WordCache finds a verdict again only for the same letters, whatever came before', () => {
    const text = 'شبکه شبکه شبكه بزرگ';
    const c = new WordCache<string>(3, 3);
    assert.equal(c.get(text, 0, 4, 7), undefined);
    c.set(text, 0, 4, 7, 'x');
    assert.equal(c.get(text, 5, 9, 7), 'x', 'the same word elsewhere');
    assert.equal(c.get(text, 10, 14, 7), undefined, 'same hash, Arabic kaf: worked out afresh');
    assert.equal(c.get(text, 15, 19, 7), undefined, 'same hash and length, other letters');
    c.set(text, 15, 19, 7, null);
    assert.equal(c.get(text, 15, 19, 7), null, 'nothing to report, for that word only');
    assert.equal(c.get(text, 0, 4, 7), 'x');
    // Half full, it empties; every answer after is worked out afresh, none wrong.
    for (let k = 0; k < 8; k++) c.set(text, 0, 4, 100 + k, 'y');
    const v = c.get(text, 0, 4, 100);
    assert.ok(v === undefined || v === 'y');
    assert.equal(c.get(text, 0, 4, 7) === 'y', false);
  });

  it('WordCache doubles while a text has more distinct words than it holds, up to its limit', () => {
    const words = Array.from({ length: 40 }, (_, k) => `و${String.fromCharCode(0x0628 + (k % 20))}${String.fromCharCode(0x0628 + Math.floor(k / 20))}`);
    const text = words.join(' ');
    const at = (k: number) => [k * 4, k * 4 + 3, foldedHash(words[k])] as const;
    const c = new WordCache<number>(3, 5);
    // 16 words fit once the 8 slots have doubled twice (half full at most): every verdict kept.
    for (let k = 0; k < 16; k++) c.set(text, ...at(k), k);
    for (let k = 0; k < 16; k++) assert.equal(c.get(text, ...at(k)), k, words[k]);
    // Past 32 slots half full it empties instead of growing on: the 17th word finds it full.
    c.set(text, ...at(16), 16);
    assert.equal(c.get(text, ...at(16)), 16);
    assert.equal(c.get(text, ...at(0)), undefined, 'emptied at its limit');
  });

  it('a verdict of the rules does not depend on what was linted before', () => {
    // «واژهزریدی» (no damage) and «بازدیداز» («بازدید از» run together) share the slot of the
    // old cache's 4-million-bit "nothing to report" set: linting the first hid the second.
    const damaged = 'در بازدیداز مزارع گفت';
    const collides = (h: number) => (((h >>> 5) & 0x1ffff) << 5) | (h & 31);
    assert.equal(collides(foldedHash('واژهزریدی')), collides(foldedHash('بازدیداز')));
    lint('این واژهزریدی است');
    assert.deepEqual(lint(damaged).map((f) => f.rule), ['pdf-run-together']);
  });
});

describe('§6 rules on clean and damaged text', () => {
  it('the rule tables hold at least 60 damaged and 60 intact cases', () => {
    const mine = rules.filter((r) => PDF.includes(r.meta.id));
    assert.equal(mine.length, 3);
    const damaged = mine.reduce((n, r) => n + r.tests.invalid.length, 0);
    const intact = mine.reduce((n, r) => n + r.tests.valid.length, 0);
    assert.ok(damaged >= 60, `damaged ${damaged}`);
    assert.ok(intact >= 60, `intact ${intact}`);
    for (const r of mine) {
      assert.equal(r.meta.fixable, 'suggest');
      assert.equal(r.meta.family, 'pdf');
      assert.equal(r.meta.section, '§6');
      for (const c of r.tests.invalid) assert.ok(c.unsafe, `suggestions need unsafe: ${c.text}`);
    }
  });

  it('says nothing on fresh press text, with its ZWNJs or with them dropped', () => {
    for (const text of [FRESH, FRESH.replace(/\u200c/g, '')]) {
      const found = lint(text, { config: onlyPdf });
      assert.deepEqual(found.map((x) => `${x.rule} «${text.slice(x.start, x.end)}»`), []);
    }
  });

  it('gives back most damaged words of fresh text exactly, and none wrongly', () => {
    const sites = damageSites(FRESH, 6);
    const t = roundTrip(sites);
    assert.ok(t['lam-alef'].damaged >= 30 && t['lam-alef'].restored >= 0.85 * t['lam-alef'].damaged, JSON.stringify(t['lam-alef']));
    assert.ok(t['stray-slash'].damaged >= 30 && t['stray-slash'].restored >= 0.9 * t['stray-slash'].damaged, JSON.stringify(t['stray-slash']));
    assert.ok(t['run-together'].damaged >= 30 && t['run-together'].restored >= 0.35 * t['run-together'].damaged, JSON.stringify(t['run-together']));
    for (const k of ['lam-alef', 'stray-slash', 'run-together'] as const) assert.ok(t[k].wrong <= 1, `${k}: ${JSON.stringify(t[k])}`);
  });

  it('damaged words mixing Arabic and Persian letters are seen folded', () => {
    const text = 'اطالعات مربوط به مالياتها و مع//اون وزير و معاونتوسعهمديريت';
    const found = lint(text, { config: onlyPdf }).map((f) => f.rule);
    assert.deepEqual(found.sort(), ['pdf-lam-alef', 'pdf-run-together', 'pdf-stray-slash']);
  });
});
