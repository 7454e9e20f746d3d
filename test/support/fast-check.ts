import fc from "fast-check";

/** Fixed seed so CI is reproducible; FC_RUNS=10000 (and FC_SEED) for a longer search on demand. */
export const fcOptions = {
  seed: Number(process.env.FC_SEED ?? 20261125),
  numRuns: Number(process.env.FC_RUNS ?? 300),
};

/** Time allowed a property test: grows with the number of runs asked for. */
export const propertyTimeout = 20_000 * Math.max(1, fcOptions.numRuns / 300);

/** Pieces that normalization, masking and detection treat specially. */
const tricky = fc.constantFrom(
  "ｅｘａｍｐｌｅ．ｃｏｍ", "０３－１２３４－５６７８", "\u200B", "\u00AD", "\u200D", "\uFEFF", "ｶﾞ", "㈱", "⑩", "™", "℡",
  "ℹ️", "👨‍👩‍👧", "🇯🇵", "1️⃣", "é", "e\u0301\u0302", "\u202E", "\u200F", "\u061C", "&amp;", "[.]", " dot ", "@", "　", "ｰ",
  "\uD800", "\uDC00", "\uDBFF", "example.com", "https://a.example.jp/x", "{{order_id}}", "[トラッキングリンク]", "\n",
  "★", "※", "〒100-0001", "249-1234567-1234567", "<p>", "</b>", "&#x1F600;", "5 stars", "review", "レビュー", "星5つ",
  "03-1234-5678", "(555) 318-2047", "LINE ID: abc_1", "@handle", " ", ".", "ｰ", "\u0300", "\uFE0F", "\u20E3",
);

/** Text mixing arbitrary graphemes, lone surrogates and the tricky pieces above. */
export const messyText = fc
  .array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 8 }), fc.string({ unit: "binary", maxLength: 4 }), tricky), { maxLength: 30 })
  .map((parts) => parts.join(""));

/** Like messyText, but sometimes long: up to about 20,000 characters. */
export const longText = fc.oneof(
  { weight: 4, arbitrary: messyText },
  { weight: 1, arbitrary: fc.tuple(messyText, fc.integer({ min: 50, max: 700 })).map(([s, n]) => (s || "x ").repeat(n).slice(0, 20_000)) },
);
