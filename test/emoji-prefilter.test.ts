import emojiRegex from "emoji-regex";
import { describe, expect, it } from "vitest";
import { findEmoji } from "../src/detect/emoji.js";

/** What may follow the first code point of an emoji: VS16, keycap, skin tone, tag sequence, ZWJ, flag. */
const TAILS = [
  "", "\uFE0F", "\u20E3", "\uFE0F\u20E3", "\u{1F3FB}", "\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
  "\u200D\u{1F308}", "\u{1F1EF}",
];

describe("emoji pre-test", () => {
  it("lets through every code point an emoji-regex match can start with", () => {
    const startsEmoji = new RegExp(emojiRegex().source, "y");
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      for (const tail of TAILS) {
        startsEmoji.lastIndex = 0;
        if (!startsEmoji.test(c + tail)) continue;
        // findEmoji runs the pre-test first: an emoji it lets through is found.
        if (findEmoji(`x ${c}${tail} x`).length === 0) missed.push(`U+${cp.toString(16)}${tail ? " +tail" : ""}`);
        break;
      }
    }
    expect(missed).toEqual([]);
  }, 60_000);

  it("keeps Japanese business symbols and punctuation away from the full regex", () => {
    expect(findEmoji("★送料無料※〒100-0001 ①→「注文」、。ー♪☆")).toEqual([]);
  });
});
