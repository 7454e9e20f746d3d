import { describe, expect, it } from "vitest";
import { lint } from "../src/index.js";
import { marketingCatalogs } from "../src/policy/phrases/marketing/index.js";
import type { LintOptions } from "../src/types.js";

const only: LintOptions = { rules: { "no-marketing": "error" } };
const LANGUAGES = ["ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "sv", "tr", "zh-Hans", "zh-Hant"];
const FINDINGS = ["coupon", "promotion", "other-products", "follow-us", "newsletter", "off-amazon", "storefront"];

describe("marketing catalogs", () => {
  it("cover the required languages", () => {
    expect(marketingCatalogs().map((c) => c.lang).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const catalog of marketingCatalogs()) {
    describe(catalog.lang, () => {
      it("names its scripts and has examples of every finding and of ordinary service", () => {
        expect(catalog.scripts.length).toBeGreaterThan(0);
        const kinds = new Set(catalog.examples.map((e) => e.expect));
        for (const k of [...FINDINGS, null]) expect(kinds).toContain(k);
        expect(catalog.examples.filter((e) => e.expect === null).length).toBeGreaterThanOrEqual(5);
      });
      for (const example of catalog.examples) {
        it(`${example.expect ?? "clean"}: ${example.text}`, () => {
          const found = lint({ body: example.text }, {}, only).violations.filter((v) => v.ruleId === "no-marketing");
          if (example.expect === null) expect(found.map((v) => `${v.messageId}: ${v.text}`)).toEqual([]);
          else expect(found.map((v) => v.messageId)).toContain(example.expect);
        });
      }
    });
  }
});
