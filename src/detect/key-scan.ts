import { IRREGULAR_CASE, WIDE } from "./literal-key.js";

/**
 * Finding thousands of literal keys at once. A regular expression with a thousand alternatives
 * costs tens of microseconds per kilobyte (hundreds with the `u` flag); this costs a few: the text
 * is lower-cased once, every position gets the hash of the two or three characters that start there
 * plus the character after them, and a key is compared only where both fit.
 */

/** The lower-cased text, and for every position its gram hash (low 16 bits) and next character (5 bits). */
export interface GramText {
  lower: string;
  grams: Uint32Array;
}

/**
 * Null when lower-casing does not keep offsets, or when the text holds a character whose lower case
 * differs from its case-insensitive equivalents': then keys could be missed, and the caller must
 * search without them.
 */
export function gramText(text: string): GramText | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length || IRREGULAR_CASE.test(text)) return null;
  const n = lower.length;
  const grams = new Uint32Array(n);
  let c0 = n > 0 ? lower.charCodeAt(0) : 0;
  let c1 = n > 1 ? lower.charCodeAt(1) : 0;
  let c2 = n > 2 ? lower.charCodeAt(2) : 0;
  for (let i = 0; i < n; i++) {
    const c3 = i + 3 < n ? lower.charCodeAt(i + 3) : 0;
    grams[i] = c0 < WIDE && c1 < WIDE ? gramHash(c0, c1, c2) | ((c3 & 31) << 16) : gramHash(c0, c1, -1) | ((c2 & 31) << 16);
    c0 = c1;
    c1 = c2;
    c2 = c3;
  }
  return { lower, grams };
}

/** Two characters when one is CJK, Hangul or beyond (`c2` is -1), else three. */
function gramHash(c0: number, c1: number, c2: number): number {
  let h = Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1, 0x85ebca6b) ^ Math.imul(c2, 0xc2b2ae35);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 16;
}

/** A set of keys (lower case, usable per `isUsableKey`) compiled for scanning. */
export class KeySet {
  /** By gram hash: one bit per next character (`& 31`) of the keys there; all bits for keys that end with the gram. */
  private readonly next = new Int32Array(0x10000);
  /** Keys by gram hash: those of hash h are `gramKeys[gramStart[h] .. gramStart[h + 1]]`. */
  private readonly gramStart: Int32Array;
  private readonly gramKeys: Int32Array;
  /** Keys of one character, by that character, the same way. */
  private readonly single = new Uint8Array(0x10000);
  private readonly singleStart: Int32Array;
  private readonly singleKeys: Int32Array;

  constructor(readonly keys: readonly string[]) {
    const gramOf: number[] = [];
    const charOf: number[] = [];
    keys.forEach((key, id) => {
      if (key.length === 1) {
        const c = key.charCodeAt(0);
        this.single[c] = 1;
        charOf[id] = c;
        gramOf[id] = -1;
        return;
      }
      const c0 = key.charCodeAt(0);
      const c1 = key.charCodeAt(1);
      const narrow = c0 < WIDE && c1 < WIDE;
      const h = gramHash(c0, c1, narrow ? key.charCodeAt(2) : -1);
      const after = key.length > (narrow ? 3 : 2) ? key.charCodeAt(narrow ? 3 : 2) : -1;
      this.next[h]! |= after < 0 ? -1 : 1 << (after & 31);
      gramOf[id] = h;
      charOf[id] = -1;
    });
    [this.gramStart, this.gramKeys] = buckets(gramOf);
    [this.singleStart, this.singleKeys] = buckets(charOf);
  }

  /** Calls `found(keyId, offset)` for every occurrence of every key, overlapping ones included. */
  scan(gram: GramText, found: (key: number, at: number) => void): void {
    const { grams, lower } = gram;
    const { next, keys, single, gramStart, gramKeys, singleStart, singleKeys } = this;
    const singles = singleKeys.length > 0;
    for (let i = 0; i < grams.length; i++) {
      const g = grams[i]!;
      const h = g & 0xffff;
      if ((next[h]! & (1 << (g >>> 16))) !== 0) {
        for (let b = gramStart[h]!; b < gramStart[h + 1]!; b++) {
          const id = gramKeys[b]!;
          if (lower.startsWith(keys[id]!, i)) found(id, i);
        }
      }
      if (singles) {
        const c = lower.charCodeAt(i);
        if (single[c] !== 0) for (let b = singleStart[c]!; b < singleStart[c + 1]!; b++) found(singleKeys[b]!, i);
      }
    }
  }
}

/** Key ids grouped by slot (0..0xffff; -1: none), as start offsets into one array of ids. */
function buckets(slotOf: readonly number[]): [Int32Array, Int32Array] {
  const start = new Int32Array(0x10001);
  for (const slot of slotOf) if (slot >= 0) start[slot + 1]!++;
  for (let h = 0; h < 0x10000; h++) start[h + 1]! += start[h]!;
  const fill = start.slice(0, 0x10000);
  const ids = new Int32Array(start[0x10000]!);
  slotOf.forEach((slot, id) => {
    if (slot >= 0) ids[fill[slot]!++] = id;
  });
  return [start, ids];
}
