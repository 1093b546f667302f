// `npm run test:nvim`: a second real LSP client. Headless Neovim (Debian's 0.7) starts
// dist/server.js over stdio, receives pushed diagnostics for a Persian draft, applies the preferred
// quick fix and then source.fixAll.persianQA, and checks the buffer (see init.lua).
// PQA_SERVER_JS overrides the server under test (e.g. a packaged one).
// Prints each check, then `N passed, M failed`; exits non-zero on any failure.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '../../..');
const TIMEOUT_MS = 60_000;

// Line 0: Arabic yeh in «نيوز»; line 1: Arabic kaf in «كاشان», a Latin comma, Arabic-Indic digits.
const draft = [
  'قم نيوز: نشست خبری استانداری امروز برگزار شد.',
  'خبرنگار ما از كاشان گزارش داد که بازدید از نمایشگاه, تا ٢٠ آبان رایگان است.',
].join('\n') + '\n';
const kase = {
  timeout_ms: 20_000,
  diagnostics: [
    { code: 'arabic-letters', line: 0, text: 'نيوز' },
    { code: 'arabic-letters', line: 1, text: 'كاشان' },
    { code: 'persian-punctuation', line: 1, text: ',' },
    { code: 'arabic-digits', line: 1, text: '٢٠' },
  ],
  quickfix: { code: 'arabic-letters', line: 0 },
  after_quickfix: [
    'قم نیوز: نشست خبری استانداری امروز برگزار شد.',
    'خبرنگار ما از كاشان گزارش داد که بازدید از نمایشگاه, تا ٢٠ آبان رایگان است.',
  ].join('\n'),
  after_fixall: [
    'قم نیوز: نشست خبری استانداری امروز برگزار شد.',
    'خبرنگار ما از کاشان گزارش داد که بازدید از نمایشگاه، تا ۲۰ آبان رایگان است.',
  ].join('\n'),
};

function nvimPath(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v nvim'], { encoding: 'utf8' }).trim();
  } catch {
    // Neovim comes with the e2e setup (Debian's neovim package).
    execFileSync('bash', [join(repo, 'scripts/e2e-setup.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
    return 'nvim';
  }
}

async function main(): Promise<number> {
  const server = process.env.PQA_SERVER_JS || join(repo, 'dist/server.js');
  if (!existsSync(server)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const nvim = nvimPath();
  const tmp = mkdtempSync(join(tmpdir(), 'pqa-nvim-'));
  const file = join(tmp, 'draft.txt');
  const out = join(tmp, 'result.json');
  writeFileSync(file, draft);
  writeFileSync(join(tmp, 'case.json'), JSON.stringify(kase));

  const t0 = Date.now();
  const child = spawn(nvim, ['--headless', '-n', '-i', 'NONE', '-u', join(repo, 'test/nvim/init.lua'), file], {
    cwd: tmp,
    // XDG_* keep Neovim's lsp.log and state in the temp folder.
    env: { ...process.env, XDG_CACHE_HOME: tmp, XDG_STATE_HOME: tmp, XDG_DATA_HOME: tmp, PQA_SERVER: server, PQA_NODE: process.execPath, PQA_CASE: join(tmp, 'case.json'), PQA_OUT: out },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((res) => {
    const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } res(null); }, TIMEOUT_MS);
    child.on('exit', (c) => { clearTimeout(timer); res(c); });
  });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);

  let checks: { name: string; ok: boolean; detail: string }[] = [];
  if (existsSync(out)) checks = JSON.parse(readFileSync(out, 'utf8'));
  if (code === null) checks.push({ name: `Neovim finished within ${TIMEOUT_MS / 1000} s`, ok: false, detail: output.slice(-2000) });
  else if (!existsSync(out)) checks.push({ name: 'Neovim wrote its results', ok: false, detail: `exit ${code}: ${output.slice(-2000)}` });
  else if ((code === 0) !== checks.every((c) => c.ok)) checks.push({ name: 'exit code agrees with checks', ok: false, detail: `exit ${code}` });
  const lspLog = join(tmp, 'nvim/lsp.log');
  if (checks.some((c) => !c.ok) && existsSync(lspLog)) output += `\nlsp.log:\n${readFileSync(lspLog, 'utf8').slice(-3000)}`;
  if (checks.some((c) => !c.ok)) console.log(`[nvim] output:\n${output.slice(-4000)}`);
  for (const c of checks) console.log(`${c.ok ? '✔' : '✘'} nvim: ${c.name}${c.ok ? '' : `\n    ${c.detail}`}`);
  const failed = checks.filter((c) => !c.ok).length;
  if (!process.env.E2E_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
  console.log(`[nvim] Neovim ran ${secs} s (exit code ${code})`);
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then((c) => process.exit(c), (e) => { console.error(e); console.log('0 passed, 1 failed'); process.exit(1); });
