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
