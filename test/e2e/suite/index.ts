// Entry point that VS Code's extension host loads as `extensionTestsPath`: runs the mocha suite
// and reports through tagged console lines (see protocol.ts). Mocha is bundled in, so this file
// needs nothing from node_modules at run time.
import Mocha from 'mocha';
import { writeFileSync } from 'node:fs';
import { format } from 'node:util';
import { TAG, RESULT } from './protocol';

export function run(): Promise<void> {
  const say = (s: string) => { for (const line of s.split('\n')) console.log(TAG + line); };
  // The browser console is shared with the workbench: tag every line the reporter prints.
  (Mocha as unknown as { reporters: { Base: { consoleLog: (...a: unknown[]) => void } } })
    .reporters.Base.consoleLog = (...args: unknown[]) => say(format(...args));
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60_000, grep: process.env.E2E_GREP });
  mocha.suite.emit('pre-require', globalThis, 'persian-qa-e2e', mocha);
  // Required only now, so that `suite`/`test` exist when the test modules run.
  require('./extension.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const result = JSON.stringify({ passed: runner.stats?.passes ?? 0, failed: failures });
      // Same machine as the runner, under code-server or a desktop VS Code alike.
      if (process.env.E2E_RESULT_FILE) writeFileSync(process.env.E2E_RESULT_FILE, result);
      say(RESULT + result);
      if (failures) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
}
