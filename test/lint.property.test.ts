import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fix, lint } from "../src/index.js";
import type { LintContext, MessageDraft } from "../src/types.js";
import { fcOptions, messyText } from "./support/fast-check.js";

const context = fc.record(
  {
    marketplace: fc.constantFrom("US", "JP", "DE", "FR", "UK", "BR", "IN"),
    buyerLocale: fc.constantFrom("en-US", "ja-JP", "zh-CN", "ko-KR", "de-DE"),
    initiatedBy: fc.constantFrom("seller", "buyer"),
    reason: fc.constantFrom("other", "review-request", "delivery-scheduling"),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<LintContext>;

const message = fc.record({
  subject: fc.option(messyText, { nil: undefined }),
  body: messyText,
  format: fc.constantFrom("text", "html"),
}) as fc.Arbitrary<MessageDraft>;

describe("lint on arbitrary input", () => {
  it("never throws, and every range lies in its field and equals its text", () => {
    fc.assert(
      fc.property(message, context, (m, c) => {
        for (const v of lint(m, c).violations) {
          expect(v.ruleId).not.toBe("internal-error");
          if (v.field !== "subject" && v.field !== "body") continue;
          const source = (v.field === "subject" ? m.subject : m.body)!;
          expect(v.start).toBeGreaterThanOrEqual(0);
          expect(v.end).toBeLessThanOrEqual(source.length);
          expect(source.slice(v.start, v.end)).toBe(v.text);
        }
      }),
      fcOptions,
    );
  });

  it("fix changes only reported ranges, and a second fix changes nothing", () => {
    fc.assert(
      fc.property(message, context, (m, c) => {
        const once = fix(m, c);
        for (const v of once.remaining) expect(v.fix).toBeUndefined();
        expect(fix(once.message, c).message).toEqual(once.message);
      }),
      fcOptions,
    );
  });
});
