// A stand-in for the `code` executable that @vscode/test-electron spawns: it takes the same
// `--extensionDevelopmentPath=… --extensionTestsPath=… [folder]` arguments, runs VS Code as
// code-server (Node 24) with its workbench in headless Chromium, and exits with the extension
// host's exit code. Desktop VS Code cannot be downloaded on these machines; see shared E2E notes.
//
// Environment (set by scripts/e2e-setup.sh, which is run here if they are missing):
//   E2E_NODE24, E2E_CODE_SERVER, E2E_CHROMIUM, FONTCONFIG_FILE
// Optional: E2E_ARTIFACTS (screenshots, default <tmp>/artifacts), E2E_TIMEOUT_MS (default 8 min),
//   E2E_SCREENSHOTS=1 is set for the suite: this launcher answers SHOT and QUERY lines.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, renameSync, writeFileSync, statSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { TAG, SHOT, RESULT, QUERY, type Query } from './suite/protocol';

const log = (s: string) => process.stderr.write(`[launcher] ${s}\n`);
/** The suite polls for these files: they must appear whole. */
const publish = (file: string, text: string) => {
  writeFileSync(`${file}.part`, text);
  renameSync(`${file}.part`, file);
};

// The code-server process group, killed on any exit (it holds the extension host and our server).
let group = 0;
process.on('exit', () => { if (group) try { process.kill(-group, 'SIGKILL'); } catch { /* gone */ } });

function loadSetupEnv(): void {
  if (process.env.E2E_CODE_SERVER && process.env.E2E_NODE24 && process.env.E2E_CHROMIUM) return;
  // This file runs from out/test/e2e/ or from a run's build folder: look upward for the repo.
  let dir = __dirname;
  while (!existsSync(join(dir, 'scripts/e2e-setup.sh')) && dirname(dir) !== dir) dir = dirname(dir);
  const script = join(dir, 'scripts/e2e-setup.sh');
  const out = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  for (const m of out.matchAll(/^export (\w+)='([^']*)'$/gm)) process.env[m[1]] = m[2];
}

function parseArgs(argv: string[]) {
  let dev = '', tests = '', folder = '';
  for (const a of argv) {
    if (a.startsWith('--extensionDevelopmentPath=')) dev = a.slice(a.indexOf('=') + 1);
    else if (a.startsWith('--extensionTestsPath=')) tests = a.slice(a.indexOf('=') + 1);
    else if (!a.startsWith('-') && !folder) folder = a;
  }
  if (!dev || !tests) throw new Error('launcher needs --extensionDevelopmentPath and --extensionTestsPath');
  dev = resolve(dev);
  tests = resolve(tests);
  if (statSync(tests).isDirectory()) tests = join(tests, 'index.js');
  return { dev, tests, folder: folder ? resolve(folder) : '' };
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => res(port));
    });
  });
}

async function waitHealthy(port: number, cs: ChildProcess, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cs.exitCode !== null) throw new Error(`code-server exited with ${cs.exitCode}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('code-server did not become healthy');
}

async function main(): Promise<number> {
  loadSetupEnv();
  const { dev, tests, folder } = parseArgs(process.argv.slice(2));
  const tmp = mkdtempSync(join(tmpdir(), 'pqa-cs-'));
  const artifacts = process.env.E2E_ARTIFACTS || join(tmp, 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  for (const d of ['user-data/User', 'extensions', 'tmp', 'config', 'data']) mkdirSync(join(tmp, d), { recursive: true });
  // Fonts that show Persian in screenshots; the rest keeps the workbench quiet and deterministic.
  writeFileSync(join(tmp, 'user-data/User/settings.json'), JSON.stringify({
    'editor.fontFamily': "'Noto Sans Mono', 'Vazirmatn', monospace",
    'editor.fontSize': 15,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.colorTheme': 'Default Light Modern',
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'update.mode': 'none',
  }, null, 2));

  // runTests also passes --user-data-dir/--extensions-dir; code-server gets its own under tmp.
  const port = await freePort();
  const env = {
    ...process.env,
    TMPDIR: join(tmp, 'tmp'),
    XDG_CONFIG_HOME: join(tmp, 'config'),
    XDG_DATA_HOME: join(tmp, 'data'),
    E2E_ARTIFACTS: artifacts,
    E2E_SCREENSHOTS: '1',
  };
  const cs = spawn(process.env.E2E_NODE24!, [
    join(process.env.E2E_CODE_SERVER!, 'out/node/entry.js'),
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', join(tmp, 'user-data'), '--extensions-dir', join(tmp, 'extensions'),
    '--vscode-option', 'enable-smoke-test-driver',
  ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  group = cs.pid ?? 0;
  let csLog = '';
  const keep = (d: Buffer) => { csLog = (csLog + d.toString()).slice(-20000); };
  cs.stdout!.on('data', keep);
  cs.stderr!.on('data', keep);

  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    // The group holds the server, the extension host and our language server.
    // (Never with 0: kill(-0) would hit our own process group.)
    if (group) try { process.kill(-group, 'SIGKILL'); } catch { /* already gone */ }
    group = 0;
    if (!process.env.E2E_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
  };

  try {
    await waitHealthy(port, cs, 60_000);
    browser = await chromium.launch({
      executablePath: process.env.E2E_CHROMIUM,
      headless: true,
      // Chromium's profile, crash reports and caches go to the temp folder, not ~/.config.
      env: { ...process.env, XDG_CONFIG_HOME: env.XDG_CONFIG_HOME, XDG_CACHE_HOME: join(tmp, 'cache') },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    let finish!: (code: number) => void;
    const exited = new Promise<number>((r) => (finish = r));
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(Number(code) || 0));

    let chain = Promise.resolve();
    page.on('console', (msg) => {
      const text = msg.text();
      const at = text.indexOf(TAG);
      if (at < 0) return;
      const line = text.slice(at + TAG.length).replace(/\s+$/, '');
      if (line.startsWith(QUERY)) {
        const q = JSON.parse(line.slice(QUERY.length)) as Query;
        chain = chain.then(() => query(q));
      } else if (line.startsWith(SHOT)) {
        const name = line.slice(SHOT.length).trim().replace(/[^\w.-]/g, '_');
        chain = chain.then(() => screenshot(name));
      } else if (!line.startsWith(RESULT)) {
        process.stdout.write(line + '\n');
      }
    });
    // The suite asks for a picture once the Quick Fix menu is open; it waits for the `.done` file.
    const screenshot = async (name: string) => {
      const file = join(artifacts, `${name}.png`);
      let menu = false;
      try {
        menu = await page.locator('.action-widget').first().waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
        await page.screenshot({ path: file });
        log(`screenshot: ${file}${menu ? '' : ' (no Quick Fix menu visible)'}`);
      } catch (e) {
        log(`screenshot failed: ${e}`);
      }
      // The suite reads this to know the picture is written and what the workbench showed.
      publish(join(artifacts, `${name}.done`), JSON.stringify({ file, menu }));
    };

    // The suite asks what the workbench shows where the API cannot tell (e.g. language status).
    const query = async (q: Query) => {
      const answer: { texts: string[]; error?: string } = { texts: [] };
      try {
        if (q.hover) await page.hover(q.hover, { timeout: 10_000 });
        if (q.click) await page.click(q.click, { timeout: 10_000 });
        await page.locator(q.read).first().waitFor({ state: 'visible', timeout: 10_000 });
        const found = page.locator(q.read);
        answer.texts = q.attribute
          ? await found.evaluateAll((els, a) => els.map((e) => e.getAttribute(a) ?? ''), q.attribute)
          : q.html ? await found.evaluateAll((els) => els.map((e) => e.outerHTML)) : await found.allInnerTexts();
      } catch (e) {
        answer.error = String(e);
      }
      await page.keyboard.press('Escape').catch(() => {});
      publish(join(artifacts, `${q.name.replace(/[^\w.-]/g, '_')}.json`), JSON.stringify(answer));
    };

    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${dev}`],
      ['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${tests}`],
    ];
    const q = `payload=${encodeURIComponent(JSON.stringify(payload))}` + (folder ? `&folder=${encodeURIComponent(folder)}` : '');
    await page.goto(`http://127.0.0.1:${port}/?${q}`);

    const limit = Number(process.env.E2E_TIMEOUT_MS || 8 * 60_000);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exited,
      new Promise<number>((r) => { timer = setTimeout(() => r(-1), limit); }),
    ]);
    clearTimeout(timer);
    await chain;
    if (code === -1) {
      log(`timed out after ${limit} ms; code-server log tail:\n${csLog.slice(-3000)}`);
      await page.screenshot({ path: join(artifacts, 'timeout.png') }).catch(() => {});
      log(`screenshot of the stuck workbench: ${join(artifacts, 'timeout.png')}`);
      return 1;
    }
    return code;
  } catch (e) {
    log(`${(e as Error).stack || e}\ncode-server log tail:\n${csLog.slice(-3000)}`);
    return 1;
  } finally {
    await cleanup();
  }
}

main().then((code) => process.exit(code), (e) => { log(String(e)); process.exit(1); });
// Make sure nothing survives an interrupted run.
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(130));
