import { LineIndex, lint, MsglintError, type LintContext, type LintOptions, type LintTiming, type Violation } from "msglint";
import { mergeContext } from "./config.js";
import { lineOf } from "./read-yaml.js";
import { FileError, type FileMessage, type FileResult, type SourceEntry } from "./types.js";

/** A safe edit in file offsets. */
export interface FileEdit {
  start: number;
  end: number;
  text: string;
}

/** Lints the entries of one file and places every finding (and every mappable fix) in the file. */
export function lintEntries(
  filePath: string,
  text: string,
  entries: SourceEntry[],
  settings: { context: LintContext; options: LintOptions },
  /** Receives each lint's timing, when `settings.options.timing` is on. */
  onTiming?: (timing: LintTiming) => void,
): { result: FileResult; edits: FileEdit[] } {
  const lines = new FileLines(text);
  const messages: FileMessage[] = [];
  const edits: FileEdit[] = [];
  for (const entry of entries) {
    let violations: Violation[];
    try {
      const linted = lint(entry.message, mergeContext(settings.context, entry.context), settings.options);
      if (linted.timing) onTiming?.(linted.timing);
      violations = linted.violations;
    } catch (error) {
      if (error instanceof MsglintError) throw new FileError(filePath, lineOf(text, entry.at), error.message);
      throw error;
    }
    const used = new Set<string>();
    for (const v of violations) {
      if (entry.suppressions.some((s) => s.rule === v.ruleId)) {
        used.add(v.ruleId);
        continue;
      }
      const [start, end] = place(entry, v);
      const message: FileMessage = {
        ...(entry.entry !== undefined ? { entry: entry.entry } : {}),
        ruleId: v.ruleId,
        messageId: v.messageId,
        severity: v.severity,
        message: v.message,
        field: v.field,
        ...lines.range(start, end),
      };
      const edit = v.fix && fileEdit(entry, v);
      if (edit) {
        message.fix = { range: [edit.start, edit.end], text: edit.text };
        edits.push(edit);
      }
      messages.push(message);
    }
    for (const s of entry.suppressions) {
      if (used.has(s.rule)) continue;
      messages.push({
        ...(entry.entry !== undefined ? { entry: entry.entry } : {}),
        ruleId: "unused-suppression",
        messageId: "unused-suppression",
        severity: "warning",
        message: `msglint-disable for "${s.rule}" is not needed: the rule reports nothing here.`,
        field: "file",
        ...lines.range(s.at, s.at),
      });
    }
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  return { result: summarize(filePath, messages), edits };
}

/** Where a violation stands in the file: mapped exactly, or at the start of its field, never guessed. */
function place(entry: SourceEntry, v: Violation): [number, number] {
  if (v.field === "subject" || v.field === "body") {
    const loc = entry.fields[v.field];
    if (!loc) return [entry.at, entry.at];
    return loc.map ? loc.map(v.start, v.end) : [loc.start, loc.start];
  }
  if (v.field === "attachments" && v.attachment !== undefined) {
    const at = entry.attachmentsAt[v.attachment] ?? entry.at;
    return [at, at];
  }
  return [entry.at, entry.at];
}

function fileEdit(entry: SourceEntry, v: Violation): FileEdit | undefined {
  const fix = v.fix!;
  const loc = entry.fields[fix.field];
  if (!loc?.map || !loc.encode) return undefined;
  const [start, end] = loc.map(fix.start, fix.end);
  return { start, end, text: loc.encode(fix.text) };
}

export function summarize(filePath: string, messages: FileMessage[]): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableCount = 0;
  for (const m of messages) {
    if (m.severity === "error") errorCount++;
    else if (m.severity === "warning") warningCount++;
    if (m.fix) fixableCount++;
  }
  return { filePath, messages, errorCount, warningCount, fixableCount };
}

/** Line and column ranges of file offsets. */
class FileLines {
  private readonly index: LineIndex;
  constructor(text: string) {
    this.index = new LineIndex(text);
  }
  range(start: number, end: number) {
    const a = this.index.position(start);
    const b = this.index.position(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}
