#!/usr/bin/env node
/**
 * msglint command line: lints message template files. Uses only the package's public API; all file
 * I/O and terminal output live here.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";
import process from "node:process";
import { lint, MsglintError, type LintContext, type MessageDraft, type Violation } from "msglint";

interface Entry {
  id?: string | number;
  message: MessageDraft;
  context: LintContext;
}

const EXTENSIONS = new Set([".txt", ".md", ".html", ".htm", ".json"]);
const SKIP_DIRS = new Set(["node_modules", ".git"]);

function usage(): never {
  process.stderr.write("usage: msglint [--format stylish|json] [--marketplace XX] [paths...]\n");
  process.exit(2);
}

function main(argv: string[]): number {
  let format = "stylish";
  let marketplace: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--format") format = argv[++i] ?? usage();
    else if (arg === "--marketplace") marketplace = argv[++i] ?? usage();
    else if (arg === "--help" || arg === "-h") usage();
    else if (arg.startsWith("-")) usage();
    else paths.push(arg);
  }
  if (format !== "stylish" && format !== "json") usage();

  const files = collect(paths.length ? paths : ["."]);
  const results: { filePath: string; entries: { id?: string | number; violations: Violation[] }[] }[] = [];
  for (const file of files) {
    const entries = readEntries(file).map((e) => {
      const context = { ...(marketplace ? { marketplace } : {}), ...e.context };
      return { id: e.id, violations: lint(e.message, context).violations };
    });
    results.push({ filePath: relative(process.cwd(), file) || file, entries });
  }
  const all = results.flatMap((r) => r.entries.flatMap((e) => e.violations));
  if (format === "json") process.stdout.write(JSON.stringify(results, null, 2) + "\n");
  else process.stdout.write(stylish(results));
  return all.some((v) => v.severity === "error") ? 1 : 0;
}

function collect(paths: string[]): string[] {
  const out: string[] = [];
  const visit = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!SKIP_DIRS.has(name)) visit(join(p, name));
    } else if (EXTENSIONS.has(extname(p).toLowerCase())) out.push(p);
  };
  for (const p of paths) visit(p);
  return out;
}

function readEntries(file: string): Entry[] {
  const text = readFileSync(file, "utf8");
  const ext = extname(file).toLowerCase();
  if (ext === ".json") {
    const data = JSON.parse(text) as unknown;
    const list = Array.isArray(data) ? data : [data];
    return list.map((item: Record<string, unknown>, i) => ({
      id: (item.id as string | undefined) ?? i,
      message: { subject: item.subject as string | undefined, body: item.body as string, format: item.format as "text" | "html" | undefined, attachments: item.attachments as MessageDraft["attachments"] },
      context: (item.context as LintContext | undefined) ?? {},
    }));
  }
  return [{ message: { body: text, format: ext === ".html" || ext === ".htm" ? "html" : "text" }, context: {} }];
}

function stylish(results: { filePath: string; entries: { id?: string | number; violations: Violation[] }[] }[]): string {
  let out = "";
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    const lines: string[] = [];
    for (const e of r.entries) {
      for (const v of e.violations) {
        if (v.severity === "error") errors++;
        else if (v.severity === "warning") warnings++;
        const where = v.field === "context" ? "context" : v.field === "attachments" ? `attachment ${v.attachment}` : `${v.field} ${v.line}:${v.column}`;
        const entry = e.id !== undefined ? `[${e.id}] ` : "";
        lines.push(`  ${entry}${where}  ${v.severity.padEnd(7)}  ${v.message}  ${v.ruleId}`);
      }
    }
    if (lines.length) out += `\n${r.filePath}\n${lines.join("\n")}\n`;
  }
  const total = errors + warnings;
  out += total ? `\n✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})\n` : "No problems found.\n";
  return out;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const detail = error instanceof MsglintError || error instanceof SyntaxError || (error as NodeJS.ErrnoException).code ? (error as Error).message : String(error);
  process.stderr.write(`msglint: ${detail}\n`);
  process.exitCode = 2;
}
