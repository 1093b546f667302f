import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CodeLensRequest, CompletionRequest, DocumentFormattingRequest, DocumentOnTypeFormattingRequest, DocumentRangeFormattingRequest, RenameRequest, SemanticTokensRegistrationType } from 'vscode-languageserver-protocol';
import { IDLE_MODULES, idleModule } from '../client/src/idle-features';

const COMMON = join(__dirname, '..', '..', 'node_modules', 'vscode-languageclient', 'lib', 'common');
type Module = keyof typeof IDLE_MODULES;

test('idle-features gives the client every class it takes from each replaced module, which nothing else imports', () => {
  const client = readFileSync(join(COMMON, 'client.js'), 'utf8');
  for (const name of Object.keys(IDLE_MODULES) as Module[]) {
    const used = new Set([...client.matchAll(new RegExp(`${name}_1\\.(\\w+)`, 'g'))].map((m) => m[1]));
    assert.deepEqual([...used].sort(), Object.keys(IDLE_MODULES[name]).sort(), name);
    for (const f of readdirSync(COMMON).filter((x) => x.endsWith('.js') && x !== 'client.js' && x !== `${name}.js`)) {
      assert.doesNotMatch(readFileSync(join(COMMON, f), 'utf8'), new RegExp(`require\\("\\./${name}"\\)`), `${f} imports ${name}`);
    }
  }
});

test('each stand-in is a dynamic feature for the real method that claims no capability', () => {
  const real: Record<string, string> = {
    DocumentFormattingFeature: DocumentFormattingRequest.method,
    DocumentRangeFormattingFeature: DocumentRangeFormattingRequest.method,
    DocumentOnTypeFormattingFeature: DocumentOnTypeFormattingRequest.method,
    SemanticTokensFeature: SemanticTokensRegistrationType.method,
    CompletionItemFeature: CompletionRequest.method,
    RenameFeature: RenameRequest.method,
    CodeLensFeature: CodeLensRequest.method,
  };
  for (const name of Object.keys(IDLE_MODULES) as Module[]) {
    for (const [cls, Feature] of Object.entries(idleModule(name))) {
      const feature = new Feature({});
      // features.js DynamicFeature.is: the client files it under its registration method.
      assert.equal(feature.registrationType.method, real[cls], cls);
      for (const m of ['fillClientCapabilities', 'initialize', 'getState', 'clear', 'register', 'unregister'] as const) assert.equal(typeof feature[m], 'function', `${cls}.${m}`);
      const capabilities = {};
      feature.fillClientCapabilities(capabilities);
      assert.deepEqual(capabilities, {}, `${cls} claims no capability`);
      assert.deepEqual(feature.getState(), { kind: 'document', id: real[cls], registrations: false });
    }
  }
});

test('dist/extension.js carries the stand-ins, not the real provider features', () => {
  const bundle = readFileSync(join(__dirname, '..', '..', 'dist', 'extension.js'), 'utf8');
  for (const api of ['registerDocumentFormattingEditProvider', 'registerCompletionItemProvider', 'registerRenameProvider', 'registerCodeLensProvider', 'registerDocumentSemanticTokensProvider']) assert.ok(!bundle.includes(api), api);
  // The features this client uses stay real.
  for (const api of ['registerHoverProvider', 'registerCodeActionsProvider']) assert.ok(bundle.includes(api), api);
  assert.match(bundle, /textDocument\/rangeFormatting/);
});
