/**
 * A write-once multimap from 32-bit key hashes to slot numbers, held in four typed arrays
 * (bucket heads, chain links, hashes, slots) instead of millions of small JS objects: the
 * look-alike index files about 2.5 million keys for 150,000 domains. Hash collisions only add
 * candidates; the caller checks every candidate anyway.
 */

/** Collects (hash, slot) pairs; {@link HashMultimapBuilder.build} freezes them. */
export class HashMultimapBuilder {
  #hashes: Uint32Array;
  #slots: Int32Array;
  #count = 0;

  /** `expected`: about how many pairs will be added (the arrays grow past it as needed). */
  constructor(expected = 1024) {
    this.#hashes = new Uint32Array(Math.max(16, expected));
    this.#slots = new Int32Array(Math.max(16, expected));
  }

  add(hash: number, slot: number): void {
    if (this.#count === this.#hashes.length) {
      const hashes = new Uint32Array(this.#count * 2);
      hashes.set(this.#hashes);
      this.#hashes = hashes;
      const slots = new Int32Array(this.#count * 2);
      slots.set(this.#slots);
      this.#slots = slots;
    }
    this.#hashes[this.#count] = hash;
    this.#slots[this.#count] = slot;
    this.#count++;
  }

  /**
   * Freezes the pairs into a chained table; the builder is spent afterwards. Chaining costs one
   * write per pair: sorting 2.5 million pairs into buckets took three times as long.
   */
  build(): HashMultimap {
    const count = this.#count;
    // About two pairs a bucket: a small head array, short chains.
    let buckets = 1;
    while (buckets * 2 < count) buckets *= 2;
    const mask = buckets - 1;
    const hashes = this.#hashes.slice(0, count);
    const heads = new Int32Array(buckets).fill(-1);
    const next = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const bucket = hashes[i]! & mask;
      next[i] = heads[bucket]!;
      heads[bucket] = i;
    }
    const slots = this.#slots.slice(0, count);
    this.#hashes = new Uint32Array(0);
    this.#slots = new Int32Array(0);
    this.#count = 0;
    return new HashMultimap(mask, heads, next, hashes, slots);
  }
}

/** The frozen map; see {@link HashMultimapBuilder}. */
export class HashMultimap {
  readonly #mask: number;
  /** First pair of each bucket, -1 for none. */
  readonly #heads: Int32Array;
  /** Next pair in the same bucket, -1 at the end. */
  readonly #next: Int32Array;
  readonly #hashes: Uint32Array;
  readonly #slots: Int32Array;

  /** @internal Made by {@link HashMultimapBuilder.build}. */
  constructor(mask: number, heads: Int32Array, next: Int32Array, hashes: Uint32Array, slots: Int32Array) {
    this.#mask = mask;
    this.#heads = heads;
    this.#next = next;
    this.#hashes = hashes;
    this.#slots = slots;
  }

  /** Number of pairs held. */
  get size(): number {
    return this.#slots.length;
  }

  /** Adds every slot filed under `hash` to `into`. */
  collect(hash: number, into: Set<number>): void {
    const hashes = this.#hashes;
    const next = this.#next;
    for (let i = this.#heads[hash & this.#mask]!; i >= 0; i = next[i]!) if (hashes[i] === hash) into.add(this.#slots[i]!);
  }
}
