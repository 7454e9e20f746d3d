import { isAbsolute, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Severity } from "msglint";
import type { FileMessage, FormatContext, Formatter } from "../types.js";

const SRCROOT = "%SRCROOT%";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  info: "note",
};

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** Directory URIs need a trailing slash, or relative URIs would resolve against their parent. */
function directoryUri(path: string): string {
  const href = pathToFileURL(path).href;
  return href.endsWith("/") ? href : `${href}/`;
}

/**
 * Paths relative to the working directory are given relative to %SRCROOT%, so the log stays valid
 * wherever the repository is checked out; an absolute path can only be a file URI of its own.
 */
function artifactLocation(filePath: string): ArtifactLocation {
  if (isAbsolute(filePath)) return { uri: pathToFileURL(filePath).href };
  const uri = filePath.split(sep).map(encodeURIComponent).join("/");
  return { uri, uriBaseId: SRCROOT };
}

/** One descriptor per rule that has findings, so a viewer can show its description and docs. */
function ruleDescriptor(ruleId: string, context: FormatContext) {
  const meta = context.rules[ruleId];
  // Findings about the file itself may carry ids that are not rules of the package: id alone then.
  if (!meta) return { id: ruleId };
  return {
    id: ruleId,
    shortDescription: { text: meta.description },
    helpUri: meta.docs,
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
  };
}

function fixesOf(message: FileMessage, location: ArtifactLocation) {
  if (!message.fix) return undefined;
  const [start, end] = message.fix.range;
  return [
    {
      description: { text: `Apply the ${message.ruleId} fix` },
      artifactChanges: [
        {
          artifactLocation: location,
          replacements: [
            {
              deletedRegion: { charOffset: start, charLength: end - start },
              insertedContent: { text: message.fix.text },
            },
          ],
        },
      ],
    },
  ];
}

/** SARIF 2.1.0, the format code-scanning tools (GitHub code scanning among them) import. */
export const sarif: Formatter = (results, context) => {
  const ruleIds = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));

  const sarifResults = results.flatMap((result) => {
    const location = artifactLocation(result.filePath);
    return result.messages.map((message) => {
      const fixes = fixesOf(message, location);
      return {
        ruleId: message.ruleId,
        ruleIndex: ruleIndex.get(message.ruleId)!,
        level: LEVEL[message.severity],
        message: { text: (message.entry === undefined ? "" : `[${message.entry}] `) + message.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: message.line,
                startColumn: message.column,
                endLine: message.endLine,
                endColumn: message.endColumn,
              },
            },
          },
        ],
        ...(fixes ? { fixes } : {}),
      };
    });
  });

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "msglint",
            informationUri: "https://github.com/msglint/msglint",
            version: context.version,
            rules: ruleIds.map((id) => ruleDescriptor(id, context)),
          },
        },
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
