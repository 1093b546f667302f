// fix-all's later passes re-lint only the lines the pass before changed: they must give exactly
// what linting the whole text again gives.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits, applyFixes, fix, lint, preferredFix } from '../server/engine/index';
import { lintForFix, relint, SMALL } from '../server/engine/fix-passes';
import type { FixOptions } from '../server/engine/config';
import type { Finding, Fix, TextEdit } from '../server/engine/types';

const PIECES = [
  'قم نيوز', ' : ', 'می شود', 'شبکه های', 'حجت السلام', 'رییس', '"ابر"', 'تهران, ایران', '١٤٠٤', '2025', 'خانۀ',
  '\n', '\n\n', '  ', '\u200c', 'سلام الله علیها', '(ره)', 'ایـــران', 'ﻻزم', 'اطالعات', 'معاونتوسعهمدیریت', 'درجریان',
  'حجت‌الاسلام موسی‌پور', 'موسیپور', 'به گزارش قم نیوز،', 'مدیر عامل', 'مدیرعامل', 'کیانی، ', 'رئیس سازمان سینمایی', '?', '،', ' ',
];
// Clean lines between the pieces, so that the whole is long enough for relint to work by
// regions and findings lie before, between and after the edits.
const CLEAN = 'متن سالم و کوتاه خبری است. '.repeat(12) + '\n';
const doc = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }).map((a) => {
  const text = a.join(CLEAN);
  return text + CLEAN.repeat(Math.max(0, Math.ceil((SMALL - text.length) / CLEAN.length))) + a.join('');
});
const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 8 }), ins: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((a) => a.join('')) });

function plain(fs: Finding[]) {
  return fs.map((f) => ({ rule: f.rule, start: f.start, end: f.end, fa: f.message.fa, fixes: f.fixes.map((x) => x.edits), related: f.related }));
}

/** fix as it was: a full lint every pass. */
function fixByFullLint(text: string, options: FixOptions = {}): string {
  for (let pass = 0; pass < 10; pass++) {
    const fixes: Fix[] = [];
    for (const f of lint(text, options)) {
      const x = preferredFix(f, options.unsafe);
      if (x) fixes.push(x);
    }
    if (fixes.length === 0) return text;
    const next = applyFixes(text, fixes).text;
    if (next === text) return text;
    text = next;
  }
  return text;
}

describe('fix-all passes', () => {
  it('relint equals a full lint after random edits spread over a long text', () => {
    fc.assert(
      fc.property(doc, fc.array(edit, { maxLength: 12 }), (text, raw) => {
        // Non-overlapping edits in text order, as applyFixes hands them on.
        const edits: TextEdit[] = [];
        let from = 0;
        for (const e of raw.map((x) => ({ ...x, at: x.at % (text.length + 1) })).sort((a, b) => a.at - b.at)) {
          if (e.at < from) continue;
          const end = Math.min(text.length, e.at + e.del);
          edits.push({ start: e.at, end, newText: e.ins });
          from = end + 1;
        }
        const next = applyEdits(text, edits);
        const prev = lintForFix(text, {});
        assert.deepEqual(plain(prev.all), plain(lint(text)));
        assert.deepEqual(plain(relint(prev, edits, next, {}).all), plain(lint(next)));
      }),
      { numRuns: 150 },
    );
  });

  it('fix gives what a full lint every pass gives, on the held-out inputs (safe and unsafe, plain text and Markdown)', () => {
    const sets = readdirSync('test').filter((d) => /^heldout\d+$/.test(d)).slice(0, 30);
    const text = sets.flatMap((d) => readdirSync(join('test', d)).filter((f) => f.endsWith('.input.txt')).map((f) => readFileSync(join('test', d, f), 'utf8'))).join('\n');
    assert.ok(text.length > 8 * SMALL, 'long enough for regions');
    for (const options of [{}, { unsafe: true }, { languageId: 'markdown' }] as FixOptions[]) {
      const fixed = fix(text, options);
      assert.notEqual(fixed, text);
      assert.equal(fixed, fixByFullLint(text, options), JSON.stringify(options));
    }
  });
});
