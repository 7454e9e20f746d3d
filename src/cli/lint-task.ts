import { readFileSync } from "node:fs";
import type { LintTiming } from "msglint";
import { extname } from "node:path";
import { settingsFor, type Config } from "./config.js";
import { readEntries } from "./entries.js";
import { applyEdits } from "./fix-file.js";
import { lintEntries } from "./lint-file.js";
import type { TimingTotals } from "./timing.js";
import { FileError, type FileResult } from "./types.js";

/** What every file of one run is linted with, besides the config. */
export interface LintJob {
  fix: boolean;
  marketplace?: string;
}

/** The result of one file, and its new text when --fix changed it. */
export interface FileOutcome {
  result: FileResult;
  fixedText?: string;
}

/** Passes of --fix per file: a fix can reveal another fixable finding. */
const MAX_FIX_PASSES = 10;

/**
 * Reads, lints and (with --fix) fixes one file in memory. Throws `FileError` for a file it cannot use.
 * With `timing`, every lint is timed and added to it.
 */
export function lintFile(file: string, config: Config, job: LintJob, timing?: TimingTotals): FileOutcome {
  const settings = settingsFor(config, file, job.marketplace);
  if (timing) settings.options.timing = true;
  const onTiming = timing && ((t: LintTiming) => timing.add(t));
  const extension = extname(file).toLowerCase();
  const original = read(file);
  let text = original;
  let { result, edits } = lintEntries(file, text, readEntries(file, text, extension), settings, onTiming);
  if (!job.fix) return { result };
  for (let pass = 0; pass < MAX_FIX_PASSES && edits.length; pass++) {
    const fixed = applyEdits(text, edits);
    if (fixed.applied === 0 || fixed.text === text) break;
    text = fixed.text;
    ({ result, edits } = lintEntries(file, text, readEntries(file, text, extension), settings));
  }
  return text === original ? { result } : { result, fixedText: text };
}

function read(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new FileError(file, undefined, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
