import { describe, expect, it } from "vitest";
import { fix, lint, MsglintError, presets, rules } from "../src/index.js";
import type { Rule, RuleContext } from "../src/types.js";

const meta = (id: string, extra: Partial<Rule["meta"]> = {}): Rule["meta"] => ({
  id,
  description: "test rule",
  docs: "https://example.invalid",
  defaultSeverity: "error",
  messages: { found: "found {{what}}" },
  defaultOptions: {},
  fixable: false,
  hasSuggestions: false,
  sources: [],
  recommended: true,
  ...extra,
});

describe("engine", () => {
  it("sorts violations by field, then offset, with 1-based line and column", () => {
    const { violations } = lint({ subject: "x 🙂", body: "line one\nsee example.com 😀" });
    expect(violations.map((v) => [v.field, v.ruleId, v.line, v.column, v.endLine, v.endColumn, v.text])).toEqual([
      ["subject", "no-emoji", 1, 3, 1, 5, "🙂"],
      ["body", "no-external-links", 2, 5, 2, 16, "example.com"],
      ["body", "no-emoji", 2, 17, 2, 19, "😀"],
    ]);
  });

  it("counts errors, warnings and fixable findings", () => {
    const result = lint({ subject: "[Important] Delivery", body: "Order 123-1234567-1234567: hi 😀" }, { reason: "delivery-scheduling" });
    expect(result.errorCount).toBe(1);
    expect(result.warningCount).toBe(1);
    expect(result.fixableCount).toBe(2);
  });

  it("turns a rule that throws into one internal-error while the others still report", () => {
    const broken: Rule = { meta: meta("custom/broken"), check: () => { throw new Error("boom"); } };
    const { violations } = lint({ body: "Hi 😀" }, {}, { customRules: [broken] });
    expect(violations.map((v) => v.ruleId).sort()).toEqual(["internal-error", "no-emoji"]);
    const internal = violations.find((v) => v.ruleId === "internal-error")!;
    expect(internal.message).toContain("custom/broken");
    expect(internal.message).toContain("boom");
  });

  it("drops what a rule reported before it threw, and keeps the other rules' findings", () => {
    const broken: Rule = {
      meta: meta("custom/half"),
      check: (c) => {
        c.report({ messageId: "found", field: "body", start: 0, end: 2 });
        throw new Error("after one report");
      },
    };
    const { violations } = lint({ body: "Hi 😀" }, {}, { customRules: [broken] });
    expect(violations.map((v) => v.ruleId).sort()).toEqual(["internal-error", "no-emoji"]);
  });

  it("refuses a report made after the rule's check returned, and leaves the result as it was", () => {
    let later: RuleContext | undefined;
    const rule: Rule = { meta: meta("custom/late"), check: (c) => void (later = c) };
    const result = lint({ body: "Hi 😀" }, {}, { customRules: [rule] });
    const before = JSON.stringify(result);
    expect(() => later!.report({ messageId: "found", field: "body", start: 0, end: 2 })).toThrow(/after its check/);
    expect(JSON.stringify(result)).toBe(before);
  });

  it("rejects invalid reports as internal errors: bad range, unknown messageId, undeclared fix", () => {
    const cases: Rule["check"][] = [
      (c) => c.report({ messageId: "found", field: "body", start: 0, end: 999 }),
      (c) => c.report({ messageId: "nope", field: "body", start: 0, end: 1 }),
      (c) => c.report({ messageId: "found", field: "body", start: 0, end: 1, fix: { field: "body", start: 0, end: 1, text: "" } }),
      (c) => c.report({ messageId: "found", field: "subject", start: 0, end: 0 }),
    ];
    for (const check of cases) {
      const { violations } = lint({ body: "hello" }, {}, { customRules: [{ meta: meta("custom/bad"), check }], preset: "recommended" });
      expect(violations.map((v) => v.ruleId)).toEqual(["internal-error"]);
    }
  });

  it("interpolates message data and keeps the custom rule's severity setting", () => {
    const rule: Rule = { meta: meta("custom/ok"), check: (c) => c.report({ messageId: "found", field: "body", start: 0, end: 5, data: { what: "hello" } }) };
    const [v] = lint({ body: "hello" }, {}, { customRules: [rule], rules: { "custom/ok": "warning" } }).violations;
    expect(v).toMatchObject({ ruleId: "custom/ok", message: "found hello", severity: "warning", text: "hello" });
  });

  it("applies severities and options from LintOptions, and turns rules off", () => {
    const body = "Hi 😀 see example.com";
    expect(lint({ body }, {}, { rules: { "no-emoji": "off" } }).violations.map((v) => v.ruleId)).toEqual(["no-external-links"]);
    expect(lint({ body }, {}, { rules: { "no-emoji": "info" } }).violations.find((v) => v.ruleId === "no-emoji")!.severity).toBe("info");
    expect(lint({ body: "☎ here" }, {}, { rules: { "no-emoji": ["warning", { textPresentation: true }] } }).violations).toHaveLength(1);
  });

  it("the strict preset turns warnings into errors and applies strict options", () => {
    const v = lint({ subject: "[Important] Delivery", body: "☎" }, { reason: "delivery-scheduling" }, { preset: "strict", rules: { "order-id": "off" } }).violations;
    expect(v.map((x) => [x.ruleId, x.severity])).toEqual([["important-tag", "error"], ["no-emoji", "error"]]);
    expect(presets.strict["important-tag"]).toBe("error");
    expect(presets.recommended["no-emoji"]).toBe("error");
  });

  it("never reads the clock when context.now is given", () => {
    const realNow = Date.now;
    const RealDate = globalThis.Date;
    let reads = 0;
    class SpyDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) reads++;
        super(...(args as []));
      }
      static override now() { reads++; return realNow(); }
    }
    globalThis.Date = SpyDate as DateConstructor;
    try {
      lint({ body: "Tip" }, { now: "2025-09-16T00:00:00Z", order: { deliveredAt: "2025-08-01T00:00:00Z" } });
    } finally {
      globalThis.Date = RealDate;
    }
    expect(reads).toBe(0);
  });

  it("fix applies safe fixes only and reports what remains", () => {
    const result = fix({ subject: "[Important] Your order", body: "Shipped 🚀 see example.com" }, { initiatedBy: "buyer", reason: "other" });
    expect(result.message).toEqual({ subject: "Your order", body: "Shipped see example.com" });
    expect(result.fixed.map((v) => v.ruleId).sort()).toEqual(["important-tag", "no-emoji"]);
    expect(result.remaining.map((v) => v.ruleId)).toEqual(["no-external-links"]);
    expect(fix(result.message, { initiatedBy: "buyer", reason: "other" }).message).toEqual(result.message);
  });

  it("exports exactly the sixteen rule ids of the contract", () => {
    expect(Object.keys(rules).sort()).toEqual([
      "attachments", "buyer-language", "html-styling", "important-tag", "message-type", "no-contact-info",
      "no-emoji", "no-external-links", "no-marketing", "no-redundant-message", "no-review-manipulation",
      "opted-out-buyer", "order-id", "proactive-window", "review-request-timing", "send-limit",
    ]);
  });

  it("exports every rule with metadata and policy sources", () => {
    for (const [id, m] of Object.entries(rules)) {
      expect(m.id).toBe(id);
      expect(m.sources.length).toBeGreaterThan(0);
      for (const s of m.sources) {
        expect(s.url).toMatch(/^https?:\/\//);
        expect(["official", "third-party", "unverified"]).toContain(s.confidence);
        expect(s.quote?.length).toBeGreaterThan(10);
        if (s.effective) expect(s.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(m.docs).toContain(`${id}.md`);
      for (const messageId of Object.keys(m.messages)) expect(messageId).toMatch(/^[a-z][a-z-]*$/);
    }
  });
});

describe("input errors", () => {
  const cases: [string, () => unknown, string][] = [
    ["message not an object", () => lint(null as never), "message"],
    ["body not a string", () => lint({ body: 42 } as never), "message.body"],
    ["subject not a string", () => lint({ body: "", subject: 1 } as never), "message.subject"],
    ["bad format", () => lint({ body: "", format: "markdown" } as never), "message.format"],
    ["attachments not an array", () => lint({ body: "", attachments: {} } as never), "message.attachments"],
    ["negative size", () => lint({ body: "", attachments: [{ name: "a.pdf", size: -1 }] }), "message.attachments[0].size"],
    ["bad date", () => lint({ body: "" }, { order: { deliveredAt: "yesterday" } }), "context.order.deliveredAt"],
    ["unknown marketplace", () => lint({ body: "" }, { marketplace: "XX" }), "context.marketplace"],
    ["unknown reason", () => lint({ body: "" }, { reason: "marketing" as never }), "context.reason"],
    ["unknown order status", () => lint({ body: "" }, { order: { status: "lost" as never } }), "context.order.status"],
    ["unknown attachment purpose", () => lint({ body: "", attachments: [{ name: "a.pdf", purpose: "ads" as never }] }), "message.attachments[0].purpose"],
    ["attachment name not a string", () => lint({ body: "", attachments: [{ name: 3 } as never] }), "message.attachments[0].name"],
    ["volume not numbers", () => lint({ body: "" }, { volume: { sentToday: "many", averageDailyOrders: 3 } as never }), "context.volume.sentToday"],
    ["unknown rule", () => lint({ body: "" }, {}, { rules: { "no-such-rule": "error" } as never }), "options.rules.no-such-rule"],
    ["bad severity", () => lint({ body: "" }, {}, { rules: { "no-emoji": "fatal" as never } }), "options.rules.no-emoji"],
    ["unknown rule option", () => lint({ body: "" }, {}, { rules: { "no-emoji": ["error", { nope: 1 }] } }), "options.rules.no-emoji[1].nope"],
    ["placeholder not a RegExp", () => lint({ body: "" }, {}, { placeholders: ["{{x}}" as never] }), "options.placeholders[0]"],
  ];
  for (const [name, run, path] of cases) {
    it(`${name} → MsglintError naming ${path}`, () => {
      try {
        run();
        expect.unreachable("should have thrown");
      } catch (error) {
        expect(error).toBeInstanceOf(MsglintError);
        expect((error as MsglintError).name).toBe("MsglintError");
        expect((error as MsglintError).path).toBe(path);
        expect((error as MsglintError).message).toContain(path);
      }
    });
  }
});

describe("rule options", () => {
  const bad: [string, Record<string, unknown>, string][] = [
    ["proactive-window", { maxDays: "thirty" }, "options.rules.proactive-window[1].maxDays"],
    ["proactive-window", { maxDays: Number.NaN }, "options.rules.proactive-window[1].maxDays"],
    ["proactive-window", { anchor: "shipping" }, "options.rules.proactive-window[1].anchor"],
    ["attachments", { allowedTypes: "pdf" }, "options.rules.attachments[1].allowedTypes"],
    ["attachments", { allowedTypes: [1, 2] }, "options.rules.attachments[1].allowedTypes"],
    ["no-emoji", { textPresentation: "yes" }, "options.rules.no-emoji[1].textPresentation"],
  ];
  for (const [rule, options, path] of bad) {
    it(`${rule} ${JSON.stringify(options)} → MsglintError at ${path}`, () => {
      expect(() => lint({ body: "" }, {}, { rules: { [rule]: ["error", options] } })).toThrow(MsglintError);
      try {
        lint({ body: "" }, {}, { rules: { [rule]: ["error", options] } });
      } catch (e) {
        expect((e as MsglintError).path).toBe(path);
      }
    });
  }
});
