// Builds the shipped bundles (dist/) and the test and script bundles (out/).
import * as esbuild from 'esbuild';
import { readdirSync, existsSync, rmSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const watch = process.argv.includes('--watch');
// Lexicon data files (*.txt) and the house-style schema are bundled, so nothing outside the
// package is read at run time. Large ones are brotli-compressed (Persian text shrinks about 4x):
// the shipped bundles read them from dist/data/*.br beside themselves, the test bundles carry
// them inline as base64. This keeps dist/ within its 1 MB budget.
// The engine's word lists explain themselves in full-line «#» comments, which every reader of
// them skips (parseLexicon, decodeWords): they stay in the repository, not in the bundles
// (some 6 KB of dist/).
const withoutCommentLines = (path, raw) =>
  /[\\/]engine[\\/]data[\\/][^\\/]+\.txt$/.test(path) ? Buffer.from(raw.toString('utf8').split('\n').filter((l) => !l.startsWith('#')).join('\n')) : raw;

const lexiconData = (sidecarDir) => ({
  name: 'lexicon-data',
  setup(build) {
    build.onLoad({ filter: /(\.txt|[\\/]schemas[\\/][^\\/]+\.json)$/ }, (args) => {
      const raw = withoutCommentLines(args.path, readFileSync(args.path));
      const json = args.path.endsWith('.json');
      if (raw.length < 1024) return { contents: raw.toString('utf8'), loader: json ? 'json' : 'text' };
      const packed = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      let bytes;
      if (sidecarDir) {
        const name = basename(args.path).replace(/\.\w+$/, '') + '.br';
        mkdirSync(sidecarDir, { recursive: true });
        writeFileSync(join(sidecarDir, name), packed);
        bytes = `require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(basename(sidecarDir) + '/' + name)}))`;
      } else {
        bytes = `Buffer.from(${JSON.stringify(packed.toString('base64'))}, 'base64')`;
      }
      const text = `require('node:zlib').brotliDecompressSync(${bytes}).toString('utf8')`;
      return { contents: `module.exports = ${json ? `JSON.parse(${text})` : text};`, loader: 'js' };
    });
  },
});

// The shipped bundles leave out each rule's table of test cases (they are for npm test and the
// docs, built from out/), which would otherwise be a large part of dist/.
const stripRuleTests = {
  name: 'strip-rule-tests',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]engine[\\/]rules[\\/][^\\/]+\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      // The table is either the `tests:` literal or a module constant (`const tests = {`, with
      // `tests,` in the rule); its cases may be built by calls, so the literal itself goes.
      const m = /^\s*tests:\s*\{/m.exec(source) ?? /^const tests = \{/m.exec(source);
      const end = m ? matchingBrace(source, m.index + m[0].length - 1) : -1;
      if (end < 0) return { contents: source, loader: 'ts' };
      const stub = m[0].startsWith('const') ? 'const tests = { valid: [], invalid: [] }' : '\n  tests: { valid: [], invalid: [] }';
      return { contents: source.slice(0, m.index) + stub + source.slice(end + 1), loader: 'ts' };
    });
  },
};

/** Index of the brace closing the one at `open`, skipping string and template literals and comments. */
function matchingBrace(src, open) {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
    } else if (c === '/' && src[i + 1] === '/') {
      i = src.indexOf('\n', i);
      if (i < 0) return -1;
    } else if (c === '/' && src[i + 1] === '*') {
      i = src.indexOf('*/', i);
      if (i < 0) return -1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

// vscode-languageclient's version check calls semver's parse and satisfies; the client bundle
// gets client/src/semver-lite.ts for them instead of the whole package (20 KB of dist/).
const semverLite = {
  name: 'semver-lite',
  setup(build) {
    build.onResolve({ filter: /^semver\/functions\/(parse|satisfies)$/ }, (args) => ({ path: args.path, namespace: 'semver-lite' }));
    build.onLoad({ filter: /.*/, namespace: 'semver-lite' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(join(process.cwd(), 'client', 'src', 'semver-lite.ts'))}).${basename(args.path)};`,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

// vscode-languageclient matches glob patterns with minimatch (and brace-expansion): 28 KB of
// dist/extension.js for patterns this client never sends. client/src/minimatch-lite.ts is the
// LSP glob syntax, checked against the real package by test/minimatch-lite.test.ts.
const minimatchLite = {
  name: 'minimatch-lite',
  setup(build) {
    build.onResolve({ filter: /^minimatch$/ }, () => ({ path: join(process.cwd(), 'client', 'src', 'minimatch-lite.ts') }));
  },
};

// Modules of vscode-languageclient this client does not use, resolved to small stand-ins in
// client/src that keep the shape the client relies on (each checked by a test against the real
// module): its notebook-document sync (19 KB of dist/extension.js; this client syncs no notebook)
// and its file-operation features (7 KB; this server registers no file operation).
const clientStandIn = (module, file) => ({
  name: file,
  setup(build) {
    build.onResolve({ filter: new RegExp(`^\\./${module}$`) }, (args) =>
      /vscode-languageclient[\\/]lib[\\/]common$/.test(args.resolveDir) ? { path: join(process.cwd(), 'client', 'src', `${file}.ts`) } : undefined,
    );
  },
});
const notebookLite = clientStandIn('notebook', 'notebook-lite');
const fileOperationsLite = clientStandIn('fileOperations', 'file-operations-lite');
// Provider features whose methods this server offers none of (client/src/idle-features.ts).
const idleFeatures = {
  name: 'idle-features',
  setup(build) {
    const modules = ['formatting', 'semanticTokens', 'completion', 'rename', 'codeLens'];
    build.onResolve({ filter: new RegExp(`^\\./(${modules.join('|')})$`) }, (args) =>
      /vscode-languageclient[\\/]lib[\\/]common$/.test(args.resolveDir) ? { path: args.path.slice(2), namespace: 'idle-features' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'idle-features' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(join(process.cwd(), 'client', 'src', 'idle-features.ts'))}).idleModule(${JSON.stringify(args.path)});`,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning', charset: 'utf8', plugins: [lexiconData(null)] };

const ship = [
  { entryPoints: ['server/engine/index.ts'], outfile: 'dist/engine.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], extraPlugins: [semverLite, minimatchLite, notebookLite, fileOperationsLite, idleFeatures] },
  { entryPoints: ['server/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
].filter((b) => existsSync(b.entryPoints[0]));

const list = (dir, suffix) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix)).map((f) => `${dir}/${f}`) : []);
const dev = [
  ...list('test', '.test.ts'),
  ...list('test/e2e', '.ts'),
  ...list('test/nvim', '.ts'),
  ...list('scripts', '.ts'),
];

rmSync('out', { recursive: true, force: true });
rmSync('dist/data', { recursive: true, force: true });
const builds = [
  ...ship.map(({ extraPlugins = [], ...b }) => ({ ...common, minify: true, ...b, plugins: [lexiconData('dist/data'), stripRuleTests, ...extraPlugins] })),
  ...(dev.length ? [{ ...common, entryPoints: dev, outdir: 'out', outbase: '.', external: ['vscode', 'playwright-core', 'mocha'] }] : []),
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  // Every bundle is attempted even when one fails, so one broken file does not hide the rest.
  const results = await Promise.allSettled(builds.map((b) => esbuild.build(b)));
  if (results.some((r) => r.status === 'rejected')) process.exit(1);
}
