import { IntMultimap } from './int-multimap.util';
import { osaDistance } from './osa-distance.util';

/** Minimum normalised-name length (of the shorter name) for one typing slip to count as the same name. */
export const FUZZY_ONE_SLIP_MIN_LENGTH = 10;
/** Minimum normalised-name length (of the shorter name) for two typing slips. */
export const FUZZY_TWO_SLIPS_MIN_LENGTH = 16;

/** Slips (OSA edits) a name of this length may differ by and still be taken for the same name. */
export function allowedSlips(nameLength: number): number {
  if (nameLength >= FUZZY_TWO_SLIPS_MIN_LENGTH) return 2;
  return nameLength >= FUZZY_ONE_SLIP_MIN_LENGTH ? 1 : 0;
}

/**
 * How many segments a name of this length is cut into: more than the slips it may differ by, of three
 * letters or more, and at most 3k + 1 (enough to skip the common ones).
 */
function segmentCount(nameLength: number): number {
  const slips = allowedSlips(nameLength);
  return Math.max(slips + 1, Math.min(3 * slips + 1, Math.floor(nameLength / 3)));
}

/** Segments are near-equal in size; the last `length % count` are one longer. */
function segmentStart(length: number, count: number, index: number): number {
  const base = Math.floor(length / count);
  const shorter = count - (length % count);
  return index <= shorter ? index * base : shorter * base + (index - shorter) * (base + 1);
}

/**
 * FNV-1a over (name length, segment number, text), optionally with the last letter replaced; cut to
 * 30 bits, which V8 keeps as a small integer.
 */
function segmentHash(length: number, index: number, text: string, from: number, to: number, last = -1): number {
  let hash = Math.imul(0x811c9dc5 ^ (length * 16 + index), 0x01000193);
  for (let position = from; position < to; position++) {
    const code = position === to - 1 && last >= 0 ? last : text.charCodeAt(position);
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash & 0x3fffffff;
}

/**
 * A name's letter counts in brief, as one posting tag: for 16 letter classes, whether the name has
 * one letter of the class or more (low 16 bits) and two or more (high 16 bits). A slip changes the
 * counts of at most two classes by one each, and a count moving by one flips at most one of its two
 * bits, so names within k slips differ in at most 2k bits: a cheap test, made on the posting itself,
 * before looking at the name. (Presence bits alone, as before 2026-12-04, let through twice as many
 * names: in long names most classes are present.) The length needs no bits: it is part of the key.
 */
function shapeOf(name: string): number {
  let once = 0;
  let twice = 0;
  for (let i = 0; i < name.length; i++) {
    const bit = 1 << (name.charCodeAt(i) % 16);
    twice |= once & bit;
    once |= bit;
  }
  return (twice << 16) | once;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const MAX_SEGMENTS = 7;
// A segment's shift spans at most slips + 1 values (see search).
const MAX_SHIFTS = 3;
// Postings few enough that reading them costs less than looking up further segments.
const SMALL_ENOUGH = 16;

/**
 * Finds indexed names within the allowed slips of a name without comparing it to all of them:
 * pigeonhole on positional segments, after Pass-Join. A name that may differ by k slips is cut, by a
 * rule that depends only on its length, into m > k segments and indexed under (length, segment number,
 * segment text). A slip changes at most one segment: a swap across a border would change two, so each
 * segment is also indexed as it reads with its last letter swapped with the next one, and then only the
 * segment after the border counts as changed. A name within k slips thus keeps at least m - k segments
 * unchanged, each shifted by the insertions minus deletions before it. A search therefore reads only
 * the k + 1 segments with the fewest postings and skips the others, which are typically the words many
 * names share ("trading", "shenzhen").
 */
export class FuzzyNameIndex {
  private readonly postings: IntMultimap;
  private readonly names: string[] = [];
  private readonly owners: number[] = [];
  private seen = new Int32Array(1024);
  private stamp = 0;
  // Per search and length: the lists found for each segment, their total size, and segments by size.
  private readonly heads = new Int32Array(MAX_SEGMENTS * MAX_SHIFTS);
  private readonly totals = new Int32Array(MAX_SEGMENTS);
  private readonly order = new Int32Array(MAX_SEGMENTS);

  /** @param expectedNames sizes the index up front, sparing rehashes while it is built. */
  constructor(expectedNames = 0) {
    this.postings = new IntMultimap(expectedNames * 8, expectedNames * 22);
  }

  /** Indexes `name` for `owner`; names too short for any slip are not indexed. */
  add(name: string, owner: number): void {
    const length = name.length;
    if (allowedSlips(length) === 0) return;
    const slot = this.names.length;
    this.names.push(name);
    this.owners.push(owner);
    if (this.seen.length <= slot) {
      const seen = new Int32Array(this.seen.length * 2);
      seen.set(this.seen);
      this.seen = seen;
    }
    const shape = shapeOf(name);
    const count = segmentCount(length);
    for (let index = 0; index < count; index++) {
      const from = segmentStart(length, count, index);
      const to = segmentStart(length, count, index + 1);
      this.postings.add(segmentHash(length, index, name, from, to), slot, shape);
      // The segment as it reads when its last letter and the next segment's first are swapped. A
      // doubled letter at the border reads the same and needs no second posting.
      if (index < count - 1 && name.charCodeAt(to) !== name.charCodeAt(to - 1)) {
        this.postings.add(segmentHash(length, index, name, from, to, name.charCodeAt(to)), slot, shape);
      }
    }
  }

  /**
   * Calls `visit` for every indexed name within the allowed slips of `name` (allowed for the shorter of
   * the two), once per indexed name, unless `skip(owner)` says the owner is already decided.
   */
  search(name: string, skip: (owner: number) => boolean, visit: (owner: number, indexedName: string, distance: number) => void): void {
    const length = name.length;
    const probeSlips = allowedSlips(length);
    if (probeSlips === 0) return;
    const stamp = this.nextStamp();
    const shape = shapeOf(name);
    this.postings.compactIfScattered();
    for (let indexedLength = length - probeSlips; indexedLength <= length + probeSlips; indexedLength++) {
      const slips = Math.min(probeSlips, allowedSlips(indexedLength));
      const delta = length - indexedLength;
      if (slips === 0 || Math.abs(delta) > slips) continue;
      // A kept segment moves by the insertions minus deletions before it; the slips before and after it
      // add up to at most `slips`, which bounds its shift given the difference in length.
      const spare = Math.floor((slips - Math.abs(delta)) / 2);
      const lowShift = Math.min(0, delta) - spare;
      const highShift = Math.max(0, delta) + spare;
      const count = segmentCount(indexedLength);
      // At most `slips` segments changed, so any slips + 1 of them hold every near-identical name of
      // this length. Keep the smallest seen so far (`order`, sorted by total) and stop looking once
      // they are small enough: most names have a distinctive part early on.
      let looked = 0;
      for (let index = 0; index < count; index++) {
        const from = segmentStart(indexedLength, count, index);
        const size = segmentStart(indexedLength, count, index + 1) - from;
        let total = 0;
        let lookups = 0;
        // Nothing comes before the first segment and nothing after the last: their shifts are fixed.
        const firstShift = index === 0 ? 0 : index === count - 1 ? delta : lowShift;
        const lastShift = index === 0 ? 0 : index === count - 1 ? delta : highShift;
        for (let shift = firstShift; shift <= lastShift; shift++) {
          const start = from + shift;
          if (start < 0 || start + size > length) continue;
          const position = this.postings.lookup(segmentHash(indexedLength, index, name, start, start + size));
          if (position < 0) continue;
          this.heads[index * MAX_SHIFTS + lookups++] = this.postings.headAt(position);
          total += this.postings.sizeAt(position);
        }
        if (lookups < MAX_SHIFTS) this.heads[index * MAX_SHIFTS + lookups] = -1;
        this.totals[index] = total;
        let at = looked++;
        while (at > 0 && this.totals[this.order[at - 1]] > total) {
          this.order[at] = this.order[at - 1];
          at--;
        }
        this.order[at] = index;
        if (looked > slips && this.smallestTotal(slips + 1) <= SMALL_ENOUGH) break;
      }
      for (let pick = 0; pick <= slips; pick++) {
        const index = this.order[pick];
        for (let lookup = 0; lookup < MAX_SHIFTS; lookup++) {
          const head = this.heads[index * MAX_SHIFTS + lookup];
          if (head < 0) break;
          for (let posting = head; posting >= 0; posting = this.postings.nextPosting(posting)) {
            const tag = this.postings.tagAt(posting);
            if (bitCount(tag ^ shape) > 2 * slips) continue;
            const slot = this.postings.valueAt(posting);
            if (this.seen[slot] === stamp) continue;
            this.seen[slot] = stamp;
            const owner = this.owners[slot];
            if (skip(owner)) continue;
            const indexedName = this.names[slot];
            const distance = osaDistance(indexedName, name, slips);
            if (distance <= slips) visit(owner, indexedName, distance);
          }
        }
      }
    }
  }

  /** Sum of the `count` smallest segment totals looked up so far. */
  private smallestTotal(count: number): number {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += this.totals[this.order[i]];
    return sum;
  }

  private nextStamp(): number {
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}
