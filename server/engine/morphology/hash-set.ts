/**
 * A set of 32-bit word hashes behind a 65,536-bit filter. Most words of a text are in no such
 * set, and one bit test turns them away far cheaper than Set#has: hashes beyond the small-integer
 * range are boxed numbers in V8, so every Set look-up hashes a heap number.
 */
export class HashSet {
  private readonly set = new Set<number>();
  private readonly bits = new Int32Array(2048);

  constructor(hashes: Iterable<number> = []) {
    for (const h of hashes) this.add(h);
  }

  add(h: number): this {
    const x = (h ^ (h >>> 16)) & 0xffff;
    this.bits[x >>> 5] |= 1 << (x & 31);
    this.set.add(h);
    return this;
  }

  has(h: number): boolean {
    const x = (h ^ (h >>> 16)) & 0xffff;
    return (this.bits[x >>> 5] & (1 << (x & 31))) !== 0 && this.set.has(h);
  }

  get size(): number {
    return this.set.size;
  }
}
