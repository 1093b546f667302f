import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { NotebookDocumentSyncRegistrationType } from 'vscode-languageserver-protocol';
import { NOTEBOOK_SYNC_METHOD, NotebookDocumentSyncFeature } from '../client/src/notebook-lite';

const COMMON = join(__dirname, '..', '..', 'node_modules', 'vscode-languageclient', 'lib', 'common');

test('notebook-lite is the only thing the client takes from its notebook module', () => {
  const client = readFileSync(join(COMMON, 'client.js'), 'utf8');
  const used = new Set([...client.matchAll(/notebook_1\.(\w+)/g)].map((m) => m[1]));
  assert.deepEqual([...used], ['NotebookDocumentSyncFeature']);
  // No other module of the client imports it (it would get the stand-in too); the others reach
  // the feature through client.getFeature, and call only what the stand-in has.
  const calls = new Set<string>();
  for (const f of readdirSync(COMMON).filter((x) => x.endsWith('.js') && x !== 'notebook.js')) {
    const src = readFileSync(join(COMMON, f), 'utf8');
    if (f !== 'client.js') assert.doesNotMatch(src, /require\("\.\/notebook"\)/, f);
    for (const m of src.matchAll(/notebookFeature\.(\w+)/g)) calls.add(m[1]);
  }
  assert.ok(calls.size > 0, 'the pull-diagnostics feature listens to notebook syncs');
  const feature = new NotebookDocumentSyncFeature({}) as unknown as Record<string, unknown>;
  for (const m of calls) assert.equal(typeof feature[m], 'function', m);
  // The cell scheme the client reads off the class is the real one.
  assert.match(readFileSync(join(COMMON, 'notebook.js'), 'utf8'), new RegExp(`static CellScheme = '${NotebookDocumentSyncFeature.CellScheme}'`));
});

test('notebook-lite is a dynamic feature that asks for nothing and handles no document', () => {
  const feature = new NotebookDocumentSyncFeature({});
  assert.equal(NOTEBOOK_SYNC_METHOD, NotebookDocumentSyncRegistrationType.method);
  assert.equal(feature.registrationType.method, NotebookDocumentSyncRegistrationType.method);
  // features.js DynamicFeature.is: the client files it under its registration method.
  for (const m of ['fillClientCapabilities', 'initialize', 'getState', 'clear', 'register', 'unregister'] as const) assert.equal(typeof feature[m], 'function', m);
  const capabilities = {};
  feature.fillClientCapabilities(capabilities);
  assert.deepEqual(capabilities, {}, 'no notebookDocument capability is claimed');
  assert.equal(feature.handles({ uri: 'file:///a.ipynb' }), false);
  assert.deepEqual(feature.getState(), { kind: 'document', id: NOTEBOOK_SYNC_METHOD, registrations: false });
  let fired = 0;
  const listener = () => fired++;
  for (const d of [feature.onOpenNotificationSent(listener), feature.onChangeNotificationSent(listener), feature.onSaveNotificationSent(listener), feature.onCloseNotificationSent(listener)]) d.dispose();
  assert.equal(fired, 0);
});
