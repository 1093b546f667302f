// vscode-languageclient registers a notebook-document sync feature in every client: 19 KB of
// dist/extension.js. Persian QA's document selector names no notebook and its server offers no
// notebook sync, so esbuild.mjs resolves the client's "./notebook" here: the one class the client
// uses from it, a feature that asks for no capability, takes no registration, handles no
// document and fires no event. test/notebook-lite.test.ts checks it keeps the shape the client
// relies on.

/** NotebookDocumentSyncRegistrationType.method of the LSP 3.17 protocol. */
export const NOTEBOOK_SYNC_METHOD = 'notebookDocument/sync';

export class NotebookDocumentSyncFeature {
  /** The URI scheme of notebook cells, which the client reads from this class. */
  static readonly CellScheme = 'vscode-notebook-cell';
  readonly registrationType = { method: NOTEBOOK_SYNC_METHOD };

  constructor(_client?: unknown) {}

  getState(): { kind: 'document'; id: string; registrations: boolean } {
    return { kind: 'document', id: NOTEBOOK_SYNC_METHOD, registrations: false };
  }

  fillClientCapabilities(_capabilities: object): void {}
  preInitialize(): void {}
  initialize(): void {}
  register(): void {}
  unregister(): void {}
  clear(): void {}

  handles(_document: unknown): boolean {
    return false;
  }

  // The pull-diagnostics feature listens to notebook syncs; with none synced, none is ever sent.
  onOpenNotificationSent(_listener: unknown): { dispose(): void } {
    return NO_EVENT;
  }
  onChangeNotificationSent(_listener: unknown): { dispose(): void } {
    return NO_EVENT;
  }
  onSaveNotificationSent(_listener: unknown): { dispose(): void } {
    return NO_EVENT;
  }
  onCloseNotificationSent(_listener: unknown): { dispose(): void } {
    return NO_EVENT;
  }
}

const NO_EVENT = { dispose(): void {} };
