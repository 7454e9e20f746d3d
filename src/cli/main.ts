#!/usr/bin/env node
/**
 * msglint command line: lints repositories of message templates. It uses only the package's public
 * API; file I/O, configuration and terminal output live here.
 */
import { writeFileSync } from "node:fs";
import process from "node:process";
import { parseArgs } from "node:util";
import { rules } from "msglint";
import { loadConfig, matcher, type Config } from "./config.js";
import { collectFiles } from "./files.js";
import { FORMATTERS, type FormatterName } from "./formatters/index.js";
import { lintFiles, RelayedError, type Concurrency } from "./lint-files.js";
import { Progress } from "./progress.js";
import { timingRows, TimingTotals } from "./timing.js";
import { FileError } from "./types.js";
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
  --concurrency N|auto|off             lint on N threads; auto: one per core for large runs on 3+ cores (default)
  -v, --version                        print the version
  -h, --help                           print this help

Exit codes: 0 no errors; 1 errors found (or more warnings than --max-warnings);
2 bad usage, bad config, or a file that cannot be read or parsed.
`;

export async function main(argv: string[], cwd: string): Promise<number> {
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
  // MSGLINT_TIMING=1 (like ESLint's TIMING): time every rule and shared computation, table on stderr.
  // The times are summed on one thread, so such a run does not spread over workers.
  const rows = timingRows(process.env.MSGLINT_TIMING);
  const timing = rows === undefined ? undefined : new TimingTotals(rows);
  const outcomes = await lintFiles(files, config, { fix: args.fix, ...(args.marketplace ? { marketplace: args.marketplace } : {}) }, {
    cwd,
    ...(args.config ? { configPath: args.config } : {}),
    concurrency: timing ? "off" : args.concurrency,
    onProgress: (n) => progress.tick(n),
    ...(timing ? { timing } : {}),
  });
  progress.done();
  const results = outcomes.map((o) => o.result);
  const rewrites = outcomes.flatMap((o, i): [string, string][] => (o.fixedText === undefined ? [] : [[files[i]!, o.fixedText]]));
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

function ignored(config: Config, file: string): boolean {
  return config.ignores.length > 0 && matcher(config.ignores)(file);
}

interface Args {
  paths: string[];
  format: FormatterName;
  fix: boolean;
  maxWarnings?: number;
  config?: string;
  marketplace?: string;
  concurrency: Concurrency;
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
        concurrency: { type: "string", default: "auto" },
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
  const concurrency = parseConcurrency(values.concurrency as string);
  return {
    paths: positionals,
    format: format as FormatterName,
    fix: values.fix === true,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(values.config ? { config: values.config } : {}),
    ...(marketplace ? { marketplace } : {}),
    concurrency,
    help: values.help === true,
    version: values.version === true,
  };
}

function parseConcurrency(value: string): Concurrency {
  if (value === "auto" || value === "off") return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency takes a whole number of at least 1, "auto" or "off", got "${value}"`);
  return n;
}

try {
  process.exitCode = await main(process.argv.slice(2), process.cwd());
} catch (error) {
  // One clear line on stderr, nothing on stdout.
  if (error instanceof FileError || error instanceof UsageError || error instanceof RelayedError) process.stderr.write(`msglint: ${error.message}\n`);
  else process.stderr.write(`msglint: ${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 2;
}
