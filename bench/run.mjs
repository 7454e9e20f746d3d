// Benchmarks the built package (run `npm run build` first) beside the naive pipeline (naive.mjs) on the
// same inputs, and prints one summary table per concern: latency on fixed messages, the dev corpus,
// linear growth on long bodies, hostile inputs, time per rule, cold start and browser bundle size.
// Usage: npm run bench [-- [--markdown] [--corpus FILE] [--only SECTION,...]]
//   --markdown     print the tables as Markdown, for the README
//   --corpus FILE  the labeled corpus (default: ../shared/corpus/dev.jsonl next to the repository)
//   --only ...     run only these sections: latency corpus long hostile rules cold bundle
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { english500, german2000, html3k, japanese500, realisticBody, shortEnglish } from "./inputs.mjs";
import { pathological } from "./pathological.mjs";
import { bytes, median, msText, printTable, quantile, ratio, us } from "./report.mjs";
import { browserBundle, coldImport } from "./startup.mjs";

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] ?? "" : undefined);
const markdown = argv.includes("--markdown");
const corpusPath = option("--corpus") !== undefined ? resolve(option("--corpus")) : fileURLToPath(new URL("../../shared/corpus/dev.jsonl", import.meta.url));
const MAIN = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const NAIVE = fileURLToPath(new URL("./naive.mjs", import.meta.url));
if (!existsSync(MAIN)) {
  console.error("bench: dist/index.js is missing; run `npm run build` first");
  process.exit(1);
}
const { lint } = await import(MAIN);
const { naiveLint } = await import(NAIVE);
const show = (title, rows, note) => printTable(title, rows, { markdown, note });
const collect = () => globalThis.gc?.();

const FIXED = [shortEnglish, japanese500, english500, german2000, html3k];
/** Column headings for the fixed inputs where their full names do not fit. */
const LABEL = new Map([[shortEnglish, "short EN"], [japanese500, "JA 500"], [english500, "EN 500"], [german2000, "DE 2,000"], [html3k, "HTML 3 KB"]]);
const cases = existsSync(corpusPath) ? readFileSync(corpusPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)) : undefined;

/**
 * Latency of one call per fixed input, msglint and naive: what an editor linting one draft on every
 * keystroke pays. Each task is a bench of its own, warmed up right before it runs: a bench of all ten
 * tasks warms them all up first and then measures each one after the other nine have run, which
 * measures V8 re-optimizing for that input (about 20 % more) rather than the steady state. Many
 * different messages in turn are the dev corpus table's case.
 */
async function latency() {
  const ROUNDS = 3;
  const measure = async (fn) => {
    // A second of warm-up per task: V8 optimizes the hundreds of functions and expressions one lint
    // runs over its first few thousand calls (the dev corpus table shows the first lints apart).
    const bench = new Bench({ time: 1000, warmupTime: 1000 });
    bench.add("task", fn);
    await bench.run();
    return bench.tasks[0].result.latency;
  };
  // Rounds over all inputs, so that a slow spell of the machine falls on one round of each input
  // rather than on every round of one: each figure is the median of its rounds.
  const runs = FIXED.map(() => ({ msglint: [], naive: [] }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, input] of FIXED.entries()) {
      runs[i].msglint.push(await measure(() => lint(input.message, input.context)));
      runs[i].naive.push(await measure(() => naiveLint(input.message, input.context)));
    }
  }
  const mid = (list, key) => median(list.map((l) => l[key]));
  show(
    "Latency per message (fixed inputs)",
    FIXED.map((input, i) => ({
      input: input.name,
      chars: bytes(input.message.body.length + (input.message.subject?.length ?? 0)),
      "msglint median µs": us(mid(runs[i].msglint, "p50")),
      "msglint p99 µs": us(mid(runs[i].msglint, "p99")),
      // The mean takes in the garbage collection that the median leaves out: a regression that only
      // allocates more shows here.
      "msglint mean µs": us(mid(runs[i].msglint, "mean")),
      "naive median µs": us(mid(runs[i].naive, "p50")),
      "naive / msglint": ratio(mid(runs[i].naive, "p50"), mid(runs[i].msglint, "p50")),
    })),
    `Median, 99th percentile and mean of one call (tinybench: each task a bench of its own, after 1 s of warm-up), each the median of ${ROUNDS} rounds; the mean includes garbage collection. naive: the four detectors chained (bench/naive.mjs).`,
  );
}

/** The whole dev corpus, per message, msglint and naive interleaved. */
function corpus() {
  if (!cases) {
    console.log(`\nDev corpus: skipped (${corpusPath} not found; pass --corpus FILE)\n`);
    return;
  }
  const ROUNDS = 10;
  const times = { msglint: [], naive: [] };
  // V8 runs a regular expression's first use in its interpreter and compiles it to machine code on the
  // second: the first two lints of a message pay for compiling the expressions it is the first to need.
  // They are shown apart (a long-running process pays them once), and the rounds measure the steady state.
  const first = [];
  for (let round = 0; round < 2; round++) {
    for (const c of cases) {
      const t0 = performance.now();
      lint(c.message, c.context);
      first.push(performance.now() - t0);
      naiveLint(c.message, c.context);
    }
  }
  // Message by message, so that load from other jobs on the machine falls on both alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      let t0 = performance.now();
      lint(c.message, c.context);
      times.msglint.push(performance.now() - t0);
      t0 = performance.now();
      naiveLint(c.message, c.context);
      times.naive.push(performance.now() - t0);
    }
  }
  for (const t of [...Object.values(times), first]) t.sort((a, b) => a - b);
  show(
    `Dev corpus: ${cases.length} messages × ${ROUNDS} rounds`,
    [
      ...Object.entries(times).map(([name, t]) => ({
        pipeline: name,
        "median µs": us(quantile(t, 0.5)),
        "p99 µs": us(quantile(t, 0.99)),
        "naive / msglint (median)": name === "naive" ? ratio(quantile(t, 0.5), quantile(times.msglint, 0.5)) : "–",
      })),
      { pipeline: "msglint, first 2 lints", "median µs": us(quantile(first, 0.5)), "p99 µs": us(quantile(first, 0.99)), "naive / msglint (median)": "–" },
    ],
    "Time per message over the labeled dev corpus, each message with its own context, after each message was linted twice " +
      "(the last row: those first two lints, which compile the regular expressions a message is the first to need).",
  );
}

/** Long realistic bodies: time must grow linearly with length (1 MB / 20 KB ≈ 50). */
function long() {
  const small = realisticBody(20_000);
  const large = realisticBody(1_000_000);
  const rows = [];
  const at1m = {};
  for (const [name, run] of [["msglint", (body) => lint({ body }, { marketplace: "US" })], ["naive", (body) => naiveLint({ body }, { marketplace: "US" })]]) {
    for (let i = 0; i < 3; i++) run(small); // warm
    const time = (body, runs) => median(Array.from({ length: runs }, () => {
      const t0 = performance.now();
      run(body);
      return performance.now() - t0;
    }));
    const t20k = time(small, 9);
    collect();
    const t1m = (at1m[name] = time(large, 3));
    collect();
    rows.push({ pipeline: name, "20 KB ms": msText(t20k), "1 MB ms": msText(t1m), "1 MB / 20 KB": (t1m / t20k).toFixed(1) });
  }
  rows[1]["naive / msglint (1 MB)"] = ratio(at1m.naive, at1m.msglint);
  rows[0]["naive / msglint (1 MB)"] = "–";
  show(
    "Long realistic bodies (the English, Japanese and German messages in turn)",
    rows,
    "Median of 9 runs at 20 KB and of 3 at 1 MB. Linear time means 1 MB / 20 KB stays near 50.",
  );
}

/**
 * Hostile inputs at 20 KB, 200 KB and 1 MB, msglint only: the libraries alone take seconds on several
 * of them (DEPENDENCIES.md §7), which is what msglint's prefilters and windows are there to avoid.
 */
function hostile() {
  const rows = [];
  for (const [name, make] of Object.entries(pathological)) {
    lint({ body: make(2000) }, { marketplace: "JP" });
    // The 20 KB time is the denominator of the ratio and takes milliseconds: a median of 5 keeps one
    // stall from skewing it. The larger sizes run once each.
    const ms = [[20_000, 5], [200_000, 1], [1_000_000, 1]].map(([n, runs]) => {
      const body = make(n);
      return median(Array.from({ length: runs }, () => {
        const t0 = performance.now();
        lint({ body }, { marketplace: "JP" });
        return performance.now() - t0;
      }));
    });
    rows.push({ input: name, "20 KB ms": msText(ms[0]), "200 KB ms": msText(ms[1]), "1 MB ms": msText(ms[2]), "1 MB / 20 KB": (ms[2] / ms[0]).toFixed(1) });
    collect();
  }
  show("Hostile inputs (marketplace JP)", rows, "Median of 5 runs at 20 KB, one run at 200 KB and 1 MB. Linear time means the last column stays near 50.");
}

/**
 * Time per rule, from the timing option: exclusive times, shared computations under memo:<name>. Each
 * round gives the mean per message of its inputs, and the table shows each part's median round: other
 * jobs on the machine make single lints jump by milliseconds, in whichever part they happen to hit.
 */
function rules() {
  const sources = FIXED.map((input) => [LABEL.get(input), [input], 101]);
  if (cases) sources.push(["dev corpus", cases, 5]);
  const columns = [];
  for (const [name, inputs, rounds] of sources) {
    for (const input of inputs) lint(input.message, input.context, { timing: true }); // warm
    const samples = new Map();
    for (let round = 0; round < rounds; round++) {
      const sums = new Map();
      const add = (key, ms) => sums.set(key, (sums.get(key) ?? 0) + ms);
      for (const input of inputs) {
        const { timing } = lint(input.message, input.context, { timing: true });
        let parts = 0;
        for (const [id, ms] of Object.entries(timing.rules)) add(id, ms), (parts += ms);
        for (const [key, ms] of Object.entries(timing.memo)) add(`memo:${key}`, ms), (parts += ms);
        add("engine (checks, reports, sorting)", timing.total - parts);
      }
      for (const [key, ms] of sums) samples.set(key, [...(samples.get(key) ?? []), ms / inputs.length]);
    }
    columns.push([name, new Map([...samples].map(([key, values]) => [key, median(values)]))]);
  }
  const sortBy = columns[columns.length - 1][1];
  const parts = [...new Set(columns.flatMap(([, m]) => [...m.keys()]))].sort((a, b) => (sortBy.get(b) ?? 0) - (sortBy.get(a) ?? 0));
  const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  show(
    "Time per rule (µs per message)",
    [
      ...parts.map((part) => ({
        "rule or shared part": part,
        ...Object.fromEntries(columns.map(([name, m]) => [name, m.has(part) ? us(m.get(part)) : "–"])),
      })),
      { "rule or shared part": "sum", ...Object.fromEntries(columns.map(([name, m]) => [name, us(sum(m))])) },
    ],
    `From \`lint(..., { timing: true })\` with the recommended rules; median of ${sources[0][2]} runs` +
      `${cases ? ` (corpus: of ${sources[sources.length - 1][2]} rounds over every message)` : ""}. Times are exclusive: the ` +
      "shared text model and detectors (memo:<name>) are counted once, not in the rule that asked for them first. " +
      "Sorted by the last column; – : not computed for that input.",
  );
}

/** Cold start: a fresh process importing the module, against bare node. */
function cold() {
  const runs = 21;
  const times = coldImport([["msglint (dist/index.js)", MAIN], ["naive pipeline (bench/naive.mjs)", NAIVE]], runs);
  show(
    "Cold start (fresh process)",
    times.map((c, i) => ({ process: c.name, "median ms": msText(c.ms), "import ms (− bare node)": i === 0 ? "–" : msText(c.ms - times[0].ms) })),
    `\`node --input-type=module -e "await import(...)"\` against the same command importing nothing; median of ${runs} runs each, interleaved.`,
  );
}

/** Browser bundle of the main entry, and of the naive pipeline. */
async function bundle() {
  const sizes = [["msglint (dist/index.js)", await browserBundle(MAIN)], ["naive pipeline (bench/naive.mjs)", await browserBundle(NAIVE)]];
  show(
    "Browser bundle",
    sizes.map(([name, s]) => ({ entry: name, "minified bytes": bytes(s.minified), "gzip -9 bytes": bytes(s.gzip) })),
    "esbuild: bundle, platform browser, format esm, minify; gzip level 9 (node:zlib).",
  );
}

const SECTIONS = { latency, corpus, long, hostile, rules, cold, bundle };
const only = option("--only")?.split(",").filter(Boolean);
const unknown = (only ?? []).filter((s) => !(s in SECTIONS));
if (unknown.length) {
  console.error(`bench: unknown section ${unknown.join(", ")}; use ${Object.keys(SECTIONS).join(", ")}`);
  process.exit(2);
}
console.log(`${markdown ? "" : "\n"}Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"})\n`);
for (const [name, section] of Object.entries(SECTIONS)) {
  if (only && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}\n`);
  await section();
  collect();
}
