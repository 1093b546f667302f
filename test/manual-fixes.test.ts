// Choices the house style leaves to the editor are offered as quick fixes but never applied by
// fix-all, not even with suggestions (`unsafe`).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { fix, lint, preferredFix } from '../server/engine/index';
import { onlyRule } from './harness';

describe('manual fixes', () => {
  const text = 'امام خمینی (ره) و حضرت معصومه سلام‌الله‌علیها';
  const config = onlyRule('blessing-style');

  it('blessing-style offers the conversion to the majority style as a manual quick fix', () => {
    const [f] = lint(text, { config });
    assert.equal(f.rule, 'blessing-style');
    assert.equal(text.slice(f.start, f.end).includes('سلام‌الله‌علیها'), true);
    assert.equal(f.fixes.length, 1);
    assert.equal(f.fixes[0].manual, true);
    assert.deepEqual(f.fixes[0].edits.map((e) => e.newText), ['(س)']);
    assert.equal(preferredFix(f, true), undefined);
  });

  it('fix with unsafe leaves it alone', () => {
    assert.equal(fix(text, { config, unsafe: true }), text);
  });
});

describe('heh-hamza-consistency', () => {
  const text = 'خانۀ ما و نامۀ او و جامعهٔ ما';
  it('offers the majority form as a manual quick fix in a mixed document', () => {
    const [f] = lint(text, { config: onlyRule('heh-hamza-consistency') });
    assert.equal(text.slice(f.start, f.end), 'هٔ');
    assert.equal(f.fixes[0].manual, true);
    assert.deepEqual(f.fixes[0].edits.map((e) => e.newText), ['ۀ']);
    assert.equal(fix(text, { config: onlyRule('heh-hamza-consistency'), unsafe: true }), text);
  });
  it('fixes toward the form a house style names', () => {
    assert.equal(fix(text, { config: onlyRule('heh-hamza-consistency', { form: 'ۀ' }) }), 'خانۀ ما و نامۀ او و جامعۀ ما');
  });
});

describe('document-wide fixes', () => {
  for (const [rule, word] of [['title-spelling', 'رییس'], ['heh-hamza-consistency', 'خانهٔ']] as const) {
    it(`${rule}: "use X everywhere" rides on the first finding only when there are many (edits stay linear)`, () => {
      const text = (rule === 'heh-hamza-consistency' ? 'نامۀ او و نامۀ ما و ' : '') + `${word} آمد. `.repeat(rule === 'heh-hamza-consistency' ? 1 : 300) + (rule === 'heh-hamza-consistency' ? 'خانۀ '.repeat(300) + 'خانهٔ '.repeat(100) : '');
      const found = lint(text, { config: onlyRule(rule) });
      assert.ok(found.length >= 100, `findings: ${found.length}`);
      const edits = found.reduce((n, f) => n + f.fixes.reduce((m, x) => m + x.edits.length, 0), 0);
      assert.ok(edits <= 3 * found.length, `edits ${edits} for ${found.length} findings`);
      assert.ok(found[0].fixes.some((x) => x.edits.length === found.length), 'the first finding carries the fix for all');
      const config = rule === 'heh-hamza-consistency' ? onlyRule(rule, { form: 'ۀ' }) : onlyRule(rule);
      assert.equal(fix(text, { config }).includes(rule === 'title-spelling' ? 'رییس' : 'خانهٔ'), false);
    });
  }
});
