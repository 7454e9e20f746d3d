import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { withoutExamples } from "../build/strip-catalog-examples.js";
import { lint, rules } from "../src/index.js";
import { marketingCatalogs } from "../src/policy/phrases/marketing/index.js";
import { redundantCatalogs } from "../src/policy/phrases/redundant/index.js";
import { reviewCatalogs } from "../src/policy/phrases/review/index.js";
import type { LintOptions, RuleSetting } from "../src/types.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * dist/ is built with the catalogs' example sentences left out (build/strip-catalog-examples.ts);
 * it must lint every one of them exactly as the sources do.
 */
describe("dist/ against the sources", () => {
  const catalogs = { review: reviewCatalogs(), marketing: marketingCatalogs(), redundant: redundantCatalogs() };
  const context = { initiatedBy: "seller" } as const;
  // The rules that read the catalogs, as designed; the others only slow the comparison down.
  const catalogRules = ["no-review-manipulation", "review-request-timing", "no-marketing", "no-redundant-message"];
  const options: LintOptions = {
    rules: Object.fromEntries(Object.values(rules).map((r): [string, RuleSetting] => [r.id, catalogRules.includes(r.id) ? r.defaultSeverity : "off"])),
  };
  for (const [kind, list] of Object.entries(catalogs)) {
    for (const catalog of list) {
      it(`lints the ${kind} examples of ${catalog.lang} alike`, async () => {
        const dist = (await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as { lint: typeof lint };
        expect(catalog.examples.length).toBeGreaterThan(0);
        for (const { text } of catalog.examples) {
          expect(dist.lint({ body: text }, context, options).violations).toEqual(lint({ body: text }, context, options).violations);
        }
      });
    }
  }
});

describe("withoutExamples", () => {
  it("removes the examples list and nothing else", () => {
    const source = readFileSync(join(ROOT, "src/policy/phrases/review/en.ts"), "utf8");
    const stripped = withoutExamples(source, "en.ts");
    expect(stripped).not.toMatch(/\bexamples\s*:/);
    expect(stripped).toContain("neutralRequest:");
    expect(source.length - stripped.length).toBeGreaterThan(1000);
    // Everything before the list is untouched.
    expect(stripped.slice(0, source.indexOf("examples:"))).toBe(source.slice(0, source.indexOf("examples:")));
  });

  it("leaves a file without examples unchanged", () => {
    const source = 'export const x = { concepts: { a: ["b"] }, neutralRequest: "c" };\n';
    expect(withoutExamples(source, "x.ts")).toBe(source);
  });
});
