import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** End-to-end: spawn the built command line (npm test builds first) on copies of fixtures/cli. */
const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, "dist", "cli.js");
const work = mkdtempSync(join(tmpdir(), "msglint-e2e-"));
cpSync(join(ROOT, "fixtures", "cli"), work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], cwd = work, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, CI: "true", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonMessage {
  entry?: string | number;
  ruleId: string;
  field: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  fix?: { range: [number, number]; text: string };
}
function json(args: string[], cwd = work) {
  const r = run(["--format", "json", ...args], cwd);
  return { ...r, data: JSON.parse(r.stdout) as { version: number; results: { filePath: string; messages: JsonMessage[]; errorCount: number; warningCount: number; fixableCount: number }[] } };
}
const at = (m: JsonMessage) => `${m.entry ?? ""}|${m.ruleId}|${m.field}|${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;

describe("command line", () => {
  it("prints its version and help", () => {
    expect(run(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--format stylish|json|sarif|github");
  });

  it("rejects bad usage with exit 2, one line on stderr and nothing on stdout", () => {
    for (const args of [["--bogus"], ["--format", "xml", "formats"], ["--max-warnings", "many", "formats"], ["no/such/dir"]]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  describe("positions in the file", () => {
    it("plain text: the body is the file", () => {
      const { data } = json(["formats/plain.txt"]);
      expect(data.results[0]!.messages.map(at)).toEqual(["|no-emoji|body|3:27-3:29", "|no-external-links|body|4:5-4:16"]);
    });
    it("front matter: subject inside the YAML, body after it, context from it", () => {
      const { data } = json(["formats/front-matter.md"]);
      expect(data.results[0]!.messages.map(at)).toEqual(["|important-tag|subject|2:11-2:22", "|order-id|body|7:1-7:1", "|no-review-manipulation|body|9:1-9:49"]);
    });
    it("HTML: an href attribute value", () => {
      const { data } = json(["formats/page.html"]);
      expect(data.results[0]!.messages.map(at)).toEqual(["|no-external-links|body|2:18-2:49"]);
    });
    it("JSON strings with escapes (\\n, \\\", \\u00e9, surrogate pairs)", () => {
      const { data } = json(["formats/escapes.json"]);
      expect(data.results[0]!.messages.map(at)).toEqual(["escapes|no-emoji|body|4:55-4:67", "escapes|no-emoji|body|4:73-4:75"]);
    });
    it("YAML: quoted scalars with escapes, literal blocks, and the start of a folded block", () => {
      const { data } = json(["formats/blocks.yaml"]);
      expect(data.results[0]!.messages.map(at)).toEqual([
        "literal|no-emoji|subject|2:44-2:46",
        "literal|no-contact-info|body|6:16-6:32",
        "literal|no-emoji|body|6:39-6:41",
        "folded|no-external-links|body|9:5-9:5",
        "single|no-emoji|body|12:24-12:26",
      ]);
    });
  });

  describe("formats", () => {
    it("json: the versioned shape", () => {
      const { data, code } = json(["formats/plain.txt"]);
      expect(code).toBe(1);
      expect(data.version).toBe(1);
      const [r] = data.results;
      expect(Object.keys(r!)).toEqual(["filePath", "messages", "errorCount", "warningCount", "fixableCount"]);
      expect(r).toMatchObject({ filePath: "formats/plain.txt", errorCount: 2, warningCount: 0, fixableCount: 1 });
      expect(r!.messages[0]!.fix).toEqual({ range: [34, 37], text: "" });
    });
    it("sarif: 2.1.0 with rule metadata, UTF-16 columns and fixes", () => {
      const sarif = JSON.parse(run(["--format", "sarif", "formats/plain.txt"]).stdout);
      expect(sarif.version).toBe("2.1.0");
      const runs = sarif.runs[0];
      expect(runs.tool.driver.name).toBe("msglint");
      expect(runs.columnKind).toBe("utf16CodeUnits");
      expect(runs.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["no-emoji", "no-external-links"]);
      expect(runs.tool.driver.rules[0].helpUri).toMatch(/no-emoji\.md$/);
      expect(runs.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 27, endLine: 3, endColumn: 29 });
      expect(runs.results[0].fixes[0].artifactChanges[0].replacements[0].deletedRegion).toEqual({ charOffset: 34, charLength: 3 });
    });
    it("github: one workflow command per finding", () => {
      const lines = run(["--format", "github", "formats/plain.txt"]).stdout.trim().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^::error file=formats\/plain\.txt,line=3,col=27,endLine=3,endColumn=29,title=no-emoji::/);
    });
    it("stylish: grouped by file with a summary, no colours when piped", () => {
      const r = run(["formats/plain.txt"]);
      expect(r.stdout).toContain("formats/plain.txt");
      expect(r.stdout).toMatch(/✖ 2 problems \(2 errors, 0 warnings/);
      expect(r.stdout).not.toMatch(/\x1b\[/);
    });
  });

  describe("exit codes and config", () => {
    it("0 for clean files, 1 for errors, 1 over --max-warnings", () => {
      writeFileSync(join(work, "clean.txt"), "Thanks for your order. It ships tomorrow.\n");
      expect(run(["clean.txt"]).code).toBe(0);
      expect(run(["formats/plain.txt"]).code).toBe(1);
      const cfg = join(work, "config");
      expect(run(["templates"], cfg).code).toBe(0);
      expect(run(["templates", "--max-warnings", "0"], cfg).code).toBe(1);
    });
    it("applies the config: context, rule severities, allowedDomains, overrides and ignores", () => {
      const { data } = json(["."], join(work, "config"));
      const files = data.results.map((r) => r.filePath);
      expect(files).not.toContain("skipped/c.txt");
      const a = data.results.find((r) => r.filePath === "templates/a.txt")!;
      expect(a.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(["no-emoji:warning"]);
      const b = data.results.find((r) => r.filePath === "strict/b.txt")!;
      expect(b.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(["no-emoji:error"]);
    });
    it("a config with an unknown key: exit 2 naming file, line and a guess", () => {
      const r = run(["--config", "broken/typo-config.json", "formats/plain.txt"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim()).toBe('msglint: ' + join(work, "broken/typo-config.json") + ':3: rulez: unknown key "rulez"; did you mean "rules"?');
    });
    it("front matter with an unknown key: exit 2 with the line and a guess", () => {
      const r = run(["broken/front-matter-typo.md"]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe('msglint: broken/front-matter-typo.md:3: marketplce: unknown key "marketplce"; did you mean "marketplace"?');
    });
    it("a file that does not parse: exit 2 with its line, nothing on stdout", () => {
      const r = run(["formats", "broken/bad.json"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^msglint: broken\/bad\.json:4: JSON: /);
    });
  });

  it("suppressions with a reason silence a rule; unused ones are reported", () => {
    const { data } = json(["suppress/approved-link.md"]);
    expect(data.results[0]!.messages.map((m) => `${m.ruleId}:${m.line}`)).toEqual(["unused-suppression:5"]);
  });

  describe("--fix", () => {
    it("writes safe fixes into text, front matter, JSON and YAML, and a second run changes nothing", () => {
      const dir = join(work, "formats");
      const before = Object.fromEntries(["plain.txt", "front-matter.md", "escapes.json", "blocks.yaml"].map((f) => [f, readFileSync(join(dir, f), "utf8")]));
      const r = run(["--fix", "--format", "json", "."], dir);
      expect(r.code).toBe(1);
      const after = (f: string) => readFileSync(join(dir, f), "utf8");
      expect(after("plain.txt")).toBe(before["plain.txt"]!.replace(" 🚚", ""));
      expect(after("front-matter.md")).toBe(before["front-matter.md"]!.replace("[Important] ", ""));
      expect(after("escapes.json")).toBe(before["escapes.json"]!.replace(" \\ud83d\\ude00", "").replace(" 🚀", ""));
      expect(after("blocks.yaml")).toBe(before["blocks.yaml"]!.replace(" 📦", "").replace(" 😀", "").replace(" 🎉", ""));
      const left = JSON.parse(r.stdout).results.flatMap((x: { messages: JsonMessage[] }) => x.messages);
      expect(left.filter((m: JsonMessage) => m.fix)).toEqual([]);
      const snapshot = Object.fromEntries(Object.keys(before).map((f) => [f, after(f)]));
      run(["--fix", "."], dir);
      for (const f of Object.keys(before)) expect(after(f)).toBe(snapshot[f]);
    });
  });

  describe("MSGLINT_TIMING", () => {
    const ROW = /^(\S+)\s+\|\s+(\d+\.\d{3}) \|\s+(\d+\.\d)%$/;
    it("prints nothing on stderr without it", () => {
      const env = { ...process.env };
      delete env.MSGLINT_TIMING;
      const r = spawnSync(process.execPath, [CLI, "formats/plain.txt"], { cwd: work, encoding: "utf8", env: { ...env, CI: "true" } });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe("");
      expect(run(["formats/plain.txt"], work, { MSGLINT_TIMING: "0" }).stderr).toBe("");
    });
    it("=1 prints the slowest rules and shared parts after the output, ESLint style, and changes nothing else", () => {
      const plain = run(["--format", "json", "formats"]);
      const timed = run(["--format", "json", "formats"], work, { MSGLINT_TIMING: "1" });
      expect(timed.code).toBe(plain.code);
      expect(timed.stdout).toBe(plain.stdout);
      const lines = timed.stderr.trimEnd().split("\n");
      expect(lines[0]).toMatch(/^Rule\s+\| Time \(ms\) \| Relative$/);
      expect(lines[1]).toMatch(/^:-+\|-+:\|-+:$/);
      expect(lines[1]!.length).toBe(lines[0]!.length);
      const rows = lines.slice(2).map((l) => l.match(ROW));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(10);
      expect(rows.every(Boolean)).toBe(true);
      const names = rows.map((m) => m![1]!);
      expect(names.some((n) => n.startsWith("memo:"))).toBe(true);
      expect(names.some((n) => n === "no-emoji" || n === "no-external-links" || n === "no-marketing")).toBe(true);
      const ms = rows.map((m) => Number(m![2]));
      expect(ms).toEqual([...ms].sort((a, b) => b - a));
    });
    it("=all prints every part, and never a rule that is off", () => {
      const dir = join(work, "timing");
      cpSync(join(work, "formats"), dir, { recursive: true });
      writeFileSync(join(dir, "msglint.config.json"), JSON.stringify({ rules: { "no-external-links": "off" } }));
      const lines = run(["."], dir, { MSGLINT_TIMING: "all" }).stderr.trimEnd().split("\n").slice(2);
      const names = lines.map((l) => l.split(" ")[0]);
      expect(names).not.toContain("no-external-links");
      expect(names).toContain("no-emoji");
      expect(names.length).toBeGreaterThan(10);
    });
  });

  it("skips node_modules and .git when walking directories", () => {
    cpSync(join(work, "formats", "plain.txt"), join(work, "walk", "node_modules", "x.txt"), { recursive: true });
    cpSync(join(work, "formats", "plain.txt"), join(work, "walk", "kept.txt"));
    const { data } = json(["walk"]);
    expect(data.results.map((r) => r.filePath)).toEqual(["walk/kept.txt"]);
  });
});

describe("the bundled example templates", () => {
  it("lint as the README shows: clean templates pass, each violating one reports its findings", () => {
    const { code, data } = json(["fixtures/templates"], ROOT);
    expect(code).toBe(1);
    const byFile = Object.fromEntries(data.results.map((r) => [r.filePath, r.messages.map((m) => `${m.entry ?? ""}:${m.ruleId}`)]));
    expect(byFile).toEqual({
      "fixtures/templates/de/anleitung.html": [":no-external-links"],
      "fixtures/templates/de/rueckfrage.txt": [],
      "fixtures/templates/en/delay-notice.txt": [],
      "fixtures/templates/en/replacement.html": [":html-styling", ":html-styling", ":html-styling", ":html-styling"],
      "fixtures/templates/en/review-request.md": [],
      "fixtures/templates/en/review-requests.json": ["five-stars:important-tag", "five-stars:order-id", "five-stars:no-review-manipulation"],
      "fixtures/templates/en/shipped-follow-up.md": [":no-marketing", ":no-marketing"],
      "fixtures/templates/en/thanks-with-emoji.txt": [":no-emoji", ":no-contact-info", ":no-contact-info"],
      "fixtures/templates/es/respuestas.json": ["descuento:no-marketing", "descuento:no-emoji", "descuento:no-contact-info"],
      "fixtures/templates/fr/messages.yaml": ["guide:no-external-links", "guide:no-contact-info"],
      "fixtures/templates/ja/address-check.txt": [],
      "fixtures/templates/ja/review-request.md": [":important-tag", ":no-review-manipulation", ":no-review-manipulation"],
      "fixtures/templates/ja/support-line.txt": [":no-contact-info", ":no-contact-info", ":no-external-links", ":no-emoji"],
      "fixtures/templates/ja/thanks-only.txt": [":no-redundant-message"],
      "fixtures/templates/ko/reply.html": [":no-external-links", ":no-emoji"],
      "fixtures/templates/zh/delivery.txt": [],
    });
  });
});
