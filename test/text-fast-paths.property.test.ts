import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodePointClasses, CodePointSet } from "../src/text/code-point-set.js";
import { maskCjk } from "../src/text/mask.js";
import { normalizeEachChunk, normalizeWithMap } from "../src/text/normalize.js";
import { MappedStringBuilder, OffsetMap } from "../src/text/offset-map.js";
import { fcOptions, longText, messyText, propertyTimeout } from "./support/fast-check.js";

/** The text and the map as plain arrays, to compare two results exactly. */
const plain = ({ text, map }: { text: string; map: OffsetMap }) => ({
  text, starts: [...map.starts], ends: [...map.ends], sourceLength: map.sourceLength,
});

/** Text where NFKC, marks and invisible characters come up often. */
const nfkcHeavy = fc
  .array(
    fc.oneof(
      messyText,
      fc.constantFrom("ｶﾞ", "ﾊﾟ", "e\u0301", "a\u0308\u0304", "\u0301", "가\u11a8", "\u1100\u1161", "ﬁ", "㍿", "①", "\u00ad", "\u200b", "x\u200b\u0301", "か\u3099", "Å", "\u212b", "\u{1D400}", "\u{1D165}\u{1D16D}"),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

describe("fast paths give exactly what the slow paths give", () => {
  it("the classes in a range of a text are those of the code points that start in it", () => {
    const classes = ["\\p{Script=Latin}", "\\p{Script=Han}", "[\\p{Script=Hiragana}\\p{Script=Katakana}]", "\\p{Script=Hangul}", "[\\p{N}]"];
    const tests = classes.map((c) => new RegExp(`^${c}$`, "u"));
    const table = new CodePointClasses(classes);
    const reference = (text: string, from: number, to: number) => {
      let mask = 0;
      let at = from;
      for (const cp of text.slice(from)) {
        if (at >= to) break;
        tests.forEach((re, k) => { if (re.test(cp)) mask |= 1 << k; });
        at += cp.length;
      }
      return mask;
    };
    const text = fc.oneof(nfkcHeavy, fc.constantFrom("日本語abc한국\u{20000}x", "\uD840\uDC00か", "１２３ａｂｃ"));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const from = s.length ? a % (s.length + 1) : 0;
        const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
        expect(table.maskOf(s, from, to)).toBe(reference(s, from, to));
        expect(table.maskOf(s)).toBe(reference(s, 0, s.length));
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("normalizeWithMap equals normalizing chunk by chunk", () => {
    fc.assert(
      fc.property(fc.oneof(nfkcHeavy, longText), (s) => {
        const base = OffsetMap.identity(s.length);
        const fast = normalizeWithMap(s, base);
        const slow = normalizeEachChunk(s, base);
        expect(plain(fast)).toEqual(plain(slow));
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("normalizeWithMap equals the slow path after a non-identity map too", () => {
    fc.assert(
      fc.property(nfkcHeavy, (s) => {
        // A map that shifts every unit by one, as an HTML prefix would.
        const starts = Uint32Array.from({ length: s.length }, (_, i) => i + 1);
        const ends = Uint32Array.from({ length: s.length }, (_, i) => i + 2);
        const base = new OffsetMap(starts, ends, s.length + 1);
        expect(plain(normalizeWithMap(s, base))).toEqual(plain(normalizeEachChunk(s, base)));
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("composing after an identity map is the inner map", () => {
    fc.assert(
      fc.property(messyText, (s) => {
        const { map } = normalizeEachChunk(s, OffsetMap.identity(s.length));
        const shifted = new OffsetMap(OffsetMap.identity(s.length).starts, OffsetMap.identity(s.length).ends, s.length);
        expect(plain({ text: "", map: OffsetMap.identity(s.length).compose(map) })).toEqual(plain({ text: "", map: shifted.compose(map) }));
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("the identity map answers like its arrays would", () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(50), fc.integer({ min: -3, max: 50 }), (n, a, b) => {
        const lazy = OffsetMap.identity(n);
        const arrays = new OffsetMap(Uint32Array.from({ length: n }, (_, i) => i), Uint32Array.from({ length: n }, (_, i) => i + 1), n);
        expect(lazy.isIdentity && !arrays.isIdentity).toBe(true);
        expect(lazy.toSource(a, b)).toEqual(arrays.toSource(a, b));
        expect(lazy.length).toBe(arrays.length);
        expect(plain({ text: "", map: lazy })).toEqual(plain({ text: "", map: arrays }));
      }),
      fcOptions,
    );
  });

  it("the run-recording builder maps every unit like one record per unit would", () => {
    const piece = fc.tuple(fc.boolean(), fc.string({ maxLength: 5 }), fc.nat(50), fc.nat(5));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const builder = new MappedStringBuilder(100);
        const starts: number[] = [];
        const ends: number[] = [];
        for (const [keep, text, from, extra] of pieces) {
          if (keep) builder.keep(text, from);
          else builder.replace(text, from, from + extra);
          for (let i = 0; i < text.length; i++) {
            starts.push(keep ? from + i : from);
            ends.push(keep ? from + i + 1 : from + extra);
          }
        }
        const built = builder.build();
        expect(built.text).toBe(pieces.map((p) => p[1]).join(""));
        expect([...built.map.starts]).toEqual(starts);
        expect([...built.map.ends]).toEqual(ends);
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("a code point set blanks what its regex class would", () => {
    const classes = ["[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\p{Emoji_Modifier}\\u20E3\\uFE0F]", "[\\p{Script=Han}\\u3000-\\u303F]", "[a-z\\u{1F600}]"];
    const sets = classes.map((c) => [new CodePointSet(c), new RegExp(c, "gu")] as const);
    fc.assert(
      fc.property(fc.oneof(messyText, nfkcHeavy), (s) => {
        for (const [set, re] of sets) expect(set.blank(s)).toBe(s.replace(re, (c) => " ".repeat(c.length)));
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("the CJK mask blanks each unit it blanked one code point at a time", () => {
    const perCodePoint = (s: string) =>
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\u30FC\uFF01-\uFF65]/u.test(s)
        ? s.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\u30FC\uFF01-\uFF0F\uFF1A-\uFF20\uFF5B-\uFF65]/gu, (c) => (c.length === 2 ? "  " : " "))
        : s;
    fc.assert(fc.property(fc.oneof(messyText, nfkcHeavy), (s) => { expect(maskCjk(s)).toBe(perCodePoint(s)); }), fcOptions);
  }, propertyTimeout);
});
