import process from "node:process";

/** Runs this long get a progress line. */
const MIN_FILES = 300;

/**
 * A progress line on stderr for long runs, only on a terminal: never in CI, never when stderr is
 * piped or redirected, so logs and parsed output stay clean.
 */
export class Progress {
  private done_ = 0;
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(private readonly total: number) {
    this.enabled = total >= MIN_FILES && process.stderr.isTTY === true && !process.env.CI;
  }

  /** Counts `files` more files as done. */
  tick(files = 1): void {
    this.done_ += files;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.done_ < this.total) return;
    this.lastDraw = now;
    process.stderr.write(`\rmsglint: ${this.done_}/${this.total} files`);
  }

  done(): void {
    if (this.enabled) process.stderr.write("\r\x1b[2K");
  }
}
