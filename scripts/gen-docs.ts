// Writes docs/rules/<id>.md for every registered rule, and docs/rules/README.md as the index.
// `npm run docs` regenerates; test/docs.test.ts fails when a page is missing or stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/engine/registry';
import type { Rule } from '../server/engine/types';

const FIXABLE = {
  fix: { fa: 'بله، رفع خودکار (امن)', en: 'Yes, safe automatic fix' },
  suggest: { fa: 'پیشنهاد (با fix --unsafe یا دستی)', en: 'Suggestion (applied with fix --unsafe or by hand)' },
  none: { fa: 'خیر، فقط گزارش', en: 'No, report only' },
};

const show = (s: string) => s.replace(/\u200c/g, '\u200c').replace(/\n/g, '⏎');

export function rulePage(rule: Rule): string {
  const m = rule.meta;
  const invalid = rule.tests.invalid.filter((c) => c.output !== c.text).slice(0, 6);
  const valid = rule.tests.valid.map((v) => (typeof v === 'string' ? v : v.text)).slice(0, 5);
  const lines = [
    `# ${m.id}`,
    '',
    `**${m.title.fa}** — ${m.title.en}`,
    '',
    '| | |',
    '|---|---|',
    `| Family | ${m.family} |`,
    `| Default severity | ${m.severity} |`,
    `| Fixable | ${FIXABLE[m.fixable].en} / ${FIXABLE[m.fixable].fa} |`,
    `| Scope | ${m.scope ?? 'line'} |`,
    `| House style | STYLE.md ${m.section} |`,
    '',
    '## چه چیزی را می‌یابد',
    '',
    m.description.fa,
    '',
    '## What it finds',
    '',
    m.description.en,
    '',
    '## نمونه‌ها / Examples',
    '',
    '| نادرست / Wrong | درست / Right |',
    '|---|---|',
    ...invalid.map((c) => `| ${show(c.text)} | ${show(c.output)} |`),
    '',
    'Left alone (no finding):',
    '',
    ...valid.map((v) => `- ${show(v)}`),
    '',
    '## Configuration',
    '',
    'In `.persian-qa.json` or the `persianQA.rules` setting:',
    '',
    '```json',
    `{ "rules": { "${m.id}": "off" } }`,
    '```',
    '',
  ];
  return lines.join('\n');
}

export function indexPage(): string {
  const rows = rules.map((r) => `| [${r.meta.id}](${r.meta.id}.md) | ${r.meta.section} | ${r.meta.title.fa} | ${r.meta.title.en} | ${r.meta.severity} | ${r.meta.fixable} |`);
  return ['# Rules', '', '| id | STYLE | قاعده | Rule | severity | fixable |', '|---|---|---|---|---|---|', ...rows, ''].join('\n');
}

export function writeDocs(root: string): void {
  const dir = join(root, 'docs', 'rules');
  mkdirSync(dir, { recursive: true });
  for (const r of rules) writeFileSync(join(dir, `${r.meta.id}.md`), rulePage(r));
  writeFileSync(join(dir, 'README.md'), indexPage());
}

if (require.main === module) {
  writeDocs(process.cwd());
  console.log(`wrote docs/rules for ${rules.length} rules`);
}
