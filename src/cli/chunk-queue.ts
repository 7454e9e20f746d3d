/**
 * The chunks of a run's file list, claimed by every lane from one counter in shared memory: a lane
 * takes its next chunk the moment it finished the last, without a round trip through the main thread
 * (which may be busy linting a chunk of its own). Chunks go out in file order.
 */
export class ChunkQueue {
  constructor(
    /** [next file index, stopped flag], in a SharedArrayBuffer so that worker threads share it. */
    readonly state: Int32Array,
    readonly total: number,
    readonly size: number,
  ) {}

  static create(total: number, size: number): ChunkQueue {
    return new ChunkQueue(new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)), total, size);
  }

  /** The next chunk [start, end), or null when every chunk is taken or the run stopped. */
  take(): [number, number] | null {
    if (Atomics.load(this.state, STOPPED) !== 0) return null;
    const start = Atomics.add(this.state, NEXT, this.size);
    return start < this.total ? [start, Math.min(this.total, start + this.size)] : null;
  }

  /** Hands out no more chunks (a file failed: every file before it is already handed out). */
  stop(): void {
    Atomics.store(this.state, STOPPED, 1);
  }
}

const NEXT = 0;
const STOPPED = 1;
