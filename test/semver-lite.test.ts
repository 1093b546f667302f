import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parse, satisfies, type Version } from '../client/src/semver-lite';

// The real package, as vscode-languageclient imports it (untyped here: no @types/semver).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semverParse: (v: string) => Version | null = require('semver/functions/parse');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semverSatisfies: (v: string | Version, range: string) => boolean = require('semver/functions/satisfies');

const VERSIONS = ['1.91.0', '1.91.1', '1.95.3', '1.90.9', '1.100.0', '2.0.0', '0.0.3', '0.0.4', '0.2.3', '0.2.9', '0.3.0', '1.96.0-insider', 'v1.92.0', '1.92.0+build.5', '1.92', 'x', ''];
const RANGES = ['^1.91.0', '^0.2.3', '^0.0.3', '^2.0.0'];

test('semver-lite parses versions as semver does', () => {
  for (const v of VERSIONS) {
    const ours = parse(v);
    const theirs = semverParse(v);
    assert.equal(ours === null, theirs === null, v);
    if (ours && theirs) assert.deepEqual([ours.major, ours.minor, ours.patch, ours.prerelease], [theirs.major, theirs.minor, theirs.patch, theirs.prerelease], v);
  }
});

test('semver-lite satisfies caret ranges as semver does, also after the client clears the prerelease', () => {
  for (const r of RANGES) {
    for (const v of VERSIONS) {
      if (!semverParse(v)) continue;
      assert.equal(satisfies(v, r), semverSatisfies(v, r), `${v} ${r}`);
      const cleared = { ...parse(v)!, prerelease: [] };
      const theirs = semverParse(v)!;
      theirs.prerelease = [];
      assert.equal(satisfies(cleared, r), semverSatisfies(theirs, r), `${v} (prerelease cleared) ${r}`);
    }
  }
});

test('semver-lite refuses ranges it does not implement instead of passing every version', () => {
  assert.throws(() => satisfies('1.91.0', '>=1.91.0'), /unsupported range/);
  assert.throws(() => satisfies('1.91.0', '~1.91.0'), /unsupported range/);
});

test('the client bundle uses semver-lite for the range the installed language client checks', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const root = join(__dirname, '..', '..');
  const main = readFileSync(join(root, 'node_modules', 'vscode-languageclient', 'lib', 'node', 'main.js'), 'utf8');
  const range = /REQUIRED_VSCODE_VERSION = '([^']+)'/.exec(main)?.[1];
  assert.ok(range, 'the language client states its VS Code range');
  assert.equal(satisfies('1.200.0', range), semverSatisfies('1.200.0', range));
  const bundle = readFileSync(join(root, 'dist', 'extension.js'), 'utf8');
  assert.ok(bundle.includes('semver-lite: unsupported range'), 'dist/extension.js carries semver-lite');
});
