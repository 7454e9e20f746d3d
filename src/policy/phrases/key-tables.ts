import type { ConceptCatalog } from "../../detect/phrases.js";

/**
 * The key tables of the phrase catalogs (src/detect/key-table.ts), by folder and language
 * ("review/en"). Empty as written: the build fills it in while it bundles the library and while the
 * tests run (build/catalog-key-tables.ts), from the catalogs as they are then. Without it the matcher
 * chooses the keys on first use, with the same result.
 */
export const KEY_TABLES: Readonly<Partial<Record<string, string>>> = {};

/** `catalogs` of the folder `family`, each with its key table when the build made one. */
export function withKeyTables<T extends ConceptCatalog<string>>(family: string, catalogs: readonly T[]): T[] {
  return catalogs.map((catalog) => {
    const keyTable = KEY_TABLES[`${family}/${catalog.lang}`];
    return keyTable === undefined ? catalog : { ...catalog, keyTable };
  });
}
