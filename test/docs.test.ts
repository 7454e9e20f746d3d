import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint, rules } from "../src/index.js";
import type { LintContext, LintOptions, MessageDraft } from "../src/types.js";

/**
 * Every rule has a page in docs/rules, and every example on it runs: blocks under "## Incorrect" must
 * make the rule report, blocks under "## Correct" must not. A ```text block is a message body; a
 * ```json block is { message, context?, options?, settings? } (options: the rule's own options;
 * settings: allowedDomains / placeholders).
 */
const DOCS = join(import.meta.dirname, "..", "docs", "rules");

interface Example {
  kind: "incorrect" | "correct";
  message: MessageDraft;
  context?: LintContext;
  options?: Record<string, unknown>;
  settings?: Pick<LintOptions, "allowedDomains">;
  line: number;
}

function examples(markdown: string): Example[] {
  const out: Example[] = [];
  let section: Example["kind"] | undefined;
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = line.match(/^##\s+(.*)$/);
    if (heading) {
      const h = heading[1]!.toLowerCase();
      section = h.startsWith("incorrect") ? "incorrect" : h.startsWith("correct") ? "correct" : undefined;
      continue;
    }
    const fence = line.match(/^```(text|json)\s*$/);
    if (!fence || !section) continue;
    const start = i + 1;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i]!);
    const content = body.join("\n");
    if (fence[1] === "text") out.push({ kind: section, message: { body: content }, line: start });
    else out.push({ kind: section, ...(JSON.parse(content) as Omit<Example, "kind" | "line">), line: start });
  }
  return out;
}

describe("rule documentation", () => {
  const pages = new Set(readdirSync(DOCS).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3)));

  for (const [id, meta] of Object.entries(rules)) {
    describe(id, () => {
      it("has a page", () => expect(pages).toContain(id));
      if (!pages.has(id)) return;
      const markdown = readFileSync(join(DOCS, `${id}.md`), "utf8");
      const all = examples(markdown);

      it("shows incorrect and correct examples", () => {
        expect(all.filter((e) => e.kind === "incorrect").length).toBeGreaterThanOrEqual(2);
        expect(all.filter((e) => e.kind === "correct").length).toBeGreaterThanOrEqual(2);
      });
      it("cites every policy source of the rule and documents every option", () => {
        for (const source of meta.sources) {
          // The page says how sure and since when, as the metadata does.
          const label = `(${source.confidence}${source.effective ? `, effective ${source.effective}` : ""})`;
          const lines = markdown.split("\n").filter((l) => l.includes(`](${source.url})`));
          expect(lines.some((l) => l.includes(label)), `${source.url} ${label}`).toBe(true);
        }
        for (const option of Object.keys(meta.defaultOptions)) expect(markdown).toContain(`\`${option}\``);
      });
      for (const example of all) {
        it(`${example.kind} example at line ${example.line}`, () => {
          const options: LintOptions = {
            ...example.settings,
            rules: Object.fromEntries(
              Object.keys(rules).map((r) => [r, r === id ? (example.options ? [meta.defaultSeverity, example.options] : meta.defaultSeverity) : "off"]),
            ) as LintOptions["rules"],
          };
          const found = lint(example.message, example.context, options).violations.filter((v) => v.ruleId === id);
          if (example.kind === "incorrect") expect(found.length).toBeGreaterThan(0);
          else expect(found.map((v) => `${v.messageId}: ${v.text}`)).toEqual([]);
        });
      }
    });
  }
});
