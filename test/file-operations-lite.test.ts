import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  DidCreateFilesNotification,
  DidDeleteFilesNotification,
  DidRenameFilesNotification,
  WillCreateFilesRequest,
  WillDeleteFilesRequest,
  WillRenameFilesRequest,
} from 'vscode-languageserver-protocol';
import * as lite from '../client/src/file-operations-lite';

const COMMON = join(__dirname, '..', '..', 'node_modules', 'vscode-languageclient', 'lib', 'common');

test('file-operations-lite gives the client the six classes it takes from its fileOperations module', () => {
  const client = readFileSync(join(COMMON, 'client.js'), 'utf8');
  const used = new Set([...client.matchAll(/fileOperations_1\.(\w+)/g)].map((m) => m[1]));
  assert.deepEqual([...used].sort(), Object.keys(lite.FILE_OPERATION_METHODS).sort());
  // No other module of the client imports it (it would get the stand-in too).
  for (const f of readdirSync(COMMON).filter((x) => x.endsWith('.js') && x !== 'client.js' && x !== 'fileOperations.js')) {
    assert.doesNotMatch(readFileSync(join(COMMON, f), 'utf8'), /require\("\.\/fileOperations"\)/, f);
  }
});

test('each stand-in is a dynamic feature for the real method that claims no capability', () => {
  const real: Record<keyof typeof lite.FILE_OPERATION_METHODS, string> = {
    DidCreateFilesFeature: DidCreateFilesNotification.method,
    DidRenameFilesFeature: DidRenameFilesNotification.method,
    DidDeleteFilesFeature: DidDeleteFilesNotification.method,
    WillCreateFilesFeature: WillCreateFilesRequest.method,
    WillRenameFilesFeature: WillRenameFilesRequest.method,
    WillDeleteFilesFeature: WillDeleteFilesRequest.method,
  };
  for (const [name, method] of Object.entries(real) as [keyof typeof real, string][]) {
    assert.equal(lite.FILE_OPERATION_METHODS[name], method, name);
    const feature = new lite[name]({});
    // features.js DynamicFeature.is: the client files it under its registration method.
    assert.equal(feature.registrationType.method, method, name);
    for (const m of ['fillClientCapabilities', 'initialize', 'getState', 'clear', 'register', 'unregister'] as const) assert.equal(typeof feature[m], 'function', `${name}.${m}`);
    const capabilities = {};
    feature.fillClientCapabilities(capabilities);
    assert.deepEqual(capabilities, {}, `${name} claims no workspace.fileOperations capability`);
    assert.deepEqual(feature.getState(), { kind: 'workspace', id: method, registrations: false });
  }
});

test('dist/extension.js carries the stand-ins, not the real file-operation features', () => {
  const bundle = readFileSync(join(__dirname, '..', '..', 'dist', 'extension.js'), 'utf8');
  // The real features subscribe to VS Code's file events; nothing else in the client does.
  assert.doesNotMatch(bundle, /onWillRenameFiles|onDidCreateFiles/);
  assert.match(bundle, /workspace\/willRenameFiles/);
});
