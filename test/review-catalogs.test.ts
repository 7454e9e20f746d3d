import { describe, expect, it } from "vitest";
import { lint } from "../src/index.js";
import { reviewCatalogs } from "../src/policy/phrases/review/index.js";
import type { LintOptions } from "../src/types.js";

const only: LintOptions = { rules: { "no-review-manipulation": "error" } };

describe("review-manipulation catalogs", () => {
  it("cover the required languages", () => {
    const langs = reviewCatalogs().map((c) => c.lang).sort();
    for (const lang of ["ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "sv", "tr", "zh-Hans", "zh-Hant"]) {
      expect(langs).toContain(lang);
    }
  });

  for (const catalog of reviewCatalogs()) {
    describe(catalog.lang, () => {
      it("has examples of every finding and of neutral requests", () => {
        const kinds = new Set(catalog.examples.map((e) => e.expect));
        for (const k of ["star-rating", "positive-only", "incentive", "change-review", "gating", null]) expect(kinds).toContain(k);
      });
      it("offers a neutral request that is itself clean", () => {
        expect(lint({ body: catalog.neutralRequest }, {}, only).violations.filter((v) => v.ruleId === "no-review-manipulation")).toEqual([]);
      });
      for (const example of catalog.examples) {
        it(`${example.expect ?? "clean"}: ${example.text}`, () => {
          const found = lint({ body: example.text }, {}, only).violations.filter((v) => v.ruleId === "no-review-manipulation");
          if (example.expect === null) expect(found.map((v) => `${v.messageId}: ${v.text}`)).toEqual([]);
          else expect(found.map((v) => v.messageId)).toContain(example.expect);
        });
      }
    });
  }
});
