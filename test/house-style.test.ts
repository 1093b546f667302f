// The house-style file: parsing with positions, schema, specs, the regex guard, merging,
// discovery and the last-good-configuration rule.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fix, lint } from '../server/engine/index';
import { LIST_MAPPING, STYLE_MAPPING, mergeConfigs, normalizeStyle, parseHouseStyle, styleToRules, withIgnoredWord } from '../server/engine/house-style';
import type { HouseStyleDiagnostic } from '../server/engine/house-style';
import type { EngineConfig } from '../server/engine/config';
import fc from 'fast-check';
import { compileEntry, compilePattern, findMatches, narrowEdit, regexSafetyProblem } from '../server/engine/rules/house-substitution';
import { rules } from '../server/engine/registry';
import { HouseStyleLoader as Loader } from '../server/node/house-style-loader';

class HouseStyleLoader extends Loader {
  constructor() {
    super(parseHouseStyle);
  }
}
const effectiveConfig = (settings: EngineConfig, house: { config?: EngineConfig }) => mergeConfigs(settings, house.config);

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'persian-qa.schema.json'), 'utf8'));
const pos = (d: HouseStyleDiagnostic) => `${d.line}:${d.column}`;
/** Line and column (1-based) of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string): string {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${needle} not in text`);
  const lines = text.slice(0, i).split('\n');
  return `${lines.length}:${lines[lines.length - 1].length + 1}`;
}

describe('parseHouseStyle: a valid file', () => {
  const text = `{
  // comments and trailing commas are fine: editors write them
  "rules": { "kashida": "off", "latin-digits": { "severity": "warning" }, },
  "style": { "hehHamza": "هٔ", "digits": "latin", "beh": "zwnj", "blessings": "abbreviated", "pluralZwnjAfterNonHeh": false, "ra'is": "رییس" },
  "titles": { "مدیرعامل": ["مدیر عامل"] },
  "names": ["موسی‌پور"],
  "substitutions": [
    { "expected": "فناوری", "patterns": ["فن‌آوری", "/فن ?آوری/"], "specs": [{ "from": "فن آوری نو", "to": "فناوری نو" }] }
  ],
  "ignoreWords": ["ايران"]
}`;
  const parsed = parseHouseStyle(text);

  it('has no diagnostics and gives a config', () => {
    assert.deepEqual(parsed.diagnostics, []);
    assert.ok(parsed.config);
  });

  it('maps rules, style keys, lists and ignore words', () => {
    const r = parsed.config!.rules!;
    assert.equal(r['kashida'], 'off');
    assert.deepEqual(r['latin-digits'], { severity: 'warning', options: { digits: 'latin' } });
    assert.deepEqual(r['heh-hamza-consistency'], { options: { form: 'هٔ' } });
    const entries = (r['house-substitution'] as { options: { entries: { expected: string; patterns: string[] }[] } }).options.entries;
    assert.ok(entries.some((e) => e.expected === 'به\u200cعنوان' && e.patterns[0] === 'به عنوان'), 'beh: zwnj');
    assert.deepEqual(r['blessing-style'], { options: { style: 'abbreviated' } });
    assert.deepEqual(r['zwnj-plural'], { options: { afterNonHeh: 'either' } });
    assert.deepEqual(entries.filter((e) => e.expected === 'فناوری'), [{ expected: 'فناوری', patterns: ['فن‌آوری', '/فن ?آوری/'] }]);
    assert.deepEqual(parsed.config!.ignoreWords, ['ايران']);
  });

  it('the config drives lint: a rule off, a style choice, a substitution, an ignored word', () => {
    const config = parsed.config!;
    const text = 'ايران و كشور. خانۀ ما. صنعت فن آوری در سال ۱۴۰۳.';
    const found = lint(text, { config });
    const rulesFound = new Set(found.map((f) => f.rule));
    assert.ok(!found.some((f) => text.slice(f.start, f.end) === 'ايران'), 'ignored word reported');
    assert.ok(rulesFound.has('arabic-letters'), 'كشور still reported');
    assert.ok(rulesFound.has('house-substitution'));
    assert.ok(found.some((f) => f.rule === 'heh-hamza-consistency' && text.slice(f.start, f.end) === 'ۀ'), 'form هٔ enforced');
    assert.equal(fix(text, { config }), 'ايران و کشور. خانهٔ ما. صنعت فناوری در سال ۱۴۰۳.');
    assert.equal(lint('کـــتاب', { config }).filter((f) => f.rule === 'kashida').length, 0);
    assert.ok(lint('کـــتاب').some((f) => f.rule === 'kashida'), 'kashida reports by default');
  });

  it('the latin-digits choice changes what lint reports', () => {
    const text = 'در سال ۱۴۰۳ و 2024 گفت.';
    const digitsOf = (cfg?: EngineConfig) => lint(text, { config: cfg }).filter((f) => f.rule === 'latin-digits').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(digitsOf(), ['2024']);
    assert.deepEqual(digitsOf(parsed.config), ['۱۴۰۳']);
  });
});

describe('each friendly key reaches its rule', () => {
  /** "rule:text" of every finding under the house style `file`. */
  const found = (text: string, file: string) => {
    const p = parseHouseStyle(file);
    assert.deepEqual(p.diagnostics, [], file);
    return lint(text, { config: p.config }).map((f) => `${f.rule}:${text.slice(f.start, f.end)}`).sort();
  };
  const style = (o: object) => JSON.stringify({ style: o });

  it("ra'is: «رئیس» or «رییس», compounds included", () => {
    const text = 'رییس سازمان و رئیس‌جمهور و رییس‌جمهور';
    assert.deepEqual(found(text, style({ "ra'is": 'رئیس' })).filter((x) => x.startsWith('title-spelling')), ['title-spelling:رییس', 'title-spelling:رییس‌جمهور']);
    assert.deepEqual(found(text, style({ "ra'is": 'رییس' })).filter((x) => x.startsWith('title-spelling')), ['title-spelling:رئیس‌جمهور']);
  });

  it('pluralZwnjAfterNonHeh', () => {
    assert.deepEqual(found('کتابها و خانه‌ها', style({ pluralZwnjAfterNonHeh: true })), ['zwnj-plural:کتابها']);
    assert.deepEqual(found('کتابها و خانه‌ها', style({ pluralZwnjAfterNonHeh: false })), []);
  });

  it('blessings', () => {
    const text = 'امام علی (ع) و امام حسین علیه‌السلام و امام رضا (ع)';
    assert.deepEqual(found(text, style({ blessings: 'consistent' })), ['blessing-style:علیه‌السلام']);
    assert.deepEqual(found(text, style({ blessings: 'full' })), ['blessing-style:(ع)', 'blessing-style:(ع)']);
    assert.deepEqual(found(text, style({ blessings: 'abbreviated' })), ['blessing-style:علیه‌السلام']);
  });

  it('beh: one of «به عنوان» and «به‌عنوان»', () => {
    const text = 'به عنوان نمونه و به‌ویژه امروز';
    assert.deepEqual(found(text, '{}').filter((x) => /به/.test(x)), [], 'both are right by default');
    assert.deepEqual(found(text, style({ beh: 'zwnj' })), ['house-substitution:به عنوان']);
    assert.deepEqual(found(text, style({ beh: 'space' })), ['house-substitution:به‌ویژه']);
    const p = parseHouseStyle(style({ beh: 'space' }));
    assert.equal(fix('وقف بهعنوان سرمایه و به‌ویژه', { config: p.config }), 'وقف به عنوان سرمایه و به ویژه');
    assert.equal(fix('به عنوان و به‌ویژه', { config: parseHouseStyle(style({ beh: 'zwnj' })).config }), 'به‌عنوان و به‌ویژه');
  });

  it('beh decides how a glued «به» adverb is fixed, in one pass; unset, «=apart» entries go apart', () => {
    const text = 'بهدلیل باران و بهعنوان نمونه';
    const once = (config?: object) => lint(text, config ? { config } : {}).flatMap((f) => f.fixes.slice(0, 1).flatMap((x) => x.edits.map((e) => e.newText)));
    assert.deepEqual(once(parseHouseStyle(style({ beh: 'zwnj' })).config), ['\u200c', '\u200c']);
    assert.deepEqual(once(parseHouseStyle(style({ beh: 'space' })).config), [' ', ' ']);
    assert.deepEqual(once(), [' ', '\u200c']);
  });

  it('hehHamza', () => {
    assert.deepEqual(found('خانۀ ما', style({ hehHamza: 'consistent' })), []);
    assert.deepEqual(found('خانۀ ما', style({ hehHamza: 'هٔ' })), ['heh-hamza-consistency:ۀ']);
  });

  it('titles, honorifics and names take the house form', () => {
    assert.deepEqual(found('دبیرکل سازمان', '{}').filter((x) => x.startsWith('title-spelling')), [], 'the default house form');
    assert.deepEqual(found('دبیرکل سازمان', '{ "titles": { "دبیر کل": ["دبیرکل"] } }').filter((x) => x.startsWith('title-spelling')), ['title-spelling:دبیرکل']);
    assert.deepEqual(found('حجت الاسلام محمدی', '{}'), ['honorific-spelling:حجت الاسلام']);
    assert.deepEqual(found('حجت‌الاسلام محمدی', '{ "honorifics": { "حجت الاسلام": ["حجت‌الاسلام"] } }'), ['honorific-spelling:حجت‌الاسلام']);
    assert.deepEqual(found('آقای قم نیوز و قمنیوز گفت', '{}'), ['name-consistency:قمنیوز']);
    assert.deepEqual(found('آقای قم نیوز و قمنیوز گفت', '{ "names": ["قمنیوز"] }'), ['name-consistency:قم نیوز']);
  });
});

describe('parseHouseStyle: broken input', () => {
  it('invalid JSON: one error at the place of the problem, no config', () => {
    const text = '{\n  "rules": {\n    "kashida": "off"\n    "tatweel": "off"\n  }\n}';
    const p = parseHouseStyle(text);
    assert.equal(p.config, undefined);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0].severity, 'error');
    assert.equal(p.diagnostics[0].code, 'json-syntax');
    assert.equal(pos(p.diagnostics[0]), at(text, '"tatweel"'));
    assert.equal(p.diagnostics[0].message.en, 'Invalid JSON: a comma (,) is missing before this; the file was not applied');
    assert.match(p.diagnostics[0].message.fa, /JSON نامعتبر: پیش از این‌جا ویرگول/);
  });

  it('empty file, unclosed string, single quotes, non-object root', () => {
    assert.match(parseHouseStyle('').diagnostics[0].message.en, /the file is empty/);
    assert.match(parseHouseStyle('{ "names": ["x ] }').diagnostics[0].message.en, /a string is not closed/);
    const single = parseHouseStyle("{\n  'names': []\n}");
    assert.match(single.diagnostics[0].message.en, /double quotes/);
    assert.equal(pos(single.diagnostics[0]), '2:3');
    const arr = parseHouseStyle('[1, 2]');
    assert.equal(arr.config, undefined);
    assert.match(arr.diagnostics[0].message.en, /expected an object/);
  });

  it('a value outside the allowed ones: error at the value, naming the allowed ones', () => {
    const text = '{\n  "style": {\n    "hehHamza": "ه"\n  }\n}';
    const p = parseHouseStyle(text);
    assert.equal(p.config, undefined);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(pos(p.diagnostics[0]), at(text, '"ه"'));
    assert.match(p.diagnostics[0].message.en, /style\.hehHamza: invalid value “ه”; expected one of “ۀ”, “هٔ”, “consistent”/);
  });

  it('wrong types and a wrong rule setting', () => {
    const text = '{ "ignoreWords": "ايران", "rules": { "kashida": "loud" }, "names": [1] }';
    const p = parseHouseStyle(text);
    assert.equal(p.config, undefined);
    assert.deepEqual(p.diagnostics.map(pos), [at(text, '"ايران"'), at(text, '"loud"'), at(text, '1]')]);
    assert.match(p.diagnostics[0].message.en, /ignoreWords: wrong type; expected a list/);
    assert.match(p.diagnostics[1].message.en, /rules\.kashida: invalid value/);
  });

  it('a substitution without patterns', () => {
    const text = '{ "substitutions": [ { "expected": "x" } ] }';
    const p = parseHouseStyle(text);
    assert.equal(p.config, undefined);
    assert.match(p.diagnostics[0].message.en, /substitutions\[0\]: missing key “patterns”/);
  });

  it('unknown keys and rule ids are warnings with a suggestion; the file still applies', () => {
    const text = '{\n  "ignorewords": ["x"],\n  "rules": { "kashidaa": "off" }\n}';
    const p = parseHouseStyle(text);
    assert.ok(p.config);
    assert.deepEqual(p.diagnostics.map((d) => [d.severity, d.code, pos(d)]), [
      ['warning', 'unknown-key', at(text, '"ignorewords"')],
      ['warning', 'unknown-rule', at(text, '"kashidaa"')],
    ]);
    assert.match(p.diagnostics[0].message.en, /did you mean “ignoreWords”/);
    assert.match(p.diagnostics[1].message.en, /did you mean “kashida”/);
  });

  it('a duplicate key is a warning at the second one', () => {
    const text = '{\n  "ignoreWords": ["a"],\n  "ignoreWords": ["b"]\n}';
    const p = parseHouseStyle(text);
    assert.deepEqual(p.diagnostics.map((d) => [d.severity, pos(d)]), [['warning', '3:3']]);
    assert.match(p.diagnostics[0].message.en, /duplicate key “ignoreWords”; only the last one applies/);
    assert.deepEqual(p.config!.ignoreWords, ['b']);
  });

  it('never throws on odd input', () => {
    for (const t of ['{', '}', 'null', '"x"', '{"rules": null}', '{"substitutions": [null, 1, {"expected": 1, "patterns": [2]}]}', '\u0000', '{"style": {"digits": ["latin"]}}']) {
      const p = parseHouseStyle(t);
      assert.ok(p.diagnostics.length > 0, t);
      assert.equal(p.config, undefined, t);
    }
  });
});

describe('substitution specs', () => {
  const file = (specs: string) => `{
  "substitutions": [
    {
      "expected": "مدیرعامل",
      "patterns": ["مدیر عامل"],
      "specs": [
${specs}
      ]
    }
  ]
}`;

  it('passing specs give no diagnostic', () => {
    const p = parseHouseStyle(file('        { "from": "مدیر عامل شرکت", "to": "مدیرعامل شرکت" },\n        { "from": "مدیران عامل", "to": "مدیران عامل" }'));
    assert.deepEqual(p.diagnostics, []);
  });

  it('a failing spec is an error at that spec, saying what came out', () => {
    const text = file('        { "from": "مدیر عامل", "to": "مدیرعامل" },\n        { "from": "مدیر  عامل", "to": "مدیرعامل" }');
    const p = parseHouseStyle(text);
    assert.equal(p.config, undefined);
    assert.equal(p.diagnostics.length, 1);
    const d = p.diagnostics[0];
    assert.equal(d.code, 'spec');
    assert.equal(d.severity, 'error');
    assert.equal(pos(d), at(text, '{ "from": "مدیر  عامل"'));
    assert.equal(d.line, 8);
    assert.match(d.message.en, /spec failed: “مدیر {2}عامل” became “مدیر {2}عامل”, not “مدیرعامل”/);
  });

  it('a substitution that changes its own result is a warning', () => {
    const text = '{ "substitutions": [ { "expected": "$1$1", "patterns": ["/(ب)/"], "specs": [ { "from": "ب", "to": "بب" } ] } ] }';
    const p = parseHouseStyle(text);
    assert.ok(p.config);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['spec-unstable']);
  });

  it('a pattern found inside text that already reads as the expected form is left alone', () => {
    const text = '{ "substitutions": [ { "expected": "آیت‌الله العظمی", "patterns": ["/آیت‌الله/"], "specs": [ { "from": "آیت‌الله", "to": "آیت‌الله العظمی" }, { "from": "آیت‌الله العظمی", "to": "آیت‌الله العظمی" } ] } ] }';
    assert.deepEqual(parseHouseStyle(text).diagnostics, []);
  });

  it('regex specs with groups', () => {
    const text = '{ "substitutions": [ { "expected": "$1‌ها", "patterns": "/(کتاب|دفتر)ها/", "specs": [ { "from": "کتابها و دفترها", "to": "کتاب‌ها و دفتر‌ها" } ] } ] }';
    assert.deepEqual(parseHouseStyle(text).diagnostics, []);
  });
});

describe('regex guard', () => {
  const unsafe = ['(a+)+', '(a*)*b', '(?:\\s+\\S+)+', '([ab]+c?)*', '(a|aa)+', '(x|y){2,}', '(a)\\1', '(?<n>a)\\k<n>', '(?<=a+)b', '(?<!\\s*)x', '(?:(?:a+))+', '(a{1,9}){1,9}'];
  const safe = ['a+b+', '[ab]+', 'کتاب(?:ها|های)?', '(?<=به )عنوان', '(?<!\\d)\\d{4}', '\\p{L}+', 'x{2,}', '(ab)+', '\\(a+\\)+', '[(a+)]+', '\\u{1F600}+'];
  for (const s of unsafe) {
    it(`rejects /${s}/`, () => {
      assert.ok(regexSafetyProblem(s), s);
      const c = compilePattern(`/${s}/u`);
      assert.ok('error' in c);
    });
  }
  for (const s of safe) {
    it(`accepts /${s}/`, () => {
      assert.equal(regexSafetyProblem(s), null, s);
      const c = compilePattern(`/${s}/u`);
      assert.ok(!('error' in c), JSON.stringify(c));
    });
  }

  it('reports an unsafe pattern at its position in the file', () => {
    const text = '{\n  "substitutions": [\n    { "expected": "x", "patterns": ["ok", "/(a+)+$/"] }\n  ]\n}';
    const p = parseHouseStyle(text);
    assert.equal(p.config, undefined);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(pos(p.diagnostics[0]), at(text, '"/(a+)+$/"'));
    assert.match(p.diagnostics[0].message.en, /Nested quantifiers/);
  });

  it('rejects bad flags, invalid syntax, empty matches and line breaks', () => {
    for (const p of ['/a/g', '/a/y', '/a/ii', '/(/', '/a*/', '/x?/', 'two\nlines']) assert.ok('error' in compilePattern(p), p);
    assert.ok(!('error' in compilePattern('/a/iu')));
    assert.deepEqual(compilePattern('not/a/regex'), { source: 'not/a/regex', literal: 'not/a/regex' });
  });

  it('a polynomial pattern stays bounded on a long line (pieces of at most 1000 characters)', () => {
    const entries = [{ expected: 'y', patterns: ['/ *x/'] }];
    const text = ' '.repeat(100_000) + 'x';
    const t0 = performance.now();
    const found = lint(text, { config: { rules: { 'house-substitution': { options: { entries } } } } });
    const ms = performance.now() - t0;
    assert.ok(ms < 3000, `${ms} ms`);
    assert.equal(found.filter((f) => f.rule === 'house-substitution').length, 1);
  });
});

describe('literal patterns', () => {
  // The indexed scan must find exactly what a plain indexOf with word edges finds.
  const isWord = (c: string) => /[\p{L}\p{M}\p{Nd}_]/u.test(c) && c !== '\u200c';
  /** Matches of each literal alone, left to right without overlapping itself. */
  function naive(text: string, lits: string[]): string[] {
    const out = new Set<string>();
    for (const lit of lits) {
      let reach = 0;
      for (let at = text.indexOf(lit); at >= 0; at = text.indexOf(lit, at + 1)) {
        const end = at + lit.length;
        if (isWord(lit[0]) && at > 0 && isWord(text[at - 1])) continue;
        if (isWord(lit[lit.length - 1]) && end < text.length && isWord(text[end])) continue;
        if (at < reach) continue;
        reach = end;
        out.add(`${at}:${end}`);
      }
    }
    return [...out].sort();
  }
  it('the indexed scan agrees with indexOf on random text', () => {
    const alphabet = fc.constantFrom('ب', 'ا', 'ن', 'ی', ' ', '\u200c', '،', 'a', '(');
    const str = (min: number, max: number) => fc.array(alphabet, { minLength: min, maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(str(0, 60), fc.array(str(1, 4), { minLength: 1, maxLength: 6 }), (text, lits) => {
        // Every literal its own entry with an expected form that never occurs in the text.
        const entries = lits.map((l) => compileEntry({ expected: 'X', patterns: [l] }));
        const all: string[] = [];
        for (const e of entries) for (const m of findMatches([e], text)) all.push(`${m.start}:${m.end}`);
        assert.deepEqual([...new Set(all)].sort(), naive(text, lits));
      }),
      { numRuns: 2000 },
    );
  });

  it('fixes edit only what differs', () => {
    const config = { rules: { 'house-substitution': { options: { entries: [{ expected: 'رئیس', patterns: ['رییس'] }, { expected: 'مدیرعامل', patterns: ['مدیر عامل'] }] } } } };
    const text = 'رییس و مدیر عامل';
    const edits = lint(text, { config }).filter((f) => f.rule === 'house-substitution').map((f) => f.fixes[0].edits[0]);
    assert.deepEqual(edits, [{ start: 1, end: 2, newText: 'ئ' }, { start: 11, end: 12, newText: '' }]);
    assert.equal(fix(text, { config }), 'رئیس و مدیرعامل');
    assert.deepEqual(narrowEdit(0, 'a😀b', 'a😃b'), { start: 1, end: 3, newText: '😃' });
  });

  it('longest match wins where patterns overlap', () => {
    const e = compileEntry({ expected: 'Y', patterns: ['رئیس', 'رئیس کل'] });
    assert.deepEqual(findMatches([e], 'رئیس کل بانک').map((m) => [m.start, m.end]), [[0, 7]]);
  });
});

describe('merging: defaults < settings < file', () => {
  const settings = {
    rules: {
      kashida: 'off' as const,
      'latin-digits': { severity: 'warning' as const, options: { digits: 'persian', extra: 1 } },
      'title-spelling': { options: { forms: { رئیس: ['رییس'] } } },
    },
    ignoreWords: ['الف'],
  };
  const file = {
    rules: {
      kashida: 'error' as const,
      'latin-digits': { options: { digits: 'latin' } },
      'title-spelling': { options: { forms: { مدیرعامل: ['مدیر عامل'] } } },
    },
    ignoreWords: ['ب', 'الف'],
  };

  it('the file wins where both speak, the rest of the settings stays', () => {
    const m = mergeConfigs(settings, file);
    assert.equal(m.rules!.kashida, 'error');
    assert.deepEqual(m.rules!['latin-digits'], { severity: 'warning', options: { digits: 'latin', extra: 1 } });
    assert.deepEqual(m.rules!['title-spelling'], { options: { forms: { رئیس: ['رییس'], مدیرعامل: ['مدیر عامل'] } } });
    assert.deepEqual(m.ignoreWords, ['الف', 'ب']);
  });

  it('settings win over defaults; "off" in the file wins over options in settings', () => {
    assert.deepEqual(lint('ـــ', { config: mergeConfigs(settings) }).filter((f) => f.rule === 'kashida'), []);
    const m = mergeConfigs(settings, { rules: { 'latin-digits': 'off' } });
    assert.deepEqual(m.rules!['latin-digits'], { severity: 'off', options: { digits: 'persian', extra: 1 } });
    assert.deepEqual(lint('سال 2024 بود', { config: m }).filter((f) => f.rule === 'latin-digits'), []);
  });

  it('layers are not mutated', () => {
    const before = JSON.stringify([settings, file]);
    mergeConfigs(settings, file);
    assert.equal(JSON.stringify([settings, file]), before);
  });

  it('the explicit rules section of the file wins over its friendly keys', () => {
    const p = parseHouseStyle('{ "style": { "hehHamza": "ۀ" }, "rules": { "heh-hamza-consistency": { "options": { "form": "consistent" } } } }');
    assert.deepEqual(p.config!.rules!['heh-hamza-consistency'], { options: { form: 'consistent' } });
  });

  it('a later «رئیس» choice displaces an earlier «رییس» one, compounds included', () => {
    const rais = (v: string) => parseHouseStyle(`{ "style": { "ra'is": "${v}" } }`).config!;
    const yeh = rais('رییس').rules!['title-spelling'] as { options: { forms: Record<string, string[]> } };
    assert.deepEqual(yeh.options.forms['رییس'], ['رئیس']);
    assert.deepEqual(yeh.options.forms['رییس‌جمهور'], ['رئیس‌جمهور', 'رییس/رئیس جمهور']);
    assert.deepEqual(rais('رییس').rules!['title-consistency'], yeh, 'both title rules get the forms');
    const m = mergeConfigs(rais('رییس'), rais('رئیس')).rules!['title-spelling'] as { options: { forms: Record<string, string[]> } };
    assert.deepEqual(Object.keys(m.options.forms).sort(), ['رئیس', 'رئیس‌جمهور', 'نایب‌رئیس', 'هیئت‌رئیسه']);
    assert.deepEqual(m.options.forms['رئیس'], ['رییس']);
  });

  it('a later substitution list displaces the earlier entries it contradicts (no back and forth)', () => {
    const settings = { rules: styleToRules({ beh: 'space' }) };
    const file = parseHouseStyle('{ "style": { "beh": "zwnj" }, "substitutions": [ { "expected": "تهران", "patterns": ["طهران"] } ] }').config!;
    const m = mergeConfigs(settings, file);
    assert.equal(fix('به عنوان و به‌ویژه در طهران', { config: m }), 'به‌عنوان و به‌ویژه در تهران');
    const back = mergeConfigs(file, settings);
    assert.equal(fix('به عنوان و به‌ویژه در طهران', { config: back }), 'به عنوان و به ویژه در تهران');
    // Settings and file naming the same choice give each entry once.
    const same = mergeConfigs(file, file).rules!['house-substitution'] as { options: { entries: unknown[] } };
    assert.equal(same.options.entries.length, (file.rules!['house-substitution'] as { options: { entries: unknown[] } }).options.entries.length);
  });

  it('normalizeStyle keeps only valid choices (settings come from anywhere)', () => {
    assert.deepEqual(normalizeStyle({ digits: 'latin', beh: 'glued', hehHamza: 3, pluralZwnjAfterNonHeh: false, extra: 1 }), { digits: 'latin', pluralZwnjAfterNonHeh: false });
    assert.deepEqual(normalizeStyle('x'), {});
    assert.deepEqual(normalizeStyle(null), {});
  });

  it('styleToRules maps each friendly key', () => {
    assert.deepEqual(styleToRules({ digits: 'latin', hehHamza: 'ۀ' }), {
      'latin-digits': { options: { digits: 'latin' } },
      'heh-hamza-consistency': { options: { form: 'ۀ' } },
    });
  });
});

describe('schema', () => {
  it('every friendly key of the schema has a mapping, and back', () => {
    assert.deepEqual(Object.keys(schema.properties.style.properties).sort(), Object.keys(STYLE_MAPPING).sort());
    for (const k of Object.keys(LIST_MAPPING)) assert.ok(schema.properties[k], k);
  });

  it('every rule has a completion entry in the schema (run npm run docs)', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), rules.map((r) => r.meta.id).sort());
  });
});

describe('docs/house-style.md', () => {
  it('its example file is valid and applies', () => {
    const md = readFileSync(join(__dirname, '..', '..', 'docs', 'house-style.md'), 'utf8');
    const block = /```jsonc\n([\s\S]*?)```/.exec(md);
    assert.ok(block, 'example block');
    const p = parseHouseStyle(block[1]);
    assert.deepEqual(p.diagnostics, []);
    const text = 'صنعت فن آوری و خبرگزاری ایرنا گزارش داد';
    assert.equal(fix(text, { config: p.config, unsafe: true }), 'صنعت فناوری و خبرگزاری جمهوری اسلامی (ایرنا) گزارش داد');
    assert.equal(fix(text, { config: p.config }), 'صنعت فناوری و خبرگزاری ایرنا گزارش داد', 'safe: false waits for unsafe');
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
  it('contributes the schema for .persian-qa.json and opens it as JSON with comments', () => {
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.persian-qa.json', url: './schemas/persian-qa.schema.json' }]);
    assert.ok(pkg.contributes.languages.some((l: { id: string; filenames?: string[] }) => l.id === 'jsonc' && l.filenames?.includes('.persian-qa.json')));
  });
  it('the persianQA.style setting offers exactly the choices of the file', () => {
    const setting = pkg.contributes.configuration.properties['persianQA.style'];
    assert.equal(setting.scope, 'resource');
    const strip = (o: Record<string, { enum?: unknown[]; type?: string }>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.enum ?? v.type]));
    assert.deepEqual(strip(setting.properties), strip(schema.properties.style.properties));
  });
});

describe('withIgnoredWord', () => {
  it('creates the file when there is none', () => {
    const out = withIgnoredWord(undefined, 'ايران');
    assert.deepEqual(JSON.parse(out), { ignoreWords: ['ايران'] });
    assert.deepEqual(parseHouseStyle(out).config!.ignoreWords, ['ايران']);
  });

  it('appends to the list, keeping comments and formatting', () => {
    const text = '{\n  // ours\n  "ignoreWords": [\n    "الف"\n  ],\n  "rules": {}\n}\n';
    const out = withIgnoredWord(text, 'ب');
    assert.ok(out.includes('// ours'));
    assert.ok(out.includes('"rules": {}'));
    assert.deepEqual(parseHouseStyle(out).config!.ignoreWords, ['الف', 'ب']);
  });

  it('adds the key when missing, and never duplicates a word', () => {
    const out = withIgnoredWord('{ "rules": { "kashida": "off" } }', 'ب');
    assert.deepEqual(parseHouseStyle(out).config!.ignoreWords, ['ب']);
    assert.equal(withIgnoredWord(out, 'ب'), out);
  });
});

describe('HouseStyleLoader: discovery and caching', () => {
  const root = mkdtempSync(join(tmpdir(), 'pqa-house-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const ws = join(root, 'ws');
  const sub = join(ws, 'news', 'politics');
  mkdirSync(sub, { recursive: true });
  const top = join(ws, '.persian-qa.json');
  const near = join(ws, 'news', '.persian-qa.json');
  const outside = join(root, '.persian-qa.json');
  writeFileSync(outside, '{ "ignoreWords": ["outside"] }');
  writeFileSync(top, '{ "ignoreWords": ["top"] }');

  it('finds the file in a parent folder, and stops at the workspace root', () => {
    const loader = new HouseStyleLoader();
    assert.equal(loader.find(join(sub, 'a.md'), ws), top);
    assert.deepEqual(loader.forDocument(join(sub, 'a.md'), ws)!.config!.ignoreWords, ['top']);
  });

  it('the nearest file wins (after invalidate, as on a file-watcher event)', () => {
    const loader = new HouseStyleLoader();
    assert.equal(loader.find(join(sub, 'a.md'), ws), top);
    writeFileSync(near, '{ "ignoreWords": ["near"] }');
    loader.invalidate();
    assert.equal(loader.find(join(sub, 'a.md'), ws), near);
    assert.equal(loader.find(join(ws, 'b.md'), ws), top);
    rmSync(near);
    loader.invalidate();
    assert.equal(loader.find(join(sub, 'a.md'), ws), top);
  });

  it('without a file up to the root: none, even if a folder above the root has one', () => {
    const loader = new HouseStyleLoader();
    const other = join(root, 'other', 'ws2');
    mkdirSync(other, { recursive: true });
    assert.equal(loader.find(join(other, 'x.md'), other), undefined);
    // With no root (the CLI), discovery goes up to the file-system root.
    assert.equal(loader.find(join(other, 'x.md')), outside);
    // A document outside the given root ignores that root.
    assert.equal(loader.find(join(other, 'x.md'), ws), outside);
  });

  it('a folder named .persian-qa.json is not a house-style file', () => {
    const d = join(root, 'weird', 'deep');
    mkdirSync(join(d, '.persian-qa.json'), { recursive: true });
    assert.equal(new HouseStyleLoader().find(join(d, 'x.md'), join(root, 'weird')), undefined);
  });

  it('reloads when the file changes; keeps the last good config while it is broken', () => {
    const loader = new HouseStyleLoader();
    const file = join(ws, 'news', 'politics', '.persian-qa.json');
    writeFileSync(file, '{ "ignoreWords": ["v1"] }');
    const v1 = loader.load(file);
    assert.deepEqual(v1.config!.ignoreWords, ['v1']);
    assert.equal(loader.load(file), v1, 'cached while unchanged');

    writeFileSync(file, '{ "ignoreWords": ["v1", ] ');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const broken = loader.load(file);
    assert.equal(broken.invalid, true);
    assert.equal(broken.stale, true);
    assert.deepEqual(broken.config!.ignoreWords, ['v1'], 'last good config kept');
    assert.equal(broken.diagnostics[0].severity, 'error');
    assert.deepEqual(effectiveConfig({ ignoreWords: ['s'] }, broken).ignoreWords, ['s', 'v1']);

    writeFileSync(file, '{ "ignoreWords": ["v2"] }');
    utimesSync(file, new Date(), new Date(Date.now() + 10000));
    const v2 = loader.load(file);
    assert.equal(v2.invalid, false);
    assert.deepEqual(v2.config!.ignoreWords, ['v2']);
    rmSync(file);
  });

  it('a broken file with no good version before: no config, one diagnostic', () => {
    const loader = new HouseStyleLoader();
    const file = join(root, 'broken.json');
    writeFileSync(file, '{ "style": { "digits": "roman" } }');
    const r = loader.load(file);
    assert.equal(r.config, undefined);
    assert.equal(r.stale, false);
    assert.equal(r.diagnostics.length, 1);
    assert.deepEqual(effectiveConfig({ ignoreWords: ['s'] }, r), { ignoreWords: ['s'] });
  });

  it('an unreadable path gives a diagnostic, not an exception', () => {
    const r = new HouseStyleLoader().load(join(root, 'missing', '.persian-qa.json'));
    assert.equal(r.invalid, true);
    assert.match(r.diagnostics[0].message.en, /Cannot read the house-style file \(ENOENT\)/);
  });

  it('loadText parses an unsaved buffer as that file', () => {
    const loader = new HouseStyleLoader();
    const r = loader.loadText(top, '{ "ignoreWords": ["buffer"] }');
    assert.deepEqual(r.config!.ignoreWords, ['buffer']);
    const bad = loader.loadText(top, '{');
    assert.deepEqual(bad.config!.ignoreWords, ['buffer']);
  });
});
