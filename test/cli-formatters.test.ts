import { describe, expect, it } from "vitest";
import { FORMATTERS } from "../src/cli/formatters/index.js";
import { github } from "../src/cli/formatters/github.js";
import { json } from "../src/cli/formatters/json.js";
import { sarif } from "../src/cli/formatters/sarif.js";
import { stylish } from "../src/cli/formatters/stylish.js";
import type { FileResult, FormatContext } from "../src/cli/types.js";

const context: FormatContext = {
  rules: {
    "no-review-manipulation": {
      description: "No asking for positive reviews",
      docs: "https://example.invalid/rules/no-review-manipulation",
      defaultSeverity: "error",
    },
    "no-redundant-message": {
      description: "No thank-you-only messages",
      docs: "https://example.invalid/rules/no-redundant-message",
      defaultSeverity: "warning",
    },
    "no-emoji": {
      description: "No emoji",
      docs: "https://example.invalid/rules/no-emoji",
      defaultSeverity: "error",
    },
    "buyer-language": {
      description: "Write in the buyer's language",
      docs: "https://example.invalid/rules/buyer-language",
      defaultSeverity: "warning",
    },
  },
  color: false,
  cwd: "/work/project",
  version: "1.2.3",
};

const reviewFile: FileResult = {
  filePath: "review.md",
  messages: [
    {
      ruleId: "no-review-manipulation",
      messageId: "positive-review",
      severity: "error",
      message: "Do not ask for a positive review.",
      field: "body",
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 20,
    },
    {
      ruleId: "no-redundant-message",
      messageId: "thank-you-only",
      severity: "warning",
      message: "A thank-you-only message is not allowed.",
      field: "body",
      line: 12,
      column: 1,
      endLine: 12,
      endColumn: 9,
    },
  ],
  errorCount: 1,
  warningCount: 1,
  fixableCount: 0,
};

// The field order here is deliberately scrambled: the JSON output must not depend on it.
const batchFile: FileResult = {
  filePath: "templates/batch/messages.json",
  messages: [
    {
      fix: { range: [40, 42], text: "" },
      entry: "five-stars",
      ruleId: "no-emoji",
      messageId: "emoji",
      severity: "error",
      message: "Remove the emoji.",
      field: "body",
      line: 2,
      column: 30,
      endLine: 2,
      endColumn: 32,
    },
    {
      entry: 1,
      ruleId: "buyer-language",
      messageId: "language",
      severity: "info",
      message: "50% of the text, in English: not ja\nsee docs",
      field: "body",
      line: 7,
      column: 12,
      endLine: 8,
      endColumn: 4,
    },
  ],
  errorCount: 1,
  warningCount: 0,
  fixableCount: 1,
};

const results: FileResult[] = [reviewFile, batchFile];
const ANSI = /\u001b\[/;

describe("FORMATTERS", () => {
  it("offers every --format value", () => {
    expect(Object.keys(FORMATTERS).sort()).toEqual(["github", "json", "sarif", "stylish"]);
  });
});

describe("json formatter", () => {
  it("prints the documented shape on one line, keys in order, optional keys omitted", () => {
    const output = json(results, context);
    expect(output.endsWith("\n")).toBe(true);
    expect(output.trimEnd()).not.toContain("\n");
    expect(JSON.parse(output)).toEqual({
      version: 1,
      results: [
        {
          filePath: "review.md",
          messages: [
            {
              ruleId: "no-review-manipulation",
              messageId: "positive-review",
              severity: "error",
              message: "Do not ask for a positive review.",
              field: "body",
              line: 3,
              column: 5,
              endLine: 3,
              endColumn: 20,
            },
            {
              ruleId: "no-redundant-message",
              messageId: "thank-you-only",
              severity: "warning",
              message: "A thank-you-only message is not allowed.",
              field: "body",
              line: 12,
              column: 1,
              endLine: 12,
              endColumn: 9,
            },
          ],
          errorCount: 1,
          warningCount: 1,
          fixableCount: 0,
        },
        {
          filePath: "templates/batch/messages.json",
          messages: [
            {
              entry: "five-stars",
              ruleId: "no-emoji",
              messageId: "emoji",
              severity: "error",
              message: "Remove the emoji.",
              field: "body",
              line: 2,
              column: 30,
              endLine: 2,
              endColumn: 32,
              fix: { range: [40, 42], text: "" },
            },
            {
              entry: 1,
              ruleId: "buyer-language",
              messageId: "language",
              severity: "info",
              message: "50% of the text, in English: not ja\nsee docs",
              field: "body",
              line: 7,
              column: 12,
              endLine: 8,
              endColumn: 4,
            },
          ],
          errorCount: 1,
          warningCount: 0,
          fixableCount: 1,
        },
      ],
    });
  });

  it("keeps the documented key order", () => {
    const parsed = JSON.parse(json(results, context));
    expect(Object.keys(parsed)).toEqual(["version", "results"]);
    expect(Object.keys(parsed.results[1])).toEqual([
      "filePath",
      "messages",
      "errorCount",
      "warningCount",
      "fixableCount",
    ]);
    expect(Object.keys(parsed.results[1].messages[0])).toEqual([
      "entry",
      "ruleId",
      "messageId",
      "severity",
      "message",
      "field",
      "line",
      "column",
      "endLine",
      "endColumn",
      "fix",
    ]);
  });

  it("prints an empty result list when there are no files", () => {
    expect(json([], context)).toBe('{"version":1,"results":[]}\n');
  });
});

describe("sarif formatter", () => {
  const log = JSON.parse(sarif(results, context));
  const run = log.runs[0];

  it("is a SARIF 2.1.0 log with one run by msglint", () => {
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({
      name: "msglint",
      informationUri: "https://github.com/msglint/msglint",
      version: "1.2.3",
    });
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///work/project/" } });
  });

  it("describes each rule that has findings, with its docs", () => {
    expect(run.tool.driver.rules).toEqual([
      {
        id: "buyer-language",
        shortDescription: { text: "Write in the buyer's language" },
        helpUri: "https://example.invalid/rules/buyer-language",
        defaultConfiguration: { level: "warning" },
      },
      {
        id: "no-emoji",
        shortDescription: { text: "No emoji" },
        helpUri: "https://example.invalid/rules/no-emoji",
        defaultConfiguration: { level: "error" },
      },
      {
        id: "no-redundant-message",
        shortDescription: { text: "No thank-you-only messages" },
        helpUri: "https://example.invalid/rules/no-redundant-message",
        defaultConfiguration: { level: "warning" },
      },
      {
        id: "no-review-manipulation",
        shortDescription: { text: "No asking for positive reviews" },
        helpUri: "https://example.invalid/rules/no-review-manipulation",
        defaultConfiguration: { level: "error" },
      },
    ]);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
  });

  it("maps severities to levels and places results in the file", () => {
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(["error", "warning", "error", "note"]);
    const info = run.results[3];
    expect(info.message.text).toBe("[1] 50% of the text, in English: not ja\nsee docs");
    expect(info.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: "templates/batch/messages.json", uriBaseId: "%SRCROOT%" },
          region: { startLine: 7, startColumn: 12, endLine: 8, endColumn: 4 },
        },
      },
    ]);
    expect(run.results[0].message.text).toBe("Do not ask for a positive review.");
    expect(run.results[0].fixes).toBeUndefined();
  });

  it("turns a fix into an artifact change", () => {
    const emoji = run.results[2];
    expect(emoji.message.text).toBe("[five-stars] Remove the emoji.");
    expect(emoji.fixes).toEqual([
      {
        description: { text: "Apply the no-emoji fix" },
        artifactChanges: [
          {
            artifactLocation: { uri: "templates/batch/messages.json", uriBaseId: "%SRCROOT%" },
            replacements: [{ deletedRegion: { charOffset: 40, charLength: 2 }, insertedContent: { text: "" } }],
          },
        ],
      },
    ]);
  });

  it("stays a valid log without findings", () => {
    const empty = JSON.parse(sarif([], context));
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules).toEqual([]);
  });
});

describe("github formatter", () => {
  it("prints one workflow command per finding, escaping data and properties", () => {
    expect(github(results, context)).toBe(
      "::error file=review.md,line=3,col=5,endLine=3,endColumn=20,title=no-review-manipulation::" +
        "Do not ask for a positive review.\n" +
        "::warning file=review.md,line=12,col=1,endLine=12,endColumn=9,title=no-redundant-message::" +
        "A thank-you-only message is not allowed.\n" +
        "::error file=templates/batch/messages.json,line=2,col=30,endLine=2,endColumn=32,title=no-emoji::" +
        "[five-stars] Remove the emoji.\n" +
        "::notice file=templates/batch/messages.json,line=7,col=12,endLine=8,endColumn=4,title=buyer-language::" +
        "[1] 50%25 of the text, in English: not ja%0Asee docs\n",
    );
  });

  it("escapes `:` and `,` in property values", () => {
    const odd: FileResult = { ...reviewFile, filePath: "a,b:c%.md", messages: reviewFile.messages.slice(0, 1) };
    expect(github([odd], context)).toContain("::error file=a%2Cb%3Ac%25.md,line=3,");
  });

  it("prints nothing without findings", () => {
    expect(github([], context)).toBe("");
  });
});

describe("stylish formatter", () => {
  it("prints aligned findings per file and a summary", () => {
    expect(stylish([reviewFile], context)).toBe(
      "\n" +
        "review.md\n" +
        "  3:5   error    Do not ask for a positive review.  no-review-manipulation\n" +
        "  12:1  warning  A thank-you-only message is not allowed.  no-redundant-message\n" +
        "\n" +
        "✖ 2 problems (1 error, 1 warning, 0 infos)\n",
    );
  });

  it("shows entries, infos and the fixable count", () => {
    const output = stylish(results, context);
    expect(output).toContain("templates/batch/messages.json\n");
    expect(output).toContain("  2:30  error  [five-stars] Remove the emoji.  no-emoji\n");
    expect(output).toContain("  7:12  info   [1] 50% of the text");
    expect(output).toContain("✖ 4 problems (2 errors, 1 warning, 1 info)\n");
    expect(output.endsWith("  1 error or warning potentially fixable with the `--fix` option.\n")).toBe(true);
  });

  it("pluralizes the fixable count", () => {
    const output = stylish([{ ...batchFile, fixableCount: 2 }], context);
    expect(output).toContain("  2 errors and warnings potentially fixable with the `--fix` option.\n");
  });

  it("prints nothing when there are no problems", () => {
    expect(stylish([], context)).toBe("");
    const clean: FileResult = { filePath: "clean.md", messages: [], errorCount: 0, warningCount: 0, fixableCount: 0 };
    expect(stylish([clean], context)).toBe("");
  });

  it("uses colours only when asked to", () => {
    expect(stylish(results, context)).not.toMatch(ANSI);
    const colored = stylish(results, { ...context, color: true });
    expect(colored).toMatch(ANSI);
    expect(colored).toContain("\u001b[31merror\u001b[39m");
    expect(colored).toContain("\u001b[33mwarning\u001b[39m");
    // Removing the colour codes leaves exactly the plain output.
    expect(colored.replace(/\u001b\[\d+m/g, "")).toBe(stylish(results, context));
  });
});
