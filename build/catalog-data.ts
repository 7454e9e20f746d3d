/**
 * The phrase catalogs are written as TypeScript, with their example sentences next to their terms
 * where they are written and reviewed together; the examples run as tests (test/*-catalogs.test.ts)
 * and nothing else reads them. While the library is bundled, this esbuild plugin replaces each
 * catalog module with its catalog as data: the catalog it builds, without its examples (about 30 KB
 * gzipped of test sentences that would otherwise ship to every browser), as a JSON string parsed when
 * the catalog is first built. A string is read past at import time several times faster than the same
 * data written as code, which every process, worker and page that imports msglint pays for.
 */
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import type { Plugin } from "esbuild";
import { catalogModule } from "./catalog-module.js";

const CATALOG = /[\\/]src[\\/]policy[\\/]phrases[\\/](?:review|marketing|redundant)[\\/][a-z-]+\.ts$/;

/**
 * The module the bundle gets for the catalog module `source`: the same exported builder, returning
 * the catalog without `examples`; undefined for a module of the folder that holds no catalog.
 */
export function catalogAsData(source: string, fileName: string): string | undefined {
  const found = catalogModule(source, fileName);
  if (!found) return undefined;
  const { examples: _examples, ...data } = found.catalog;
  const json = JSON.stringify(data);
  // What JSON cannot carry (a function, a RegExp, undefined) would silently change the catalog.
  if (!isDeepStrictEqual(JSON.parse(json), data)) throw new Error(`${fileName}: the catalog is not plain data`);
  return `export const ${found.name} = () => JSON.parse(${JSON.stringify(json)});\n`;
}

export function esbuildCatalogData(): Plugin {
  return {
    name: "msglint-catalog-data",
    setup(build) {
      build.onLoad({ filter: CATALOG }, (args) => {
        const source = readFileSync(args.path, "utf8");
        const data = catalogAsData(source, args.path);
        return data === undefined ? { contents: source, loader: "ts" } : { contents: data, loader: "js" };
      });
    },
  };
}
