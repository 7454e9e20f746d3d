import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countFunctionWords, FUNCTION_WORDS } from "../src/detect/function-words.js";
import { mergeRanges } from "../src/detect/candidate-search.js";
import { compileCatalogs, matchConcepts, SCRIPT_TESTS, type ConceptCatalog, type ConceptHit } from "../src/detect/phrases.js";
import { marketingCatalogs } from "../src/policy/phrases/marketing/index.js";
import { redundantCatalogs } from "../src/policy/phrases/redundant/index.js";
import { reviewCatalogs } from "../src/policy/phrases/review/index.js";
import type { FieldText } from "../src/text/field.js";
import type { Span } from "../src/text/mask.js";
import { splitSentences } from "../src/text/sentences.js";
import { fcOptions, messyText, propertyTimeout } from "./support/fast-check.js";

/**
 * The phrase matcher looks for literal keys and tries terms only where a key allows a match to
 * start, and searches a sentence only when asked. These tests hold it to the straightforward way:
 * every concept's expression searched globally from the start of every sentence up to its end, every
 * catalog whose script occurs and whose language the function words leave possible, kept when one of
 * its anchor concepts matched in a sentence.
 */

const FAMILIES = [
  { name: "review", catalogs: reviewCatalogs(), anchors: ["review", "topStars", "lowStars", "contactFirst", "beforeReview"] },
  {
    name: "marketing",
    catalogs: marketingCatalogs(),
    anchors: ["coupon", "discount", "sale", "crossSell", "otherProducts", "follow", "newsletter", "offAmazon", "ownSite", "store"],
  },
  { name: "redundant", catalogs: redundantCatalogs(), anchors: ["thanks", "help", "orderConfirmed", "shipped"] },
] as const;


const WILDCARD = /^\\p\{L\}\*/;

/** A concept's terms as one expression, between word boundaries where the language has them. */
function referencePattern(catalog: ConceptCatalog<string>, terms: readonly string[]): RegExp {
  const alt = (list: readonly string[]) => `(?:${list.map((t) => `(?:${t})`).join("|")})`;
  if (catalog.boundaries !== "word") return new RegExp(alt(terms.map((t) => t.replace(WILDCARD, ""))), "giu");
  const whole = terms.filter((t) => !WILDCARD.test(t));
  const inner = terms.filter((t) => WILDCARD.test(t)).map((t) => t.replace(WILDCARD, ""));
  const parts = [];
  if (whole.length) parts.push(`(?<![\\p{L}\\p{N}])${alt(whole)}`);
  if (inner.length) parts.push(alt(inner));
  return new RegExp(`(?:${parts.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

type Reference = { catalog: ConceptCatalog<string>; concepts: [string, RegExp][] }[];

const references = new Map<string, Reference>(FAMILIES.map((f) => [
  f.name,
  f.catalogs.map((catalog: ConceptCatalog<string>) => ({
    catalog,
    concepts: Object.entries(catalog.concepts)
      .filter(([, terms]) => terms && terms.length)
      .map(([concept, terms]) => [concept, referencePattern(catalog, terms!)] as [string, RegExp]),
  })),
]));

function referenceMatch(text: string, sentences: readonly Span[], family: (typeof FAMILIES)[number]): ConceptHit<string>[][] | null {
  const counts = countFunctionWords(text);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const written = SCRIPT_TESTS.latin.test(text) && total >= 6 ? new Set(counts.keys()) : null;
  let result: ConceptHit<string>[][] | null = null;
  for (const { catalog, concepts } of references.get(family.name)!) {
    if (!catalog.scripts.some((s) => SCRIPT_TESTS[s].test(text))) continue;
    const latinOnly = catalog.scripts.length === 1 && catalog.scripts[0] === "latin" && catalog.lang in FUNCTION_WORDS;
    if (latinOnly && written && !written.has(catalog.lang)) continue;
    const found: ConceptHit<string>[][] = sentences.map(() => []);
    let anchored = false;
    for (const [concept, re] of concepts) {
      // The first match from an earlier sentence's start is also the first from a later start up to
      // it: kept, so that a concept that matches nowhere is not searched to the end once per sentence.
      let last: { from: number; m: RegExpExecArray | null } | undefined;
      const first = (from: number) => {
        if (last && last.from <= from && (!last.m || last.m.index >= from)) return last.m;
        re.lastIndex = from;
        last = { from, m: re.exec(text) };
        return last.m;
      };
      sentences.forEach((sentence, i) => {
        for (let m = first(sentence.start); m && m.index < sentence.end; ) {
          found[i]!.push({ concept, start: m.index, end: m.index + m[0].length, lang: catalog.lang });
          anchored ||= (family.anchors as readonly string[]).includes(concept);
          m = first(m[0].length ? m.index + m[0].length : m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1));
        }
      });
    }
    if (!anchored) continue;
    result ??= sentences.map(() => []);
    found.forEach((hits, i) => result![i]!.push(...hits));
  }
  return result;
}

const compiled = new Map(FAMILIES.map((f) => [f.name, compileCatalogs<string>(f.catalogs, f.anchors)]));

/** The matcher reads a field's normalized text, its sentences and its memo; the text is used as given. */
function fieldOf(text: string, sentences: Span[]): FieldText {
  const cache = new Map<string, unknown>();
  return {
    normalized: { text },
    sentences,
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  } as unknown as FieldText;
}

function expectSame(text: string, sentences: Span[] = splitSentences(text)): void {
  for (const family of FAMILIES) {
    const expected = referenceMatch(text, sentences, family);
    const found = matchConcepts(fieldOf(text, sentences), compiled.get(family.name)!);
    // Sentences asked for out of order, as rules ask for a sentence's neighbours.
    const hits = found && sentences.map((_, i) => i).reverse().map((i) => found.in(i)).reverse();
    expect({ family: family.name, text, hits }).toEqual({ family: family.name, text, hits: expected });
    if (!found || !expected) continue;
    // Each concept asked for alone, in a fresh index: it finds what the whole sentence's search finds.
    const alone = matchConcepts(fieldOf(text, sentences), compiled.get(family.name)!)!;
    const concepts = [...new Set(family.catalogs.flatMap((c: ConceptCatalog<string>) => Object.keys(c.concepts)))];
    const has = sentences.map((_, i) => concepts.filter((c) => alone.has(i, c)));
    expect({ text, has }).toEqual({ text, has: expected.map((here) => concepts.filter((c) => here.some((h) => h.concept === c))) });
    const anchors = family.anchors as readonly string[];
    const anchored = expected.flatMap((here, i) => (here.some((h) => anchors.includes(h.concept)) ? [i] : []));
    expect({ text, anchored: found.anchored() }).toEqual({ text, anchored });
    expect({ text, anchored: sentences.map((_, i) => found.anchoredAt(i)) }).toEqual({ text, anchored: sentences.map((_, i) => anchored.includes(i)) });
  }
}

const examples: string[] = FAMILIES.flatMap((f) =>
  f.catalogs.flatMap((c: { examples: readonly { text: string }[]; neutralRequest?: string }) => [
    ...c.examples.map((e) => e.text),
    ...(c.neutralRequest ? [c.neutralRequest] : []),
  ]));

/** Words and pieces of the catalogs' examples, in upper case too, and characters whose case folding is irregular. */
const pieces = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...examples).chain((e) => fc.tuple(fc.nat(e.length), fc.nat(40)).map(([a, n]) => e.slice(a, a + n))) },
  { weight: 2, arbitrary: fc.constantFrom(...examples.flatMap((e) => e.split(/\s+/))) },
  { weight: 1, arbitrary: fc.constantFrom(...examples).map((e) => e.toUpperCase()) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "ſ", "ς", "Σ", "µ", "İ", "ı", "K", "ẞ", "ß", "★", "☆", "%", "€", "5", "4/5", " ", ". ", "\n", "!", "。", "\uD83D\uDE00", "\uDC00", "𝐀",
    ),
  },
  { weight: 1, arbitrary: messyText },
);

const generated = fc.tuple(fc.array(pieces, { maxLength: 12 }), fc.constantFrom(" ", "")).map(([parts, glue]) => parts.join(glue));

describe("phrase matcher", () => {
  it("finds what a search of every concept over the whole text finds, on every catalog example", () => {
    for (const text of examples) expectSame(text);
    // Several examples together, so that catalogs meet across sentences and languages.
    for (let i = 0; i + 3 <= examples.length; i += 3) expectSame(examples.slice(i, i + 3).join(i % 2 ? " " : "\n"));
    // Long texts that repeat them, so that one term has many keys, near and far apart.
    for (let i = 0; i < examples.length; i += 40) expectSame(examples.slice(i, i + 40).join(" ").repeat(4));
    // Every example of every catalog, thrice over, against a reference that searches every concept
    // from every sentence: a sweep of fixed texts that takes longer than a property run.
  }, 3 * propertyTimeout);

  it("finds what a search of every concept over the whole text finds, on generated text", () => {
    fc.assert(fc.property(generated, (text) => expectSame(text)), fcOptions);
  }, propertyTimeout);

  it("counts only hits inside sentences, whatever the sentences are", () => {
    const spans = (length: number) =>
      fc.uniqueArray(fc.nat(length), { maxLength: 8 }).map((cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const out: Span[] = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) if (sorted[i]! < sorted[i + 1]!) out.push({ start: sorted[i]!, end: sorted[i + 1]! });
        return out;
      });
    fc.assert(fc.property(generated.chain((text) => fc.tuple(fc.constant(text), spans(text.length))), ([text, sentences]) => expectSame(text, sentences)), fcOptions);
  }, propertyTimeout);
});

describe("candidate ranges merged per term", () => {
  /** The starts in a text of `length` units that `[lo, hi, term]` triples allow, per term. */
  const allowed = (ranges: readonly number[], length: number) => {
    const starts = new Set<string>();
    for (let r = 0; r < ranges.length; r += 3) {
      for (let at = Math.max(ranges[r]!, 0); at <= ranges[r + 1]! && at < length; at++) starts.add(`${ranges[r + 2]}:${at}`);
    }
    return [...starts].sort();
  };
  const LENGTH = 120;
  const triples = fc
    .array(fc.tuple(fc.oneof(fc.integer({ min: -40, max: LENGTH }), fc.constant(-Infinity)), fc.integer({ min: -10, max: LENGTH }), fc.nat(4)), { maxLength: 120 })
    .map((list) => list.flatMap(([lo, span, term]) => [lo, lo === -Infinity ? span : Math.min(lo + Math.abs(span) % 30, LENGTH - 1), term]));

  // Up to 120 ranges over five terms: runs both shorter and longer than those sorted in place.
  it("allow the same starts, in order of term and start, without overlaps, whichever way they are sorted", () => {
    fc.assert(
      fc.property(triples, (ranges) => {
        const merged = mergeRanges(ranges, LENGTH);
        expect(allowed(merged, LENGTH)).toEqual(allowed(ranges, LENGTH));
        for (let r = 3; r < merged.length; r += 3) {
          const sameTerm = merged[r + 2] === merged[r - 1];
          expect(merged[r + 2]!).toBeGreaterThanOrEqual(merged[r - 1]!);
          if (sameTerm) expect(merged[r]!).toBeGreaterThan(merged[r - 2]! + 1);
        }
        // Past 2^26 units the ranges are sorted by a comparator instead of as packed numbers.
        expect(mergeRanges(ranges, 2 ** 27)).toEqual(merged);
      }),
      fcOptions,
    );
  });
});
