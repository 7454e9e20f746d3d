#!/usr/bin/env node
/**
 * msglint command line: lints repositories of message templates. It uses only the package's public
 * API; file I/O, configuration and terminal output live here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import process from "node:process";
import { parseArgs } from "node:util";
import { rules, type LintTiming } from "msglint";
import { loadConfig, matcher, settingsFor, type Config } from "./config.js";
import { readEntries } from "./entries.js";
import { collectFiles } from "./files.js";
import { applyEdits } from "./fix-file.js";
import { FORMATTERS, type FormatterName } from "./formatters/index.js";
import { lintEntries } from "./lint-file.js";
import { Progress } from "./progress.js";
import { timingRows, TimingTotals } from "./timing.js";
import { FileError, type FileResult } from "./types.js";
import { VERSION } from "./version.js";

const HELP = `msglint [options] [paths or globs...]

Lints Amazon Buyer-Seller message templates: .txt .md .html .htm (optional YAML front matter),
and .json .yaml .yml files holding one message or an array of them. Default path: "."

Options:
  --format stylish|json|sarif|github   output format (default: stylish)
  --fix                                write safe fixes back into the files
  --max-warnings N                     exit 1 when there are more than N warnings
  --config FILE                        use this config file instead of msglint.config.json,
                                       .msglintrc.json or "msglint" in package.json
  --marketplace XX                     default marketplace (US, JP, DE, ...)
  -v, --version                        print the version
  -h, --help                           print this help

Exit codes: 0 no errors; 1 errors found (or more warnings than --max-warnings);
2 bad usage, bad config, or a file that cannot be read or parsed.
`;

/** Passes of --fix per file: a fix can reveal another fixable finding. */
const MAX_FIX_PASSES = 10;

export function main(argv: string[], cwd: string): number {
  const args = parse(argv);
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const config = loadConfig(cwd, args.config);
  const files = collectFiles(cwd, args.paths, config.ignores).filter((f) => !ignored(config, f));
  const progress = new Progress(files.length);
  const results: FileResult[] = [];
  const rewrites: [string, string][] = [];
  // MSGLINT_TIMING=1 (like ESLint's TIMING): time every rule and shared computation, table on stderr.
  const rows = timingRows(process.env.MSGLINT_TIMING);
  const timing = rows === undefined ? undefined : new TimingTotals(rows);
  for (const file of files) {
    const { result, fixedText } = lintFile(file, config, args, timing);
    results.push(result);
    if (fixedText !== undefined) rewrites.push([file, fixedText]);
    progress.tick();
  }
  progress.done();
  // Files are written only once every file has been read and parsed: a run that ends in exit 2 writes nothing.
  for (const [file, text] of rewrites) writeFileSync(file, text);
  const output = FORMATTERS[args.format]([...results], {
    rules,
    color: args.format === "stylish" && process.stdout.isTTY === true && !process.env.NO_COLOR,
    cwd,
    version: VERSION,
  });
  process.stdout.write(output);
  if (timing) process.stderr.write(timing.format());
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  return errors > 0 || (args.maxWarnings !== undefined && warnings > args.maxWarnings) ? 1 : 0;
}

function lintFile(file: string, config: Config, args: Args, timing?: TimingTotals): { result: FileResult; fixedText?: string } {
  const settings = settingsFor(config, file, args.marketplace);
  if (timing) settings.options.timing = true;
  const onTiming = timing && ((t: LintTiming) => timing.add(t));
  const extension = extname(file).toLowerCase();
  const original = read(file);
  let text = original;
  let { result, edits } = lintEntries(file, text, readEntries(file, text, extension), settings, onTiming);
  if (!args.fix) return { result };
  for (let pass = 0; pass < MAX_FIX_PASSES && edits.length; pass++) {
    const fixed = applyEdits(text, edits);
    if (fixed.applied === 0 || fixed.text === text) break;
    text = fixed.text;
    ({ result, edits } = lintEntries(file, text, readEntries(file, text, extension), settings, onTiming));
  }
  return text === original ? { result } : { result, fixedText: text };
}

function ignored(config: Config, file: string): boolean {
  return config.ignores.length > 0 && matcher(config.ignores)(file);
}

function read(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new FileError(file, undefined, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

interface Args {
  paths: string[];
  format: FormatterName;
  fix: boolean;
  maxWarnings?: number;
  config?: string;
  marketplace?: string;
  help: boolean;
  version: boolean;
}

class UsageError extends Error {}

function parse(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        fix: { type: "boolean", default: false },
        "max-warnings": { type: "string" },
        config: { type: "string", short: "c" },
        marketplace: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format as string;
  if (!(format in FORMATTERS)) throw new UsageError(`unknown format "${format}"; use ${Object.keys(FORMATTERS).join(", ")}`);
  let maxWarnings: number | undefined;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, got "${values["max-warnings"]}"`);
  }
  const marketplace = values.marketplace?.toUpperCase();
  return {
    paths: positionals,
    format: format as FormatterName,
    fix: values.fix === true,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(values.config ? { config: values.config } : {}),
    ...(marketplace ? { marketplace } : {}),
    help: values.help === true,
    version: values.version === true,
  };
}

try {
  process.exitCode = main(process.argv.slice(2), process.cwd());
} catch (error) {
  // One clear line on stderr, nothing on stdout.
  if (error instanceof FileError || error instanceof UsageError) process.stderr.write(`msglint: ${error.message}\n`);
  else process.stderr.write(`msglint: ${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 2;
}
