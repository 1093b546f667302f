// Packages the extension with vsce (as `npm run package` does) and checks what would ship:
// exactly the whitelist of .vscodeignore, the files the manifest points at, and ≤ 1 MB.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { rules } from '../server/engine/registry';

const ROOT = join(__dirname, '..', '..');
const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
const MAX_BYTES = 1_000_000;

/** Source paths the package may hold (the `!` lines of .vscodeignore). */
const ALLOWED = [
  /^dist\/.+$/,
  /^package\.json$/,
  /^package\.nls(?:\.[a-z-]+)?\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^syntaxes\/.+\.json$/,
  /^schemas\/.+\.json$/,
  /^l10n\/.+\.json$/,
];
/** vsce renames these inside the .vsix. */
const RENAMED: Record<string, string> = { 'readme.md': 'README.md', 'changelog.md': 'CHANGELOG.md', 'LICENSE.txt': 'LICENSE' };

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The central directory of a zip (no zip64: a .vsix this small never needs it). */
function zipEntries(buf: Buffer): ZipEntry[] {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'end of central directory found');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    out.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function zipRead(buf: Buffer, e: ZipEntry): Buffer {
  const data = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const raw = buf.subarray(data, data + e.compressedSize);
  return e.method === 0 ? raw : inflateRawSync(raw);
}

const vsce = (...args: string[]) => execFileSync(process.execPath, [VSCE, ...args, '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the .vsix package', () => {
  let dir: string;
  let vsix: string;
  let buf: Buffer;
  let entries: ZipEntry[];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'persian-qa-vsix-'));
    vsix = join(dir, 'persian-qa.vsix');
    vsce('package', '--out', vsix);
    buf = readFileSync(vsix);
    entries = zipEntries(buf);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('vsce ls lists only whitelisted files', () => {
    const files = vsce('ls').split('\n').map((l) => l.trim()).filter(Boolean);
    assert.ok(files.length > 0);
    const outside = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepEqual(outside, [], 'files outside the .vscodeignore whitelist');
  });

  it('holds exactly the whitelisted files, the shipped bundles among them and no test bundle', () => {
    const names = entries.map((e) => e.name);
    const inner = names.filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length)).map((n) => RENAMED[n] ?? n);
    assert.deepEqual(names.filter((n) => !n.startsWith('extension/')).sort(), ['[Content_Types].xml', 'extension.vsixmanifest']);
    assert.deepEqual(inner.filter((f) => !ALLOWED.some((re) => re.test(f))), [], 'files outside the whitelist');
    for (const required of ['package.json', 'package.nls.json', 'package.nls.fa.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/extension.js', 'dist/server.js', 'dist/engine.js']) {
      assert.ok(inner.includes(required), `${required} is packaged`);
    }
    assert.deepEqual(inner.filter((f) => /test|\.map$|\.ts$/.test(f)), [], 'no test bundle, source map or TypeScript source');
  });

  it('ships every file the manifest points at', () => {
    const inner = new Set(entries.map((e) => e.name));
    const manifest = JSON.parse(zipRead(buf, entries.find((e) => e.name === 'extension/package.json')!).toString('utf8'));
    const pointed = [manifest.main, ...manifest.contributes.grammars.map((g: { path: string }) => g.path), ...manifest.contributes.jsonValidation.map((j: { url: string }) => j.url)];
    assert.ok(pointed.some((p: string) => p.includes('persian-press.tmLanguage.json')), 'the grammar is contributed');
    for (const p of pointed) assert.ok(inner.has(join('extension', p).replace(/\\/g, '/')), `${p} is in the package`);
    assert.ok(manifest.activationEvents.includes('onLanguage:persian-press'));
    for (const command of ['persianQA.toggleInvisibles', 'persianQA.lintWorkspace']) {
      assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === command), `${command} contributed`);
    }
  });

  it('is at most 1 MB', () => {
    const size = statSync(vsix).size;
    const unpacked = entries.reduce((n, e) => n + e.size, 0);
    console.log(`.vsix ${(size / 1024).toFixed(1)} KB (${entries.length} files, ${(unpacked / 1024).toFixed(1)} KB unpacked)`);
    assert.ok(size <= MAX_BYTES, `.vsix is ${size} bytes`);
  });
});

describe('the shipped engine', () => {
  it('carries no rule’s table of cases (they are for npm test and the docs, not for dist/)', () => {
    const shipped = readFileSync(join(ROOT, 'dist', 'engine.js'), 'utf8');
    let checked = 0;
    for (const rule of rules) {
      const docs = rule.meta.description.fa + rule.meta.description.en + rule.meta.title.fa + rule.meta.title.en;
      for (const c of rule.tests.invalid) {
        // Short or documented texts may stand in the bundle for other reasons.
        if (c.text.length < 20 || docs.includes(c.text)) continue;
        checked++;
        assert.ok(!shipped.includes(c.text), `${rule.meta.id}: «${c.text}» is in dist/engine.js`);
      }
    }
    assert.ok(checked > 300, `${checked} cases checked`);
  });
});
