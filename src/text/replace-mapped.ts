import { MappedStringBuilder, type MappedText } from "./offset-map.js";

/**
 * Like `String.prototype.replace` with a global regex, but returns the map of the result back to the
 * original field (through `view.map`). `replacer` returns the replacement, or `undefined` to keep the match.
 * Also returns the replaced ranges in result coordinates.
 */
export function replaceMapped(
  view: MappedText,
  re: RegExp,
  replacer: (match: RegExpMatchArray) => string | undefined,
): MappedText & { replaced: { start: number; end: number }[] } {
  const { text } = view;
  const out = new MappedStringBuilder(text.length);
  const replaced: { start: number; end: number }[] = [];
  let last = 0;
  let outLength = 0;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const replacement = replacer(m);
    if (replacement === undefined) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (start > last) {
      out.keep(text.slice(last, start), last);
      outLength += start - last;
    }
    out.replace(replacement, start, end);
    replaced.push({ start: outLength, end: outLength + replacement.length });
    outLength += replacement.length;
    last = end;
  }
  if (replaced.length === 0) return { ...view, replaced };
  if (last < text.length) out.keep(text.slice(last), last);
  const built = out.build();
  return { text: built.text, map: view.map.compose(built.map), replaced };
}
