import { defineConfig } from "tsup";
import { esbuildCatalogKeyTables } from "./build/catalog-key-tables.js";
import { esbuildDataSubsets } from "./build/data-subsets.js";
import { esbuildCatalogData } from "./build/catalog-data.js";

export default defineConfig([
  {
    // The library: platform-neutral, so it bundles for browsers as well as Node.
    entry: { index: "src/index.ts" },
    format: ["esm"],
    target: "es2022",
    platform: "neutral",
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    // Dependencies are bundled: the data subsets exist only in this build (build/data-subsets.ts), and
    // one module loads much faster than the hundred-odd files libphonenumber-js, linkifyjs and
    // htmlparser2 are made of (cold import about 90 ms less on a loaded two-core machine).
    noExternal: [/./],
    esbuildPlugins: [esbuildDataSubsets(), esbuildCatalogData(), esbuildCatalogKeyTables()],
    esbuildOptions(options) {
      // The neutral platform reads no package.json entry fields unless told; these are the ones bundlers read.
      options.mainFields = ["module", "main"];
      // White space and comments out, names kept (stack traces and the source map still read well):
      // the engine reads past less text at every import.
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
  },
  {
    // The command line: Node only. It imports the library by its package name (a self-reference that
    // resolves to dist/index.js), so it can only use the public API.
    // The worker entry lints chunks of large runs on the other cores.
    entry: { cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    external: ["msglint"],
    sourcemap: true,
    clean: false,
  },
]);
