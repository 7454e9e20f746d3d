// What loading a module costs: cold import time in a fresh Node process, and the size of its browser
// bundle. Both take a file path of an ES module.
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { median } from "./report.mjs";

/**
 * Wall time of `node --input-type=module -e "await import(entry)"` for each entry and of the same
 * command importing nothing (bare node), median of `runs` runs each. Runs are interleaved so that load
 * from other jobs on the machine hits every entry alike; one unmeasured round first warms the file cache.
 */
export function coldImport(entries, runs = 9) {
  const scripts = [["bare node", "0"], ...entries.map(([name, file]) => [name, `await import(${JSON.stringify(pathToFileURL(file).href)})`])];
  const times = scripts.map(() => []);
  for (let round = -1; round < runs; round++) {
    scripts.forEach(([, script], i) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "ignore", "pipe"] });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`cold import of ${scripts[i][0]} failed: ${r.stderr}`);
      if (round >= 0) times[i].push(ms);
    });
  }
  return scripts.map(([name], i) => ({ name, ms: median(times[i]) }));
}

/** Bytes of `entry` bundled for browsers (esbuild: ESM, minified) and gzipped at level 9. */
export async function browserBundle(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, platform: "browser", format: "esm", minify: true, write: false, logLevel: "silent" });
  const code = out.outputFiles[0].contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
