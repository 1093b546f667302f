#!/bin/sh
# The `vscodeExecutablePath` handed to @vscode/test-electron: runs VS Code as code-server in
# headless Chromium (see launcher.ts). E2E_LAUNCHER_JS is the bundled launcher run.ts built.
here=$(cd "$(dirname "$0")" && pwd)
exec node "${E2E_LAUNCHER_JS:-$here/../../out/test/e2e/launcher.js}" "$@"
