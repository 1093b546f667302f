/**
 * Keeps linting from blocking the connection and from answering for text that is gone.
 *
 * The engine lints synchronously (about 10 ms per MiB), so a large document is linted after a
 * turn of the event loop: notifications already read (a newer didChange, a $/cancelRequest) are
 * handled first, and the lint is dropped when a newer version of the document was scheduled, the
 * document changed or closed, or the request was cancelled. Small documents lint at once: the
 * hop would only add latency to the keystroke path.
 */

/** Characters above which a lint waits for its turn. */
export const YIELD_CHARS = 32 * 1024;

/**
 * Characters above which a document seen for the first time is published in two steps: the
 * findings of its beginning (linted alone, fast), then those of the whole document.
 */
export const FIRST_PART_ABOVE = 400_000;
/**
 * About how many characters the first part covers (cut at a line break): several screens of text,
 * small enough that a fresh server lints it quickly (the engine's first lints run cold).
 */
export const FIRST_PART_CHARS = 20_000;

export interface Cancellable {
  readonly isCancellationRequested: boolean;
}

/** Two hops: a message read during the first hop gets queued, and handled, before the second. */
export function yieldToConnection(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

export class LintScheduler {
  /** Newest version scheduled per document. */
  private readonly newest = new Map<string, number>();

  constructor(private readonly yieldChars = YIELD_CHARS) {}

  /**
   * Resolves true when the lint of `version` should run now, false when it is stale: a newer
   * version was scheduled meanwhile, `current()` (the document's version now, undefined when
   * closed) differs, or `token` was cancelled.
   */
  async turn(uri: string, version: number, length: number, current: () => number | undefined, token?: Cancellable): Promise<boolean> {
    const seen = this.newest.get(uri);
    if (seen === undefined || version > seen) this.newest.set(uri, version);
    if (length >= this.yieldChars) await yieldToConnection();
    if (token?.isCancellationRequested) return false;
    const newest = this.newest.get(uri);
    if (newest !== undefined && newest > version) return false;
    return current() === version;
  }

  forget(uri: string): void {
    this.newest.delete(uri);
  }
}

/**
 * Pull diagnostics' resultId: one id per lint result, which the linter keeps for exactly one
 * version and settings, so an equal previousResultId means nothing changed.
 */
export class ResultIds {
  private readonly ids = new WeakMap<object, string>();
  private next = 1;
  /** Ids of an earlier server process never match. */
  private readonly prefix = `pqa-${process.pid.toString(36)}-${Date.now().toString(36)}-`;

  of(result: object): string {
    let id = this.ids.get(result);
    if (!id) {
      id = this.prefix + this.next++;
      this.ids.set(result, id);
    }
    return id;
  }
}
