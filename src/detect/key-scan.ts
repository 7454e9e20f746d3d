import { IRREGULAR_CASE, WIDE } from "./literal-key.js";

/**
 * Finding thousands of literal keys at once. A regular expression with a thousand alternatives
 * costs tens of microseconds per kilobyte (hundreds with the `u` flag); this costs a few: the text
 * is lower-cased once, every position gets the hash of the two or three characters that start there
 * plus the character after them, and a key is compared only where both fit.
 */

/** A set of keys (lower case, usable per `isUsableKey`) compiled for scanning. */
export class KeySet {
  /** By gram hash: one bit per next character (`& 31`) of the keys there; all bits for keys that end with the gram. */
  private readonly next = new Int32Array(0x10000);
  /** Keys by gram hash: those of hash h are `gramKeys[gramStart[h] .. gramStart[h + 1]]`. */
  private readonly gramStart: Int32Array;
  private readonly gramKeys: Int32Array;
  /**
   * For each entry of `gramKeys`, the key's two characters after its gram packed as `a | b << 16`
   * (`b` is 0x7fff when the key ends after `a`), or -1 when the key is its gram: compared with the
   * text's two characters there before the key is.
   */
  private readonly gramKeyTail: Int32Array;
  /** Every key's characters, one after another, and where each key's start (`keyFrom[id]` .. `keyFrom[id + 1]`). */
  private readonly keyChars: Uint16Array;
  private readonly keyFrom: Int32Array;
  /** 1 for each character that starts a key of two or more characters: elsewhere no gram is hashed. */
  private readonly starts = new Uint8Array(0x10000);
  /** Keys of one character, by that character, the same way. */
  private readonly single = new Uint8Array(0x10000);
  private readonly singleStart: Int32Array;
  private readonly singleKeys: Int32Array;

  constructor(readonly keys: readonly string[]) {
    const gramOf: number[] = [];
    const charOf: number[] = [];
    const afterOf: number[] = [];
    const tailOf: number[] = [];
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
      this.starts[c0] = 1;
      const narrow = c0 < WIDE && c1 < WIDE;
      const h = gramHash(c0, c1, narrow ? key.charCodeAt(2) : -1);
      const gram = narrow ? 3 : 2;
      const after = key.length > gram ? key.charCodeAt(gram) : -1;
      const second = key.length > gram + 1 ? key.charCodeAt(gram + 1) : NO_SECOND;
      this.next[h]! |= after < 0 ? -1 : 1 << (after & 31);
      afterOf[id] = after;
      tailOf[id] = after < 0 ? -1 : after | (second << 16);
      gramOf[id] = h;
      charOf[id] = -1;
    });
    [this.gramStart, this.gramKeys] = buckets(gramOf);
    this.gramKeyTail = this.gramKeys.map((id) => tailOf[id]!);
    [this.singleStart, this.singleKeys] = buckets(charOf);
    this.keyFrom = new Int32Array(keys.length + 1);
    keys.forEach((key, id) => (this.keyFrom[id + 1] = this.keyFrom[id]! + key.length));
    this.keyChars = new Uint16Array(this.keyFrom[keys.length]!);
    keys.forEach((key, id) => {
      for (let j = 0; j < key.length; j++) this.keyChars[this.keyFrom[id]! + j] = key.charCodeAt(j);
    });
  }

  /**
   * Every occurrence of every key in `text`, overlapping ones included, as `[keyId, offset]` pairs in
   * order of offset. Null when lower-casing does not keep offsets, or when the text holds a character
   * whose lower case differs from its case-insensitive equivalents' (see IRREGULAR_CASE): then keys
   * could be missed, and the caller must search without them.
   */
  find(text: string): number[] | null {
    const lower = text.toLowerCase();
    const n = lower.length;
    if (n !== text.length) return null;
    const irregular = irregularTable();
    const { next, starts, single, gramStart, gramKeys, gramKeyTail, keyChars, keyFrom, singleStart, singleKeys } = this;
    const singles = singleKeys.length > 0;
    const hits: number[] = [];
    // The hash of each position is rolled from the characters at i .. i + 3, read once each, and
    // the one after them (i + 4) is read with them for the keys' tails.
    let c0 = n > 0 ? lower.charCodeAt(0) : 0;
    let c1 = n > 1 ? lower.charCodeAt(1) : 0;
    let c2 = n > 2 ? lower.charCodeAt(2) : 0;
    let c3 = n > 3 ? lower.charCodeAt(3) : 0;
    for (let i = 0; i < n; i++) {
      const c4 = i + 4 < n ? lower.charCodeAt(i + 4) : 0;
      const original = text.charCodeAt(i);
      if (original >= IRREGULAR_FIRST && (original < IRREGULAR_TABLE_END ? irregular[original] === 1 : original === 0xfb05 || original === 0xfb06)) return null;
      // Most characters start no key (spaces, punctuation, digits, many CJK characters): no gram to hash.
      if (starts[c0] !== 0) {
        const narrow = c0 < WIDE && c1 < WIDE;
        const h = narrow ? gramHash(c0, c1, c2) : gramHash(c0, c1, -1);
        const after = narrow ? c3 : c2;
        if ((next[h]! & (1 << (after & 31))) !== 0) {
          // Many keys share a common gram ("the …", "you …"): compare the two characters after it
          // first, then the key where they fit.
          const both = after | ((narrow ? c4 : c3) << 16);
          const alone = after | (NO_SECOND << 16);
          for (let b = gramStart[h]!; b < gramStart[h + 1]!; b++) {
            const tail = gramKeyTail[b]!;
            if (tail !== -1 && tail !== both && tail !== alone) continue;
            const id = gramKeys[b]!;
            const from = keyFrom[id]!;
            const to = keyFrom[id + 1]!;
            if (i + to - from > n) continue;
            let k = from;
            while (k < to && lower.charCodeAt(i + k - from) === keyChars[k]) k++;
            if (k === to) hits.push(id, i);
          }
        }
      }
      if (singles && single[c0] !== 0) for (let b = singleStart[c0]!; b < singleStart[c0 + 1]!; b++) hits.push(singleKeys[b]!, i);
      c0 = c1;
      c1 = c2;
      c2 = c3;
      c3 = c4;
    }
    return hits;
  }
}

/**
 * Keys added over time (catalog sets compile on first use), found together: one pass over a text
 * finds the keys of every set. Key ids never change; adding a key makes `version` and the compiled
 * set new.
 */
export class KeyRegistry {
  private readonly ids = new Map<string, number>();
  private compiled: KeySet | undefined;

  /** The id of `key`, added if new. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      this.compiled = undefined;
    }
    return id;
  }

  /** Changes whenever a key is added: results of `find` are valid for one version. */
  get version(): number {
    return this.ids.size;
  }

  /** See `KeySet.find`; ids are this registry's. */
  find(text: string): number[] | null {
    return (this.compiled ??= new KeySet([...this.ids.keys()])).find(text);
  }
}

/**
 * The second character of a key's tail when the key ends after the first. A key or text that really
 * has U+7FFF there only passes the filter more often: every key that passes is compared in full.
 */
const NO_SECOND = 0x7fff;

/** Two characters when one is CJK, Hangul or beyond (`c2` is -1), else three. */
function gramHash(c0: number, c1: number, c2: number): number {
  let h = Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1, 0x85ebca6b) ^ Math.imul(c2, 0xc2b2ae35);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 16;
}

// IRREGULAR_CASE as a table, tested per character while scanning instead of by a second pass: all its
// characters but two (U+FB05, U+FB06) are below U+2000, and the first is U+00B5.
const IRREGULAR_FIRST = 0xb5;
const IRREGULAR_TABLE_END = 0x2000;
let irregularChars: Uint8Array | undefined;
function irregularTable(): Uint8Array {
  if (!irregularChars) {
    irregularChars = new Uint8Array(IRREGULAR_TABLE_END);
    for (let c = IRREGULAR_FIRST; c < IRREGULAR_TABLE_END; c++) if (IRREGULAR_CASE.test(String.fromCharCode(c))) irregularChars[c] = 1;
  }
  return irregularChars;
}

/** Key ids grouped by slot (0..0xffff; -1: none), as start offsets into one array of ids. */
function buckets(slotOf: readonly number[]): [Int32Array, Int32Array] {
  const start = new Int32Array(0x10000 + 1);
  for (const slot of slotOf) if (slot >= 0) start[slot + 1]!++;
  for (let h = 0; h < 0x10000; h++) start[h + 1]! += start[h]!;
  const fill = start.slice(0, 0x10000);
  const ids = new Int32Array(start[0x10000]!);
  slotOf.forEach((slot, id) => {
    if (slot >= 0) ids[fill[slot]!++] = id;
  });
  return [start, ids];
}
