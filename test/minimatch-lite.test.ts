import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { Minimatch } from '../client/src/minimatch-lite';

// The real package, as vscode-languageclient imports it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const real: { Minimatch: new (p: string, o: object) => { match(path: string): boolean; makeRe(): RegExp | false } } = require('minimatch');

const PATTERNS = [
  '**/*.md', '**/*.{md,txt}', '*.txt', '/home/u/**', '/home/u/**/*.txt', '/home/u/*.txt', '**/.persian-qa.json', '**/{.persian-qa,persian-qa}.json',
  '**', '**/*', 'docs/**/notes/*.md', '/w/[a-c]*.txt', '/w/[!a-c]*.txt', '/w/file?.txt', '/w/**/file?.txt', '**/node_modules/**', '/w/a/**/b/**',
  '/W/*.TXT', '**/*.MD', '/w/{a,b/c}/*.txt', '/w/.hidden/*', '/w/*/x.md', '/w/{a}.txt', '/w/{a,b.txt', '**/{x,{y,z}}.md', '/w/*.{md}', '//w//a.txt',
];
const PATHS = [
  '/home/u/a.md', '/home/u/a.txt', '/home/u/d/e/f.txt', '/home/u/.cfg/x.txt', '/home/u/.persian-qa.json', '/w/persian-qa.json', '/w/.persian-qa.json',
  'a.txt', 'b/a.txt', 'docs/x/notes/y.md', 'docs/notes/y.md', '/w/apple.txt', '/w/dog.txt', '/w/file1.txt', '/w/file12.txt', '/w/q/file2.txt',
  '/p/node_modules/x/y.js', '/w/a/b/c', '/w/a/x/b/y/z', '/w/a/b', '/w/A.TXT', '/w/a.txt', '/x/README.MD', '/w/b/c/t.txt', '/w/.hidden/f',
  '/w/.dot/x.md', '/w/d/x.md', '/w/.x.txt', '/home/u', '/home/u/', '', '/w/{a}.txt', '/w/{a,b.txt', '/w/z.md', '/y.md', '//w//a.txt', '/w//a.txt',
];

test('minimatch-lite matches LSP glob patterns as minimatch does, with the options the client passes', () => {
  for (const options of [{ noext: true }, { dot: true }, { dot: true, nocase: true }]) {
    for (const p of PATTERNS) {
      const theirs = new real.Minimatch(p, options);
      const ours = new Minimatch(p, options);
      assert.equal(Boolean(ours.makeRe()), Boolean(theirs.makeRe()), `makeRe ${p} ${JSON.stringify(options)}`);
      for (const path of PATHS) assert.equal(ours.match(path), theirs.match(path), `${p} ~ ${path} ${JSON.stringify(options)}`);
    }
  }
});
