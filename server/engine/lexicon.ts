import { foldedHash, hashString } from './tokenize';

/**
 * A word map keyed by the same 32-bit hashes the tokenizer computes, so rules look words up
 * without slicing the text. Hash collisions are resolved by comparing the real key.
 */
export class HashedMap<V> {
  private readonly byHash = new Map<number, { key: string; value: V }[]>();
  /**
   * A 65,536-bit filter over the hashes: most words of a text are in no lexicon, and one bit
   * test turns them away far cheaper than a Map look-up (hashes beyond the small-integer range
   * are boxed numbers in V8).
   */
  private readonly bits = new Int32Array(2048);
  constructor(private readonly folded: boolean) {}

  set(key: string, value: V): this {
    const h = this.folded ? foldedHash(key) : hashString(key);
    const x = (h ^ (h >>> 16)) & 0xffff;
    this.bits[x >>> 5] |= 1 << (x & 31);
    let bucket = this.byHash.get(h);
    if (!bucket) this.byHash.set(h, (bucket = []));
    const hit = bucket.find((b) => b.key === key);
    if (hit) hit.value = value;
    else bucket.push({ key, value });
    return this;
  }

  /** Candidate look-up by hash alone; call `get` to confirm. */
  mayHave(h: number): boolean {
    const x = (h ^ (h >>> 16)) & 0xffff;
    return (this.bits[x >>> 5] & (1 << (x & 31))) !== 0 && this.byHash.has(h);
  }

  /** `key` must already be folded when the map is folded. */
  get(h: number, key: string): V | undefined {
    const x = (h ^ (h >>> 16)) & 0xffff;
    if ((this.bits[x >>> 5] & (1 << (x & 31))) === 0) return undefined;
    const bucket = this.byHash.get(h);
    if (!bucket) return undefined;
    for (const b of bucket) if (b.key === key) return b.value;
    return undefined;
  }

  getString(key: string): V | undefined {
    return this.get(this.folded ? foldedHash(key) : hashString(key), key);
  }

  get size(): number {
    let n = 0;
    for (const b of this.byHash.values()) n += b.length;
    return n;
  }
}

/** Reads a lexicon data file: one entry per line, `#` starts a comment. */
export function parseLexicon(source: string): string[] {
  const out: string[] = [];
  for (const raw of source.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line) out.push(line);
  }
  return out;
}
