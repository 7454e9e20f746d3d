// Benchmarks the built package (run `npm run build` first): per-message lint time on fixed inputs and
// over the dev corpus. Usage: npm run bench
import { readFileSync, existsSync } from "node:fs";
import { Bench } from "tinybench";
import { lint } from "../dist/index.js";
import * as inputs from "./inputs.mjs";

const bench = new Bench({ time: 600, warmupTime: 200 });
for (const input of Object.values(inputs)) {
  bench.add(input.name, () => lint(input.message, input.context));
}
await bench.run();

const rows = bench.tasks.map((t) => {
  const r = t.result;
  const latency = r.latency ?? r;
  return {
    input: t.name,
    "median µs": (latency.p50 * 1000).toFixed(1),
    "p99 µs": (latency.p99 * 1000).toFixed(1),
    "ops/s": Math.round(r.throughput?.mean ?? 1000 / latency.mean),
  };
});
console.table(rows);

const corpusPath = new URL("../../shared/corpus/dev.jsonl", import.meta.url);
if (existsSync(corpusPath)) {
  const cases = readFileSync(corpusPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  for (const c of cases) lint(c.message, c.context); // warm
  const times = [];
  for (let round = 0; round < 20; round++) {
    for (const c of cases) {
      const t0 = performance.now();
      lint(c.message, c.context);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const q = (p) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] * 1000).toFixed(1);
  console.log(`dev corpus (${cases.length} messages × 20): median ${q(0.5)} µs, p99 ${q(0.99)} µs per message`);
}

// Hostile inputs: time at 20 KB, 200 KB and 1 MB. Linear time means the last column stays near 50.
import { pathological } from "./pathological.mjs";
const scaling = [];
for (const [name, make] of Object.entries(pathological)) {
  lint({ body: make(2000) }, { marketplace: "JP" });
  const ms = [20_000, 200_000, 1_000_000].map((n) => {
    const body = make(n);
    const t0 = performance.now();
    lint({ body }, { marketplace: "JP" });
    return performance.now() - t0;
  });
  scaling.push({ input: name, "20 KB ms": ms[0].toFixed(1), "200 KB ms": ms[1].toFixed(1), "1 MB ms": ms[2].toFixed(1), "1 MB / 20 KB": (ms[2] / ms[0]).toFixed(1) });
}
console.table(scaling);
