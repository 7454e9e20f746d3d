import type { Edit, FixResult, LintContext, LintOptions, MessageDraft, Violation } from "../types.js";
import { lint } from "./lint.js";

/** Passes after which fixing stops even if a fix keeps producing new fixable findings. */
const MAX_PASSES = 10;

/**
 * Applies every safe fix, re-linting between passes (a fix can reveal or move another), and returns
 * the fixed message with what was fixed and what remains. Suggestions are never applied.
 */
export function fix(message: MessageDraft, context?: LintContext, options?: LintOptions): FixResult {
  let current: MessageDraft = { ...message };
  const fixed: Violation[] = [];
  let result = lint(current, context, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const withFix = result.violations.filter((v) => v.fix);
    if (withFix.length === 0) break;
    const { message: next, applied } = applyFixes(current, withFix);
    if (applied.length === 0) break;
    for (const v of applied) fixed.push(v);
    current = next;
    result = lint(current, context, options);
  }
  return { message: current, fixed, remaining: result.violations };
}

/**
 * Applies non-overlapping edits; of two that overlap, the earlier one wins and the other waits for
 * the next pass. Edits are applied from the end of each field so earlier offsets stay valid.
 */
export function applyFixes(message: MessageDraft, violations: Violation[]): { message: MessageDraft; applied: Violation[] } {
  const applied: Violation[] = [];
  const byField: Record<"subject" | "body", { edit: Edit; v: Violation }[]> = { subject: [], body: [] };
  for (const v of violations) if (v.fix) byField[v.fix.field].push({ edit: v.fix, v });
  const out: MessageDraft = { ...message };
  for (const field of ["subject", "body"] as const) {
    const edits = byField[field].sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end);
    const chosen: { edit: Edit; v: Violation }[] = [];
    let lastEnd = -1;
    for (const e of edits) {
      if (e.edit.start < lastEnd || (e.edit.start === lastEnd && e.edit.start === e.edit.end)) continue;
      chosen.push(e);
      lastEnd = e.edit.end;
    }
    if (chosen.length === 0) continue;
    let text = field === "subject" ? (out.subject ?? "") : out.body;
    for (let i = chosen.length - 1; i >= 0; i--) {
      const { edit } = chosen[i]!;
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    }
    if (field === "subject") out.subject = text;
    else out.body = text;
    for (const c of chosen) applied.push(c.v);
  }
  return { message: out, applied };
}
