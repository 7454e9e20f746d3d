import { FieldText } from "../text/field.js";
import type { LintContext, LintOptions, LintResult, MessageDraft, Rule, Severity, Violation } from "../types.js";
import { validateContext, validateMessage } from "./input.js";
import { resolveOptions, type ActiveRule } from "./options.js";
import { BUILT_IN_RULES } from "./registry.js";
import { buildViolation, FieldPositions } from "./report.js";
import type { RuleContext } from "./rule-context.js";
import { LintTimer } from "./timing.js";

const FIELD_ORDER = { subject: 0, body: 1, attachments: 2, context: 3 } as const;

/** Lints one message. Throws `MsglintError` for input or options that break the contract. */
export function lint(message: MessageDraft, context?: LintContext, options?: LintOptions): LintResult {
  // Only with the timing option (validated with the other options below) is a clock read.
  const timer = options?.timing === true ? new LintTimer() : undefined;
  const draft = validateMessage(message);
  const { context: ctx, dates } = validateContext(context);
  const { active, settings } = resolveOptions(options, BUILT_IN_RULES);

  // One text model per field, shared by every rule of this lint.
  const format = draft.format ?? "text";
  const body = new FieldText("body", draft.body, format, settings.placeholders);
  const subject = draft.subject === undefined ? undefined : new FieldText("subject", draft.subject, "text", settings.placeholders);
  const positions = new FieldPositions(draft);
  if (timer) {
    timer.watch(body);
    if (subject) timer.watch(subject);
  }
  let clock: Date | undefined;
  const texts = subject ? [subject, body] : [body];

  const violations: Violation[] = [];
  // One context for all rules, pointed at each in turn: a lint runs sixteen rules, and building a
  // context of closures for each cost more than most of them do on a short message.
  let entry: ActiveRule | undefined;
  const ruleContext: { -readonly [K in keyof RuleContext]: RuleContext[K] } = {
    ruleId: "",
    message: draft,
    context: ctx,
    dates,
    options: {},
    settings,
    text: (field) => (field === "body" ? body : subject),
    texts: () => texts.slice(),
    now: () => dates.now ?? (clock ??= new Date()),
    report: (d) => {
      // A rule that reports after its check returned (from a timer, say) would change a result
      // already handed back.
      if (!entry) throw new Error("a rule reported after its check had returned");
      violations.push(buildViolation(entry.rule, d, severityOf(entry, d.severity), draft, positions));
    },
  };
  for (const current of active) {
    entry = current;
    ruleContext.ruleId = current.rule.meta.id;
    ruleContext.options = current.options;
    const before = violations.length;
    try {
      if (timer) timer.rule(current.rule.meta.id, () => current.rule.check(ruleContext));
      else current.rule.check(ruleContext);
    } catch (error) {
      // A failing rule must not take the others down: what it reported goes, and it becomes one
      // finding of its own.
      violations.length = before;
      violations.push(internalError(current.rule, error));
    }
  }
  entry = undefined;
  violations.sort(compareViolations);
  const result = summarize(violations);
  if (timer) result.timing = timer.result();
  return result;
}

function severityOf(entry: ActiveRule, reported: Severity | undefined): Severity {
  if (entry.forcedSeverity) return entry.forcedSeverity;
  const severity = reported ?? entry.rule.meta.defaultSeverity;
  return entry.raiseWarnings && severity === "warning" ? "error" : severity;
}

function internalError(rule: Rule, error: unknown): Violation {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId: "internal-error",
    messageId: "rule-failed",
    severity: "error",
    message: `Rule "${rule.meta.id}" failed and could not check this message: ${detail}`,
    field: "context",
    start: 0,
    end: 0,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    text: "",
  };
}

export function compareViolations(a: Violation, b: Violation): number {
  return (
    FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
    (a.attachment ?? 0) - (b.attachment ?? 0) ||
    a.start - b.start ||
    a.end - b.end ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

export function summarize(violations: Violation[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableCount = 0;
  for (const v of violations) {
    if (v.severity === "error") errorCount++;
    else if (v.severity === "warning") warningCount++;
    if (v.fix) fixableCount++;
  }
  return { violations, errorCount, warningCount, fixableCount };
}
