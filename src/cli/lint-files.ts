import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Config } from "./config.js";
import { ChunkQueue } from "./chunk-queue.js";
import { lintChunk } from "./lint-chunk.js";
import { lintFile, type FileOutcome, type LintJob } from "./lint-task.js";
import type { TimingTotals } from "./timing.js";
import type { WorkerReply, WorkerSetup } from "./worker-protocol.js";

/** Below this many files, starting a worker (it imports the library anew) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 400;
/** Lanes used by "auto": one per core, at most this many. */
const MAX_AUTO_LANES = 4;
/**
 * "auto" spreads work only over at least this many cores. On two cores a worker lost: 10,000 templates
 * took 2.9 s on two threads and 2.4 s on one, since the worker spends its first ~0.6 s loading the
 * library and compiling its expressions while the main thread lints, and two busy threads each ran a
 * file at about half the speed of one (two separate processes did the same: the cores share more
 * than they seem to).
 */
const MIN_CORES_FOR_AUTO = 3;
/** Files per chunk: small enough to keep the lanes evenly busy, large enough that messages stay rare. */
const CHUNK = 100;

/** `--concurrency`: a number of lanes, "auto" (one per core for large runs) or "off" (this thread only). */
export type Concurrency = number | "auto" | "off";

/** An error a worker met, told again on the main thread with the same sentence. */
export class RelayedError extends Error {}

export interface LintFilesOptions {
  cwd: string;
  configPath?: string;
  concurrency: Concurrency;
  onProgress: (files: number) => void;
  /** Time every lint and add it here (on this thread only: use with concurrency "off"). */
  timing?: TimingTotals;
}

/**
 * Lints every file and returns the outcomes in the order of `files`, whatever lane linted them.
 * Large runs are spread over worker threads; the main thread takes chunks too. When files fail, the
 * error of the first one in file order is thrown, as a run on one thread would throw it.
 */
export async function lintFiles(files: readonly string[], config: Config, job: LintJob, options: LintFilesOptions): Promise<FileOutcome[]> {
  const lanes = laneCount(files.length, options.concurrency);
  if (lanes <= 1) {
    return files.map((file) => {
      const outcome = lintFile(file, config, job, options.timing);
      options.onProgress(1);
      return outcome;
    });
  }

  const outcomes = new Array<FileOutcome>(files.length);
  // Chunks go out in file order, so once a file fails every file before it is already handed out.
  const queue = ChunkQueue.create(files.length, CHUNK);
  let failure: { at: number; message: string } | undefined;
  const record = (reply: WorkerReply) => {
    if ("failedAt" in reply) {
      queue.stop();
      if (!failure || reply.failedAt < failure.at) failure = { at: reply.failedAt, message: reply.message };
      return;
    }
    reply.outcomes.forEach((outcome, k) => (outcomes[reply.start + k] = outcome));
    options.onProgress(reply.outcomes.length);
  };

  const setup: WorkerSetup = {
    cwd: options.cwd,
    files: [...files],
    job,
    queue: queue.state,
    chunk: CHUNK,
    ...(options.configPath ? { configPath: options.configPath } : {}),
  };
  const workers: Worker[] = [];
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL("./cli-worker.js", import.meta.url), { workerData: setup });
      workers.push(worker);
      worker.on("message", record);
      worker.on("error", reject);
      worker.on("exit", () => resolve());
    });
  const mainLane = async () => {
    for (let chunk = queue.take(); chunk; chunk = queue.take()) {
      record(lintChunk(files, chunk[0], chunk[1], config, job));
      // Let the workers' replies in before the next chunk.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([mainLane(), ...Array.from({ length: lanes - 1 }, runWorker)]);
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  if (failure) throw new RelayedError(failure.message);
  return outcomes;
}

function laneCount(files: number, concurrency: Concurrency): number {
  if (concurrency === "off") return 1;
  const cores = availableParallelism();
  const wanted = concurrency === "auto" ? (files >= MIN_FILES_FOR_WORKERS && cores >= MIN_CORES_FOR_AUTO ? Math.min(cores, MAX_AUTO_LANES) : 1) : concurrency;
  // No lane without a chunk of its own.
  return Math.max(1, Math.min(wanted, Math.ceil(files / CHUNK)));
}
