// Prints the benchmark's summary tables: aligned text for a terminal, or Markdown (--markdown) to paste
// into the README. Cells are strings; columns whose cells all look like numbers are right-aligned.

const NUMERIC = /^(?:[\d.,]+ ?[×%]?|–)$/;

/** Prints `rows` (objects with the same keys, in column order) under `title`, with an optional note. */
export function printTable(title, rows, { markdown = false, note } = {}) {
  const columns = Object.keys(rows[0] ?? {});
  const right = columns.map((c) => rows.every((r) => NUMERIC.test(String(r[c]))));
  const cells = rows.map((r) => columns.map((c) => String(r[c])));
  if (markdown) {
    const line = (values) => `| ${values.join(" | ")} |`;
    console.log(`### ${title}\n`);
    console.log(line(columns));
    console.log(line(right.map((r) => (r ? "---:" : "---"))));
    for (const row of cells) console.log(line(row));
    if (note) console.log(`\n${note}`);
    console.log("");
    return;
  }
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const pad = (values) => values.map((v, i) => (right[i] ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join("  ");
  console.log(`\n${title}`);
  console.log(pad(columns));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells) console.log(pad(row));
  if (note) console.log(note);
}

/** The value at quantile `q` (0..1) of sorted numbers. */
export function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export const median = (values) => quantile([...values].sort((a, b) => a - b), 0.5);

/** Milliseconds as microseconds with one decimal, thousands separated ("1,234.5"). */
export const us = (ms) => (ms * 1000).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const msText = (ms) => ms.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const ratio = (a, b) => `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×`;
export const bytes = (n) => n.toLocaleString("en-US");
