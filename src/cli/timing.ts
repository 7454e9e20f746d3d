import type { LintTiming } from "msglint";

/** Rows shown unless MSGLINT_TIMING asks for more (as ESLint's TIMING does). */
const DEFAULT_ROWS = 10;

/**
 * How many rows of the timing table MSGLINT_TIMING asks for, or undefined when it is unset, empty or
 * "0" (no timing at all). "all" shows every row; a number above 10 shows that many; anything else 10.
 */
export function timingRows(value: string | undefined): number | undefined {
  if (value === undefined || value === "" || value === "0") return undefined;
  if (value.toLowerCase() === "all") return Number.POSITIVE_INFINITY;
  const n = Number.parseInt(value, 10);
  return Number.isInteger(n) && n > DEFAULT_ROWS ? n : DEFAULT_ROWS;
}

/** Sums the `timing` of every lint of a run: per rule, and per shared computation (as `memo:<key>`). */
export class TimingTotals {
  private readonly totals = new Map<string, number>();

  /** `rows`: how many of the slowest parts the table shows. */
  constructor(private readonly rows: number) {}

  add(timing: LintTiming): void {
    for (const [id, ms] of Object.entries(timing.rules)) this.totals.set(id, (this.totals.get(id) ?? 0) + ms);
    for (const [key, ms] of Object.entries(timing.memo)) this.totals.set(`memo:${key}`, (this.totals.get(`memo:${key}`) ?? 0) + ms);
  }

  /** The slowest parts as a table, in the layout of ESLint's TIMING output. */
  format(): string {
    const all = [...this.totals].sort((a, b) => b[1] - a[1]);
    const sum = all.reduce((n, [, ms]) => n + ms, 0);
    const shown = all.slice(0, this.rows).map(([name, ms]) => [name, ms.toFixed(3), `${sum > 0 ? ((100 * ms) / sum).toFixed(1) : "0.0"}%`]);
    const header = ["Rule", "Time (ms)", "Relative"];
    const widths = header.map((h, i) => Math.max(h.length, ...shown.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ");
    // Each cell of a row is padded by one space on each inner side; the separator matches it.
    const last = widths.length - 1;
    const rule = widths.map((w, i) => (i === 0 ? `:${"-".repeat(w)}` : `${"-".repeat(i === last ? w : w + 1)}:`)).join("|");
    return [line(header), rule, ...shown.map(line)].join("\n") + "\n";
  }
}
