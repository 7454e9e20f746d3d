import type { FileMessage, FileResult, Formatter } from "../types.js";

/**
 * Rebuilds each message so the keys come out in the documented order and optional keys are absent
 * (not `undefined`), whatever order the producer happened to build them in.
 */
function serializeMessage(message: FileMessage): FileMessage {
  return {
    ...(message.entry === undefined ? {} : { entry: message.entry }),
    ruleId: message.ruleId,
    messageId: message.messageId,
    severity: message.severity,
    message: message.message,
    field: message.field,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    ...(message.fix === undefined
      ? {}
      : { fix: { range: [message.fix.range[0], message.fix.range[1]], text: message.fix.text } }),
  };
}

function serializeResult(result: FileResult): FileResult {
  return {
    filePath: result.filePath,
    messages: result.messages.map(serializeMessage),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    fixableCount: result.fixableCount,
  };
}

/** The machine-readable output other tools parse: one JSON object on one line. */
export const json: Formatter = (results) =>
  JSON.stringify({ version: 1, results: results.map(serializeResult) }) + "\n";
