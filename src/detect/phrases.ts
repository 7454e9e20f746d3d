import type { Span } from "../text/mask.js";
import type { FieldText } from "../text/field.js";
import { countFunctionWords, FUNCTION_WORDS } from "./function-words.js";
import { KeyRegistry } from "./key-scan.js";
import { decodeKeyTable } from "./key-table.js";
import { termKeys, type TermKey } from "./literal-key.js";

/**
 * A phrase catalog for one language: for each concept (e.g. "review", "incentive"), the regular
 * expression sources of the words and phrases that express it. The matcher knows no policy; rules
 * decide which combinations of concepts in a sentence make a finding.
 */
export interface ConceptCatalog<C extends string> {
  /** BCP 47 language tag, e.g. "en", "zh-Hant". */
  lang: string;
  /** Scripts the language is written in; a catalog only runs on text that contains one of them. */
  scripts: readonly Script[];
  /** "word": terms match only between word boundaries (languages written with spaces). */
  boundaries: "word" | "none";
  concepts: Partial<Record<C, readonly string[]>>;
  /**
   * The key groups of `keyedTerms(catalog)`, encoded by key-table.ts: chosen while the library is
   * bundled or the tests run (build/catalog-key-tables.ts), so that the first lint need not choose
   * them. Without a table the keys are chosen on first use, with the same result.
   */
  keyTable?: string;
}

export type Script = "latin" | "han" | "kana" | "hangul" | "arabic" | "cyrillic" | "greek";

/** How each script is recognized in a text. */
export const SCRIPT_TESTS: Readonly<Record<Script, RegExp>> = {
  latin: /\p{Script=Latin}/u,
  han: /\p{Script=Han}/u,
  kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  hangul: /\p{Script=Hangul}/u,
  arabic: /\p{Script=Arabic}/u,
  cyrillic: /\p{Script=Cyrillic}/u,
  greek: /\p{Script=Greek}/u,
};

/** Skips of 0, 1, 3, 7 … MAX_REACH characters, or any number: the sizes `CompiledConcept.within` builds. */
const MAX_REACH = 127;
const REACH_SIZES = 9;

/** One concept of one catalog: all its terms in one expression, searched globally or tried term by term. */
export class CompiledConcept<C extends string> {
  private globalRe: RegExp | undefined;
  private readonly termRes: (RegExp | undefined)[] = [];

  constructor(
    readonly concept: C,
    private readonly pattern: string,
    /** Each term as the concept's expression would try it at a start, in the order it tries them. */
    private readonly termPatterns: readonly string[],
    /** Whether every term has keys, so that matches can start only where a key puts them. */
    readonly keyed: boolean,
    /** Whether the catalog's hits count only when this concept (or another anchor) matched. */
    readonly anchor: boolean,
  ) {}

  /** Built on first use: most concepts of most catalogs are never searched. */
  get global(): RegExp {
    return (this.globalRe ??= new RegExp(this.pattern, "giu"));
  }

  /**
   * The `t`-th term (in the order of `termPatterns`) as group 1, after a lazy skip of up to `reach`
   * characters (or more: reaches are rounded up to a few sizes so that few expressions are built).
   * From `lastIndex`, it finds the first start where the term matches, looking no further than that,
   * and matches there what the term would: one native search instead of a try per position.
   */
  within(t: number, reach: number): RegExp {
    let size = 0;
    while (size < reach && size < MAX_REACH) size = size * 2 + 1;
    const skip = reach > MAX_REACH ? "[^]*?" : size === 0 ? "" : `[^]{0,${size}}?`;
    const slot = t * REACH_SIZES + (reach > MAX_REACH ? REACH_SIZES - 1 : Math.log2(size + 1));
    return (this.termRes[slot] ??= new RegExp(`${skip}(${this.termPatterns[t]!})`, "iuy"));
  }
}

export interface CompiledCatalog<C extends string> {
  source: ConceptCatalog<C>;
  concepts: CompiledConcept<C>[];
  /** Indexes of the anchor concepts: all, those found by keys, and those searched everywhere. */
  anchors: number[];
  keyedAnchors: number[];
  keylessAnchors: number[];
  /** Written in Latin only, in a language whose function words are known: skipped where others are written. */
  latinOnly: boolean;
}

/** Where an occurrence of a key puts the start of a match of one concept of one catalog. */
interface KeyTarget {
  catalog: number;
  concept: number;
  term: number;
  min: number;
  max: number;
  /** Whether the concept is one of its catalog's anchors. */
  anchor: boolean;
}

/** Catalogs compiled together (e.g. every language of one family), with the keys of all their terms. */
export interface CatalogSet<C extends string> {
  id: number;
  catalogs: CompiledCatalog<C>[];
  /** By key id (in KEYS), the concepts whose matches the key places; none for other sets' keys. */
  targets: (KeyTarget[] | undefined)[];
}

let nextSetId = 0;

/** The keys of every catalog set, found in one pass over a field for all of them. */
const KEYS = new KeyRegistry();

/** Compiles catalogs once; `anchors` are the concepts without which a catalog finds nothing. */
export function compileCatalogs<C extends string>(
  sources: readonly ConceptCatalog<C>[],
  anchors: readonly C[],
): CatalogSet<C> {
  const targets: (KeyTarget[] | undefined)[] = [];
  const catalogs = sources.map((source, catalog) => {
    const concepts: CompiledConcept<C>[] = [];
    const table = keyTableOf(source);
    /** Where the concept's first term is in `keyedTerms(source)` and its key table. */
    let first = 0;
    for (const [concept, terms] of Object.entries(source.concepts) as [C, readonly string[]][]) {
      if (!terms || !terms.length) continue;
      const pattern = conceptPattern(source, terms);
      const ordered = triedTerms(source, terms);
      const placed = ordered.map((t) => (table ? table[first + t.index]! : termKeys(t.term)));
      first += terms.length;
      const keyed = placed.every((k) => k !== null);
      const anchor = anchors.includes(concept);
      if (keyed) {
        placed.forEach((keys, term) => {
          for (const key of keys!) {
            const id = KEYS.id(key.text);
            (targets[id] ??= []).push({ catalog, concept: concepts.length, term, min: key.min, max: key.max, anchor });
          }
        });
      }
      concepts.push(new CompiledConcept(concept, pattern, ordered.map((t) => t.pattern), keyed, anchor));
    }
    const latinOnly = source.scripts.length === 1 && source.scripts[0] === "latin" && source.lang in FUNCTION_WORDS;
    const anchorIndexes = concepts.flatMap((concept, k) => (concept.anchor ? [k] : []));
    return {
      source,
      concepts,
      anchors: anchorIndexes,
      keyedAnchors: anchorIndexes.filter((k) => concepts[k]!.keyed),
      keylessAnchors: anchorIndexes.filter((k) => !concepts[k]!.keyed),
      latinOnly,
    };
  });
  return { id: nextSetId++, catalogs, targets };
}

/**
 * The terms whose keys the matcher looks for, as it passes them to `termKeys`: concept by concept
 * and term by term, as the catalog lists them. A catalog's `keyTable` has their keys in this order.
 */
export function keyedTerms(catalog: ConceptCatalog<string>): string[] {
  const out: string[] = [];
  for (const terms of Object.values(catalog.concepts) as (readonly string[] | undefined)[]) {
    if (terms) for (const term of terms) out.push(stripLeadingWildcard(term));
  }
  return out;
}

/** Tables read, by catalog: a catalog compiled with other anchors (a second view of one family) reads its table once. */
const readTables = new WeakMap<ConceptCatalog<string>, (TermKey[] | null)[] | undefined>();

/** The keys of the catalog's terms from its key table; undefined when it has none, or one that does not fit. */
function keyTableOf(catalog: ConceptCatalog<string>): (TermKey[] | null)[] | undefined {
  if (catalog.keyTable === undefined) return undefined;
  if (!readTables.has(catalog)) readTables.set(catalog, decodeKeyTable(catalog.keyTable, keyedTerms(catalog)));
  return readTables.get(catalog);
}

/** The expression of one concept: its terms, between word boundaries where the language has them. */
export function conceptPattern(catalog: ConceptCatalog<string>, terms: readonly string[]): string {
  if (catalog.boundaries !== "word") return alternation(terms.map(stripLeadingWildcard));
  // A term that starts with `\p{L}*` ("\p{L}*rabatt": any compound ending in -rabatt) may start inside
  // a word: it is matched without the wildcard and without the left boundary. Same matches, but no
  // scan of the whole word from every position.
  const whole = terms.filter((t) => !LEADING_WILDCARD.test(t));
  const inner = terms.filter((t) => LEADING_WILDCARD.test(t)).map(stripLeadingWildcard);
  const parts = [];
  if (whole.length) parts.push(`(?<![\\p{L}\\p{N}])${alternation(whole)}`);
  if (inner.length) parts.push(alternation(inner));
  return `(?:${parts.join("|")})(?![\\p{L}\\p{N}])`;
}

/**
 * The terms in the order the concept's expression tries them at a start, each with the boundaries the
 * expression puts around it: at a given start, the expression matches what the first of these that
 * matches there does.
 */
function triedTerms(
  catalog: ConceptCatalog<string>,
  terms: readonly string[],
): { term: string; index: number; pattern: string }[] {
  // `index`: where the term is in `terms`.
  const all = terms.map((written, index) => ({ term: stripLeadingWildcard(written), index, inner: LEADING_WILDCARD.test(written) }));
  if (catalog.boundaries !== "word") return all.map(({ term, index }) => ({ term, index, pattern: `(?:${term})` }));
  return [
    ...all.filter((t) => !t.inner).map(({ term, index }) => ({ term, index, pattern: `(?<![\\p{L}\\p{N}])(?:${term})(?![\\p{L}\\p{N}])` })),
    ...all.filter((t) => t.inner).map(({ term, index }) => ({ term, index, pattern: `(?:${term})(?![\\p{L}\\p{N}])` })),
  ];
}

const LEADING_WILDCARD = /^\\p\{L\}\*/;
const stripLeadingWildcard = (term: string) => term.replace(LEADING_WILDCARD, "");
const alternation = (terms: readonly string[]) => `(?:${terms.map((t) => `(?:${t})`).join("|")})`;

/** Function words a text needs before they select the catalogs to run. */
const MIN_FUNCTION_WORDS_TO_SELECT = 6;

/**
 * The Latin-script languages whose function words occur in the field: only their catalogs count,
 * which spares a German message ten other Latin-script catalogs. Null (all count) when the text has
 * too few function words to tell, as a sentence or two may.
 */
function latinLanguagesIn(field: FieldText): Set<string> | null {
  return field.memo("phrases:latin-languages", () => {
    const counts = countFunctionWords(field.normalized.text);
    let total = 0;
    for (const n of counts.values()) total += n;
    return total >= MIN_FUNCTION_WORDS_TO_SELECT ? new Set(counts.keys()) : null;
  });
}

/** Memo keys per script, built once rather than on each of the many calls per lint. */
const SCRIPT_MEMO_KEYS = Object.fromEntries(Object.keys(SCRIPT_TESTS).map((s) => [s, `phrases:script:${s}`])) as Record<Script, string>;

const hasScript = (field: FieldText, script: Script) =>
  field.memo(SCRIPT_MEMO_KEYS[script], () => SCRIPT_TESTS[script].test(field.normalized.text));

/** Whether the field contains a script the catalog's language is written in. */
const hasCatalogScript = (field: FieldText, catalog: CompiledCatalog<string>) =>
  catalog.source.scripts.some((s) => hasScript(field, s));

/** Whether the field's function words leave the catalog's language possible (call after hasCatalogScript). */
function languageMayBeWritten(field: FieldText, catalog: CompiledCatalog<string>): boolean {
  if (!catalog.latinOnly) return true;
  const written = latinLanguagesIn(field);
  return !written || written.has(catalog.source.lang);
}

/** One concept found in one sentence. */
export interface ConceptHit<C extends string> {
  concept: C;
  start: number;
  end: number;
  lang: string;
}

/**
 * For every sentence of the field, the concepts found in it (across all catalogs that apply to the
 * text). A catalog counts only where one of its anchor concepts occurs in a sentence. Null when no
 * catalog counts, which is the common, cheap case. Computed once per field and set.
 */
export function matchConcepts<C extends string>(field: FieldText, set: CatalogSet<C>): ConceptHit<C>[][] | null {
  return field.memo(`phrases:${set.id}`, () => match(field, set));
}

function match<C extends string>(field: FieldText, set: CatalogSet<C>): ConceptHit<C>[][] | null {
  const text = field.normalized.text;
  const sentences = field.sentences;
  // Null (search without keys) when the text cannot be scanned for them.
  const keyHits = field.memo(`phrases:keys:${KEYS.version}`, () => KEYS.find(text));
  const scanned = keyHits !== null;
  // Candidate starts of each keyed concept: [lo, hi, term] triples, per catalog and concept.
  const starts = new Map<number, number[]>();
  // Per catalog: whether one of its anchors has a candidate start.
  const anchorStarts: boolean[] = [];
  if (keyHits) {
    const { targets } = set;
    for (let h = 0; h < keyHits.length; h += 2) {
      const found = targets[keyHits[h]!];
      if (!found) continue;
      const at = keyHits[h + 1]!;
      for (const t of found) {
        if (t.anchor) anchorStarts[t.catalog] = true;
        const slot = t.catalog * 256 + t.concept;
        const list = starts.get(slot);
        if (list) list.push(at - t.max, at - t.min, t.term);
        else starts.set(slot, [at - t.max, at - t.min, t.term]);
      }
    }
  }
  let perSentence: ConceptHit<C>[][] | null = null;
  for (let c = 0; c < set.catalogs.length; c++) {
    const catalog = set.catalogs[c]!;
    // Most catalogs have no anchor candidate at all: skip them before anything is allocated for them.
    if (scanned && catalog.keylessAnchors.length === 0 && anchorStarts[c] !== true) continue;
    const found: (Found[] | undefined)[] = [];
    const matchesOf = (k: number) => {
      const concept = catalog.concepts[k]!;
      return (found[k] ??= scanned && concept.keyed
        ? matchAt(concept, text, starts.get(c * 256 + k))
        : searchAll(concept.global, text));
    };
    const inSentence = (k: number) => matchesOf(k).some((m) => sentenceAt(sentences, m.index) >= 0);
    // The anchors first: without one of them in a sentence the catalog has nothing to say. Those
    // found by their keys cost next to nothing; those searched everywhere wait for the cheap tests.
    let anchored = false;
    if (scanned) {
      for (const k of catalog.keyedAnchors) {
        if (starts.has(c * 256 + k) && inSentence(k)) {
          anchored = true;
          break;
        }
      }
    }
    const searched = scanned ? catalog.keylessAnchors : catalog.anchors;
    if (!anchored && searched.length === 0) continue;
    if (!hasCatalogScript(field, catalog)) continue;
    if (!anchored && !searched.some(inSentence)) continue;
    if (!languageMayBeWritten(field, catalog)) continue;
    const hits: ConceptHit<C>[][] = (perSentence ??= sentences.map(() => []));
    for (let k = 0; k < catalog.concepts.length; k++) {
      const { concept } = catalog.concepts[k]!;
      for (const m of matchesOf(k)) {
        const i = sentenceAt(sentences, m.index);
        if (i >= 0) hits[i]!.push({ concept, start: m.index, end: m.end, lang: catalog.source.lang });
      }
    }
  }
  return perSentence;
}

/** Where one match starts and ends. */
interface Found {
  index: number;
  end: number;
}

/**
 * The matches a global search of `concept` in `text` would find, found only from the candidate
 * starts (`[lo, hi, term]` triples: the term may start from `lo` to `hi`). Every match of a term
 * starts in one of its ranges, so the next match of the concept from a position is the leftmost of
 * the next matches of the terms whose ranges reach past it, and at a start the concept matches what
 * the first of its terms that matches there does. Each range is searched once by one expression that
 * looks only as far as the range goes (see `CompiledConcept.within`), and its answer is kept while it
 * still lies ahead.
 */
function matchAt(concept: CompiledConcept<string>, text: string, keyRanges: number[] | undefined): Found[] {
  if (!keyRanges) return [];
  // A few ranges cost little however they overlap; merging pays off only when a term has many keys.
  const ranges = keyRanges.length > 3 * MERGE_FROM ? mergeRanges(keyRanges, text.length) : keyRanges;
  // Narrow ranges in order of start, passed by a pointer; the few wide ones (a key far from where its
  // term starts) in a list of their own, so that a long one does not hold the pointer back.
  const narrow: number[] = [];
  const wide: number[] = [];
  for (let r = 0; r < ranges.length; r += 3) (ranges[r + 1]! - ranges[r]! > WIDE_RANGE ? wide : narrow).push(r);
  sortByStart(narrow, ranges);
  // Per range (by its offset in `ranges` / 3): the next match of its term, once searched; -1 when none.
  const at: number[] = [];
  const end: number[] = [];
  const out: Found[] = [];
  let pos = 0;
  let first = 0;
  let bestAt = 0;
  let bestEnd = 0;
  let bestTerm = 0;
  // Per term, the last search that looked as far as it needed ([from, at, end] in `unbounded`): its
  // answer holds for every later start up to where it found the term, so a long text with the
  // term's keys spread far apart (or nowhere after them) is not searched to its end once per range.
  const unbounded: number[] = [];
  const consider = (r: number) => {
    const slot = r / 3;
    let a = at[slot];
    if (a === undefined || (a >= 0 && a < pos)) {
      const lo = ranges[r]!;
      let from = lo > pos ? lo : pos;
      // A search with the `u` flag never starts inside a surrogate pair.
      if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from++;
      a = -1;
      if (from <= ranges[r + 1]!) {
        const term = ranges[r + 2]!;
        const reach = ranges[r + 1]! - from;
        const u = term * 3;
        if (reach > MAX_REACH && unbounded[u] !== undefined && unbounded[u]! <= from && (unbounded[u + 1]! < 0 || unbounded[u + 1]! >= from)) {
          a = unbounded[u + 1]!;
          end[slot] = unbounded[u + 2]!;
        } else {
          const re = concept.within(term, reach);
          re.lastIndex = from;
          const m = re.exec(text);
          if (m) {
            end[slot] = m.index + m[0].length;
            a = end[slot]! - m[1]!.length;
          }
          if (reach > MAX_REACH) (unbounded[u] = from), (unbounded[u + 1] = a), (unbounded[u + 2] = end[slot] ?? 0);
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
    wide.length = kept;
    for (let n = first; n < narrow.length; n++) {
      const r = narrow[n]!;
      if (ranges[r]! > bestAt) break;
      if (ranges[r + 1]! >= pos) consider(r);
    }
    if (bestAt === Infinity) return out;
    out.push({ index: bestAt, end: bestEnd });
    pos = bestEnd > bestAt ? bestEnd : bestEnd + (isHigh(text.charCodeAt(bestEnd)) && isLow(text.charCodeAt(bestEnd + 1)) ? 2 : 1);
  }
}

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

function searchAll(global: RegExp, text: string): Found[] {
  global.lastIndex = 0;
  const found: Found[] = [];
  for (const m of text.matchAll(global)) found.push({ index: m.index, end: m.index + m[0].length });
  return found;
}

/** Concepts with more candidate ranges than this have the overlapping ranges of each term merged. */
const MERGE_FROM = 8;

/** Ranges wider than this are kept apart from the narrow ones. */
const WIDE_RANGE = 48;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
