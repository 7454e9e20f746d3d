/**
 * Searching one concept from the candidate starts its keys allow, as a global search of the concept's
 * expression would find it, but only from where a sentence starts to where it ends.
 */

/** Where one match starts and ends. */
export interface Found {
  index: number;
  end: number;
}

/** Skips of 0, 1, 3, 7 … MAX_REACH characters, or any number: the sizes of `TermSearcher.within`. */
export const MAX_REACH = 127;

/** What `searchCandidates` needs of a concept: one expression per term that looks `reach` units ahead. */
export interface TermSearcher {
  /**
   * The `t`-th term as group 1 after a skip of up to `reach` characters (or more; past MAX_REACH, of
   * any number): from `lastIndex`, the first start where the term matches.
   */
  within(t: number, reach: number): RegExp;
}

/**
 * The answers of searches that looked past MAX_REACH, kept across the sentences of one field per
 * concept: `[from, at, end]` per term (at -1: none). The first match of a term at or after `from` is
 * at `at`, so it is also the first one from any later start up to `at` (found beyond a range, it is
 * still a match of the term), and a long text with a term's keys spread far apart is not searched to
 * its end once per sentence.
 */
export type OpenSearches = number[];

/**
 * The matches that a global search of the concept from `from` finds before `until` (they may end
 * after it), searched only from the candidate starts: `[lo, hi, term]` triples (the term may start
 * from `lo` to `hi`; lo may be -Infinity). Every match of a term starts in one of its ranges, so the
 * next match of the concept from a position is the leftmost of the next matches of the terms whose
 * ranges reach past it, and at a start the concept matches what the first of its terms that matches
 * there does. Each range is searched once by an expression that looks only as far as the range goes,
 * and its answer is kept while it still lies ahead.
 */
export function searchCandidates(
  concept: TermSearcher,
  text: string,
  candidates: readonly number[],
  from: number,
  until: number,
  open: OpenSearches,
): Found[] {
  // A few ranges cost little however they overlap; merging pays off only when a term has many keys.
  const ranges = candidates.length > 3 * MERGE_FROM ? mergeRanges(candidates, text.length) : candidates;
  // Narrow ranges in order of start, passed by a pointer; the few wide ones (a key far from where its
  // term starts) in a list of their own, so that a long one does not hold the pointer back.
  const narrow: number[] = [];
  const wide: number[] = [];
  for (let r = 0; r < ranges.length; r += 3) {
    if (ranges[r]! >= until || ranges[r + 1]! < from) continue;
    (ranges[r + 1]! - ranges[r]! > WIDE_RANGE ? wide : narrow).push(r);
  }
  sortByStart(narrow, ranges);
  // Per range (by its offset in `ranges` / 3): the next match of its term, once searched; -1 when none.
  const at: number[] = [];
  const end: number[] = [];
  let out: Found[] | undefined;
  let pos = from;
  let first = 0;
  let bestAt = 0;
  let bestEnd = 0;
  let bestTerm = 0;
  const last = until - 1;
  const consider = (r: number) => {
    const slot = r / 3;
    let a = at[slot];
    if (a === undefined || (a >= 0 && a < pos)) {
      const lo = ranges[r]!;
      let start = lo > pos ? lo : pos;
      // A search with the `u` flag never starts inside a surrogate pair.
      if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start++;
      a = -1;
      // Starts past the sentence are of no use: a range is read only up to its last unit, but for one
      // open to the left, whose search from the start of one sentence answers for the next ones too.
      const hi = ranges[r + 1]! < last || lo === -Infinity ? ranges[r + 1]! : last;
      if (start <= hi) {
        const term = ranges[r + 2]!;
        const reach = hi - start;
        const u = term * 3;
        if (reach > MAX_REACH || knowsNext(open, u, start)) {
          a = nextOpenMatch(concept, text, term, start, open);
          end[slot] = open[u + 2]!;
        } else {
          const re = concept.within(term, reach);
          re.lastIndex = start;
          const m = re.exec(text);
          if (m) {
            end[slot] = m.index + m[0].length;
            a = end[slot]! - m[1]!.length;
          }
        }
      }
      at[slot] = a;
    }
    const term = ranges[r + 2]!;
    if (a >= 0 && (a < bestAt || (a === bestAt && term < bestTerm))) {
      bestAt = a;
      bestEnd = end[slot]!;
      bestTerm = term;
    }
  };
  for (;;) {
    while (first < narrow.length && ranges[narrow[first]! + 1]! < pos) first++;
    bestAt = Infinity;
    bestTerm = Infinity;
    let kept = 0;
    for (const r of wide) {
      if (ranges[r + 1]! < pos) continue;
      wide[kept++] = r;
      if (ranges[r]! <= bestAt) consider(r);
    }
    // Setting an array's length is a call into the engine: only when ranges were passed.
    if (kept < wide.length) wide.length = kept;
    for (let n = first; n < narrow.length; n++) {
      const r = narrow[n]!;
      if (ranges[r]! > bestAt) break;
      if (ranges[r + 1]! >= pos) consider(r);
    }
    if (bestAt >= until) return out ?? NONE;
    (out ??= []).push({ index: bestAt, end: bestEnd });
    pos = bestEnd > bestAt ? bestEnd : nextStart(text, bestEnd);
  }
}

/** Whether the open search kept for the term at `u` answers a search from `start`: it started no later and found nothing before it. */
const knowsNext = (open: OpenSearches, u: number, start: number) =>
  open[u] !== undefined && open[u]! <= start && (open[u + 1]! < 0 || open[u + 1]! >= start);

/**
 * Where the first match of term `term` at or after `start` starts (-1: none), searched with no limit
 * and kept in `open` (its end at `open[term * 3 + 2]`), or answered from there.
 */
export function nextOpenMatch(concept: TermSearcher, text: string, term: number, start: number, open: OpenSearches): number {
  const u = term * 3;
  if (knowsNext(open, u, start)) return open[u + 1]!;
  const re = concept.within(term, Infinity);
  // A search with the `u` flag never starts inside a surrogate pair.
  re.lastIndex = start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1)) ? start + 1 : start;
  const m = re.exec(text);
  open[u] = start;
  open[u + 1] = m ? m.index + m[0].length - m[1]!.length : -1;
  open[u + 2] = m ? m.index + m[0].length : 0;
  return open[u + 1]!;
}

/**
 * The matches of a concept searched without keys (`global`, with the g flag) that start from `from`
 * to before `until`. `next` keeps the last search that went past `until` (`[from, index, end]`,
 * index -1: none), whose answer holds for the next sentences up to where it matched.
 */
export function searchSentence(global: RegExp, text: string, from: number, until: number, next: number[]): Found[] {
  let found: Found[] | undefined;
  let pos = from;
  for (;;) {
    let index: number;
    let end: number;
    if (next.length && next[0]! <= pos && (next[1]! < 0 || next[1]! >= pos)) {
      index = next[1]!;
      end = next[2]!;
    } else {
      global.lastIndex = pos;
      const m = global.exec(text);
      index = m ? m.index : -1;
      end = m ? m.index + m[0].length : 0;
      next[0] = pos;
      next[1] = index;
      next[2] = end;
    }
    if (index < 0 || index >= until) return found ?? NONE;
    (found ??= []).push({ index, end });
    pos = end > index ? end : nextStart(text, end);
    // The next match starts at `pos` or later: when that is past the sentence, none is left to find
    // in it, and the rest of the text is not searched for one (a later sentence that asks searches it).
    if (pos >= until) return found;
  }
}

/** The start after an empty match at `at`, as a global search with the `u` flag moves on. */
const nextStart = (text: string, at: number) => at + (isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1)) ? 2 : 1);

/**
 * The same `[lo, hi, term]` triples with the overlapping ranges of each term merged: their union
 * allows the same starts, and each start is then searched from once (a long text can give a term
 * hundreds of ranges that all reach back to its beginning). Starts before the text count as 0 and
 * ends before it as -1, which allows the same starts.
 */
export function mergeRanges(ranges: readonly number[], textLength: number): number[] {
  // The ranges by term (a counting sort), then each term's by start.
  let terms = 0;
  for (let r = 2; r < ranges.length; r += 3) if (ranges[r]! >= terms) terms = ranges[r]! + 1;
  const from = new Int32Array(terms + 1);
  for (let r = 2; r < ranges.length; r += 3) from[ranges[r]! + 1]!++;
  for (let t = 0; t < terms; t++) from[t + 1]! += from[t]!;
  // Each range as one number, start × width + end + 1, so that a native sort of numbers orders a
  // term's ranges: on the hundreds of thousands of ranges of a long text, a comparator costs several
  // times more. Past 2^26 units the product would lose digits, and indexes are sorted by comparator.
  const width = 2 ** Math.ceil(Math.log2(textLength + 2));
  const packed = width * width <= Number.MAX_SAFE_INTEGER;
  const keys = new Float64Array(ranges.length / 3);
  const next = from.slice(0, terms);
  for (let r = 0; r < ranges.length; r += 3) {
    keys[next[ranges[r + 2]!]!++] = packed ? startOf(ranges, r) * width + endOf(ranges, r) + 1 : r;
  }
  const merged: number[] = [];
  // Unpacked keys are indexes into `ranges`, sorted by the start of their range.
  const rank = packed ? undefined : (r: number) => startOf(ranges, r);
  for (let t = 0; t < terms; t++) {
    const end = from[t + 1]!;
    sortRun(keys, from[t]!, end, rank);
    /** Where the term's last merged range is in `merged`. */
    let last = -1;
    for (let k = from[t]!; k < end; k++) {
      const key = keys[k]!;
      const lo = packed ? Math.floor(key / width) : startOf(ranges, key);
      const hi = packed ? (key % width) - 1 : endOf(ranges, key);
      if (last >= 0 && lo <= merged[last + 1]! + 1) {
        if (hi > merged[last + 1]!) merged[last + 1] = hi;
      } else {
        last = merged.length;
        merged.push(lo, hi, t);
      }
    }
  }
  return merged;
}

/** Runs up to this long are sorted in place: a typed array's own sort costs a call into the engine. */
const SHORT_RUN = 16;

/** Sorts `keys[from .. to)` by `rank`, or as numbers without it. */
function sortRun(keys: Float64Array, from: number, to: number, rank?: (key: number) => number): void {
  if (to - from > SHORT_RUN) {
    const run = keys.subarray(from, to);
    if (rank) run.sort((a, b) => rank(a) - rank(b));
    else run.sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const key = keys[i]!;
    const r = rank ? rank(key) : key;
    let j = i - 1;
    while (j >= from && (rank ? rank(keys[j]!) : keys[j]!) > r) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = key;
  }
}

const startOf = (ranges: readonly number[], r: number) => (ranges[r]! > 0 ? ranges[r]! : 0);
const endOf = (ranges: readonly number[], r: number) => (ranges[r + 1]! > -1 ? ranges[r + 1]! : -1);

/** Sorts indexes into `ranges` by the start of their range; they mostly arrive sorted, so check first. */
function sortByStart(indexes: number[], ranges: readonly number[]): void {
  for (let i = 1; i < indexes.length; i++) {
    if (ranges[indexes[i]!]! < ranges[indexes[i - 1]!]!) {
      indexes.sort((a, b) => ranges[a]! - ranges[b]!);
      return;
    }
  }
}

/** No match: shared, never changed. */
const NONE: Found[] = [];

/** Concepts with more candidate ranges than this have the overlapping ranges of each term merged. */
const MERGE_FROM = 8;

/** Ranges wider than this are kept apart from the narrow ones. */
const WIDE_RANGE = 48;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
