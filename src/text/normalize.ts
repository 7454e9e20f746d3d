import { MappedStringBuilder, type MappedText, type OffsetMap } from "./offset-map.js";

/**
 * Characters removed before matching: zero-width space/joiners, word joiner, BOM, soft hyphen and the
 * other format characters (\p{Cf}) that hide text from a reader without changing what it says.
 * ZWJ (U+200D) inside an emoji sequence is harmless here because emoji are masked before this runs.
 */
const INVISIBLE = /\p{Cf}/u;
const MARK = /\p{M}/u;
/** Code points NFKC leaves alone in practice: plain ASCII and most letters. Checked per code point. */
const ASCII_OR_COMMON = /^[\x00-\x7f]$/;

/**
 * NFKC per code point (with combining marks kept with their base) and removal of invisible format
 * characters, with a map from every unit of the result back to `source`.
 * Normalizing per code point keeps each output unit tied to exactly one source span.
 */
export function normalizeWithMap(source: string, base: OffsetMap): MappedText {
  if (!needsNormalization(source)) return { text: source, map: base };
  const out = new MappedStringBuilder(source.length);
  // Units NFKC leaves alone are copied in runs; a unit that NFKC rewrites on its own is replaced
  // from the table's cache; only surrogates and units before a combining mark take the chunk step.
  const n = source.length;
  let run = 0;
  let i = 0;
  while (i < n) {
    // Skip to the next unit that is not left alone, or that is a combining mark, in a tight loop:
    // most of a text is.
    let c = 0;
    let flags = 0;
    while (i < n) {
      c = source.charCodeAt(i);
      if (c < 0x80) {
        i++;
        continue;
      }
      flags = UNIT_FLAGS[c]! || unitFlags(c);
      if ((flags & UNIT_STABLE) !== 0 && ((flags & UNIT_MARK) === 0 || c < 0x300)) {
        i++;
        continue;
      }
      break;
    }
    if (i >= n) break;
    if ((flags & UNIT_MARK) !== 0 && c >= 0x300) {
      // A mark goes with the unit before it: that unit's chunk takes both.
      const from = Math.max(run, i - 1);
      if (from > run) out.keep(source.slice(run, from), run);
      // A mark with nothing before it in this run (or at the start) is a chunk of its own.
      i = normalizeChunk(source, from, out);
      run = i;
      continue;
    }
    const nextFlags = flagsAt(source, i + 1);
    if ((nextFlags & UNIT_MARK) === 0 && (flags & UNIT_SINGLE) !== 0) {
      if (i > run) out.keep(source.slice(run, i), run);
      if ((flags & UNIT_INVISIBLE) === 0) out.replace(nfkc(source[i]!), i, i + 1);
      run = ++i;
      continue;
    }
    if (i > run) out.keep(source.slice(run, i), run);
    i = normalizeChunk(source, i, out);
    run = i;
  }
  // Nothing changed: the text and its map are the ones given.
  if (run === 0) return { text: source, map: base };
  if (n > run) out.keep(source.slice(run, n), run);
  const built = out.build();
  return { text: built.text, map: base.compose(built.map) };
}

/**
 * The same result as `normalizeWithMap`, computed chunk by chunk without the fast paths. It defines
 * what the fast paths must give, and tests compare the two.
 */
export function normalizeEachChunk(source: string, base: OffsetMap): MappedText {
  const out = new MappedStringBuilder(source.length);
  let i = 0;
  while (i < source.length) i = normalizeChunk(source, i, out);
  const built = out.build();
  return { text: built.text, map: base.compose(built.map) };
}

/** Normalizes the chunk starting at `i` (a code point and its combining marks) into `out`; returns its end. */
function normalizeChunk(source: string, i: number, out: MappedStringBuilder): number {
  const cp = source.codePointAt(i)!;
  const base = i + (cp > 0xffff ? 2 : 1);
  // An invisible character goes on its own; marks after it are kept as they come.
  if (INVISIBLE.test(source.slice(i, base))) return base;
  // Keep following combining marks with their base so NFKC can compose them (e + ́ → é).
  let j = base;
  while (j < source.length && source.charCodeAt(j) >= 0x300 && MARK.test(source[j]!)) j++;
  const chunk = source.slice(i, j);
  const norm = ASCII_OR_COMMON.test(chunk) ? chunk : nfkc(chunk);
  if (norm === chunk) out.keep(chunk, i);
  else out.replace(norm, i, j);
  return j;
}

/**
 * What is known of each BMP unit, filled on first sight: whether NFKC leaves it as it is (and it is
 * neither invisible nor half of a surrogate pair), and whether it is a combining mark.
 */
const UNIT_SEEN = 1;
/** NFKC leaves it as it is, and it is not invisible. */
const UNIT_STABLE = 2;
const UNIT_MARK = 4;
/** A whole code point (not a surrogate): with no mark after it, it is a chunk of its own. */
const UNIT_SINGLE = 8;
const UNIT_INVISIBLE = 16;
const ASCII_FLAGS = UNIT_SEEN | UNIT_STABLE | UNIT_SINGLE;
const UNIT_FLAGS = new Uint8Array(0x10000);

/** Flags of the unit at `i`; 0 past the end. A mark below U+0300 does not count as one (as in the chunk step). */
function flagsAt(source: string, i: number): number {
  const c = source.charCodeAt(i);
  if (c < 0x80) return ASCII_FLAGS;
  if (c >= 0x80) {
    const f = unitFlags(c);
    return c < 0x300 ? f & ~UNIT_MARK : f;
  }
  return 0;
}

function unitFlags(c: number): number {
  let f = UNIT_FLAGS[c]!;
  if (f === 0) {
    f = UNIT_SEEN;
    if (c < 0xd800 || c > 0xdfff) {
      const ch = String.fromCharCode(c);
      f |= UNIT_SINGLE;
      if (INVISIBLE.test(ch)) f |= UNIT_INVISIBLE;
      else if (ch.normalize("NFKC") === ch) f |= UNIT_STABLE;
      if (MARK.test(ch)) f |= UNIT_MARK;
    }
    UNIT_FLAGS[c] = f;
  }
  return f;
}

/**
 * NFKC of one code point (with its marks), memoized: messages repeat a small alphabet, and
 * String.prototype.normalize per character is what dominated normalizing long CJK or full-width text.
 */
const NFKC_CACHE = new Map<string, string>();
const NFKC_CACHE_LIMIT = 20_000;

function nfkc(chunk: string): string {
  let norm = NFKC_CACHE.get(chunk);
  if (norm === undefined) {
    norm = chunk.normalize("NFKC");
    if (NFKC_CACHE.size < NFKC_CACHE_LIMIT) NFKC_CACHE.set(chunk, norm);
  }
  return norm;
}

/** Cheap check: pure ASCII without format characters needs no work. */
function needsNormalization(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7e) return true;
  }
  return false;
}
