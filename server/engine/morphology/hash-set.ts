/**
 * A set of 32-bit word hashes (int32, as the tokenizer's FNV-1a gives) behind a 65,536-bit filter,
 * confirmed in an open-addressed Int32Array. Most words of a text are in no such set and one bit
 * test turns them away; the rest are confirmed without Set#has, which boxes hashes beyond the
 * small-integer range in V8.
 */
export class HashSet {
  private readonly bits = new Int32Array(2048);
  private slots = new Int32Array(16);
  private used = new Uint8Array(16);
  private count = 0;

  constructor(hashes: Iterable<number> = []) {
    for (const h of hashes) this.add(h);
  }

  add(h: number): this {
    h |= 0;
    if (this.has(h)) return this;
    const x = (h ^ (h >>> 16)) & 0xffff;
    this.bits[x >>> 5] |= 1 << (x & 31);
    if (++this.count * 2 > this.slots.length) {
      const oldSlots = this.slots;
      const oldUsed = this.used;
      this.slots = new Int32Array(oldSlots.length * 2);
      this.used = new Uint8Array(oldSlots.length * 2);
      for (let k = 0; k < oldSlots.length; k++) if (oldUsed[k]) this.place(oldSlots[k]);
    }
    this.place(h);
    return this;
  }

  has(h: number): boolean {
    const x = (h ^ (h >>> 16)) & 0xffff;
    if ((this.bits[x >>> 5] & (1 << (x & 31))) === 0) return false;
    const mask = this.slots.length - 1;
    for (let k = Math.imul(x, 0x45d9f3b) & mask; this.used[k]; k = (k + 1) & mask) if (this.slots[k] === h) return true;
    return false;
  }

  get size(): number {
    return this.count;
  }

  private place(h: number): void {
    const mask = this.slots.length - 1;
    const x = (h ^ (h >>> 16)) & 0xffff;
    let k = Math.imul(x, 0x45d9f3b) & mask;
    while (this.used[k]) k = (k + 1) & mask;
    this.slots[k] = h;
    this.used[k] = 1;
  }
}
