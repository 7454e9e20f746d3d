// Times the built command line on 10,000 templates of about 500 characters (generated into a temporary
// directory, never committed): wall time and peak memory of the whole process.
// Usage: npm run build && node bench/cli.mjs [count]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { english500, german2000, japanese500 } from "./inputs.mjs";

const count = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), "msglint-cli-bench-"));
const bodies = [english500.message.body, japanese500.message.body, german2000.message.body.slice(0, 500)];
for (let i = 0; i < count; i++) {
  const sub = join(dir, `set-${Math.floor(i / 500)}`);
  if (i % 500 === 0) mkdirSync(sub);
  const body = bodies[i % bodies.length].replace(/\d{3}-\d{7}-\d{7}/, `${100 + (i % 900)}-1234567-${String(i).padStart(7, "0")}`);
  if (i % 5 === 0) writeFileSync(join(sub, `t${i}.md`), `---\nsubject: Template ${i}\nmarketplace: US\n---\n${body}\n`);
  else writeFileSync(join(sub, `t${i}.txt`), `${body}\n`);
}
const cli = resolve(import.meta.dirname, "..", "dist", "cli.js");
const timed = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, cli, "--format", "json", "."], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 30 });
rmSync(dir, { recursive: true, force: true });
const [wall, maxKb] = timed.stderr.trim().split("\n").pop().split(" ").map(Number);
const results = JSON.parse(timed.stdout).results;
const findings = results.reduce((n, r) => n + r.messages.length, 0);
console.log(`${count} templates: ${wall.toFixed(2)} s wall, ${(maxKb / 1024).toFixed(0)} MiB peak RSS, ${findings} findings in ${results.length} files (exit ${timed.status})`);
