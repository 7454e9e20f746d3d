import type { LintJob, FileOutcome } from "./lint-task.js";

/** What a lint worker is started with. */
export interface WorkerSetup {
  cwd: string;
  /** The --config argument, if any: each worker loads the config itself (it holds functions). */
  configPath?: string;
  files: string[];
  job: LintJob;
  /** The shared state of the run's ChunkQueue, and its chunk size. */
  queue: Int32Array;
  chunk: number;
}

/** A worker's answer for one chunk: every outcome, or the first file that failed and why. */
export type WorkerReply =
  | { start: number; outcomes: FileOutcome[] }
  | { start: number; failedAt: number; message: string };
