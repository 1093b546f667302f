// Every rule has a registry entry, a table of cases and an up-to-date documentation page.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { indexPage, rulePage } from '../scripts/gen-docs';
import { rules } from '../server/engine/registry';

const root = join(__dirname, '..', '..');

describe('rule documentation', () => {
  it('every rule file under server/engine/rules is registered', () => {
    const files = readdirSync(join(root, 'server/engine/rules')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
    const ids = new Set(rules.map((r) => r.meta.id));
    assert.deepEqual(files.filter((f) => !ids.has(f)), [], 'rule files not in the registry (file name must equal rule id)');
  });
  it('rule ids are unique', () => {
    assert.equal(new Set(rules.map((r) => r.meta.id)).size, rules.length);
  });
  for (const r of rules) {
    it(`${r.meta.id} has a current page in docs/rules (run npm run docs)`, () => {
      const page = join(root, 'docs/rules', `${r.meta.id}.md`);
      assert.ok(existsSync(page), `missing ${page}`);
      assert.equal(readFileSync(page, 'utf8'), rulePage(r));
    });
  }
  it('the index lists every rule', () => {
    assert.equal(readFileSync(join(root, 'docs/rules/README.md'), 'utf8'), indexPage());
  });
});
