// Rewrites the rule list of schemas/persian-qa.schema.json from the registry, so VS Code
// completes every rule id in .persian-qa.json. test/house-style.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/engine/registry';

const file = join(__dirname, '..', '..', 'schemas', 'persian-qa.schema.json');
const schema = JSON.parse(readFileSync(file, 'utf8'));
const props: Record<string, unknown> = {};
for (const r of rules) {
  props[r.meta.id] = {
    description: `${r.meta.title.fa} / ${r.meta.title.en} (${r.meta.section}, default: ${r.meta.severity})`,
    $ref: '#/definitions/ruleSetting',
  };
}
schema.properties.rules.properties = props;
writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
console.log(`schema: ${rules.length} rules`);
