// Builds the shipped bundles (dist/) and the test and script bundles (out/).
import * as esbuild from 'esbuild';
import { readdirSync, existsSync, rmSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const watch = process.argv.includes('--watch');
// Lexicon data files (*.txt) are bundled as strings, so nothing is read from disk at run time;
// large ones brotli-compressed (Persian text shrinks about 4x), keeping dist/ under its 1 MB budget.
const lexiconText = {
  name: 'lexicon-text',
  setup(build) {
    build.onLoad({ filter: /\.txt$/ }, (args) => {
      const raw = readFileSync(args.path);
      if (raw.length < 4096) return { contents: raw.toString('utf8'), loader: 'text' };
      const packed = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).toString('base64');
      return {
        contents: `module.exports = require('node:zlib').brotliDecompressSync(Buffer.from(${JSON.stringify(packed)}, 'base64')).toString('utf8');`,
        loader: 'js',
      };
    });
  },
};
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning', charset: 'utf8', plugins: [lexiconText] };

const ship = [
  { entryPoints: ['server/engine/index.ts'], outfile: 'dist/engine.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/cli/worker.ts'], outfile: 'dist/cli-worker.js' },
].filter((b) => existsSync(b.entryPoints[0]));

const list = (dir, suffix) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix)).map((f) => `${dir}/${f}`) : []);
const dev = [
  ...list('test', '.test.ts'),
  ...list('test/e2e', '.ts'),
  ...list('test/nvim', '.ts'),
  ...list('scripts', '.ts'),
];

rmSync('out', { recursive: true, force: true });
const builds = [
  ...ship.map((b) => ({ ...common, minify: true, ...b })),
  ...(dev.length ? [{ ...common, entryPoints: dev, outdir: 'out', outbase: '.', external: ['vscode', 'playwright-core', 'mocha'] }] : []),
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  // Every bundle is attempted even when one fails, so one broken file does not hide the rest.
  const results = await Promise.allSettled(builds.map((b) => esbuild.build(b)));
  if (results.some((r) => r.status === 'rejected')) process.exit(1);
}
