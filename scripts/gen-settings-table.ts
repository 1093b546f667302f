// Fills README.md between <!-- settings:start --> and <!-- settings:end --> with a table of the
// settings in package.json's contributes.configuration, described in English and Persian from
// package.nls.json / package.nls.fa.json. Run by `npm run docs`; test/readme.test.ts fails when
// the README's table differs from what this prints.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const START = '<!-- settings:start -->';
export const END = '<!-- settings:end -->';

interface Property {
  type?: string | string[];
  enum?: unknown[];
  enumDescriptions?: string[];
  items?: { type?: string };
  default?: unknown;
  description?: string;
  markdownDescription?: string;
}

type Nls = Record<string, string>;

/** Text for a table cell: no line breaks, pipes escaped. */
const cell = (s: string) => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
/** An inline code span, backticks inside it allowed. */
const code = (s: string) => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);

function localize(s: string | undefined, nls: Nls, fallback: Nls): string {
  if (!s) return '';
  const m = /^%(.+)%$/.exec(s);
  return m ? (nls[m[1]] ?? fallback[m[1]] ?? s) : s;
}

function typeOf(p: Property): string {
  if (p.enum) return p.enum.map((v) => code(JSON.stringify(v))).join(' \\| ');
  const t = Array.isArray(p.type) ? p.type.join(' \\| ') : (p.type ?? '');
  return t === 'array' && p.items?.type ? `${p.items.type}[]` : t;
}

function describe(p: Property, nls: Nls, en: Nls, separator: string): string {
  let text = localize(p.markdownDescription ?? p.description, nls, en);
  if (p.enum && p.enumDescriptions) {
    const parts = p.enum.map((v, i) => `${code(String(v))}: ${localize(p.enumDescriptions![i], nls, en).replace(/\.$/, '')}`);
    text += ` (${parts.join(separator)})`;
  }
  return cell(text);
}

/** The Markdown table (no markers). */
export function settingsTable(pkg: { contributes?: { configuration?: unknown } }, en: Nls, fa: Nls): string {
  const sections = ([] as { properties?: Record<string, Property> }[]).concat((pkg.contributes?.configuration ?? []) as never);
  const rows = ['| setting | type | default | description | توضیح |', '|---|---|---|---|---|'];
  for (const section of sections) {
    for (const [name, p] of Object.entries(section.properties ?? {})) {
      rows.push(`| ${code(name)} | ${typeOf(p)} | ${cell(code(JSON.stringify(p.default ?? null)))} | ${describe(p, en, en, '; ')} | ${describe(p, fa, en, '؛ ')} |`);
    }
  }
  return rows.join('\n');
}

/** The README with the table between the markers; throws when the markers are missing. */
export function withSettingsTable(readme: string, table: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md needs ${START} … ${END}`);
  return `${readme.slice(0, a + START.length)}\n${table}\n${readme.slice(b)}`;
}

/** The table as it should be, from the repository at `root`. */
export function expectedTable(root: string): string {
  const read = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8'));
  return settingsTable(read('package.json'), read('package.nls.json'), read('package.nls.fa.json'));
}

/** What stands between the markers of README.md now. */
export function currentTable(readme: string): string | undefined {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  return a < 0 || b < a ? undefined : readme.slice(a + START.length, b).trim();
}

if (/gen-settings-table\.[jt]s$/.test(process.argv[1] ?? '')) {
  const root = join(__dirname, '..', '..');
  const path = join(root, 'README.md');
  const before = readFileSync(path, 'utf8');
  const after = withSettingsTable(before, expectedTable(root));
  if (after !== before) writeFileSync(path, after);
  console.log(after === before ? 'README.md settings table is up to date' : 'README.md settings table updated');
}
