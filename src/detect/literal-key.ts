/**
 * The longest piece of plain text every match of a regular-expression term must contain, or null
 * when the term has none of at least `MIN_KEY` characters. A catalog's cheap pre-test looks for these
 * keys instead of running its terms: a search for literal text is many times faster than a search for
 * hundreds of alternatives with classes and lookarounds, and it never misses, since a term cannot match
 * where its key is absent.
 *
 * Only text outside every group and class counts, and only characters not made optional by a
 * following `?`, `*` or `{0,…}`. An alternation at the top level makes the whole term keyless.
 */
const MIN_KEY = 3;
const SPECIAL = new Set(["\\", "(", ")", "[", "]", "{", "}", "|", "?", "*", "+", ".", "^", "$"]);
/** Escapes that stand for one literal character. */
const ESCAPED_LITERAL = /^[-.\\/()[\]{}|?*+^$'"“”„«»%&#@!:;,=<>~`]$/;

export function literalKey(term: string): string | null {
  let best = "";
  let run = "";
  let depth = 0;
  let i = 0;
  const flush = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  /** Whether a quantifier that allows zero repetitions follows position `at`. */
  const optionalAt = (at: number) => term[at] === "?" || term[at] === "*" || /^\{0[,}]/.test(term.slice(at, at + 3));
  while (i < term.length) {
    const c = term[i]!;
    if (c === "\\") {
      const next = term[i + 1] ?? "";
      if (depth === 0 && ESCAPED_LITERAL.test(next)) {
        if (optionalAt(i + 2)) { flush(); i += 2; continue; }
        if (term[i + 2] === "+" || term[i + 2] === "{") { run += next; flush(); i += 2; continue; }
        run += next;
      } else {
        flush();
        // \p{…} and \u{…} carry a brace group of their own.
        if ((next === "p" || next === "P" || next === "u") && term[i + 2] === "{") i = term.indexOf("}", i) - 1;
      }
      i += 2;
      continue;
    }
    if (c === "[") {
      flush();
      const end = classEnd(term, i);
      i = end + 1;
      continue;
    }
    if (c === "(") { flush(); depth++; i++; continue; }
    if (c === ")") { depth--; i++; continue; }
    if (c === "|" && depth === 0) return null;
    if (depth > 0) { i++; continue; }
    if (SPECIAL.has(c)) {
      // A quantifier makes the character before it optional or repeatable: drop it from the run.
      if (c === "?" || c === "*" || (c === "{" && /^\{0[,}]/.test(term.slice(i, i + 3)))) run = run.slice(0, -1);
      else if (c === "+" || c === "{") { /* one or more: the character stays, the run ends */ }
      flush();
      if (c === "{") i = term.indexOf("}", i);
      i++;
      continue;
    }
    if (optionalAt(i + 1)) { flush(); i++; continue; }
    run += c;
    i++;
  }
  flush();
  return [...best].length >= MIN_KEY ? best : null;
}

function classEnd(term: string, start: number): number {
  for (let i = start + 1; i < term.length; i++) {
    if (term[i] === "\\") i++;
    else if (term[i] === "]") return i;
  }
  return term.length - 1;
}
