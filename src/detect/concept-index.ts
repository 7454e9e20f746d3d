import type { Span } from "../text/mask.js";
import { nextOpenMatch, searchCandidates, searchSentence, type Found, type OpenSearches } from "./candidate-search.js";

/**
 * The concepts of one set of catalogs found in one field, sentence by sentence, each sentence searched
 * only when a rule asks for it: a rule that stops at the first sentence that settles its question
 * (a redundant message is no longer one at its first piece of news) never searches the rest.
 *
 * Each sentence is searched on its own: a concept's matches in a sentence are what a global search of
 * its expression from the sentence's start finds before the sentence's end (a match may run past it,
 * and lookbehinds see the text before it). A catalog counts when one of its anchor concepts matches
 * in some sentence, its script occurs in the field and its language may be written there.
 */
export interface SentenceConcepts<C extends string> {
  /** The hits of sentence `i`, catalog by catalog (in catalog order), concept by concept, in order. */
  in(i: number): readonly ConceptHit<C>[];
  /** Whether `concept` matches in sentence `i` (searching that concept alone). */
  has(i: number, concept: C): boolean;
  /** Whether an anchor concept of a counted catalog matches in sentence `i`. */
  anchoredAt(i: number): boolean;
  /** The sentences where an anchor concept of a counted catalog matches, in order. */
  anchored(): readonly number[];
}

/** One concept found in one sentence. */
export interface ConceptHit<C extends string> {
  concept: C;
  start: number;
  end: number;
  lang: string;
}

/** What the index needs to know of a compiled concept. */
export interface IndexedConcept<C extends string> {
  readonly concept: C;
  /** Whether every term has keys, so that matches can start only where a key puts them. */
  readonly keyed: boolean;
  readonly anchor: boolean;
  readonly global: RegExp;
  within(t: number, reach: number): RegExp;
}

/** What the index needs to know of a compiled catalog. */
export interface IndexedCatalog<C extends string> {
  readonly lang: string;
  readonly concepts: readonly IndexedConcept<C>[];
  /** Where each concept is in `concepts`. */
  readonly conceptIndex: ReadonlyMap<C, number>;
  readonly keyedAnchors: readonly number[];
  readonly keylessAnchors: readonly number[];
}

/** Candidate starts of the keyed concepts of one catalog: `[lo, hi, term]` triples per concept. */
export type CatalogCandidates = (number[] | undefined)[];

/** Ranges wider than this are read as open to the left: searched from the start of every sentence they reach. */
const OPEN_WIDTH = 128;

/** The search state of one concept of one eligible catalog in one field. */
interface ConceptState {
  /** Per sentence, its matches once searched. */
  found: (Found[] | undefined)[];
  /** The sentences the concept may match in, in order. */
  reached: number[];
  /** By sentence, the bounded candidate ranges that reach into it (keyed concepts). */
  buckets: Map<number, number[]> | undefined;
  /** Per term, the furthest end of its ranges that are open to the left (keyed concepts); holes: none. */
  openHi: number[] | undefined;
  /** See OpenSearches; for keyless concepts, the last global search. */
  open: OpenSearches;
}

export class FieldConcepts<C extends string> implements SentenceConcepts<C> {
  /** Per catalog and concept, created when first searched. */
  private readonly states: (ConceptState | undefined)[][];
  private readonly opens: (OpenSearches | undefined)[][];
  private anchoredList: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Span[],
    /** The catalogs that may count: their scripts occur in the text. */
    private readonly catalogs: readonly IndexedCatalog<C>[],
    /** Per catalog, its candidates; undefined for all when the text could not be scanned for keys. */
    private readonly candidates: readonly CatalogCandidates[] | undefined,
    /** A last test of a catalog with an anchor, too costly to make before (the language of the text). */
    mayCount: (c: number) => boolean,
  ) {
    this.states = catalogs.map(() => []);
    this.opens = catalogs.map(() => []);
    this.counted = catalogs.map((_, c) => this.hasAnchor(c) && mayCount(c));
  }

  /** Per catalog, whether it counts: one of its anchor concepts matches in some sentence. */
  readonly counted: readonly boolean[];

  /** Whether any catalog counts. */
  get any(): boolean {
    return this.counted.includes(true);
  }

  in(i: number): readonly ConceptHit<C>[] {
    const hits: ConceptHit<C>[] = [];
    for (let c = 0; c < this.catalogs.length; c++) {
      if (!this.counted[c]) continue;
      const catalog = this.catalogs[c]!;
      for (let k = 0; k < catalog.concepts.length; k++) {
        const concept = catalog.concepts[k]!.concept;
        for (const m of this.found(c, k, i)) hits.push({ concept, start: m.index, end: m.end, lang: catalog.lang });
      }
    }
    return hits;
  }

  has(i: number, concept: C): boolean {
    for (let c = 0; c < this.catalogs.length; c++) {
      if (!this.counted[c]) continue;
      const k = this.catalogs[c]!.conceptIndex.get(concept);
      if (k !== undefined && this.found(c, k, i).length) return true;
    }
    return false;
  }

  anchoredAt(i: number): boolean {
    for (let c = 0; c < this.catalogs.length; c++) {
      if (!this.counted[c]) continue;
      const catalog = this.catalogs[c]!;
      for (const k of catalog.keyedAnchors) if (this.found(c, k, i).length) return true;
      for (const k of catalog.keylessAnchors) if (this.found(c, k, i).length) return true;
    }
    return false;
  }

  anchored(): readonly number[] {
    if (!this.anchoredList) {
      const at = new Set<number>();
      for (let c = 0; c < this.catalogs.length; c++) {
        if (!this.counted[c]) continue;
        const catalog = this.catalogs[c]!;
        for (const k of [...catalog.keyedAnchors, ...catalog.keylessAnchors]) {
          if (!this.mayMatch(c, k)) continue;
          for (const i of this.state(c, k).reached) if (this.found(c, k, i).length) at.add(i);
        }
      }
      this.anchoredList = [...at].sort((a, b) => a - b);
    }
    return this.anchoredList;
  }

  /** Whether an anchor concept of catalog `c` matches in some sentence: the catalog then counts. */
  private hasAnchor(c: number): boolean {
    const catalog = this.catalogs[c]!;
    for (const k of catalog.keyedAnchors) if (this.startsInSentence(c, k)) return true;
    for (const k of catalog.keylessAnchors) if (this.startsInSentence(c, k)) return true;
    return false;
  }

  /**
   * Whether concept `k` of catalog `c` matches at some position inside a sentence: then that
   * sentence's search finds it or a match before it. Asked of every anchor of every catalog whose
   * keys occur, and mostly answered no, so a keyed concept is tried range by range, without the
   * state a sentence's search builds.
   */
  private startsInSentence(c: number, k: number): boolean {
    if (!this.isKeyed(c, k)) {
      for (const i of this.state(c, k).reached) if (this.found(c, k, i).length) return true;
      return false;
    }
    const ranges = this.candidates![c]![k];
    if (!ranges) return false;
    const concept = this.catalogs[c]!.concepts[k]!;
    const { text, sentences } = this;
    // Only the open searches: the ranges are tried one by one, without sorting them into sentences.
    const open = this.openOf(c, k);
    for (let r = 0; r < ranges.length; r += 3) {
      const hi = ranges[r + 1]!;
      const term = ranges[r + 2]!;
      // A wide range is searched in one go, not sentence by sentence: one search that looks far costs
      // less than many that look a little. Its answer is kept for the term (OpenSearches): a long
      // text gives a term thousands of wide ranges, none of which must search it to its end again.
      const wide = hi - ranges[r]! > OPEN_WIDTH;
      let from = ranges[r]! > 0 ? ranges[r]! : 0;
      // Each match of the term the range allows, until one starts inside a sentence.
      for (let i = firstEndingAfter(sentences, from); from <= hi && i < sentences.length; ) {
        if (sentences[i]!.start > from) from = sentences[i]!.start;
        let at: number;
        if (wide) {
          at = nextOpenMatch(concept, text, term, from, open);
          // None from here on: none at all for this term.
          if (at < 0) break;
        } else {
          const last = Math.min(hi, sentences[i]!.end - 1);
          if (from > last) {
            i++;
            continue;
          }
          // A search with the `u` flag never starts inside a surrogate pair.
          if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from++;
          const re = concept.within(term, last - from);
          re.lastIndex = from;
          const m = re.exec(text);
          if (!m) {
            i++;
            continue;
          }
          at = m.index + m[0].length - m[1]!.length;
        }
        if (at < sentences[i]!.end || sentenceAt(sentences, at) >= 0) return true;
        // Past this sentence: the next ones the range reaches are tried from where it found one.
        from = at + 1;
        i = firstEndingAfter(sentences, at);
      }
    }
    return false;
  }

  /** Whether the concept may match somewhere: it is searched without keys, or its keys were found. */
  private mayMatch(c: number, k: number): boolean {
    return !this.isKeyed(c, k) || this.candidates![c]![k] !== undefined;
  }

  private isKeyed(c: number, k: number): boolean {
    return this.candidates !== undefined && this.catalogs[c]!.concepts[k]!.keyed;
  }

  /** The matches of concept `k` of catalog `c` in sentence `i`. */
  private found(c: number, k: number, i: number): Found[] {
    if (!this.mayMatch(c, k)) return NONE;
    const state = this.state(c, k);
    let found = state.found[i];
    if (found) return found;
    const sentence = this.sentences[i]!;
    const concept = this.catalogs[c]!.concepts[k]!;
    if (!state.buckets) {
      found = searchSentence(concept.global, this.text, sentence.start, sentence.end, state.open);
    } else {
      let ranges = state.buckets.get(i);
      const openHi = state.openHi;
      if (openHi) {
        let copied = false;
        for (let t = 0; t < openHi.length; t++) {
          const hi = openHi[t];
          if (hi === undefined || hi < sentence.start) continue;
          // The open search of an earlier sentence may already tell that the term starts nowhere in this one.
          const next = nextOpenMatch(concept, this.text, t, sentence.start, state.open);
          if (next < 0 || next >= sentence.end) continue;
          if (!copied) (ranges = ranges ? ranges.slice() : []), (copied = true);
          ranges!.push(-Infinity, hi, t);
        }
      }
      found = ranges ? searchCandidates(concept, this.text, ranges, sentence.start, sentence.end, state.open) : NONE;
    }
    return (state.found[i] = found);
  }

  /**
   * The state of a concept, made on first use: for a keyed concept, its candidate ranges sorted into
   * the sentences they reach, in one pass.
   */
  private state(c: number, k: number): ConceptState {
    const made = this.states[c]![k];
    if (made) return made;
    const sentences = this.sentences;
    const reached: number[] = [];
    if (!this.isKeyed(c, k)) {
      for (let i = 0; i < sentences.length; i++) reached.push(i);
      return (this.states[c]![k] = { found: [], reached, buckets: undefined, openHi: undefined, open: this.openOf(c, k) });
    }
    const buckets = new Map<number, number[]>();
    let openHi: number[] | undefined;
    let openUntil = -1;
    let sorted = true;
    const ranges = this.candidates![c]![k] ?? NONE;
    for (let r = 0; r < ranges.length; r += 3) {
      const lo = ranges[r]!;
      const hi = ranges[r + 1]!;
      const term = ranges[r + 2]!;
      if (hi < 0) continue;
      if (hi - lo > OPEN_WIDTH) {
        // Any start up to `hi` is allowed: a start before `lo` is a real match of the term too.
        openHi ??= [];
        if (!(openHi[term]! >= hi)) openHi[term] = hi;
        if (hi > openUntil) openUntil = hi;
        continue;
      }
      for (let i = firstEndingAfter(sentences, lo); i < sentences.length && sentences[i]!.start <= hi; i++) {
        const bucket = buckets.get(i);
        if (bucket) {
          bucket.push(lo, hi, term);
        } else {
          buckets.set(i, [lo, hi, term]);
          if (reached.length && reached[reached.length - 1]! > i) sorted = false;
          reached.push(i);
        }
      }
    }
    let all = reached;
    if (openUntil >= 0) {
      // Open ranges reach every sentence that starts before their end.
      all = [];
      for (let i = 0; i < sentences.length && sentences[i]!.start <= openUntil; i++) all.push(i);
      const from = all.length;
      for (const i of reached) if (i >= from) all.push(i);
    }
    if (!sorted) all.sort((a, b) => a - b);
    return (this.states[c]![k] = { found: [], reached: all, buckets, openHi, open: this.openOf(c, k) });
  }

  /** The open searches of a concept (see OpenSearches), shared by its state and its anchor test. */
  private openOf(c: number, k: number): OpenSearches {
    return (this.opens[c]![k] ??= []);
  }
}

/** Nothing found, or no ranges: shared, never changed. */
const NONE: never[] = [];

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The sentence that `offset` is in, or -1. */
function sentenceAt(sentences: readonly Span[], offset: number): number {
  const i = firstEndingAfter(sentences, offset);
  return i < sentences.length && sentences[i]!.start <= offset ? i : -1;
}

/** The first sentence that ends after `offset` (sentences are sorted and do not overlap). */
function firstEndingAfter(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
