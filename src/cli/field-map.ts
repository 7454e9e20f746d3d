import type { FieldLocation } from "./types.js";

/**
 * Builds the map from a decoded string back to the file it was read from: each unit of the string
 * stands for a span of the file (one character, or a whole escape such as `\n` or `\u00e9`).
 */
export class FieldMapBuilder {
  private starts: number[] = [];
  private ends: number[] = [];
  value = "";

  /** Appends `text`, found verbatim at file offset `at`. */
  verbatim(text: string, at: number): void {
    this.value += text;
    for (let i = 0; i < text.length; i++) {
      this.starts.push(at + i);
      this.ends.push(at + i + 1);
    }
  }

  /** Appends `text`, written in the file as the span `[from, to)` (an escape). */
  escaped(text: string, from: number, to: number): void {
    this.value += text;
    for (let i = 0; i < text.length; i++) {
      this.starts.push(from);
      this.ends.push(to);
    }
  }

  /** A location whose map is exact, or none when `expected` (what the parser decoded) differs. */
  location(start: number, expected: string, encode: (text: string) => string): FieldLocation {
    if (this.value !== expected) return { start };
    const { starts, ends } = this;
    const end = starts.length ? ends[ends.length - 1]! : start;
    return {
      start,
      encode,
      map: (s, e) => {
        if (starts.length === 0) return [start, start];
        const from = s < starts.length ? starts[s]! : end;
        const to = e > s ? ends[Math.min(e, ends.length) - 1]! : from;
        return [from, Math.max(from, to)];
      },
    };
  }
}

/** A field that is the file itself from `start` on (the body of a text file). */
export function verbatimLocation(start: number): FieldLocation {
  return { start, map: (s, e) => [start + s, start + e], encode: (text) => text };
}

/** JSON string literal `raw` (quotes included) at file offset `at`, decoded with its map. */
export function jsonStringLocation(raw: string, at: number, expected: string): FieldLocation {
  const b = new FieldMapBuilder();
  const SIMPLE: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
  for (let i = 1; i < raw.length - 1; i++) {
    const c = raw[i]!;
    if (c !== "\\") {
      b.verbatim(c, at + i);
      continue;
    }
    const e = raw[i + 1]!;
    if (e === "u") {
      b.escaped(String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)), at + i, at + i + 6);
      i += 5;
    } else {
      b.escaped(SIMPLE[e] ?? e, at + i, at + i + 2);
      i += 1;
    }
  }
  return b.location(at + 1, expected, (text) => JSON.stringify(text).slice(1, -1));
}

/** YAML double-quoted escapes (a superset of JSON's). */
const YAML_ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b", " ": " ",
  '"': '"', "/": "/", "\\": "\\", N: "\u0085", _: "\u00a0", L: "\u2028", P: "\u2029",
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * A YAML scalar's location. `kind` is the scalar's style as the yaml library names it; `range` its
 * [start, valueEnd] in the file. Single-line plain and quoted scalars and literal blocks map exactly;
 * anything folded maps only when folding changed nothing (the decoded value is checked against the parser's).
 */
export function yamlScalarLocation(
  text: string,
  kind: string,
  range: [number, number],
  expected: string,
): FieldLocation {
  const [start, end] = range;
  const raw = text.slice(start, end);
  const b = new FieldMapBuilder();
  if (kind === "PLAIN") {
    b.verbatim(raw, start);
    return b.location(start, expected, (t) => t);
  }
  if (kind === "QUOTE_SINGLE") {
    if (raw.includes("\n")) return { start: start + 1 };
    for (let i = 1; i < raw.length - 1; i++) {
      if (raw[i] === "'" && raw[i + 1] === "'") {
        b.escaped("'", start + i, start + i + 2);
        i++;
      } else b.verbatim(raw[i]!, start + i);
    }
    return b.location(start + 1, expected, (t) => t.replace(/'/g, "''"));
  }
  if (kind === "QUOTE_DOUBLE") {
    if (raw.includes("\n")) return { start: start + 1 };
    for (let i = 1; i < raw.length - 1; i++) {
      const c = raw[i]!;
      if (c !== "\\") {
        b.verbatim(c, start + i);
        continue;
      }
      const e = raw[i + 1]!;
      const hex = HEX_LENGTH[e];
      if (hex) {
        const cp = parseInt(raw.slice(i + 2, i + 2 + hex), 16);
        b.escaped(String.fromCodePoint(cp), start + i, start + i + 2 + hex);
        i += 1 + hex;
      } else {
        b.escaped(YAML_ESCAPES[e] ?? e, start + i, start + i + 2);
        i += 1;
      }
    }
    return b.location(start + 1, expected, (t) => JSON.stringify(t).slice(1, -1));
  }
  if (kind === "BLOCK_LITERAL" || kind === "BLOCK_FOLDED") return blockLocation(text, start, end, expected);
  return { start };
}

/** `|` and `>` blocks: content lines with their indentation removed, line breaks kept. */
function blockLocation(text: string, start: number, end: number, expected: string): FieldLocation {
  const headerEnd = text.indexOf("\n", start);
  if (headerEnd < 0 || headerEnd >= end) return { start };
  const header = text.slice(start, headerEnd);
  const explicit = header.match(/^[|>][+-]?(\d)|^[|>](\d)[+-]?/);
  const lines: { at: number; text: string }[] = [];
  let at = headerEnd + 1;
  while (at < end) {
    const nl = text.indexOf("\n", at);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    lines.push({ at, text: text.slice(at, lineEnd) });
    at = lineEnd + 1;
  }
  const first = lines.find((l) => l.text.trim() !== "");
  const indent = explicit ? Number(explicit[1] ?? explicit[2]) + parentIndent(text, start) : (first?.text.match(/^ */)![0].length ?? 0);
  const b = new FieldMapBuilder();
  for (const line of lines) {
    const content = line.text.length > indent ? line.text.slice(indent) : "";
    b.verbatim(content, line.at + Math.min(indent, line.text.length));
    b.verbatim("\n", line.at + line.text.length);
  }
  // Chomping only drops trailing line breaks: what the parser kept is a prefix of the rebuilt text.
  const trimmed = new FieldMapBuilder();
  const full = b.value;
  if (!full.startsWith(expected) || /\S/.test(full.slice(expected.length))) return { start: first ? first.at + indent : start };
  // Rebuild only the kept prefix so the map has exactly one entry per unit of the value.
  let count = 0;
  for (const line of lines) {
    const content = line.text.length > indent ? line.text.slice(indent) : "";
    for (let i = 0; i < content.length && count < expected.length; i++, count++) trimmed.verbatim(content[i]!, line.at + Math.min(indent, line.text.length) + i);
    if (count < expected.length) {
      trimmed.verbatim("\n", line.at + line.text.length);
      count++;
    }
  }
  return trimmed.location(first ? first.at + indent : start, expected, (t) => t);
}

/** Indentation of the line holding the block header (explicit indentation counts from it). */
function parentIndent(text: string, at: number): number {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  return text.slice(lineStart).match(/^ */)![0].length;
}
