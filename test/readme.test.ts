// The README's settings table is generated from package.json (npm run docs): it must match.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { currentTable, expectedTable, settingsTable, withSettingsTable } from '../scripts/gen-settings-table';

const ROOT = join(__dirname, '..', '..');

describe('README settings table', () => {
  it('equals the table generated from package.json and package.nls*.json (run `npm run docs`)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const current = currentTable(readme);
    assert.ok(current !== undefined, 'README.md has the settings markers');
    assert.equal(current, expectedTable(ROOT));
  });

  it('lists every setting of package.json, with English and Persian descriptions', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const table = expectedTable(ROOT);
    const rows = table.split('\n').slice(2);
    const names = Object.keys(pkg.contributes.configuration.properties);
    assert.equal(rows.length, names.length);
    for (const [i, name] of names.entries()) {
      assert.ok(rows[i].startsWith(`| \`${name}\` |`), `row for ${name}`);
      assert.doesNotMatch(rows[i], /%[\w.]+%/, `unresolved localization key in ${name}`);
      assert.match(rows[i].split(' | ').at(-1)!, /[\u0600-\u06ff]/, `Persian description of ${name}`);
    }
  });

  it('notices a change: a new setting, a changed default, a reworded description', () => {
    const pkg = { contributes: { configuration: { properties: { 'x.a': { type: 'boolean', default: false, description: '%a%' } } } } };
    const base = settingsTable(pkg, { a: 'Turn A on.' }, { a: 'روشن کردن A.' });
    assert.match(base, /\| `x\.a` \| boolean \| `false` \| Turn A on\. \| روشن کردن A\. \|/);
    const changed = [
      settingsTable({ contributes: { configuration: { properties: { ...pkg.contributes.configuration.properties, 'x.b': { type: 'string', default: '', description: 'b' } } } } }, { a: 'Turn A on.' }, {}),
      settingsTable({ contributes: { configuration: { properties: { 'x.a': { ...pkg.contributes.configuration.properties['x.a'], default: true } } } } }, { a: 'Turn A on.' }, { a: 'روشن کردن A.' }),
      settingsTable(pkg, { a: 'Turn A on now.' }, { a: 'روشن کردن A.' }),
    ];
    for (const c of changed) assert.notEqual(c, base);
    // Pipes in globs and enums do not break the table.
    const glob = settingsTable({ contributes: { configuration: { properties: { g: { type: 'string', default: 'a|b', description: 'x | y' } } } } }, {}, {});
    assert.equal(glob.split('\n')[2].split(/(?<!\\)\|/).length, 7);
    // Only the part between the markers is replaced.
    const readme = 'intro\n<!-- settings:start -->\nold\n<!-- settings:end -->\noutro\n';
    assert.equal(withSettingsTable(readme, 'T'), 'intro\n<!-- settings:start -->\nT\n<!-- settings:end -->\noutro\n');
  });
});
