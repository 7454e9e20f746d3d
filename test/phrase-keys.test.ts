import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countFunctionWords, FUNCTION_WORDS } from "../src/detect/function-words.js";
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
