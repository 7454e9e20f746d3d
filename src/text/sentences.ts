import type { Span } from "./mask.js";

/**
 * Titles and abbreviations after which a period does not end a sentence ("Sra. Gomes", "Dr. Wagner",
 * "z. B."); a single capital ("M. Dupont", "J. Smith") is an initial.
 */
const TITLES = [
  "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Sra", "Srta", "Sres", "Dña?", "Sig", "Sigg", "Sig\\.ra", "Dott",
  "Mme", "Mlle", "Mmes", "Hr", "Fr", "Hrn", "Fam", "Pan", "Bay", "St", "Nr", "No", "Nº", "Co", "Inc", "Ltd",
  "etc", "ca", "bzw", "vs", "approx", "Art", "Ref",
].join("|");

/**
 * Splits text into sentences: after `。！？!?` always, after `.` when a space and a non-lowercase
 * character follow and no title or initial precedes it (so `e.g. the`, `3.5`, `Dr. Lee` and `M. Dupont`
 * stay inside their sentence), and at line breaks.
 * Spans are trimmed of surrounding white space; empty sentences are dropped.
 */
const BOUNDARY = new RegExp(
  `[。！？!?]+[」』）)"'”’]*` +
    `|(?<!\\b(?:${TITLES}))(?<!(?:^|[^\\p{L}])\\p{Lu})\\.(?=[)"'”’]*\\s+[^\\p{Ll}\\s])[)"'”’]*` +
    "|\\n+|;\\s",
  "gu",
);

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m[0].startsWith("\n") ? m.index! : m.index! + m[0].length;
    pushTrimmed(text, from, end, spans);
    from = m.index! + m[0].length;
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/**
 * Whether `/\s/` matches the unit `c` (ECMAScript's WhiteSpace and LineTerminator), without running an
 * expression per character: trimming is done for every sentence of every field.
 */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
