import { defineConfig } from "vitest/config";
import { SUBSET_MODULES, viteDataSubsets } from "./build/data-subsets.js";

export default defineConfig({
  // The tests run on the same dependency data subsets as dist/ (see build/data-subsets.ts).
  plugins: [viteDataSubsets()],
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20000,
    server: { deps: { inline: SUBSET_MODULES } },
  },
});
