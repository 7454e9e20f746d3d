import type { FileEdit } from "./lint-file.js";

/**
 * Applies non-overlapping edits to a file's text, from the end so earlier offsets stay valid. Of two
 * overlapping edits the first wins; the other is left for the next pass.
 */
export function applyEdits(text: string, edits: FileEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: FileEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || (e.start === lastEnd && e.start === e.end)) continue;
    chosen.push(e);
    lastEnd = e.end;
  }
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const e = chosen[i]!;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return { text: out, applied: chosen.length };
}
