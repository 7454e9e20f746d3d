import fc from "fast-check";

/** Fixed seed so CI is reproducible; FC_RUNS=10000 (and FC_SEED) for a longer search on demand. */
export const fcOptions = {
  seed: Number(process.env.FC_SEED ?? 20261125),
  numRuns: Number(process.env.FC_RUNS ?? 300),
};

/** Text mixing the characters normalization and detection care about. */
export const messyText = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 8 }),
      fc.constantFrom(
        "ｅｘａｍｐｌｅ．ｃｏｍ", "０３－１２３４－５６７８", "\u200B", "\u00AD", "\u200D", "\uFEFF", "ｶﾞ", "㈱", "⑩", "™", "℡",
        "ℹ️", "👨‍👩‍👧", "🇯🇵", "1️⃣", "é", "e\u0301", "\u202E", "&amp;", "[.]", " dot ", "@", "　", "ｰ", "\uD800", "\uDC00",
        "example.com", "https://a.example.jp/x", "{{order_id}}", "[トラッキングリンク]", "\n", "★", "※", "〒100-0001",
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));
