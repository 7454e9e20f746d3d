import type { Span } from "./mask.js";

/**
 * Template placeholders are opaque: a rule never reports what is inside `{{order_id}}` or
 * `[トラッキングリンク]`. The bracket form excludes `[.]`, `[at]` and `[dot]`, which hide links.
 */
export const DEFAULT_PLACEHOLDERS: readonly RegExp[] = [
  /\{\{[^{}\n]{1,80}\}\}/g,
  /\$\{[^{}\n]{1,80}\}/g,
  /\{[\p{L}_][\p{L}\p{N}_.\- ]{0,60}\}/gu,
  /%[A-Za-z_][A-Za-z0-9_]{0,60}%/g,
  /<<[^<>\n]{1,80}>>/g,
  /\[(?!\s*(?:at|dot|\.)\s*\])[\p{L}\p{N}_][\p{L}\p{N}_ \-]{0,60}\]/gu,
];

/** Finds placeholder spans; overlapping matches of different patterns are all kept. */
export function findPlaceholders(text: string, patterns: readonly RegExp[]): Span[] {
  const spans: Span[] = [];
  if (!/[{}[\]%<]/.test(text)) return spans;
  for (const pattern of patterns) {
    const re = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + "g");
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      spans.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** True when `[start, end)` overlaps a placeholder. */
export function insidePlaceholder(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}
