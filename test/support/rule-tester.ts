import { describe, expect, it } from "vitest";
import { fix, lint, rules } from "../../src/index.js";
import type { LintContext, LintOptions, MessageDraft, Violation } from "../../src/types.js";

/** A message as a test writes it: a body string, or a whole draft. */
type Input = string | MessageDraft;

export interface ExpectedError {
  messageId: string;
  /** The exact text the violation must cover (compared with the original field slice). */
  text?: string;
  field?: Violation["field"];
  start?: number;
  end?: number;
  severity?: Violation["severity"];
  attachment?: number;
}

export interface ValidCase {
  name?: string;
  message: Input;
  context?: LintContext;
  /** The rule's own options. */
  options?: Record<string, unknown>;
  /** Lint options shared by all rules (allowedDomains, placeholders). */
  settings?: Pick<LintOptions, "allowedDomains" | "placeholders">;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The body after `fix()` (or the subject, with `outputField: "subject"`); omit when nothing is fixable. */
  output?: string;
  outputField?: "subject" | "body";
}

/**
 * Runs one rule alone on valid and invalid cases. Like ESLint's RuleTester it is strict: an invalid
 * case must produce exactly the listed violations, each range must equal its text, a fix must give
 * exactly `output`, the fixed message must lint clean of what was fixed, and a second fix must change nothing.
 */
export function testRule(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const optionsFor = (c: ValidCase): LintOptions => ({
    ...c.settings,
    rules: Object.fromEntries([[ruleId, c.options ? ["error", c.options] : "error"]]) as LintOptions["rules"],
  });
  const only = (c: ValidCase): LintOptions => {
    const opts = optionsFor(c);
    for (const other of OTHER_RULES(ruleId)) (opts.rules as Record<string, unknown>)[other] = "off";
    return opts;
  };
  const draft = (m: Input): MessageDraft => (typeof m === "string" ? { body: m } : m);

  describe(ruleId, () => {
    if (cases.valid.length) describe("valid", () => {
      for (const c of cases.valid) {
        it(c.name ?? label(c.message), () => {
          const found = lint(draft(c.message), c.context, only(c)).violations;
          expect(found.map(describeViolation)).toEqual([]);
        });
      }
    });
    if (cases.invalid.length) describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name ?? label(c.message), () => {
          const message = draft(c.message);
          const found = lint(message, c.context, only(c)).violations;
          expect(found.map(describeViolation)).toHaveLength(c.errors.length);
          c.errors.forEach((want, i) => {
            const got = found[i]!;
            expect(got.ruleId).toBe(ruleId);
            expect(got.messageId).toBe(want.messageId);
            if (want.field) expect(got.field).toBe(want.field);
            if (want.severity) expect(got.severity).toBe(want.severity);
            else expect(got.severity).toBe("error");
            if (want.text !== undefined) expect(got.text).toBe(want.text);
            if (want.start !== undefined) expect(got.start).toBe(want.start);
            if (want.end !== undefined) expect(got.end).toBe(want.end);
            if (want.attachment !== undefined) expect(got.attachment).toBe(want.attachment);
            if (got.field === "subject" || got.field === "body") {
              const source = got.field === "subject" ? message.subject! : message.body;
              expect(source.slice(got.start, got.end)).toBe(got.text);
            }
          });
          const fixed = fix(message, c.context, only(c));
          const field = c.outputField ?? "body";
          if (c.output === undefined) {
            expect(fixed.fixed).toEqual([]);
            expect(fixed.message).toEqual(message);
          } else {
            expect(fixed.message[field]).toBe(c.output);
            expect(fixed.fixed.length).toBeGreaterThan(0);
            const relint = lint(fixed.message, c.context, only(c)).violations;
            expect(relint.filter((v) => v.fix).map(describeViolation)).toEqual([]);
            expect(fix(fixed.message, c.context, only(c)).message).toEqual(fixed.message);
          }
        });
      }
    });
  });
}

const OTHER_RULES = (id: string) => Object.keys(rules).filter((r) => r !== id);

function describeViolation(v: Violation): string {
  return `${v.ruleId}/${v.messageId} ${v.field}[${v.start},${v.end}) ${JSON.stringify(v.text)}`;
}

function label(m: Input): string {
  const s = typeof m === "string" ? m : `${m.subject ? `[${m.subject}] ` : ""}${m.body}`;
  return s.length > 70 ? `${s.slice(0, 70)}…` : s || "(empty)";
}
