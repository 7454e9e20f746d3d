import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { withKeyTables } from "../build/catalog-key-tables.js";
import { decodeKeyTable, encodeKeyTable } from "../src/detect/key-table.js";
import { computeTermKeys, groupKeys, termKeyGroups } from "../src/detect/literal-key.js";
import { compileCatalogs, keyedTerms, type CatalogSet, type ConceptCatalog } from "../src/detect/phrases.js";
import { KEY_TABLES } from "../src/policy/phrases/key-tables.js";
import { marketingCatalogs } from "../src/policy/phrases/marketing/index.js";
import { redundantCatalogs } from "../src/policy/phrases/redundant/index.js";
import { reviewCatalogs } from "../src/policy/phrases/review/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * A term's keys can be written as the pieces of the term they come from (key groups) and read back
 * from a short table without choosing them again: what is read back must be exactly what is chosen.
 */
describe("key groups", () => {
  const terms = [
    "reviews",
    "review(?= (?:on|of|for|about|at) )",
    "(?<=(?:\\b(?:a|the|your)[- ]{1,2}))review",
    "(?:leave|write|post)(?: us| me)? (?:a |an |your )?review",
    "(?:5|fünf)/(?:5|fünf)",
    "[★☆]{5}",
    "\\d+ ?% off",
    "\\p{L}+rabatt",
    "e-?mail us",
    "stars? rating",
    "𝐀𝐁𝐂 dé",
    "レビュー(?:を|の)(?:お願い|投稿)",
    "(?:\\$|€|£)\\s?\\d+",
    "x\\.y\\.z",
    "\\p{L}*",
    "(a)\\1",
  ];

  it("give back the keys chosen for the term", () => {
    for (const term of terms) {
      const groups = termKeyGroups(term);
      const keys = computeTermKeys(term);
      expect(groups === null).toBe(keys === null);
      if (groups) expect(groups.flatMap((g) => groupKeys(term, g))).toEqual(keys);
    }
  });

  it("survive the table's encoding", () => {
    const groups = terms.map(termKeyGroups);
    const table = encodeKeyTable(terms, groups);
    expect(decodeKeyTable(table, terms)).toEqual(terms.map(computeTermKeys));
  });

  it("are written in a few characters, and read back with every field", () => {
    const terms = ["reviews", "abcdefghij", "x(?:a|bc)+yz"];
    const groups = [
      [{ from: 0, to: 7, min: 0, max: 0 }],
      [{ from: 0, to: 4, min: 0, max: 0 }, { from: 5, to: 10, min: 3, max: Infinity }],
      [{ from: 10, to: 12, min: 3, max: 5 }],
    ];
    const table = encodeKeyTable(terms, groups);
    expect(table).toBe("|,4;5,,3,~|10,,3,5");
    const read = decodeKeyTable(table, terms)!;
    expect(read[0]).toEqual([{ text: "reviews", min: 0, max: 0 }]);
    expect(read[1]).toEqual([{ text: "abcd", min: 0, max: 0 }, { text: "fghij", min: 3, max: Infinity }]);
    expect(read[2]).toEqual([{ text: "yz", min: 3, max: 5 }]);
    expect(encodeKeyTable(["a", "bb"], [null, [{ from: 0, to: 2, min: 0, max: 0 }]])).toBe("-|");
    expect(decodeKeyTable("-|", ["a", "bb"])).toEqual([null, [{ text: "bb", min: 0, max: 0 }]]);
    expect(decodeKeyTable("", [])).toEqual([]);
    expect(decodeKeyTable("|", ["a"])).toBeUndefined();
    expect(decodeKeyTable("-", [])).toBeUndefined();
  });

  it("that cannot be written are refused", () => {
    expect(() => encodeKeyTable(["ab"], [[]])).toThrow();
    expect(() => encodeKeyTable(["ab"], [[{ from: 1, to: 1, min: 0, max: 0 }]])).toThrow();
    expect(() => encodeKeyTable(["ab"], [[{ from: 0, to: 3, min: 0, max: 0 }]])).toThrow();
    expect(() => encodeKeyTable(["ab"], [[{ from: 0, to: 2, min: 2, max: 1 }]])).toThrow();
    expect(() => encodeKeyTable(["ab"], [])).toThrow();
  });
});

describe("a catalog's key table", () => {
  /**
   * What a compiled set holds, but its id and the catalogs it was compiled from. Targets are indexed by
   * key id, and a key has one id in every set, so equal targets mean equal keys.
   */
  const contents = (set: CatalogSet<string>) => ({
    targets: set.targets,
    catalogs: set.catalogs.map(({ source: _, ...compiled }) => compiled),
  });

  it("compiles it exactly as the keys chosen on first use do", () => {
    const catalogs = marketingCatalogs().map(({ keyTable: _, ...catalog }): ConceptCatalog<string> => catalog);
    const tabled = catalogs.map((catalog) => {
      const terms = keyedTerms(catalog);
      const keyTable = encodeKeyTable(terms, terms.map(termKeyGroups));
      // It fits, so the matcher reads it rather than choosing.
      expect(decodeKeyTable(keyTable, terms)).toHaveLength(terms.length);
      return { ...catalog, keyTable };
    });
    const anchors = ["coupon", "sale", "store"];
    expect(contents(compileCatalogs(tabled, anchors))).toEqual(contents(compileCatalogs(catalogs, anchors)));
  });

  it("is ignored when it does not fit the catalog's terms", () => {
    const catalog: ConceptCatalog<string> = { lang: "en", scripts: ["latin"], boundaries: "word", concepts: { a: ["reviews", "rating"] } };
    const unfit = { ...catalog, keyTable: "" };
    expect(contents(compileCatalogs([unfit], ["a"]))).toEqual(contents(compileCatalogs([catalog], ["a"])));
  });
});

/**
 * The catalogs' tables are made while the library is bundled and the tests run
 * (build/catalog-key-tables.ts): the tests read the catalogs as dist/ has them.
 */
const FAMILIES: Record<string, readonly ConceptCatalog<string>[]> = {
  review: reviewCatalogs(),
  marketing: marketingCatalogs(),
  redundant: redundantCatalogs(),
};

describe("the catalogs' key tables", () => {
  for (const [family, catalogs] of Object.entries(FAMILIES)) {
    for (const catalog of catalogs) {
      it(`give the ${family} catalog of ${catalog.lang} the keys chosen for each of its terms`, () => {
        expect(typeof catalog.keyTable).toBe("string");
        expect(catalog.keyTable).toBe(KEY_TABLES[`${family}/${catalog.lang}`]);
        const terms = keyedTerms(catalog);
        expect(terms.length).toBeGreaterThan(0);
        expect(decodeKeyTable(catalog.keyTable!, terms)).toEqual(terms.map(computeTermKeys));
      });
    }
  }

  it("are one per catalog", () => {
    const ids = Object.entries(FAMILIES).flatMap(([family, catalogs]) => catalogs.map((c) => `${family}/${c.lang}`));
    expect(Object.keys(KEY_TABLES).sort()).toEqual(ids.sort());
  });
});

describe("the build's rewrite of key-tables.ts", () => {
  const path = join(ROOT, "src/policy/phrases/key-tables.ts");
  const source = readFileSync(path, "utf8");
  const { code, files } = withKeyTables(source, path);

  it("fills in the empty table and changes nothing else", () => {
    expect(source).toMatch(/KEY_TABLES[^=]*= \{\};/);
    expect(code.split("\n").length).toBe(source.split("\n").length);
    const table = /KEY_TABLES[^=]*= (\{.*\});/.exec(code)![1]!;
    expect(code.replace(table, "{}")).toBe(source);
    expect(JSON.parse(table)).toEqual(KEY_TABLES);
  });

  it("reads every catalog module, and only those", () => {
    expect(files).toHaveLength(Object.values(FAMILIES).flat().length);
    expect(files.every((f) => /[\\/](?:review|marketing|redundant)[\\/][a-z-]+\.ts$/.test(f) && !/index|types|hits/.test(f))).toBe(true);
  });
});
