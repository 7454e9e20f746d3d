import { CodePointClasses } from "../text/code-point-set.js";
import type { FieldText } from "../text/field.js";
import { MAX_REACH, type TermSearcher } from "./candidate-search.js";
import { FieldConcepts, type CatalogCandidates, type IndexedCatalog, type IndexedConcept, type SentenceConcepts } from "./concept-index.js";
import { FUNCTION_WORDS, FunctionWordReader } from "./function-words.js";
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

/** Reaches are rounded up to one of this many sizes: 0, 1, 3, 7 … MAX_REACH, or any. */
const REACH_SIZES = 9;

/** One concept of one catalog: all its terms in one expression, searched globally or tried term by term. */
export class CompiledConcept<C extends string> implements IndexedConcept<C>, TermSearcher {
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
   * and matches there what the term would: one native search instead of a try per position. Past
   * MAX_REACH it is the term searched globally, which finds the same start several times faster than
   * a sticky expression with an open skip (the engine then picks its starts itself).
   */
  within(t: number, reach: number): RegExp {
    if (reach > MAX_REACH) return (this.termRes[t * REACH_SIZES + REACH_SIZES - 1] ??= new RegExp(`(${this.termPatterns[t]!})`, "giu"));
    let size = 0;
    while (size < reach) size = size * 2 + 1;
    const skip = size === 0 ? "" : `[^]{0,${size}}?`;
    return (this.termRes[t * REACH_SIZES + Math.log2(size + 1)] ??= new RegExp(`${skip}(${this.termPatterns[t]!})`, "iuy"));
  }
}

export interface CompiledCatalog<C extends string> extends IndexedCatalog<C> {
  source: ConceptCatalog<C>;
  concepts: CompiledConcept<C>[];
  /** Indexes of the anchor concepts: all, those found by keys, and those searched everywhere. */
  anchors: number[];
  keyedAnchors: number[];
  keylessAnchors: number[];
  /** Written in Latin only, in a language whose function words are known: skipped where others are written. */
  latinOnly: boolean;
  /** The scripts of the language, as a mask of `scriptsIn`. */
  scripts: number;
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
  /** The key's length. */
  length: number;
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
            (targets[id] ??= []).push({ catalog, concept: concepts.length, term, min: key.min, max: key.max, anchor, length: key.text.length });
          }
        });
      }
      concepts.push(new CompiledConcept(concept, pattern, ordered.map((t) => t.pattern), keyed, anchor));
    }
    const latinOnly = source.scripts.length === 1 && source.scripts[0] === "latin" && source.lang in FUNCTION_WORDS;
    const anchorIndexes = concepts.flatMap((concept, k) => (concept.anchor ? [k] : []));
    return {
      source,
      lang: source.lang,
      concepts,
      conceptIndex: new Map(concepts.map((c, k) => [c.concept, k])),
      anchors: anchorIndexes,
      keyedAnchors: anchorIndexes.filter((k) => concepts[k]!.keyed),
      keylessAnchors: anchorIndexes.filter((k) => !concepts[k]!.keyed),
      latinOnly,
      scripts: scriptMask(source.scripts),
    };
  });
  // Key ids run into the thousands and most have no target here: written one by one, the array
  // would be kept as a dictionary, and every key found in a text would cost a hash lookup.
  const dense: (KeyTarget[] | undefined)[] = new Array<KeyTarget[] | undefined>(targets.length).fill(undefined);
  targets.forEach((list, id) => (dense[id] = list));
  return { id: nextSetId++, catalogs, targets: dense };
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

const SCRIPTS = Object.keys(SCRIPT_TESTS) as Script[];
/** The same tests in one pass over a text: a Unicode property class over CJK text costs ten times more. */
let scriptClasses: CodePointClasses | undefined;

/** The bit of each of `scripts`, as `scriptsIn` sets them. */
const scriptMask = (scripts: readonly Script[]) => scripts.reduce((mask, s) => mask | (1 << SCRIPTS.indexOf(s)), 0);

/** The scripts that occur in the field, as a mask. */
const scriptClassesOnce = () => (scriptClasses ??= new CodePointClasses(SCRIPTS.map((s) => SCRIPT_TESTS[s].source)));
const scriptsIn = (field: FieldText) => field.memo("phrases:scripts", () => scriptClassesOnce().maskOf(field.normalized.text));

/** Whether the field contains a script the catalog's language is written in. */
const hasCatalogScript = (field: FieldText, catalog: CompiledCatalog<string>) => (scriptsIn(field) & catalog.scripts) !== 0;

/** Whether units `from` to `to` of `text` hold a script the catalog's language is written in. */
const writtenIn = (catalog: CompiledCatalog<string>, text: string, from: number, to: number) =>
  (scriptClassesOnce().maskOf(text, from, to) & catalog.scripts) !== 0;

/**
 * Whether the field's function words leave the catalog's language possible (call after
 * hasCatalogScript): a Latin-script catalog counts where its language's function words occur, which
 * spares a German message ten other Latin-script catalogs, or where the whole text has too few
 * function words to tell, as a sentence or two may. The words are read only as far as the answer
 * needs: a message in the language asked about settles it in its first sentence.
 */
function languageMayBeWritten(field: FieldText, catalog: CompiledCatalog<string>): boolean {
  if (!catalog.latinOnly) return true;
  const words = field.memo("phrases:function-words", () => new FunctionWordReader(field.normalized.text));
  const lang = catalog.source.lang;
  words.readUntil(() => words.total >= MIN_FUNCTION_WORDS_TO_SELECT && words.count(lang) > 0);
  return words.total < MIN_FUNCTION_WORDS_TO_SELECT || words.count(lang) > 0;
}

/**
 * The concepts found in each sentence of the field, across all catalogs that apply to the text,
 * searched sentence by sentence as rules ask (see SentenceConcepts). Null when no catalog counts,
 * which is the common, cheap case. Built once per field and set.
 */
export function matchConcepts<C extends string>(field: FieldText, set: CatalogSet<C>): SentenceConcepts<C> | null {
  return field.memo(`phrases:${set.id}`, () => index(field, set));
}

function index<C extends string>(field: FieldText, set: CatalogSet<C>): SentenceConcepts<C> | null {
  const text = field.normalized.text;
  // Null (search without keys) when the text cannot be scanned for them.
  const keyHits = field.memo(`phrases:keys:${KEYS.version}`, () => KEYS.find(text));
  // Candidate starts of each keyed concept: [lo, hi, term] triples, per catalog and concept.
  const candidates: CatalogCandidates[] = [];
  // Per catalog: where the key of one of its anchors occurs (its first one), when one does.
  const anchorKeyAt: number[] = [];
  const anchorKeyEnd: number[] = [];
  if (keyHits) {
    const { targets } = set;
    for (let h = 0; h < keyHits.length; h += 2) {
      const found = targets[keyHits[h]!];
      if (!found) continue;
      const at = keyHits[h + 1]!;
      for (const t of found) {
        if (t.anchor && anchorKeyAt[t.catalog] === undefined) (anchorKeyAt[t.catalog] = at), (anchorKeyEnd[t.catalog] = at + t.length);
        const ofCatalog = (candidates[t.catalog] ??= []);
        const list = ofCatalog[t.concept];
        if (list) list.push(at - t.max, at - t.min, t.term);
        else ofCatalog[t.concept] = [at - t.max, at - t.min, t.term];
      }
    }
  }
  const eligible: CompiledCatalog<C>[] = [];
  const eligibleCandidates: CatalogCandidates[] = [];
  for (let c = 0; c < set.catalogs.length; c++) {
    const catalog = set.catalogs[c]!;
    // Most catalogs have no anchor candidate at all: skip them before anything is searched for them.
    const keyAt = anchorKeyAt[c];
    if (keyHits && catalog.keylessAnchors.length === 0 && keyAt === undefined) continue;
    // An anchor's key written in the catalog's script shows that the field has it, without a pass over all of it.
    if (!(keyAt !== undefined && writtenIn(catalog, text, keyAt, anchorKeyEnd[c]!)) && !hasCatalogScript(field, catalog)) continue;
    eligible.push(catalog);
    eligibleCandidates.push(candidates[c] ?? []);
  }
  if (eligible.length === 0) return null;
  const mayCount = (c: number) => languageMayBeWritten(field, eligible[c]!);
  const concepts = new FieldConcepts(text, field.sentences, eligible, keyHits ? eligibleCandidates : undefined, mayCount);
  return concepts.any ? concepts : null;
}

export type { ConceptHit, SentenceConcepts } from "./concept-index.js";
