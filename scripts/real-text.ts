// Real human-written Persian from Debian packages, linted to find false alarms no gold text
// shows: the Persian translation of the Debian Administrator's Handbook (debian-handbook,
// html/fa-IR, some 420,000 characters of prose) and LibreOffice's Persian UI strings
// (libreoffice-l10n-fa). Downloads the packages with apt-get (Debian's archive only), so it
// needs a Debian machine; it is a review aid, not a test: it prints the findings per rule and
// each distinct finding once, with context, for a reader to judge.
//   node out/scripts/real-text.js [--dir DIR] [--rules id,id] [--limit N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/engine/index';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const k = args.indexOf(name);
  return k >= 0 && k + 1 < args.length ? args[k + 1] : fallback;
};
const dir = option('--dir', '/tmp/persian-qa-real-text');
const only = option('--rules', '').split(',').filter(Boolean);
const limit = Number(option('--limit', '40'));

const PACKAGES = ['debian-handbook', 'libreoffice-l10n-fa'];

function unpack(): string {
  const root = join(dir, 'root');
  if (existsSync(root)) return root;
  mkdirSync(dir, { recursive: true });
  execFileSync('apt-get', ['download', ...PACKAGES], { cwd: dir, stdio: 'inherit' });
  for (const deb of readdirSync(dir).filter((f) => f.endsWith('.deb'))) execFileSync('dpkg-deb', ['-x', join(dir, deb), root]);
  return root;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', zwnj: '\u200c', laquo: '«', raquo: '»' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
  );

/** Paragraphs that are mostly Persian, each once. */
function persianParagraphs(raw: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of raw) {
    const p = r.replace(/[ \t\r\n]+/g, ' ').trim();
    const persian = (p.match(/[\u0600-\u06ff]/g) ?? []).length;
    if (persian < 15 || persian < 0.5 * p.replace(/\s/g, '').length || seen.has(p)) continue;
    seen.add(p);
    out.push(p);
  }
  return out;
}

function handbook(root: string): string[] {
  const html = join(root, 'usr/share/doc/debian-handbook/html/fa-IR');
  const raw: string[] = [];
  for (const f of readdirSync(html).filter((n) => n.endsWith('.html'))) {
    const t = readFileSync(join(html, f), 'utf8').replace(/<pre[\s\S]*?<\/pre>/g, ' ');
    for (const m of t.matchAll(/<div class="para"[^>]*>([\s\S]*?)<\/div>/g)) raw.push(decode(m[1].replace(/<[^>]+>/g, '')));
  }
  return persianParagraphs(raw);
}

/** The translations of a gettext .mo file (little-endian, as Debian ships them). */
function moStrings(buf: Buffer): string[] {
  const n = buf.readUInt32LE(8);
  const table = buf.readUInt32LE(16);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = buf.readUInt32LE(table + 8 * i);
    const at = buf.readUInt32LE(table + 8 * i + 4);
    out.push(...buf.toString('utf8', at, at + len).split('\0'));
  }
  return out;
}

function libreoffice(root: string): string[] {
  const mo = join(root, 'usr/lib/libreoffice/program/resource/fa/LC_MESSAGES');
  return persianParagraphs(readdirSync(mo).flatMap((f) => moStrings(readFileSync(join(mo, f)))));
}

const root = unpack();
for (const [name, paragraphs] of [['debian-handbook (fa-IR)', handbook(root)], ['libreoffice-l10n-fa', libreoffice(root)]] as const) {
  const text = paragraphs.join('\n');
  const findings = lint(text);
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  console.log(`\n## ${name}: ${paragraphs.length} paragraphs, ${text.length} characters, ${findings.length} findings`);
  console.log([...byRule].sort((a, b) => b[1] - a[1]).map(([r, c]) => `${r} ${c}`).join(', '));
  const distinct = new Map<string, { count: number; context: string }>();
  for (const f of findings) {
    if (only.length ? !only.includes(f.rule) : f.rule === 'arabic-letters' || f.rule === 'latin-digits') continue;
    const fix = f.fixes[0];
    const change = fix ? fix.edits.map((e) => `[${text.slice(e.start, e.end)}→${e.newText}]`).join('') : '(no fix)';
    const key = `${f.rule} «${text.slice(f.start, f.end)}» ${change}`;
    const seen = distinct.get(key);
    if (seen) seen.count++;
    else distinct.set(key, { count: 1, context: `${text.slice(Math.max(0, f.start - 30), f.start)}【${text.slice(f.start, f.end)}】${text.slice(f.end, f.end + 25)}`.replace(/\n/g, ' ') });
  }
  for (const [key, { count, context }] of [...distinct].slice(0, limit)) console.log(`${String(count).padStart(4)}  ${key}   ${context}`);
  if (distinct.size > limit) console.log(`  … ${distinct.size - limit} more distinct findings (--limit)`);
}
