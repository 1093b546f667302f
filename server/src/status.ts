/**
 * The `persianQA/status` notification: tells the client's language status item whether a
 * document was linted, and if not why (too large, disabled). Sent only to clients that asked for
 * it in initializationOptions (`{ statusNotifications: true }`), and only when it changes.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { TOO_LARGE_CODE } from './diagnostics';
import type { DocumentSettings } from './settings';

export const STATUS_NOTIFICATION = 'persianQA/status';

export type LintState = 'ok' | 'tooLarge' | 'disabled';

export interface StatusParams {
  uri: string;
  state: LintState;
  /** Findings published for the document (0 unless state is ok). */
  count: number;
  /** With tooLarge: the document's size and the limit, in KB. */
  sizeKB?: number;
  maxKB?: number;
}

export function statusOf(uri: string, diagnostics: readonly Diagnostic[], ds: DocumentSettings, sizeKB: () => number): StatusParams {
  if (!ds.settings.enable) return { uri, state: 'disabled', count: 0 };
  if (diagnostics.length === 1 && diagnostics[0].code === TOO_LARGE_CODE) {
    return { uri, state: 'tooLarge', count: 0, sizeKB: sizeKB(), maxKB: ds.settings.maxFileSizeKB };
  }
  return { uri, state: 'ok', count: diagnostics.length };
}

export class StatusReporter {
  enabled = false;
  private readonly last = new Map<string, string>();

  constructor(private readonly send: (params: StatusParams) => void) {}

  report(params: StatusParams): void {
    if (!this.enabled) return;
    const key = JSON.stringify(params);
    if (this.last.get(params.uri) === key) return;
    this.last.set(params.uri, key);
    this.send(params);
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
