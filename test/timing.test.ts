import { describe, expect, it, vi } from "vitest";
import { lint, MsglintError, presets } from "../src/index.js";
import type { LintOptions, Rule } from "../src/types.js";

const message = {
  subject: "Your order",
  body: "Hi Sam, see https://example.com or call (212) 555-0123 😀. Please leave us a 5-star review!",
};
const context = { marketplace: "US", initiatedBy: "seller", reason: "other" } as const;
const recommended = Object.entries(presets.recommended).filter(([, s]) => s !== "off").map(([id]) => id);

describe("timing option", () => {
  it("is absent from the result without the option, and with timing: false", () => {
    expect(lint(message, context)).not.toHaveProperty("timing");
    expect(lint(message, context, { timing: false })).not.toHaveProperty("timing");
  });

  it("reports milliseconds for every enabled rule, the shared computations and the whole call", () => {
    const { timing } = lint(message, context, { timing: true });
    expect(timing).toBeDefined();
    expect(Object.keys(timing!).sort()).toEqual(["memo", "rules", "total"]);
    expect(Object.keys(timing!.rules).sort()).toEqual([...recommended].sort());
    for (const ms of [...Object.values(timing!.rules), ...Object.values(timing!.memo), timing!.total]) {
      expect(typeof ms).toBe("number");
      expect(ms).toBeGreaterThanOrEqual(0);
    }
    // The text model and the detectors the rules asked for are counted under their own keys.
    expect(timing!.memo).toHaveProperty("normalized");
    expect(timing!.memo).toHaveProperty("links");
    // Exclusive times add up to no more than the whole call.
    const parts = [...Object.values(timing!.rules), ...Object.values(timing!.memo)].reduce((a, b) => a + b, 0);
    expect(parts).toBeLessThanOrEqual(timing!.total + 1e-6);
  });

  it("leaves out rules that are off", () => {
    const options: LintOptions = { timing: true, rules: { "no-emoji": "off", "no-contact-info": "off" } };
    const rules = Object.keys(lint(message, context, options).timing!.rules);
    expect(rules).not.toContain("no-emoji");
    expect(rules).not.toContain("no-contact-info");
    expect(rules).toContain("no-external-links");
  });

  it("skips shared computations no enabled rule needs", () => {
    const only = Object.fromEntries(recommended.map((id) => [id, id === "no-emoji" ? "error" : "off"])) as LintOptions["rules"];
    const { timing } = lint({ body: "plain text, no links" }, context, { timing: true, rules: only });
    expect(Object.keys(timing!.rules)).toEqual(["no-emoji"]);
    expect(timing!.memo).not.toHaveProperty("links");
  });

  it("does not charge a rule for a shared computation it triggered, nor a computation for one nested in it", () => {
    // A clock that moves only when the code below says so, so the expected times are exact.
    let clock = 0;
    const now = vi.spyOn(performance, "now").mockImplementation(() => clock);
    try {
      const meta: Omit<Rule["meta"], "id"> = { description: "", docs: "", defaultSeverity: "error", messages: {}, defaultOptions: {}, fixable: false, hasSuggestions: false, sources: [], recommended: true };
      // The first rule builds a shared value (20 ms, of which 5 in a value it reads), the second reuses it.
      const builder: Rule = {
        meta: { ...meta, id: "custom/builder" },
        check: (ctx) => {
          clock += 1;
          const field = ctx.text("body")!;
          field.memo("slow", () => (field.memo("inner:x", () => (clock += 5)), (clock += 15)));
        },
      };
      const reader: Rule = {
        meta: { ...meta, id: "custom/reader" },
        check: (ctx) => void ((clock += 2), ctx.text("body")!.memo("slow", () => (clock += 100))),
      };
      const only = Object.fromEntries(recommended.map((id) => [id, "off"])) as LintOptions["rules"];
      const { timing } = lint({ body: "x" }, {}, { timing: true, rules: only, customRules: [builder, reader] });
      expect(timing!.rules).toEqual({ "custom/builder": 1, "custom/reader": 2 });
      // Parameterized keys are summed under their name.
      expect(timing!.memo).toEqual({ slow: 15, inner: 5 });
      expect(timing!.total).toBe(23);
    } finally {
      now.mockRestore();
    }
  });

  it("counts a failing rule's time and still reports it as an internal error", () => {
    const broken: Rule = {
      meta: { id: "custom/broken", description: "", docs: "", defaultSeverity: "error", messages: {}, defaultOptions: {}, fixable: false, hasSuggestions: false, sources: [], recommended: true },
      check: () => { throw new Error("boom"); },
    };
    const result = lint({ body: "x" }, {}, { timing: true, customRules: [broken] });
    expect(result.violations.map((v) => v.ruleId)).toContain("internal-error");
    expect(result.timing!.rules).toHaveProperty("custom/broken");
  });

  it("rejects a value that is not a boolean", () => {
    expect(() => lint({ body: "x" }, {}, { timing: "yes" } as unknown as LintOptions)).toThrow(MsglintError);
  });
});

