/**
 * The phrase catalogs keep their example sentences next to their terms, where they are written and
 * reviewed together; the examples run as tests (test/*-catalogs.test.ts) and nothing else reads them.
 * This esbuild plugin drops the `examples` list from each catalog while the library is bundled:
 * about 30 KB gzipped of test sentences that would otherwise ship to every browser.
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "esbuild";
import ts from "typescript";

const CATALOG = /[\\/]src[\\/]policy[\\/]phrases[\\/](?:review|marketing|redundant)[\\/][a-z-]+\.ts$/;

/** `source` without the `examples` property of its object literals (a catalog has at most one). */
export function withoutExamples(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ts.PropertyAssignment[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === "examples" && ts.isObjectLiteralExpression(node.parent)) {
      found.push(node);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (found.length === 0) return source;
  if (found.length > 1) throw new Error(`${fileName}: ${found.length} examples lists, expected one`);
  const start = found[0]!.getStart(file);
  let end = found[0]!.getEnd();
  // The comma that separated it from the next property (or ended the literal) goes with it.
  const comma = /^\s*,/.exec(source.slice(end));
  if (comma) end += comma[0].length;
  return source.slice(0, start) + source.slice(end);
}

export function esbuildStripCatalogExamples(): Plugin {
  return {
    name: "msglint-strip-catalog-examples",
    setup(build) {
      build.onLoad({ filter: CATALOG }, (args) => ({
        contents: withoutExamples(readFileSync(args.path, "utf8"), args.path),
        loader: "ts",
      }));
    },
  };
}
