/**
 * The `persianQA/status` notification: tells the client's language status item whether a
 * document was linted, and if not why (too large, disabled). Sent only to clients that asked for
 * it in initializationOptions (`{ statusNotifications: true }`), and only when it changes.
 */
import { TOO_LARGE_CODE } from './diagnostics';
import type { LintResult } from './linter';
import type { DocumentSettings } from './settings';

export const STATUS_NOTIFICATION = 'persianQA/status';

export type LintState = 'ok' | 'tooLarge' | 'disabled';

export interface StatusParams {
  uri: string;
  state: LintState;
  /** Findings published for the document (0 unless state is ok). */
  count: number;
  /** Findings in the document: above count when persianQA.maxProblems cut the published list. */
  total?: number;
  /** With maxProblems cutting the list: the limit in force. */
  maxProblems?: number;
  /** Only the beginning of a large document has been checked so far; the rest follows. */
  partial?: boolean;
  /** With tooLarge: the document's size and the limit, in KB. */
  sizeKB?: number;
  maxKB?: number;
}

export function statusOf(r: LintResult, ds: DocumentSettings, sizeKB: () => number): StatusParams {
  const uri = r.uri;
  if (!ds.settings.enable) return { uri, state: 'disabled', count: 0 };
  if (r.diagnostics.length === 1 && r.diagnostics[0].code === TOO_LARGE_CODE) {
    return { uri, state: 'tooLarge', count: 0, sizeKB: sizeKB(), maxKB: ds.settings.maxFileSizeKB };
  }
  const p: StatusParams = { uri, state: 'ok', count: r.shown, total: r.findings.length };
  if (r.shown < r.findings.length) p.maxProblems = ds.settings.maxProblems;
  if (r.partial) p.partial = true;
  return p;
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
