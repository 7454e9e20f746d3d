/**
 * `text.replace(pattern, " ")` for a global pattern that starts with a lookbehind (the engine then
 * tries it at every position, several nanoseconds a unit), searched only from where a match can
 * first start. `firstStart(text, from)` must give a position at or after `from` before which no match
 * starts, or -1 when none starts at all; the search runs from there, so the matches are exactly the
 * pattern's (tests compare the two).
 */
export function replaceSeeded(text: string, pattern: RegExp, firstStart: (text: string, from: number) => number): string {
  let out = "";
  let kept = 0;
  let from = 0;
  while (from <= text.length) {
    const at = firstStart(text, from);
    if (at < 0) break;
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) break;
    out += text.slice(kept, m.index) + " ";
    kept = m.index + m[0].length;
    from = m[0].length > 0 ? kept : m.index + 1;
  }
  return kept === 0 && out === "" ? text : out + text.slice(kept);
}

/**
 * The start of the run of units that `inRun` accepts and that ends at `end` (exclusive), looking no
 * further back than `limit`.
 */
export function runStartBefore(text: string, end: number, limit: number, inRun: (c: number) => boolean): number {
  let start = end;
  while (start > limit && inRun(text.charCodeAt(start - 1))) start--;
  return start;
}
