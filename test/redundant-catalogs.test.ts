import { describe, expect, it } from "vitest";
import { lint } from "../src/index.js";
import { redundantCatalogs } from "../src/policy/phrases/redundant/index.js";
import type { LintContext, LintOptions } from "../src/types.js";

const only: LintOptions = { rules: { "no-redundant-message": "error" } };
const proactive: LintContext = { initiatedBy: "seller" };
const LANGUAGES = ["ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "sv", "tr", "zh-Hans", "zh-Hant"];
const FINDINGS = ["thank-you-only", "order-confirmation", "shipping-confirmation"];

describe("redundant-message catalogs", () => {
  it("cover the required languages", () => {
    expect(redundantCatalogs().map((c) => c.lang).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const catalog of redundantCatalogs()) {
    describe(catalog.lang, () => {
      it("names its scripts and has examples of every finding and of messages with content", () => {
        expect(catalog.scripts.length).toBeGreaterThan(0);
        const kinds = new Set(catalog.examples.map((e) => e.expect));
        for (const k of [...FINDINGS, null]) expect(kinds).toContain(k);
        expect(catalog.examples.filter((e) => e.expect === null).length).toBeGreaterThanOrEqual(3);
      });
      for (const example of catalog.examples) {
        it(`${example.expect ?? "clean"}: ${example.text.replace(/\n+/g, " / ")}`, () => {
          const found = lint({ body: example.text }, proactive, only).violations.filter((v) => v.ruleId === "no-redundant-message");
          if (example.expect === null) expect(found.map((v) => `${v.messageId}: ${v.text}`)).toEqual([]);
          else expect(found.map((v) => v.messageId)).toEqual([example.expect]);
        });
      }
      it("stays silent on the same messages as replies", () => {
        for (const example of catalog.examples) {
          expect(lint({ body: example.text }, { initiatedBy: "buyer" }, only).violations.filter((v) => v.ruleId === "no-redundant-message")).toEqual([]);
        }
      });
    });
  }
});
