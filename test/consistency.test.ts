// Article-level fixtures for the §3/§4 document-wide rules. Each fixture is a whole article;
// after a text line, marker lines say what must be found on it and what it becomes:
//   //~ rule-id «covered text»      a finding of rule-id whose range is exactly that text
//                                   (the first such text on the line; «text»#2 for the second)
//   //=> fixed line                 the line after fix (suggestions applied)
// Marker lines are removed before linting. Only the §3/§4 rules run, and every finding they
// make must be marked: an unmarked one fails the test (precision).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { EngineConfig } from '../server/engine/config';
import { fix, lint, preferredFix } from '../server/engine/index';
import { rules } from '../server/engine/registry';
import { checkDoc } from './invariants';

const MINE = ['honorific-spelling', 'blessing-style', 'blessing-spacing', 'honorific-consistency', 'title-spelling', 'title-consistency', 'name-consistency', 'title-change'];
const config: EngineConfig = { rules: Object.fromEntries(rules.map((r) => [r.meta.id, MINE.includes(r.meta.id) ? r.meta.severity : 'off'])) };

interface Fixture {
  text: string;
  expected: string[];
  fixed: string;
}

const MARK = /^\/\/~ ([a-z-]+) «(.+)»(?:#(\d+))?\s*$/;

export function parseFixture(source: string): Fixture {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  const fixedLines: string[] = [];
  const expected: string[] = [];
  let offset = 0;
  let lineStart = 0;
  for (const line of lines) {
    if (line.startsWith('//~ ')) {
      const m = MARK.exec(line);
      assert.ok(m, `bad marker: ${line}`);
      const [, rule, covered, nth] = m;
      const current = out[out.length - 1];
      let at = -1;
      for (let k = 0; k < Number(nth ?? 1); k++) at = current.indexOf(covered, at + 1);
      assert.ok(at >= 0, `marker text «${covered}» not on the line above`);
      expected.push(`${rule} ${lineStart + at}:${lineStart + at + covered.length} «${covered}»`);
      continue;
    }
    if (line.startsWith('//=> ')) {
      fixedLines[fixedLines.length - 1] = line.slice(5);
      continue;
    }
    lineStart = offset;
    out.push(line);
    fixedLines.push(line);
    offset += line.length + 1;
  }
  return { text: out.join('\n'), expected: expected.sort(), fixed: fixedLines.join('\n') };
}

const dir = join(__dirname, '..', '..', 'test', 'fixtures', 'articles');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('article fixtures (§3/§4)', () => {
  it('there are fixtures, some with findings and one without', () => {
    const parsed = files.map((f) => parseFixture(readFileSync(join(dir, f), 'utf8')));
    assert.ok(parsed.length >= 4);
    assert.ok(parsed.some((p) => p.expected.length === 0));
    assert.ok(parsed.filter((p) => p.expected.length > 0).length >= 3);
  });
  for (const f of files) {
    const fx = parseFixture(readFileSync(join(dir, f), 'utf8'));
    it(`${f}: exactly the marked findings`, () => {
      const found = lint(fx.text, { config })
        .map((x) => `${x.rule} ${x.start}:${x.end} «${fx.text.slice(x.start, x.end)}»`)
        .sort();
      assert.deepEqual(found, fx.expected);
    });
    it(`${f}: fixed text`, () => {
      const out = fix(fx.text, { config, unsafe: true });
      assert.equal(out, fx.fixed);
      assert.deepEqual(
        lint(out, { config }).filter((x) => preferredFix(x, true)).map((x) => `${x.rule} «${out.slice(x.start, x.end)}»`),
        [],
        'fixable findings left after fix',
      );
    });
  }
});

describe('fixture parser', () => {
  it('maps a marker to the offsets of the line above', () => {
    const p = parseFixture('الف\nرییس و رییس\n//~ title-spelling «رییس»#2\n//=> رئیس و رئیس');
    assert.deepEqual(p.expected, ['title-spelling 11:15 «رییس»']);
    assert.equal(p.text, 'الف\nرییس و رییس');
    assert.equal(p.fixed, 'الف\nرئیس و رئیس');
  });
});

describe('§3/§4 rules on generated articles', () => {
  // Words of honorifics, titles, blessings and names, joined by every separator the rules
  // must cope with: the engine's guarantees hold and fixing twice changes nothing.
  const WORDS = [
    'حجت', 'الاسلام', 'حجتالاسلام', 'حجت‌الاسلام', 'و', 'والمسلمین', 'المسلمین', 'آیت', 'آیه', 'آیة', 'الله', 'العظمی',
    'رییس', 'رئیس', 'جمهور', 'مسوولان', 'مسئولان', 'مدیر', 'عامل', 'فن', 'آوری', 'فناوری', 'وزیر', 'نیرو', 'نفت',
    'سلام', 'علیها', 'علیه', 'السلام', '(ره)', '(س)', '( ع )', 'خمینی', 'موسی', 'پور', 'موسیپور', 'موسی‌پور',
    'قم', 'نیوز', 'نيوز', 'به', 'گزارش', 'دکتر', 'سرتیپ', 'سرلشکر', 'محمدی', 'گفت', 'سازمان', 'اوقاف',
  ];
  const SEPS = [' ', ' ', ' ', '\u200c', '', '، ', '\n', ': ', '. '];
  const doc = fc
    .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)), { minLength: 1, maxLength: 40 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));
  it('keep every engine guarantee', () => {
    fc.assert(
      fc.property(doc, fc.boolean(), (text, unsafe) => {
        assert.deepEqual(checkDoc({ text, languageId: 'plaintext', unsafe }).map((f) => `${f.problem}: ${f.detail}`), []);
      }),
      { numRuns: 400 },
    );
  });
});
