import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { catalogAsData } from "../build/catalog-data.js";
import { lint, rules } from "../src/index.js";
import { marketingCatalogs } from "../src/policy/phrases/marketing/index.js";
import { redundantCatalogs } from "../src/policy/phrases/redundant/index.js";
import { reviewCatalogs } from "../src/policy/phrases/review/index.js";
import type { LintOptions, RuleSetting } from "../src/types.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * dist/ is built with the catalogs as data, without their example sentences (build/catalog-data.ts);
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

describe("catalogAsData", () => {
  it("gives the catalog module's builder the catalog it builds, without the examples, as data", () => {
    const source = readFileSync(join(ROOT, "src/policy/phrases/review/en.ts"), "utf8");
    const data = catalogAsData(source, "en.ts")!;
    const literal = /^export const en = \(\) => JSON\.parse\((".*")\);\n$/s.exec(data);
    expect(literal).not.toBeNull();
    const { examples, keyTable: _keyTable, ...expected } = reviewCatalogs().find((c) => c.lang === "en")!;
    expect(examples.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.parse(literal![1]!) as string)).toEqual(expected);
  });

  it("leaves a module without a catalog to be bundled as it is", () => {
    expect(catalogAsData('export type X = { concepts: string[] };\n', "types.ts")).toBeUndefined();
    expect(catalogAsData(readFileSync(join(ROOT, "src/policy/phrases/review/index.ts"), "utf8"), "index.ts")).toBeUndefined();
  });

  it("refuses a catalog that JSON would change", () => {
    const source = 'export const x = () => ({ lang: "x", concepts: { a: ["b"] }, extra: undefined, n: NaN });\n';
    expect(() => catalogAsData(source, "x.ts")).toThrow(/not plain data/);
  });
});
