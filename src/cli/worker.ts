/**
 * A lint worker of the command line: lints chunks of the file list, claimed from the run's shared
 * queue, and posts each chunk's outcomes to the main thread. It loads the configuration itself, so it
 * reads exactly what the main thread read. It ends when no chunk is left.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ChunkQueue } from "./chunk-queue.js";
import { loadConfig } from "./config.js";
import { lintChunk } from "./lint-chunk.js";
import type { WorkerReply, WorkerSetup } from "./worker-protocol.js";

const setup = workerData as WorkerSetup;
const port = parentPort!;
const config = loadConfig(setup.cwd, setup.configPath);
const queue = new ChunkQueue(setup.queue, setup.files.length, setup.chunk);

for (let chunk = queue.take(); chunk; chunk = queue.take()) {
  const reply: WorkerReply = lintChunk(setup.files, chunk[0], chunk[1], config, setup.job);
  port.postMessage(reply);
  if ("failedAt" in reply) {
    queue.stop();
    break;
  }
}
