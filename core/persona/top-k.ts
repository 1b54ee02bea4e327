/**
 * The k best candidates of a scan, kept in a bounded min-heap over typed arrays so offering a
 * candidate allocates nothing. Better = higher score; on equal score, more evidence (a larger
 * shared weight); on equal evidence, the earlier position.
 */
export class TopK {
  readonly #capacity: number;
  readonly #index: Int32Array;
  readonly #score: Float64Array;
  readonly #evidence: Float64Array;
  #size = 0;

  constructor(capacity: number) {
    this.#capacity = Math.max(0, Math.floor(capacity));
    this.#index = new Int32Array(this.#capacity);
    this.#score = new Float64Array(this.#capacity);
    this.#evidence = new Float64Array(this.#capacity);
  }

  get size(): number {
    return this.#size;
  }

  /** Lowest score that may still get in: -Infinity until full, then the weakest kept score. */
  get floor(): number {
    return this.#size < this.#capacity ? -Infinity : this.#capacity === 0 ? Infinity : this.#score[0]!;
  }

  /** True when the candidate in slot `a` ranks below the one in slot `b`. */
  #worse(a: number, b: number): boolean {
    const sa = this.#score[a]!;
    const sb = this.#score[b]!;
    if (sa !== sb) return sa < sb;
    const ea = this.#evidence[a]!;
    const eb = this.#evidence[b]!;
    if (ea !== eb) return ea < eb;
    return this.#index[a]! > this.#index[b]!;
  }

  #swap(a: number, b: number): void {
    const i = this.#index[a]!;
    this.#index[a] = this.#index[b]!;
    this.#index[b] = i;
    const s = this.#score[a]!;
    this.#score[a] = this.#score[b]!;
    this.#score[b] = s;
    const e = this.#evidence[a]!;
    this.#evidence[a] = this.#evidence[b]!;
    this.#evidence[b] = e;
  }

  #siftUp(slot: number): void {
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      if (!this.#worse(slot, parent)) return;
      this.#swap(slot, parent);
      slot = parent;
    }
  }

  #siftDown(slot: number): void {
    for (;;) {
      const left = 2 * slot + 1;
      if (left >= this.#size) return;
      const right = left + 1;
      const child = right < this.#size && this.#worse(right, left) ? right : left;
      if (!this.#worse(child, slot)) return;
      this.#swap(slot, child);
      slot = child;
    }
  }

  /** Offers candidate `index`; kept when the heap has room or it beats the weakest kept. */
  offer(index: number, score: number, evidence: number): void {
    if (this.#capacity === 0) return;
    if (this.#size < this.#capacity) {
      const slot = this.#size++;
      this.#index[slot] = index;
      this.#score[slot] = score;
      this.#evidence[slot] = evidence;
      this.#siftUp(slot);
      return;
    }
    const s0 = this.#score[0]!;
    const e0 = this.#evidence[0]!;
    const beats = score > s0 || (score === s0 && (evidence > e0 || (evidence === e0 && index < this.#index[0]!)));
    if (!beats) return;
    this.#index[0] = index;
    this.#score[0] = score;
    this.#evidence[0] = evidence;
    this.#siftDown(0);
  }

  /** The kept candidates, best first. */
  sorted(): { index: number; score: number; evidence: number }[] {
    const out = Array.from({ length: this.#size }, (_, slot) => ({ index: this.#index[slot]!, score: this.#score[slot]!, evidence: this.#evidence[slot]! }));
    return out.sort((a, b) => b.score - a.score || b.evidence - a.evidence || a.index - b.index);
  }
}
