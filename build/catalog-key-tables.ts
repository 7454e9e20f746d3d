/**
 * Choosing the literal keys of every phrase-catalog term (src/detect/literal-key.ts) costs most of a
 * second, which the first lint of every process, every command-line worker and an editor's first
 * keystroke would pay. This rewrite does it while the library is bundled (tsup) and while the tests
 * run (vitest): it runs each catalog module as written, chooses the keys of its terms with the
 * matcher's own code, and fills src/policy/phrases/key-tables.ts with where they are in each term
 * (src/detect/key-table.ts). Nothing it makes is committed; without it (plain `tsc`, src imported
 * directly) the keys are chosen on first use.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Plugin as EsbuildPlugin } from "esbuild";
import ts from "typescript";
import type { Plugin as VitePlugin } from "vite";
import { catalogModule } from "./catalog-module.js";
import { decodeKeyTable, encodeKeyTable } from "../src/detect/key-table.js";
import { computeTermKeys, termKeyGroups } from "../src/detect/literal-key.js";
import { keyedTerms, type ConceptCatalog } from "../src/detect/phrases.js";

/** The module the tables go into, by the end of its path. */
const KEY_TABLES_MODULE = /[\\/]src[\\/]policy[\\/]phrases[\\/]key-tables\.ts$/;

/** The folders of catalogs, next to that module; `withKeyTables` is called with these names. */
const FAMILIES = ["review", "marketing", "redundant"];

/** `source` (key-tables.ts, at `path`) with its empty table filled in; also the catalog files read. */
export function withKeyTables(source: string, path: string): { code: string; files: string[] } {
  const tables: Record<string, string> = {};
  const files: string[] = [];
  for (const family of FAMILIES) {
    const folder = join(dirname(path), family);
    for (const name of readdirSync(folder).filter((n) => n.endsWith(".ts")).sort()) {
      const file = join(folder, name);
      const catalog = catalogModule(readFileSync(file, "utf8"), file)?.catalog;
      if (!catalog) continue;
      files.push(file);
      const id = `${family}/${catalog.lang}`;
      if (id in tables) throw new Error(`${file}: a second catalog for ${id}`);
      tables[id] = keyTable(catalog, file);
    }
  }
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const empty = emptyTable(file);
  if (!empty) throw new Error(`${path}: no empty KEY_TABLES to fill in`);
  const code = `${source.slice(0, empty.getStart(file))}${JSON.stringify(tables)}${source.slice(empty.getEnd())}`;
  return { code, files };
}

/** The key table of `catalog`, checked: what the matcher reads back must be what it would choose. */
function keyTable(catalog: ConceptCatalog<string>, file: string): string {
  const terms = keyedTerms(catalog);
  const table = encodeKeyTable(terms, terms.map(termKeyGroups));
  if (!isDeepStrictEqual(decodeKeyTable(table, terms), terms.map(computeTermKeys))) {
    throw new Error(`${file}: the key table does not give back the keys of the terms`);
  }
  return table;
}

/** The `{}` that KEY_TABLES is initialized with. */
function emptyTable(file: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.name.text === "KEY_TABLES" && d.initializer && ts.isObjectLiteralExpression(d.initializer)) {
        return d.initializer.properties.length === 0 ? d.initializer : undefined;
      }
    }
  }
  return undefined;
}

/** For tsup/esbuild: fills in the tables while bundling. */
export function esbuildCatalogKeyTables(): EsbuildPlugin {
  return {
    name: "msglint-catalog-key-tables",
    setup(build) {
      build.onLoad({ filter: KEY_TABLES_MODULE }, (args) => {
        const { code, files } = withKeyTables(readFileSync(args.path, "utf8"), args.path);
        return { contents: code, loader: "ts", watchFiles: files };
      });
    },
  };
}

/** For vitest: the same, and a change to a catalog reloads the tables. */
export function viteCatalogKeyTables(): VitePlugin {
  return {
    name: "msglint-catalog-key-tables",
    enforce: "pre",
    transform(code, id) {
      const path = id.split("?")[0]!;
      if (!KEY_TABLES_MODULE.test(path)) return undefined;
      const filled = withKeyTables(code, path);
      for (const file of filled.files) this.addWatchFile(file);
      // The table replaces `{}` on its line: the lines stay where they were.
      return { code: filled.code, map: null };
    },
  };
}
