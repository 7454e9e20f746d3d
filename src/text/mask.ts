import { CodePointSet } from "./code-point-set.js";
import { isSpace } from "./sentences.js";

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

/** `maskCjk(text).slice(start, end)`, masking only that stretch (and a unit on each side, for pairs cut there). */
export function maskCjkSlice(text: string, start: number, end: number): string {
  const from = start > 0 ? start - 1 : start;
  const to = end < text.length ? end + 1 : end;
  const masked = CJK.blank(text.slice(from, to));
  return masked.slice(start - from, masked.length - (to - end));
}

/** Whether `maskCjk(text)` has white space at unit `i`: the text has, or the unit is part of a masked code point. */
export function isMaskedSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isSpace(c)) return true;
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const high = text.charCodeAt(i - 1);
    return high >= 0xd800 && high <= 0xdbff && CJK.unitsAt(text, i - 1) === 2;
  }
  return CJK.unitsAt(text, i) > 0;
}
