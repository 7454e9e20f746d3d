import { defineConfig } from "tsup";

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
