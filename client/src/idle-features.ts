// vscode-languageclient registers a feature for every LSP provider in every client, whether the
// server offers it or not. Persian QA's server offers no formatting, semantic tokens, completion,
// rename or code lens, so their modules (20 KB of dist/extension.js) are resolved here by
// esbuild.mjs: each class the client takes from them is a feature for the same method that
// claims no capability, takes no registration and provides nothing.
// test/idle-features.test.ts checks the classes and methods against the real modules.

/** The client's modules replaced, the classes it takes from each, and their LSP 3.17 methods. */
export const IDLE_MODULES = {
  formatting: {
    DocumentFormattingFeature: 'textDocument/formatting',
    DocumentRangeFormattingFeature: 'textDocument/rangeFormatting',
    DocumentOnTypeFormattingFeature: 'textDocument/onTypeFormatting',
  },
  semanticTokens: { SemanticTokensFeature: 'textDocument/semanticTokens' },
  completion: { CompletionItemFeature: 'textDocument/completion' },
  rename: { RenameFeature: 'textDocument/rename' },
  codeLens: { CodeLensFeature: 'textDocument/codeLens' },
} as const;

export type FeatureKind = 'document' | 'workspace';

/** A dynamic feature for `method` that asks for no client capability and takes no registration. */
export function idleFeature(method: string, kind: FeatureKind) {
  return class {
    readonly registrationType = { method };
    constructor(_client?: unknown) {}
    getState(): { kind: FeatureKind; id: string; registrations: boolean } {
      return { kind, id: method, registrations: false };
    }
    fillClientCapabilities(_capabilities: object): void {}
    initialize(): void {}
    register(): void {}
    unregister(): void {}
    clear(): void {}
  };
}

/** The stand-in exports of one replaced module. */
export function idleModule(name: keyof typeof IDLE_MODULES): Record<string, ReturnType<typeof idleFeature>> {
  return Object.fromEntries(Object.entries(IDLE_MODULES[name]).map(([cls, method]) => [cls, idleFeature(method, 'document')]));
}
