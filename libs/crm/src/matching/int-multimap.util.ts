/**
 * A multimap from non-negative 30-bit keys to (value, tag) integer pairs in flat typed arrays: open
 * addressing, and one linked list of postings per key, newest first. The fuzzy-name index holds
 * millions of postings for 100k names; a Map of arrays costs several times the memory and most of the
 * matching time in cache misses and garbage collection. A key's entry (key, first posting, list size)
 * and each posting are laid out contiguously, so reading one costs at most one cache miss.
 */
export class IntMultimap {
  // [key, head posting, list size] per slot; key -1 marks a free slot.
  private table: Int32Array;
  // One bit per key hash (a 1-hash Bloom filter, 2 MB, so it stays in cache): most keys looked up are
  // absent, and this answers for them without touching the table.
  private readonly present = new Int32Array(1 << 19);
  private keyCount = 0;
  // [value, next posting, tag] per posting.
  private postings: Int32Array;
  private postingCount = 0;
  private compactedCount = 0;

  constructor(expectedKeys = 0, expectedPostings = 0) {
    let capacity = 1024;
    while (capacity * 0.6 < expectedKeys) capacity *= 2;
    this.table = newTable(capacity);
    this.postings = new Int32Array(Math.max(1024, expectedPostings) * 3);
  }

  add(key: number, value: number, tag = 0): void {
    if (this.keyCount + 1 > (this.table.length / 3) * 0.6) this.rehash();
    const slot = this.locate(key);
    if (this.table[slot * 3] !== key) {
      this.present[(key >>> 5) & 0x7ffff] |= 1 << (key & 31);
      this.table[slot * 3] = key;
      this.table[slot * 3 + 1] = -1;
      this.keyCount++;
    }
    if ((this.postingCount + 1) * 3 > this.postings.length) {
      const grown = new Int32Array(this.postings.length * 2);
      grown.set(this.postings);
      this.postings = grown;
    }
    const posting = this.postingCount++;
    this.postings[posting * 3] = value;
    this.postings[posting * 3 + 1] = this.table[slot * 3 + 1];
    this.postings[posting * 3 + 2] = tag;
    this.table[slot * 3 + 1] = posting;
    this.table[slot * 3 + 2]++;
  }

  /** Table slot of `key`, or -1; read it with `headAt` and `sizeAt`. */
  lookup(key: number): number {
    if ((this.present[(key >>> 5) & 0x7ffff] & (1 << (key & 31))) === 0) return -1;
    const slot = this.locate(key);
    return this.table[slot * 3] === key ? slot : -1;
  }

  /** First posting of a slot's list; walk with `nextPosting`, read with `valueAt` and `tagAt`. */
  headAt(slot: number): number {
    return this.table[slot * 3 + 1];
  }

  /** Length of a slot's list. */
  sizeAt(slot: number): number {
    return this.table[slot * 3 + 2];
  }

  valueAt(posting: number): number {
    return this.postings[posting * 3];
  }

  tagAt(posting: number): number {
    return this.postings[posting * 3 + 2];
  }

  /** The next posting, or -1. */
  nextPosting(posting: number): number {
    return this.postings[posting * 3 + 1];
  }

  /**
   * Lists grown one posting at a time are scattered, and walking them costs a cache miss per posting.
   * Rewrites them contiguously once as many postings were added since the last time as there were
   * then, so the cost stays proportional to the additions. Called before reading, so a bulk build is
   * compacted once.
   */
  compactIfScattered(): void {
    const added = this.postingCount - this.compactedCount;
    if (added >= 1024 && added >= this.compactedCount) this.compact();
  }

  private compact(): void {
    const compacted = new Int32Array(this.postings.length);
    let written = 0;
    for (let slot = 0; slot < this.table.length / 3; slot++) {
      if (this.table[slot * 3] === -1) continue;
      let posting = this.table[slot * 3 + 1];
      this.table[slot * 3 + 1] = written;
      while (posting !== -1) {
        compacted[written * 3] = this.postings[posting * 3];
        compacted[written * 3 + 2] = this.postings[posting * 3 + 2];
        posting = this.postings[posting * 3 + 1];
        compacted[written * 3 + 1] = posting === -1 ? -1 : written + 1;
        written++;
      }
    }
    this.postings = compacted;
    this.compactedCount = written;
  }

  private locate(key: number): number {
    const mask = this.table.length / 3 - 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.table[slot * 3] !== -1 && this.table[slot * 3] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(): void {
    const old = this.table;
    this.table = newTable((old.length / 3) * 2);
    for (let slot = 0; slot < old.length / 3; slot++) {
      if (old[slot * 3] === -1) continue;
      const moved = this.locate(old[slot * 3]);
      this.table[moved * 3] = old[slot * 3];
      this.table[moved * 3 + 1] = old[slot * 3 + 1];
      this.table[moved * 3 + 2] = old[slot * 3 + 2];
    }
  }
}

/** `capacity` slots, all free (a free slot's head is never read). */
function newTable(capacity: number): Int32Array {
  const table = new Int32Array(capacity * 3);
  for (let slot = 0; slot < capacity; slot++) table[slot * 3] = -1;
  return table;
}
