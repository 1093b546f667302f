// The verb morphology behind zwnj-verb-prefix and the «بی» analysis behind zwnj-bi-prefix.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { gluedVerb, normalizeLetters, verbAfterPrefix, verbLexicon, VerbForm } from '../server/engine/morphology/verbs';
import { biBase, gluedBi } from '../server/engine/rules/zwnj-bi-prefix';
import { fix, lint } from '../server/engine/index';
import { onlyRule } from './harness';

const Z = '\u200c';

describe('verb stems and endings', () => {
  it('has a lexicon of several hundred stems', () => {
    const { present, past } = verbLexicon();
    assert.ok(present.length >= 200, `present stems: ${present.length}`);
    assert.ok(past.length >= 200, `past stems: ${past.length}`);
  });

  it('recognises present stem + every personal ending', () => {
    for (const stem of ['شو', 'کن', 'گیر', 'دار', 'رس', 'یاب', 'گوی', 'آی', 'رو', 'بین', 'ده', 'خواه', 'پرداز', 'افزای', 'توان']) {
      for (const e of ['م', 'ی', 'د', 'یم', 'ید', 'ند']) {
        assert.equal(verbAfterPrefix(stem + e), VerbForm.Present, stem + e);
      }
    }
  });

  it('recognises past stem + every personal ending, the bare past included', () => {
    for (const stem of ['شد', 'کرد', 'توانست', 'گرفت', 'داشت', 'رسید', 'یافت', 'گفت', 'آمد', 'رفت', 'دید', 'داد', 'خواست', 'پرداخت', 'افزود']) {
      for (const e of ['', 'م', 'ی', 'یم', 'ید', 'ند']) {
        // «رسید» is also present 2pl (رس + ید): any verb reading will do.
        assert.notEqual(verbAfterPrefix(stem + e), VerbForm.None, stem + e);
      }
      if (stem !== 'رسید') assert.equal(verbAfterPrefix(stem), VerbForm.Past, stem);
    }
  });

  it('recognises the participle, alone or with the perfect auxiliary, with or without ZWNJ', () => {
    for (const w of ['شده', 'کرده', `کرده${Z}اند`, 'کردهاند', `شده${Z}است`, `رفته${Z}ایم`, 'گفتهام']) {
      assert.equal(verbAfterPrefix(w), VerbForm.Participle, w);
    }
  });

  it('accepts «توان» without an ending and no other bare present stem', () => {
    assert.equal(verbAfterPrefix('توان'), VerbForm.Bare);
    for (const w of ['گو', 'دان', 'کن', 'شو', 'ده']) assert.equal(verbAfterPrefix(w), VerbForm.None, w);
  });

  it('rejects what follows «می» in words that are not verbs', () => {
    for (const w of ['ز', 'وه', 'لیون', 'ان', 'زان', 'راث', 'همان', 'ل', 'خ', 'ش', 'کروب', 'کروفن', 'لاد', 'مون', 'نا', 'ر', 'رزا', 'سر', 'ثاق', 'عاد', 'قات']) {
      assert.equal(verbAfterPrefix(w), VerbForm.None, w);
    }
    assert.equal(verbAfterPrefix(`کرده${Z}ها`), VerbForm.None, 'a ZWNJ part that is no auxiliary');
  });
});

describe('glued «می/نمی» + verb', () => {
  const at = (w: string) => gluedVerb(w)?.at;
  it('finds where the ZWNJ goes, after preverbs too', () => {
    assert.equal(at('میشود'), 2);
    assert.equal(at('نمیتوان'), 3);
    assert.equal(at('میگیرد'), 2);
    assert.equal(at('مییابد'), 2);
    assert.equal(at('میآید'), 2);
    assert.equal(at('میافزاید'), 2);
    assert.equal(at(`میکرده${Z}اند`), 2);
    assert.equal(at('برمیگردد'), 4);
    assert.equal(at('درمیآید'), 4);
    assert.equal(at('بازمیگردد'), 5);
    assert.equal(at('برنمیگردد'), 5);
  });

  it('is certain for plain verbs', () => {
    assert.deepEqual(gluedVerb('میشود'), { at: 2, certain: true });
  });

  it('leaves words already joined with a ZWNJ', () => {
    assert.equal(gluedVerb(`می${Z}شود`), null);
    assert.equal(gluedVerb(`برمی${Z}گردد`), null);
  });

  it('never takes a known non-verb for a verb', () => {
    const words = 'میز میوه میلیون میدان میان میزان میراث میهمان میل میخ میش میگو میکروب میکروفن میلاد میمون مینا میر میرزا میسر میثاق میعاد میقات میهن میانگین میکده میخانه میلان میشل میامی میناب میبد درمیان'.split(' ');
    for (const w of words) assert.equal(gluedVerb(w), null, w);
    for (const w of verbLexicon().notVerbs) assert.equal(gluedVerb(w), null, w);
  });

  it('skips a noun + suffix that also reads as a verb, and only suggests a noun + clitic', () => {
    assert.equal(gluedVerb('میدانی'), null, 'میدانی: of the square, or «you know»');
    assert.equal(gluedVerb('میزی'), null, 'میزی: a table, or «you live»');
    assert.deepEqual(gluedVerb('میدانم'), { at: 2, certain: false });
    assert.deepEqual(gluedVerb('میداند'), { at: 2, certain: true });
  });

  it('only suggests a glued word read through a rare verb (a name or loanword is as likely)', () => {
    assert.deepEqual(gluedVerb('میتند'), { at: 2, certain: false }, 'تنیدن');
    assert.deepEqual(gluedVerb('میزید'), { at: 2, certain: false }, 'زیستن');
    assert.deepEqual(gluedVerb('میتنند'), { at: 2, certain: false });
    assert.deepEqual(gluedVerb('میتواند'), { at: 2, certain: true });
  });

  it('normalizes Arabic yeh and kaf without moving offsets', () => {
    const w = normalizeLetters('ميكند');
    assert.equal(w, 'میکند');
    assert.equal(gluedVerb(w)?.at, 2);
  });

  it('round-trips every stem of the lexicon: glued present and past forms are found', () => {
    const { present, past } = verbLexicon();
    for (const p of present) assert.equal(gluedVerb('می' + p + 'ند')?.at, 2, 'می' + p + 'ند');
    for (const p of past) assert.equal(gluedVerb('نمی' + p + 'یم')?.at, 3, 'نمی' + p + 'یم');
  });
});

describe('«بی» + word', () => {
  it('knows bases and their derived nouns', () => {
    for (const w of ['سابقه', 'تردید', 'شک', 'نظیر', 'توجهی', 'اعتنایی', 'طرفانه', 'گناهان', 'حوصلگی']) {
      assert.equal(biBase(w), false, w);
    }
    assert.equal(biBase('کار'), true, 'بیکار is standard glued too');
    assert.equal(biBase('مار'), undefined);
  });

  it('splits glued words only when «بی» is the prefix', () => {
    for (const w of ['بیسابقه', 'بیتردید', 'بیشک', 'بینظیر', 'بیتوجهی', `بیسابقه${Z}ای`]) assert.ok(gluedBi(w), w);
    const not = 'بیش بیشتر بین بیت بیان بیمار بیزار بیهوده بیست بیمه بینش بیرون بیگانه بیدار بیعت بیابان بیل بیوه بیضه بیخ بیکار بیکاری بیچاره بینشان'.split(' ');
    for (const w of not) assert.ok(!gluedBi(w), w);
    assert.ok(!gluedBi(`بی${Z}سابقه`));
  });
});

describe('fix with the prefix rules', () => {
  it('turns every shape into the ZWNJ form and is idempotent', () => {
    const config = onlyRule('zwnj-verb-prefix');
    const cases: [string, string][] = [
      ['می شود', `می${Z}شود`],
      ['میشود', `می${Z}شود`],
      [`می ${Z}شود`, `می${Z}شود`],
      [`می${Z}${Z}شود`, `می${Z}شود`],
    ];
    for (const [text, out] of cases) {
      assert.equal(fix(text, { config }), out);
      assert.equal(fix(out, { config }), out);
    }
  });

  it('leaves words of the house-style ignore list alone', () => {
    const verb = { ...onlyRule('zwnj-verb-prefix'), ignoreWords: ['میشود', 'کند'] };
    assert.deepEqual(lint('این میشود و آن نمی کند و میرود', { config: verb }).map((f) => f.start), [25]);
    const bi = { ...onlyRule('zwnj-bi-prefix'), ignoreWords: ['بیسابقه'] };
    assert.deepEqual(lint('بیسابقه و بیتردید', { config: bi }).length, 1);
  });

  it('does not apply the uncertain glued reading without unsafe', () => {
    const config = onlyRule('zwnj-verb-prefix');
    assert.equal(fix('من میدانم', { config }), 'من میدانم');
    assert.equal(fix('من میدانم', { config, unsafe: true }), `من می${Z}دانم`);
  });
});

// The gold samples in ../shared are scored by `npm run eval` (its §2 gate), not here: npm test
// stands on the repository alone.
