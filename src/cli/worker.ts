/**
 * A lint worker of the command line: lints the chunks of the file list the main thread hands it.
 * It loads the configuration itself, so it reads exactly what the main thread read.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadConfig } from "./config.js";
import { lintChunk } from "./lint-chunk.js";
import type { WorkerReply, WorkerRequest, WorkerSetup } from "./worker-protocol.js";

const setup = workerData as WorkerSetup;
const port = parentPort!;
const config = loadConfig(setup.cwd, setup.configPath);

port.on("message", (request: WorkerRequest) => {
  if (request === null) {
    port.close();
    return;
  }
  const reply: WorkerReply = lintChunk(setup.files, request[0], request[1], config, setup.job);
  port.postMessage(reply);
});
