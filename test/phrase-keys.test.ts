import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countFunctionWords, FUNCTION_WORDS } from "../src/detect/function-words.js";
import { KeySet } from "../src/detect/key-scan.js";
import { IRREGULAR_CASE } from "../src/detect/literal-key.js";
import { fcOptions, messyText, propertyTimeout } from "./support/fast-check.js";

describe("lower-cased keys", () => {
  it("miss nothing: characters that match case-insensitively lower-case alike, except those listed as irregular", () => {
    const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      for (const d of [c.toUpperCase(), c.toLowerCase(), c.toUpperCase().toLowerCase(), c.toLowerCase().toUpperCase()]) {
        if ([...d].length !== 1 || d.toLowerCase() === c.toLowerCase()) continue;
        // Lower case that changes length moves offsets: such text is matched without keys anyway.
        if (c.toLowerCase().length !== c.length || d.toLowerCase().length !== d.length) continue;
        if (IRREGULAR_CASE.test(c) || IRREGULAR_CASE.test(d)) continue;
        if (new RegExp(`^${escape(c)}$`, "iu").test(d)) missed.push(`${c} ${d}`);
      }
    }
    expect(missed).toEqual([]);
  }, 60_000);

  it("lie where the key scanner looks for them (U+00B5 to U+1FFF, U+FB05, U+FB06)", () => {
    const outside: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const inTable = (c >= 0xb5 && c < 0x2000) || c === 0xfb05 || c === 0xfb06;
      if (!inTable && IRREGULAR_CASE.test(String.fromCharCode(c))) outside.push(c.toString(16));
    }
    expect(outside).toEqual([]);
  });
});

describe("the key scanner", () => {
  // Keys of every kind it sorts apart: three Latin characters and more, sharing grams and the
  // characters after them; two CJK characters; single characters; one key a prefix of another.
  const keys = ["the", "they", "them", "then", "there", "thank", "thanks", "than", "you", "your", "yours", "ab%", "ごち", "ご注文",
    "注文", "レビュー", "★", "€", "星5", "리뷰", "é5x", "翿翿", "a翿b"];
  const set = new KeySet(keys);
  const pieces = fc.constantFrom(...keys, ...keys.map((k) => k.toUpperCase()), "th", "yo", "ご", "注", "ー", " ", ".", "翿", "\u7fff", "x");

  it("finds every occurrence of every key, overlapping ones included, as a search for each key would", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 5, arbitrary: pieces }, { weight: 1, arbitrary: messyText }), { maxLength: 20 }).map((p) => p.join("")), (text) => {
        const found = set.find(text);
        const lower = text.toLowerCase();
        if (found === null) {
          expect(lower.length !== text.length || [...text].some((c) => IRREGULAR_CASE.test(c))).toBe(true);
          return;
        }
        const expected: number[] = [];
        for (let i = 0; i < lower.length; i++) keys.forEach((key, id) => lower.startsWith(key, i) && expected.push(id, i));
        const pairs = (list: number[]) => list.flatMap((_, k) => (k % 2 ? [] : [`${list[k + 1]}:${list[k]}`])).sort();
        expect(pairs(found)).toEqual(pairs(expected));
      }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 5 },
    );
  }, propertyTimeout);
});

describe("function words", () => {
  const lookup = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) lookup.set(w, [...(lookup.get(w) ?? []), lang]);
  /** The straightforward count: every run of letters of the lower-cased text, looked up. */
  const reference = (text: string) => {
    const counts = new Map<string, number>();
    for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
      for (const lang of lookup.get(m[0]) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
    return [...counts];
  };
  const words = fc.constantFrom(...Object.values(FUNCTION_WORDS).flat(), "İ", "Der", "LE", "𝐀", "\uD800", "\uDC00", ",", " ", "é", "ß");
  const text = fc.oneof(messyText, fc.tuple(fc.array(fc.oneof(words, messyText), { maxLength: 20 }), fc.constantFrom(" ", "")).map(([p, g]) => p.join(g)));

  it("are counted as a search of every word would count them", () => {
    fc.assert(fc.property(text, (t) => {
      expect([...countFunctionWords(t)]).toEqual(reference(t));
    }), fcOptions);
  }, propertyTimeout);
});
