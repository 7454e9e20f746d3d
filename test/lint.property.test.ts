import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fix, lint } from "../src/index.js";
import type { LintContext, MessageDraft, Violation } from "../src/types.js";
import { fcOptions, propertyTimeout, longText, messyText } from "./support/fast-check.js";

const isoDate = fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString());

const context = fc.record(
  {
    marketplace: fc.constantFrom("US", "CA", "MX", "BR", "UK", "DE", "FR", "IT", "ES", "NL", "SE", "PL", "TR", "AE", "IN", "JP", "AU", "SG"),
    buyerLocale: fc.constantFrom("en-US", "ja-JP", "zh-CN", "zh-TW", "ko-KR", "de-DE", "fr-FR", "ar-AE", "pt-BR"),
    initiatedBy: fc.constantFrom("seller", "buyer"),
    reason: fc.constantFrom("other", "review-request", "delivery-scheduling", "custom-design", "invoice"),
    buyerOptedOut: fc.boolean(),
    orderId: fc.constant("249-1234567-1234567"),
    order: fc.record({ purchasedAt: isoDate, deliveredAt: isoDate }, { requiredKeys: [] }),
    now: isoDate,
  },
  { requiredKeys: [] },
) as fc.Arbitrary<LintContext>;

const message = fc.record(
  {
    subject: fc.option(messyText, { nil: undefined }),
    body: longText,
    format: fc.constantFrom("text", "html"),
    attachments: fc.array(fc.record({ name: messyText, size: fc.nat({ max: 20_000_000 }) }), { maxLength: 7 }),
  },
  { requiredKeys: ["body"] },
) as fc.Arbitrary<MessageDraft>;

const key = (v: Violation) => `${v.ruleId}/${v.messageId}@${v.field}:${v.text}`;

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
  }, propertyTimeout);

  it("fix changes only the text inside reported ranges, loses nothing else, and is idempotent", () => {
    fc.assert(
      fc.property(message, context, (m, c) => {
        const first = lint(m, c);
        const once = fix(m, c);
        for (const field of ["subject", "body"] as const) {
          const before = m[field] ?? "";
          const after = once.message[field] ?? "";
          // Every character outside the first pass's fix ranges survives, in order.
          const edits = first.violations.filter((v) => v.fix?.field === field).map((v) => v.fix!).sort((a, b) => a.start - b.start);
          let kept = "";
          let at = 0;
          for (const e of edits) {
            if (e.start < at) continue;
            kept += before.slice(at, e.start);
            at = e.end;
          }
          kept += before.slice(at);
          let i = 0;
          for (let j = 0; j < after.length; j++) if (i < kept.length && kept[i] === after[j]) i++;
          if (edits.length === 0) expect(after).toBe(before);
          else expect(i).toBe(kept.length);
        }
        // The fixed message re-lints clean of what was fixed, and a second fix changes nothing.
        const again = lint(once.message, c).violations.map(key);
        for (const v of once.fixed) if (v.fix && v.fix.text === "") expect(again.filter((k) => k === key(v)).length).toBeLessThanOrEqual(first.violations.filter((x) => key(x) === key(v)).length - 1);
        expect(fix(once.message, c).message).toEqual(once.message);
      }),
      fcOptions,
    );
  }, propertyTimeout);
});
