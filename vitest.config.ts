import { defineConfig } from "vitest/config";
import { viteCatalogKeyTables } from "./build/catalog-key-tables.js";
import { SUBSET_MODULES, viteDataSubsets } from "./build/data-subsets.js";

export default defineConfig({
  // The tests run on the same dependency data subsets as dist/ (see build/data-subsets.ts), and with
  // the phrase catalogs' keys chosen in advance, as dist/ has them (build/catalog-key-tables.ts).
  plugins: [viteDataSubsets(), viteCatalogKeyTables()],
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20000,
    server: { deps: { inline: SUBSET_MODULES } },
  },
});
