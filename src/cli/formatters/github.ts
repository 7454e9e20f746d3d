import { sep } from "node:path";
import type { FileMessage, Formatter } from "../types.js";

const COMMAND: Record<FileMessage["severity"], string> = {
  error: "error",
  warning: "warning",
  info: "notice",
};

/** Escaping GitHub applies to a command's data (the text after `::`). */
function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** Property values also delimit on `:` and `,`, so those must be escaped as well. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export const github: Formatter = (results) => {
  let output = "";
  for (const result of results) {
    // GitHub matches annotations against repository paths, which always use forward slashes.
    const file = escapeProperty(result.filePath.split(sep).join("/"));
    for (const message of result.messages) {
      const properties = [
        `file=${file}`,
        `line=${message.line}`,
        `col=${message.column}`,
        `endLine=${message.endLine}`,
        `endColumn=${message.endColumn}`,
        `title=${escapeProperty(message.ruleId)}`,
      ].join(",");
      const entry = message.entry === undefined ? "" : `[${message.entry}] `;
      output += `::${COMMAND[message.severity]} ${properties}::${escapeData(entry + message.message)}\n`;
    }
  }
  return output;
};
