// `npm run test:e2e`: the extension's mocha suite inside a real VS Code.
// Runs scripts/e2e-setup.sh, bundles the in-host suite and the launcher, copies the fixture
// workspace (the tests edit and save files), then drives @vscode/test-electron's runTests with
// our launcher as `vscodeExecutablePath` (code-server + headless Chromium; see launcher.ts).
// Set E2E_VSCODE to a desktop `code` executable to run the same suite there instead.
// Ends with `N passed, M failed`; exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const repo = resolve(__dirname, '../../..');
const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  let setup: string;
  try {
    setup = execFileSync('bash', [join(repo, 'scripts/e2e-setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (e) {
    throw new Error(`scripts/e2e-setup.sh failed (exit ${(e as { status?: number }).status})`);
  }
  for (const m of setup.matchAll(/^export (\w+)='([^']*)'$/gm)) process.env[m[1]] = m[2];
  console.log(`[e2e] setup done in ${secs()} s`);

  // E2E_EXTENSION overrides the extension under test (e.g. a packaged copy).
  const extension = resolve(process.env.E2E_EXTENSION || repo);
  for (const f of ['dist/extension.js', 'dist/server.js']) {
    if (!existsSync(join(extension, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }

  // Our own folders, not out/ (a concurrent `npm run build` empties out/ mid-run), one per run
  // so that runs in parallel do not trip over each other; those of finished runs are removed.
  const work = join(repo, '.vscode-test/e2e');
  mkdirSync(work, { recursive: true });
  for (const d of readdirSync(work)) {
    const pid = Number(/^run-(\d+)$/.exec(d)?.[1]);
    if (pid && !alive(pid)) rmSync(join(work, d), { recursive: true, force: true });
  }
  const build = join(work, `run-${process.pid}`, 'build');
  const artifacts = join(work, `run-${process.pid}`, 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  // Loaded at run time: esbuild's API cannot itself be bundled into this file.
  const esbuild: typeof import('esbuild') = require(join(repo, 'node_modules/esbuild'));
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' } as const;
  await esbuild.build({ ...common, entryPoints: [join(repo, 'test/e2e/suite/index.ts')], outfile: join(build, 'suite/index.js'), external: ['vscode'] });
  await esbuild.build({ ...common, entryPoints: [join(repo, 'test/e2e/launcher.ts')], outfile: join(build, 'launcher.js'), external: ['playwright-core'] });

  const tmp = mkdtempSync(join(tmpdir(), 'pqa-e2e-'));
  const workspace = join(tmp, 'workspace');
  cpSync(join(repo, 'test/e2e/workspace'), workspace, { recursive: true });
  const resultFile = join(tmp, 'result.json');

  let code: number;
  try {
    code = await runTests({
      vscodeExecutablePath: process.env.E2E_VSCODE || join(repo, 'test/e2e/launcher.sh'),
      extensionDevelopmentPath: extension,
      extensionTestsPath: join(build, 'suite/index.js'),
      launchArgs: [workspace, `--user-data-dir=${join(tmp, 'user-data')}`, `--extensions-dir=${join(tmp, 'extensions')}`],
      extensionTestsEnv: {
        E2E_LAUNCHER_JS: join(build, 'launcher.js'),
        E2E_ARTIFACTS: artifacts,
        E2E_RESULT_FILE: resultFile,
        E2E_WORKSPACE: workspace,
      },
    });
  } catch (e) {
    // runTests rejects on a non-zero exit code; the suite's own report says which tests failed.
    code = (e as { code?: number }).code ?? 1;
  }

  let passed = 0, failed = 0;
  if (existsSync(resultFile)) ({ passed, failed } = JSON.parse(readFileSync(resultFile, 'utf8')));
  else failed = 1; // The suite never reported: VS Code or the extension host did not get that far.
  const shot = join(artifacts, 'quick-fix.png');
  if (existsSync(shot)) console.log(`[e2e] screenshot: ${shot}`);
  if (!process.env.E2E_KEEP_TMP) {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
  }
  console.log(`[e2e] finished in ${secs()} s (exit code ${code})`);
  console.log(`${passed} passed, ${failed} failed`);
  return code !== 0 || failed > 0 ? 1 : 0;
}

main().then((c) => process.exit(c), (e) => { console.error(e); console.log('0 passed, 1 failed'); process.exit(1); });
