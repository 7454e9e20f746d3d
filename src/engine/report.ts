import type { Edit, MessageDraft, ReportDescriptor, Rule, Severity, Violation } from "../types.js";
import { LineIndex } from "./positions.js";

/** A report that breaks the engine's invariants: a bug in the rule, surfaced as `internal-error`. */
export class InvalidReportError extends Error {}

/** Line indexes of the message's fields, built on first use. */
export class FieldPositions {
  private indexes = new Map<string, LineIndex>();
  constructor(private readonly message: MessageDraft) {}

  fieldText(field: "subject" | "body"): string {
    return field === "subject" ? (this.message.subject ?? "") : this.message.body;
  }

  index(key: string, text: string): LineIndex {
    let idx = this.indexes.get(key);
    if (!idx) this.indexes.set(key, (idx = new LineIndex(text)));
    return idx;
  }
}

/**
 * Checks a rule's report and turns it into a violation: the range lies inside its field, the
 * messageId is declared, fixes come only from fixable rules and edit only text fields.
 */
export function buildViolation(
  rule: Rule,
  d: ReportDescriptor,
  severity: Severity,
  message: MessageDraft,
  positions: FieldPositions,
): Violation {
  const id = rule.meta.id;
  const template = rule.meta.messages[d.messageId];
  if (template === undefined) throw new InvalidReportError(`unknown messageId ${JSON.stringify(d.messageId)}`);
  if (d.fix && !rule.meta.fixable) throw new InvalidReportError("reported a fix but meta.fixable is false");
  if (d.suggestions?.length && !rule.meta.hasSuggestions) throw new InvalidReportError("reported suggestions but meta.hasSuggestions is false");

  let text = "";
  let start = d.start ?? 0;
  let end = d.end ?? start;
  let lineKey = "";
  let lineText = "";
  if (d.field === "subject" || d.field === "body") {
    if (d.field === "subject" && message.subject === undefined) throw new InvalidReportError("reported on a subject the message does not have");
    lineText = positions.fieldText(d.field);
    lineKey = d.field;
  } else if (d.field === "attachments") {
    const a = d.attachment;
    if (a === undefined || !Number.isInteger(a) || a < 0 || a >= (message.attachments?.length ?? 0)) {
      throw new InvalidReportError(`attachment index ${String(a)} out of range`);
    }
    lineText = message.attachments![a]!.name;
    lineKey = `attachment:${a}`;
  } else if (d.field === "context") {
    start = 0;
    end = 0;
  } else {
    throw new InvalidReportError(`unknown field ${JSON.stringify(d.field)}`);
  }
  checkRange(start, end, lineText.length, d.field);
  text = lineText.slice(start, end);
  if (d.fix) checkEdit(d.fix, message);
  for (const s of d.suggestions ?? []) checkEdit(s.fix, message);

  const idx = positions.index(lineKey, lineText);
  const a = idx.position(start);
  const b = idx.position(end);
  const v: Violation = {
    ruleId: id,
    messageId: d.messageId,
    severity,
    message: interpolate(template, d.data),
    field: d.field,
    start,
    end,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    text,
  };
  if (d.field === "attachments") v.attachment = d.attachment;
  if (d.fix) v.fix = d.fix;
  if (d.suggestions?.length) v.suggestions = d.suggestions;
  return v;
}

function checkRange(start: number, end: number, length: number, field: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new InvalidReportError(`range [${start}, ${end}) is outside ${field} (length ${length})`);
  }
}

function checkEdit(edit: Edit, message: MessageDraft): void {
  if (edit.field !== "subject" && edit.field !== "body") throw new InvalidReportError(`an edit may only change subject or body, not ${JSON.stringify(edit.field)}`);
  if (typeof edit.text !== "string") throw new InvalidReportError("edit text must be a string");
  const length = edit.field === "subject" ? (message.subject?.length ?? -1) : message.body.length;
  if (length < 0) throw new InvalidReportError("edit on a subject the message does not have");
  checkRange(edit.start, edit.end, length, `edit of ${edit.field}`);
}

function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}
