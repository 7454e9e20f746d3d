import type { Config } from "./config.js";
import { lintFile, type LintJob } from "./lint-task.js";
import type { WorkerReply } from "./worker-protocol.js";

/** Lints files[start, end) in order, stopping at the first file that fails. */
export function lintChunk(files: readonly string[], start: number, end: number, config: Config, job: LintJob): WorkerReply {
  const outcomes = [];
  for (let i = start; i < end; i++) {
    try {
      outcomes.push(lintFile(files[i]!, config, job));
    } catch (error) {
      return { start, failedAt: i, message: error instanceof Error ? error.message : String(error) };
    }
  }
  return { start, outcomes };
}
