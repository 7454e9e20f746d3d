import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** The command line spread over worker threads must give exactly what one thread gives. */
const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, "dist", "cli.js");
const work = mkdtempSync(join(tmpdir(), "msglint-lanes-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const samples = readFileSync(join(ROOT, "fixtures", "templates", "en", "thanks-with-emoji.txt"), "utf8");
const FILES = 260;
for (let i = 0; i < FILES; i++) {
  const dir = join(work, "ok", `set-${Math.floor(i / 50)}`);
  mkdirSync(dir, { recursive: true });
  const body = i % 3 === 0 ? samples : `Hi {{name}},\n\nYour order ${100 + i}-1234567-1234567 ships on Monday.\n`;
  writeFileSync(join(dir, `t${String(i).padStart(3, "0")}.${i % 2 ? "txt" : "md"}`), i % 2 ? body : `---\nsubject: Update ${i}\nmarketplace: US\n---\n${body}`);
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: "utf8", env: { ...process.env, CI: "true" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case spawns the command line on a few hundred files, several times.
describe("--concurrency", { timeout: 90_000 }, () => {
  it("gives the same output, in the same order, on one thread and on several", () => {
    const one = run(["--format", "json", "--concurrency", "off", "ok"]);
    const three = run(["--format", "json", "--concurrency", "3", "ok"]);
    expect(one.code).toBe(1);
    expect(three.code).toBe(one.code);
    expect(three.stdout).toBe(one.stdout);
    const data = JSON.parse(three.stdout) as { results: { filePath: string }[] };
    expect(data.results).toHaveLength(FILES);
  });

  it("reports the first file that fails, in file order, whichever thread met it", () => {
    const broken = join(work, "broken");
    mkdirSync(broken, { recursive: true });
    for (let i = 0; i < 300; i++) writeFileSync(join(broken, `m${String(i).padStart(3, "0")}.txt`), "Hello, your order ships today.\n");
    // One bad file in the main thread's first chunk and one in a chunk a worker takes.
    writeFileSync(join(broken, "m150.md"), "---\nsubject: [unclosed\n---\nHi\n");
    writeFileSync(join(broken, "m250.md"), "---\nmarketplace: XX\n---\nHi\n");
    for (const lanes of ["off", "3"]) {
      const r = run(["--concurrency", lanes, "broken"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain("m150.md");
    }
  });

  it("rejects a bad value", () => {
    const r = run(["--concurrency", "0", "ok"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--concurrency/);
  });
});
