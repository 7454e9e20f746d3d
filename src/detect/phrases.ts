import type { Span } from "../text/mask.js";
import { countFunctionWords, FUNCTION_WORDS } from "./function-words.js";
import { literalKey } from "./literal-key.js";

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
}

export type Script = "latin" | "han" | "kana" | "hangul" | "arabic" | "cyrillic" | "greek";

const SCRIPT_TESTS: Record<Script, RegExp> = {
  latin: /\p{Script=Latin}/u,
  han: /\p{Script=Han}/u,
  kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  hangul: /\p{Script=Hangul}/u,
  arabic: /\p{Script=Arabic}/u,
  cyrillic: /\p{Script=Cyrillic}/u,
  greek: /\p{Script=Greek}/u,
};

export interface CompiledCatalog<C extends string> {
  source: ConceptCatalog<C>;
  /** A cheap test that decides whether the rest is worth running; it may match more than the concepts. */
  anchor: RegExp | null;
  /** The concepts without which the catalog finds nothing: its hits count only when one matched. */
  anchorConcepts: ReadonlySet<C>;
  concepts: [C, RegExp][];
}

/** Compiles a catalog once; `anchors` are the concepts without which no finding is possible. */
export function compileCatalog<C extends string>(
  catalog: ConceptCatalog<C>,
  anchors: readonly C[],
): CompiledCatalog<C> {
  const wrap = (terms: readonly string[]) => {
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
  };
  const concepts: [C, RegExp][] = [];
  for (const [name, terms] of Object.entries(catalog.concepts) as [C, readonly string[]][]) {
    if (terms && terms.length) concepts.push([name, new RegExp(wrap(terms), "giu")]);
  }
  // The anchor only decides whether the catalog is worth running, so it may match more than the
  // concepts do: it drops the word-boundary lookarounds, which cost a check at every position.
  // Where a term has a literal key (text every match contains), the anchor looks for the key only.
  const anchorTerms = anchors.flatMap((a) => catalog.concepts[a] ?? []);
  const pieces = new Set(anchorTerms.map((t) => {
    const key = literalKey(t);
    return key === null ? stripLeadingWildcard(t) : escapeLiteral(key);
  }));
  const anchor = pieces.size ? new RegExp(alternation([...pieces]), "iu") : null;
  return { source: catalog, anchor, anchorConcepts: new Set(anchors), concepts };
}

const LEADING_WILDCARD = /^\\p\{L\}\*/;
const escapeLiteral = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
const stripLeadingWildcard = (term: string) => term.replace(LEADING_WILDCARD, "");
const alternation = (terms: readonly string[]) => `(?:${terms.map((t) => `(?:${t})`).join("|")})`;

/** Which scripts occur in `text`. */
export function scriptsIn(text: string): Set<Script> {
  const found = new Set<Script>();
  for (const [script, test] of Object.entries(SCRIPT_TESTS) as [Script, RegExp][]) {
    if (test.test(text)) found.add(script);
  }
  return found;
}

const isLatinOnly = (c: CompiledCatalog<string>) =>
  c.source.scripts.length === 1 && c.source.scripts[0] === "latin" && c.source.lang in FUNCTION_WORDS;

/** Function words a text needs before they select the catalogs to run. */
const MIN_FUNCTION_WORDS_TO_SELECT = 6;

let lastText: string | undefined;
let lastLanguages: Set<string> | null = null;

/**
 * The Latin-script languages whose function words occur in `text`: only their catalogs need to run,
 * which spares a German message ten other Latin-script catalogs. Null (run them all) when the text has
 * too few function words to tell, as a sentence or two may. Several rules read the same text in
 * a row, so the last answer is kept.
 */
function latinLanguagesIn(text: string, scripts: ReadonlySet<Script>): Set<string> | null {
  if (!scripts.has("latin")) return null;
  if (text !== lastText) {
    const counts = countFunctionWords(text);
    let total = 0;
    for (const n of counts.values()) total += n;
    lastText = text;
    lastLanguages = total >= MIN_FUNCTION_WORDS_TO_SELECT ? new Set(counts.keys()) : null;
  }
  return lastLanguages;
}

/** One concept found in one sentence. */
export interface ConceptHit<C extends string> {
  concept: C;
  start: number;
  end: number;
  lang: string;
}

/**
 * For every sentence, the concepts found in it (across all catalogs that apply to the text).
 * Returns null when no catalog's anchor occurs, which is the common, cheap case.
 */
export function matchConcepts<C extends string>(
  text: string,
  sentences: readonly Span[],
  catalogs: readonly CompiledCatalog<C>[],
): ConceptHit<C>[][] | null {
  const scripts = scriptsIn(text);
  const written = latinLanguagesIn(text, scripts);
  const active = catalogs.filter(
    (c) => c.anchor && c.source.scripts.some((s) => scripts.has(s)) && (!written || !isLatinOnly(c) || written.has(c.source.lang)) &&
      c.anchor.test(text),
  );
  if (active.length === 0) return null;
  const perSentence: ConceptHit<C>[][] = sentences.map(() => []);
  let any = false;
  for (const catalog of active) {
    const found: [number, ConceptHit<C>][] = [];
    let anchored = false;
    for (const [concept, re] of catalog.concepts) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const start = m.index!;
        const i = sentenceAt(sentences, start);
        if (i < 0) continue;
        found.push([i, { concept, start, end: start + m[0].length, lang: catalog.source.lang }]);
        anchored ||= catalog.anchorConcepts.has(concept);
      }
    }
    // The pre-test is looser than the anchor concepts; without one of them the catalog has nothing to
    // say, exactly as if the pre-test had failed.
    if (!anchored) continue;
    any = true;
    for (const [i, hit] of found) perSentence[i]!.push(hit);
  }
  return any ? perSentence : null;
}

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
