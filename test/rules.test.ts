// Runs the table of valid and invalid cases that sits beside every rule (RuleTester style).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { fix, lint } from '../server/engine/index';
import { rules } from '../server/engine/registry';
import { onlyRule } from './harness';

for (const rule of rules) {
  const id = rule.meta.id;
  describe(`rule ${id}`, () => {
    const seen = new Set<string>();
    const key = (c: unknown) => JSON.stringify(c);
    it('has at least one valid and one invalid case, none duplicated', () => {
      assert.ok(rule.tests.valid.length > 0, 'no valid cases');
      assert.ok(rule.tests.invalid.length > 0, 'no invalid cases');
      for (const c of [...rule.tests.valid, ...rule.tests.invalid]) {
        assert.ok(!seen.has(key(c)), `duplicate case ${key(c)}`);
        seen.add(key(c));
      }
    });
    for (const v of rule.tests.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`valid: ${c.text.slice(0, 60)}`, () => {
        const languageId = c.markdown ? 'markdown' : 'plaintext';
        const found = lint(c.text, { languageId, config: onlyRule(id, c.options) });
        assert.deepEqual(found.map((f) => c.text.slice(f.start, f.end)), []);
      });
    }
    for (const c of rule.tests.invalid) {
      it(`invalid: ${c.text.slice(0, 60)}`, () => {
        const opts = { languageId: c.markdown ? 'markdown' : 'plaintext', config: onlyRule(id, c.options) };
        const found = lint(c.text, opts);
        if (c.errors !== undefined) assert.equal(found.length, c.errors, `findings: ${found.map((f) => c.text.slice(f.start, f.end)).join(' | ')}`);
        else assert.ok(found.length > 0, 'expected a finding');
        for (const f of found) {
          assert.equal(f.rule, id);
          assert.ok(f.message.fa && f.message.en, 'message in both languages');
          assert.ok(f.start >= 0 && f.end <= c.text.length && f.start <= f.end, 'range inside the text');
        }
        const fixable = rule.meta.fixable === 'fix' || (c.unsafe && rule.meta.fixable === 'suggest');
        if (fixable) assert.notEqual(c.output, c.text, 'output equal to text: not an invalid case');
        const out = fix(c.text, { ...opts, unsafe: c.unsafe });
        assert.equal(out, c.output);
        assert.equal(fix(out, { ...opts, unsafe: c.unsafe }), out, 'fix is not idempotent');
      });
    }
  });
}
