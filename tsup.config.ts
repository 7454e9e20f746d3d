import { defineConfig } from "tsup";
import { esbuildDataSubsets } from "./build/data-subsets.js";

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
    // The data subsets exist only in this build (build/data-subsets.ts), so the modules that hold
    // them are bundled.
    noExternal: [/^libphonenumber-js\/metadata\.max\.json$/, /^franc-min$/],
    esbuildPlugins: [esbuildDataSubsets()],
  },
  {
    // The command line: Node only. It imports the library by its package name (a self-reference that
    // resolves to dist/index.js), so it can only use the public API.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    external: ["msglint"],
    sourcemap: true,
    clean: false,
  },
]);
