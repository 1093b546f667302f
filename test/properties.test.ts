// Property tests of the whole engine over generated press text (see test/arbitraries.ts).
// A failure prints fast-check's seed and path; replay with PQA_SEED=<seed> (and PQA_RUNS=<n>).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fix, IncrementalLinter, lint } from '../server/engine/index';
import type { Finding } from '../server/engine/types';
import { doc, Doc, longLineDoc, mixedNewlines } from './arbitraries';
import { checkDoc, checkFindings, checkTokens, describeFailures, Failure, lostProtectedText, tokensOf, validRange } from './invariants';

const seed = process.env.PQA_SEED ? Number(process.env.PQA_SEED) : undefined;
const scale = process.env.PQA_RUNS ? Number(process.env.PQA_RUNS) / 1000 : 1;
const runs = (n: number) => ({ numRuns: Math.max(1, Math.round(n * scale)), ...(seed !== undefined ? { seed } : {}) });

/** Documents of every kind the properties run over. */
const anyDoc: fc.Arbitrary<Doc> = fc.oneof(
  { arbitrary: doc(60), weight: 8 },
  {
    arbitrary: fc.record({ text: mixedNewlines, languageId: fc.constantFrom<'plaintext' | 'markdown'>('plaintext', 'markdown'), unsafe: fc.boolean() }),
    weight: 2,
  },
);

const only = (failures: Failure[], ...problems: string[]) => describeFailures(failures.filter((f) => problems.includes(f.problem)));
const findingsOf = (d: Doc) => lint(d.text, { languageId: d.languageId });

describe('properties: engine over generated documents', () => {
  it('lint and fix never throw', () => {
    fc.assert(
      fc.property(anyDoc, (d) => {
        lint(d.text, { languageId: d.languageId });
        fix(d.text, { languageId: d.languageId, unsafe: d.unsafe });
      }),
      runs(3000),
    );
  });

  it('fix(fix(x)) === fix(x)', () => {
    fc.assert(
      fc.property(anyDoc, (d) => {
        const o = { languageId: d.languageId, unsafe: d.unsafe };
        const once = fix(d.text, o);
        assert.equal(fix(once, o), once);
      }),
      runs(2000),
    );
  });

  it('no fix overlaps itself, and applyFixes selects non-overlapping fixes (as the model does)', () => {
    fc.assert(
      fc.property(anyDoc, (d) => {
        assert.deepEqual(only(checkFindings(d.text, d.languageId, findingsOf(d), d.unsafe), 'self-overlapping-fix', 'overlapping-selection'), []);
      }),
      runs(3000),
    );
  });

  it("every edit lies within its finding, a finding of the same rule, or a related location", () => {
    fc.assert(
      fc.property(anyDoc, (d) => {
        assert.deepEqual(only(checkFindings(d.text, d.languageId, findingsOf(d), d.unsafe), 'edit-outside-finding'), []);
      }),
      runs(3000),
    );
  });

  it('no fix touches Latin words, URLs, e-mails or Markdown code, and fix keeps their text', () => {
    fc.assert(
      fc.property(anyDoc, (d) => {
        assert.deepEqual(only(checkFindings(d.text, d.languageId, findingsOf(d), d.unsafe), 'protected-edit'), []);
        const out = fix(d.text, { languageId: d.languageId, unsafe: d.unsafe });
        assert.equal(lostProtectedText(d.text, out, d.languageId), null);
      }),
      runs(2000),
    );
  });

  it('ranges are valid UTF-16 positions: inside the text, never inside a surrogate pair or a CRLF', () => {
    fc.assert(
      fc.property(anyDoc, (d) => {
        assert.deepEqual(only(checkFindings(d.text, d.languageId, findingsOf(d), d.unsafe), 'invalid-range'), []);
      }),
      runs(3000),
    );
  });

  it('tokens concatenate back to the input exactly', () => {
    fc.assert(
      fc.property(anyDoc, (d) => {
        assert.equal(checkTokens(d.text, tokensOf(d.text, d.languageId)), null);
      }),
      runs(3000),
    );
  });

  it('the incremental linter equals a full lint after any edit sequence', () => {
    const plain = (fs: Finding[]) => fs.map((f) => ({ rule: f.rule, start: f.start, end: f.end, fa: f.message.fa, related: f.related, fixes: f.fixes.map((x) => x.edits) }));
    // Edits cut anywhere: inside a CRLF, a surrogate pair, a fence or a word.
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 16 }), ins: doc(6).map((d) => d.text.slice(0, 24)) });
    fc.assert(
      fc.property(anyDoc, fc.array(edit, { maxLength: 6 }), (d, edits) => {
        let text = d.text;
        const o = { languageId: d.languageId };
        const inc = new IncrementalLinter(text, o);
        assert.deepEqual(plain(inc.findings), plain(lint(text, o)));
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
          assert.deepEqual(plain(inc.update(text)), plain(lint(text, o)), JSON.stringify(text));
        }
      }),
      runs(500),
    );
  });

  it('keeps every guarantee on very long lines', () => {
    fc.assert(
      fc.property(longLineDoc(200), (d) => {
        assert.deepEqual(describeFailures(checkDoc(d)), []);
      }),
      runs(100),
    );
  });
});

describe('properties: the checks can fail', () => {
  // Hand-made broken findings, so a property that passes is known to be able to fail.
  const text = 'كتاب و 😀 https://x.ir/12 متن\r\nميز';
  const base: Omit<Finding, 'start' | 'end' | 'fixes'> = { rule: 'r', family: 'letters', severity: 'error', message: { fa: 'x', en: 'x' } };
  const finding = (start: number, end: number, edits: [number, number, string][], rule = 'r'): Finding => ({
    ...base,
    rule,
    start,
    end,
    fixes: [{ title: { fa: 'x', en: 'x' }, safe: true, edits: edits.map(([s, e, newText]) => ({ start: s, end: e, newText })) }],
  });
  const problems = (fs: Finding[]) => checkFindings(text, 'plaintext', fs, false).map((f) => f.problem);
  const url = text.indexOf('https');
  const emoji = text.indexOf('😀');
  const cr = text.indexOf('\r');

  it('accepts a sound finding', () => {
    assert.deepEqual(problems([finding(0, 4, [[0, 1, 'ک']])]), []);
  });
  it('catches an edit outside every finding of its rule', () => {
    assert.deepEqual(problems([finding(0, 4, [[text.length - 3, text.length - 2, 'م']])]), ['edit-outside-finding']);
  });
  it('catches an edit inside a URL', () => {
    assert.ok(problems([finding(url, url + 5, [[url + 2, url + 3, 'T']])]).includes('protected-edit'));
  });
  it('catches ranges that split a surrogate pair or a CRLF, or leave the text', () => {
    assert.ok(problems([finding(emoji + 1, emoji + 2, [])]).includes('invalid-range'));
    assert.ok(problems([finding(cr + 1, cr + 1, [])]).includes('invalid-range'));
    assert.ok(problems([finding(0, text.length + 1, [])]).includes('invalid-range'));
    assert.ok(!validRange(text, emoji + 1, emoji + 2));
  });
  it('catches a fix whose own edits overlap', () => {
    assert.ok(problems([finding(0, 4, [[0, 2, 'a'], [1, 3, 'b']])]).includes('self-overlapping-fix'));
  });
  it('catches a changed URL after fix', () => {
    assert.equal(lostProtectedText('x https://x.ir/12 و `a`', 'x https://x.ir/۱۲ و `a`', 'markdown'), 'https://x.ir/12');
    assert.equal(lostProtectedText('x `a` و `b`', 'x `b` و `a`', 'markdown'), '`b`');
    assert.equal(lostProtectedText('\u200c```\nكد\n```', '```\nکد\n```', 'markdown'), null);
  });
});
