// Unit tests of the tokenizer and of Markdown's protected ranges.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { F } from '../server/engine/chars';
import { markdownProtectedRanges } from '../server/engine/markdown';
import { T, tokenize, Tokens } from '../server/engine/tokenize';
import { checkTokens } from './invariants';

const NAMES: Record<number, string> = {
  [T.Word]: 'Word', [T.Latin]: 'Latin', [T.Number]: 'Number', [T.Space]: 'Space', [T.Newline]: 'Newline',
  [T.Punct]: 'Punct', [T.Joiner]: 'Joiner', [T.Format]: 'Format', [T.Url]: 'Url', [T.Email]: 'Email',
  [T.Code]: 'Code', [T.Other]: 'Other',
};

function list(text: string, t: Tokens): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(`${NAMES[t.kind[i]]}:${text.slice(t.start[i], t.end[i])}`);
  return out;
}

const toks = (text: string) => list(text, tokenize(text));
const mdToks = (text: string) => list(text, tokenize(text, markdownProtectedRanges(text)));
/** Protected (Code) texts of a Markdown document. */
const code = (text: string) => mdToks(text).filter((s) => s.startsWith('Code:')).map((s) => s.slice(5));

describe('tokenize: kinds', () => {
  it('splits Persian words, spaces, punctuation and numbers', () => {
    assert.deepEqual(toks('سال ۱۴۰۴، خبر.'), ['Word:سال', 'Space: ', 'Number:۱۴۰۴', 'Punct:،', 'Space: ', 'Word:خبر', 'Punct:.']);
  });
  it('keeps a ZWNJ between letters inside the word, and a stray one as a Joiner', () => {
    assert.deepEqual(toks('می\u200cشود'), ['Word:می\u200cشود']);
    assert.deepEqual(toks('می \u200cشود'), ['Word:می', 'Space: ', 'Joiner:\u200c', 'Word:شود']);
    assert.deepEqual(toks('شود\u200c'), ['Word:شود', 'Joiner:\u200c']);
    assert.deepEqual(toks('ab\u200ccd'), ['Latin:ab', 'Joiner:\u200c', 'Latin:cd']);
  });
  it('flags ZWNJ, ZWJ and soft hyphen inside words', () => {
    const t = tokenize('می\u200cشود نه\u200dها ک\u00adتاب');
    assert.equal(t.count, 5);
    assert.ok(t.flags[0] & F.Joiner);
    assert.ok(t.flags[2] & F.OtherJoiner);
    assert.ok(t.flags[4] & F.OtherJoiner);
  });
  it('makes direction marks and BOM Format tokens', () => {
    assert.deepEqual(toks('\ufeffالف\u200f\u200eب'), ['Format:\ufeff', 'Word:الف', 'Format:\u200f\u200e', 'Word:ب']);
  });
  it('flags Arabic letters, tatweel, presentation forms and heh with hamza', () => {
    const t = tokenize('كتاب مـحمد ﻻزم خانۀ');
    assert.ok(t.flags[0] & F.ArabicLetter);
    assert.ok(t.flags[2] & F.Tatweel);
    assert.ok(t.flags[4] & F.Presentation);
    assert.ok(t.flags[6] & F.HehHamza);
  });
  it('reads Arabic-Indic, Persian and ASCII digits as numbers', () => {
    assert.deepEqual(toks('١٤ ۱۴ 14'), ['Number:١٤', 'Space: ', 'Number:۱۴', 'Space: ', 'Number:14']);
  });
});

describe('tokenize: Latin words, URLs and e-mails', () => {
  it('keeps digits glued to Latin letters in the Latin word', () => {
    assert.deepEqual(toks('mp3 4G x2y GPT 4'), ['Latin:mp3', 'Space: ', 'Latin:4G', 'Space: ', 'Latin:x2y', 'Space: ', 'Latin:GPT', 'Space: ', 'Number:4']);
  });
  it('reads accented, Greek and Cyrillic words as Latin', () => {
    assert.deepEqual(toks('café Σ Москва'), ['Latin:café', 'Space: ', 'Latin:Σ', 'Space: ', 'Latin:Москва']);
  });
  it('takes URLs with digits whole, without the sentence punctuation after them', () => {
    assert.deepEqual(toks('سایت https://x2.ir/a/12?b=3,4. را'), ['Word:سایت', 'Space: ', 'Url:https://x2.ir/a/12?b=3,4', 'Punct:.', 'Space: ', 'Word:را']);
    assert.deepEqual(toks('(www.isna.ir/9)،'), ['Punct:(', 'Url:www.isna.ir/9', 'Punct:)', 'Punct:،']);
    assert.deepEqual(toks('isna.ir؟'), ['Url:isna.ir', 'Punct:؟']);
    assert.deepEqual(toks('ftp://10.0.0.1/pub'), ['Url:ftp://10.0.0.1/pub']);
  });
  it('takes e-mails with digits whole', () => {
    assert.deepEqual(toks('ali99@x2.ir، و a.b-c_9@mail.example.co'), ['Email:ali99@x2.ir', 'Punct:،', 'Space: ', 'Word:و', 'Space: ', 'Email:a.b-c_9@mail.example.co']);
  });
  it('finds a domain after a broken run, but not a partial word', () => {
    assert.deepEqual(toks('a..b.com'), ['Latin:a', 'Punct:.', 'Punct:.', 'Url:b.com']);
    assert.deepEqual(toks('x-www.foo.com'), ['Url:x-www.foo.com']);
    assert.deepEqual(toks('example.comx'), ['Latin:example', 'Punct:.', 'Latin:comx']);
    assert.deepEqual(toks('a-b-c'), ['Latin:a', 'Punct:-', 'Latin:b', 'Punct:-', 'Latin:c']);
  });
  it('ends a domain at its last top-level domain, with its path', () => {
    assert.deepEqual(toks('a.co.ir/x/1 b.com-c d.info. e.comx'), [
      'Url:a.co.ir/x/1', 'Space: ', 'Url:b.com', 'Punct:-', 'Latin:c', 'Space: ', 'Url:d.info', 'Punct:.', 'Space: ',
      'Latin:e', 'Punct:.', 'Latin:comx',
    ]);
    assert.deepEqual(toks('x@y z@a.b. _@a.b'), ['Latin:x', 'Punct:@', 'Latin:y', 'Space: ', 'Email:z@a.b', 'Punct:.', 'Space: ', 'Email:_@a.b']);
  });
  it('matches a URL at a word start exactly as if the text began there (no stale cache)', () => {
    const unit = fc.constantFrom(...'a.-@:/w_%+ )2c,', 'com', 'ir', 'www.', '://', 'http', 'ی', '..');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((xs) => xs.join('')), (text) => {
        const whole = tokenize(text);
        for (let i = 0; i < whole.count; i++) {
          const k = whole.kind[i];
          if (k !== T.Url && k !== T.Email && k !== T.Latin) continue;
          const s = whole.start[i];
          const alone = tokenize(text.slice(s));
          assert.equal(`${NAMES[alone.kind[0]]}:${alone.end[0] + s}`, `${NAMES[k]}:${whole.end[i]}`, `at ${s} in ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tokenize: surrogates and line endings', () => {
  it('never splits a surrogate pair', () => {
    assert.deepEqual(toks('😀x𝄞'), ['Other:😀', 'Latin:x', 'Other:𝄞']);
  });
  it('keeps lone surrogates as single tokens', () => {
    assert.deepEqual(toks('a\ud83d'), ['Latin:a', 'Other:\ud83d']);
    assert.deepEqual(toks('\ude00\ud83d b'), ['Other:\ude00', 'Other:\ud83d', 'Space: ', 'Latin:b']);
  });
  it('reads CRLF as one newline, and CR, LF, LS, PS alone', () => {
    assert.deepEqual(toks('a\r\nb\rc\nd\u2028e'), ['Latin:a', 'Newline:\r\n', 'Latin:b', 'Newline:\r', 'Latin:c', 'Newline:\n', 'Latin:d', 'Newline:\u2028', 'Latin:e']);
    assert.deepEqual(toks('\r\r\n\n'), ['Newline:\r', 'Newline:\r\n', 'Newline:\n']);
  });
  it('covers any text exactly, in order, with no empty token', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        assert.equal(checkTokens(text, tokenize(text)), null);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tokenize: vocalized Arabic spans', () => {
  it('marks the words of a vocalized quotation and nothing after it', () => {
    const text = 'قال: بِسْمِ اللَّهِ الرَّحْمَنِ. سپس كتاب';
    const t = tokenize(text);
    const marked = list(text, t).filter((_, i) => t.flags[i] & F.ArabicSpan);
    assert.deepEqual(marked, ['Word:بِسْمِ', 'Word:اللَّهِ', 'Word:الرَّحْمَنِ']);
  });
  it('does not mark one vocalized word in a Persian sentence', () => {
    const t = tokenize('او گفت که کِتاب را برد و رفت');
    for (let i = 0; i < t.count; i++) assert.equal(t.flags[i] & F.ArabicSpan, 0);
  });
});

describe('markdown: protected ranges', () => {
  it('protects code spans, double-backtick spans and HTML', () => {
    assert.deepEqual(code('متن `کد ي` و ``a ` b`` و <b class="x">ی</b>'), ['`کد ي`', '``a ` b``', '<b class="x">', '</b>']);
  });
  it('protects the target of a link but not its text', () => {
    assert.deepEqual(mdToks('[لینک](https://x.ir/ي)'), ['Punct:[', 'Word:لینک', 'Punct:]', 'Code:(https://x.ir/ي)']);
    assert.deepEqual(code('[a]() و ](x'), ['()']);
  });
  it('protects autolinks and reference definitions', () => {
    assert.deepEqual(code('<https://x.ir/12> و\n[1]: https://x.ir/ي "عنوان"\n'), ['<https://x.ir/12>', '[1]: https://x.ir/ي "عنوان"']);
  });
  it('ends a reference definition or a fence line before CR (CRLF and CR-only files)', () => {
    assert.deepEqual(code('[1]: https://x.ir\r\nمتن ي'), ['[1]: https://x.ir']);
    assert.deepEqual(code('[1]: x\rمتن ي'), ['[1]: x']);
    assert.deepEqual(code('```\rكد`\r```\rمتن ي'), ['```\rكد`\r```']);
  });
  it('protects closed HTML comments and leaves unclosed ones', () => {
    assert.deepEqual(code('الف <!-- ي\nك --> ب'), ['<!-- ي\nك -->']);
    assert.deepEqual(code('الف <!-- ي <!-- ب --> ج <!-- د'), ['<!-- ي <!-- ب -->']);
    assert.deepEqual(code('<!-->'), []);
  });
  it('protects fenced code with backticks or tildes, LF or CRLF', () => {
    assert.deepEqual(code('الف\n```js\nكد ي\n```\nمتن'), ['```js\nكد ي\n```']);
    assert.deepEqual(code('الف\r\n~~~\r\nكد\r\n~~~\r\nمتن'), ['~~~\r\nكد\r\n~~~']);
    assert.deepEqual(code('```\nباز مانده ي'), ['```\nباز مانده ي']);
  });
  it('does not take a backtick line with a backtick in its info string as a fence', () => {
    assert.deepEqual(code('```a`b\nمتن'), ['`a`']);
  });
  it('protects front matter with LF or CRLF, but not an unclosed one', () => {
    assert.deepEqual(code('---\ntitle: ي\n---\nمتن'), ['---\ntitle: ي\n---']);
    assert.deepEqual(code('---\r\ntitle: ي\r\n...\r\nمتن'), ['---\r\ntitle: ي\r\n...']);
    assert.deepEqual(code('---\ntitle: ي\nمتن'), []);
  });
  it('returns sorted, disjoint, non-empty ranges that split no surrogate pair or CRLF', () => {
    const unit = fc.constantFrom('`', '``', '```', '~~~', '<!--', '-->', '](', ')', '[', ']:', '<b>', '<', '>', '\n', '\r\n', '---', 'ي', ' ', '😀', 'x');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((xs) => xs.join('')), (text) => {
        const r = markdownProtectedRanges(text);
        assert.equal(r.length % 2, 0);
        for (let i = 0; i < r.length; i += 2) {
          assert.ok(r[i] < r[i + 1] && r[i + 1] <= text.length, `range ${r[i]}-${r[i + 1]}`);
          if (i) assert.ok(r[i] > r[i - 1], 'sorted and disjoint');
        }
        assert.equal(checkTokens(text, tokenize(text, r)), null);
      }),
      { numRuns: 3000 },
    );
  });
  it('equals the plain-regex model for comments and link targets', () => {
    // The model: the lazy regexes the scanner replaced (quadratic on unclosed marks, same ranges).
    const model = (text: string): string[] => {
      const re = /<!--[\s\S]*?-->|``[^\n]*?``|`[^`\n]+`|\]\([^)\n]*\)|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>|<(?:https?|mailto|ftp):[^<>\s]*>|^ {0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$/gm;
      const out: string[] = [];
      for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[0].startsWith('](') ? m[0].slice(1) : m[0]);
      return out;
    };
    // No backticks: "```" would open a fence, which the model does not know.
    const unit = fc.constantFrom('<!--', '-->', '--', '>', '](', ')', '(', ']', '\n', 'ي', ' ', 'x', '<a ', '<a>', '[x]: y');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 25 }).map((xs) => xs.join('')), (text) => {
        // Adjacent ranges merge in markdownProtectedRanges; compare the covered text instead.
        assert.equal(code(text).join(''), model(text).join(''), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tokenize: scratch arrays', () => {
  /** Every field of every token, so a value left over from an earlier text shows. */
  const fields = (t: Tokens) =>
    Array.from({ length: t.count }, (_, i) => [t.kind[i], t.start[i], t.end[i], t.flags[i], t.fhash[i]].join(','));

  it('reused arrays give the tokens fresh ones give, whatever the earlier text held', () => {
    // A long text of words with flags and hashes first, then shorter texts whose tokens at the
    // same indexes are spaces, punctuation, numbers and Markdown code, which set fewer fields.
    const words = 'كتاب‌هاي ي ۀ حجت‌الاسلام ـــ '.repeat(400);
    tokenize(words, [], true);
    const later = ['  ،  ؛ ۱۲۳ 45 ! \n\n\t ', '`code` ي x', ' '.repeat(7) + '\n'];
    for (const text of later) {
      const ranges = markdownProtectedRanges(text);
      const fresh = fields(tokenize(text, ranges));
      const reused = tokenize(text, ranges, true);
      assert.deepEqual(fields(reused), fresh, JSON.stringify(text));
      assert.equal(checkTokens(text, reused), null);
      tokenize(words, [], true);
    }
  });

  it('a text longer than the scratch arrays gets new ones, and later texts reuse them', () => {
    tokenize('ي ', [], true);
    const long = 'کتاب، ۱۲ ي. '.repeat(5000);
    const a = tokenize(long, [], true);
    assert.deepEqual(fields(a), fields(tokenize(long)));
    const b = tokenize('ي ', [], true);
    assert.equal(b.kind.buffer, a.kind.buffer, 'the short text reuses the long text\'s arrays');
    assert.notEqual(tokenize('ي ').kind.buffer, a.kind.buffer, 'without scratch, arrays of its own');
  });
});
