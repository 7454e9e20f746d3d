import { CodePointSet } from "./code-point-set.js";

/** Same-length masks: the masked string has exactly the offsets of its input. */

export interface Span {
  start: number;
  end: number;
}

/** Replaces every unit inside `spans` with a space (line breaks are kept so lines stay lines). */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const chars = text.split("");
  for (const { start, end } of spans) {
    for (let i = start; i < end && i < chars.length; i++) if (chars[i] !== "\n") chars[i] = " ";
  }
  return chars.join("");
}

/**
 * Han, kana, Hangul and CJK punctuation become spaces, so a URL glued to Japanese text
 * (`詳細はexample.comをご覧ください`) is found with the boundaries a reader sees.
 */
const CJK = new CodePointSet(
  "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303F\\u30FC\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF5B-\\uFF65]",
);

export function maskCjk(text: string): string {
  return CJK.blank(text);
}
