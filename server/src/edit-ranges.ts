import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Where two texts differ: old[start, oldEnd) became new[start, newEnd) (UTF-16 offsets). */
export interface Changed {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** One change after another, as one range covering both (a in old → mid, b in mid → new). */
export function compose(a: Changed, b: Changed): Changed {
  const end = Math.max(a.newEnd, b.oldEnd);
  return { start: Math.min(a.start, b.start), oldEnd: end - (a.newEnd - a.oldEnd), newEnd: end + (b.newEnd - b.oldEnd) };
}

/**
 * What changed in each open document since the linter last took it: recorded as TextDocuments
 * applies didChange, so the incremental linter need not compare a large document with its
 * previous text to find the edit. null: a change without a range (the whole text) came.
 */
export class EditRanges {
  private readonly pending = new Map<string, Changed | null>();

  /** A TextDocuments configuration that records each change's range before applying it. */
  readonly documents = {
    create: TextDocument.create,
    update: (doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument => {
      for (const change of changes) {
        let changed: Changed | null = null;
        if ('range' in change) {
          const start = doc.offsetAt(change.range.start);
          const oldEnd = doc.offsetAt(change.range.end);
          changed = { start, oldEnd, newEnd: start + change.text.length };
        }
        // One change at a time: the next one's range is in the text this one leaves.
        doc = TextDocument.update(doc, [change], version);
        this.note(doc.uri, changed);
      }
      return doc;
    },
  };

  private note(uri: string, changed: Changed | null): void {
    if (!this.pending.has(uri)) {
      this.pending.set(uri, changed);
      return;
    }
    const before = this.pending.get(uri)!;
    this.pending.set(uri, before && changed ? compose(before, changed) : null);
  }

  /** The range changed since the last take (undefined: nothing recorded or not known), and forgets it. */
  take(uri: string): Changed | undefined {
    const c = this.pending.get(uri);
    this.pending.delete(uri);
    return c ?? undefined;
  }

  forget(uri: string): void {
    this.pending.delete(uri);
  }
}
