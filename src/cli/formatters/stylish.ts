import { styleText } from "node:util";
import type { FileMessage, FileResult, FormatContext, Formatter } from "../types.js";

type Style = Parameters<typeof styleText>[0];

/** "1 error", "2 errors": the summary reads as English. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function positionOf(message: FileMessage): string {
  return `${message.line}:${message.column}`;
}

const SEVERITY_STYLE: Record<FileMessage["severity"], Style> = {
  error: "red",
  warning: "yellow",
  info: "gray",
};

/**
 * Human-readable output in the style of ESLint's "stylish": one block per file, one aligned line per
 * finding, then a summary. Prints nothing at all when there is nothing to report.
 */
export const stylish: Formatter = (results: FileResult[], context: FormatContext): string => {
  // The caller decides whether the terminal takes colours; `validateStream: false` stops Node from
  // second-guessing that decision by looking at process.stdout itself.
  const paint = (style: Style, text: string): string =>
    context.color ? styleText(style, text, { validateStream: false }) : text;

  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  let output = "\n";

  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableCount;
    if (result.messages.length === 0) continue;

    // Widths are measured on plain text, before any colour codes are added.
    const positionWidth = Math.max(...result.messages.map((m) => positionOf(m).length));
    const severityWidth = Math.max(...result.messages.map((m) => m.severity.length));

    output += `${paint("underline", result.filePath)}\n`;
    for (const message of result.messages) {
      if (message.severity === "info") infos++;
      const position = paint("dim", positionOf(message).padEnd(positionWidth));
      const severity = paint(SEVERITY_STYLE[message.severity], message.severity.padEnd(severityWidth));
      const entry = message.entry === undefined ? "" : `[${message.entry}] `;
      output += `  ${position}  ${severity}  ${entry}${message.message}  ${paint("dim", message.ruleId)}\n`;
    }
    output += "\n";
  }

  const total = errors + warnings + infos;
  if (total === 0) return "";

  const summaryStyle: Style = errors > 0 ? ["red", "bold"] : warnings > 0 ? ["yellow", "bold"] : ["bold"];
  output += paint(
    summaryStyle,
    `✖ ${count(total, "problem")} (${count(errors, "error")}, ${count(warnings, "warning")}, ${count(infos, "info")})`,
  );
  output += "\n";
  if (fixable > 0) {
    const what = fixable === 1 ? "error or warning" : "errors and warnings";
    output += paint(summaryStyle, `  ${fixable} ${what} potentially fixable with the \`--fix\` option.`);
    output += "\n";
  }
  return output;
};
