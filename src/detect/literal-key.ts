import { FUNCTION_WORDS } from "./function-words.js";
/**
 * Literal keys of a regular-expression term: pieces of plain text of which every match of the term
 * contains at least one, each at a known distance (in UTF-16 units) from the start of the match.
 * The phrase matcher looks for the keys, which is cheap, and tries a term only where a key puts the
 * start of a match; a term cannot match where none of its keys occurs, so nothing is missed.
 *
 * The terms are the catalogs' regular-expression sources (flags `iu`). The parser understands what
 * they use: literals and escaped punctuation, classes, `.`, `\p{…}` and the other escapes, groups,
 * lookarounds, alternation and quantifiers. Anything it does not understand makes a term keyless,
 * and a keyless term is searched for everywhere, as before.
 */

/** One key: `text` (lower case) starts between `min` and `max` units after the match starts. */
export interface TermKey {
  text: string;
  min: number;
  max: number;
}

/**
 * Keys that share their place, written as the piece of the term they come from: the strings that
 * `term.slice(from, to)` matches, lower-cased (see `groupKeys`). A catalog can carry its terms' key
 * groups, chosen at build time, in a few bytes each (key-table.ts).
 */
export interface KeyGroup {
  from: number;
  to: number;
  min: number;
  max: number;
}

/** A group as it is chosen, with its keys' texts. */
interface ChosenGroup extends KeyGroup {
  texts: string[];
}

/** Keys by term: catalogs compiled with other anchors (a second view of one family) share them. */
const keysByTerm = new Map<string, TermKey[] | null>();

/** Keys of `term`, or null when it has none worth looking for. The result is shared: do not change it. */
export function termKeys(term: string): TermKey[] | null {
  let keys = keysByTerm.get(term);
  if (keys === undefined) keysByTerm.set(term, (keys = computeTermKeys(term)));
  return keys;
}

/**
 * Keys of `term`, chosen afresh. The catalogs' terms have theirs chosen while the library is built
 * (build/catalog-key-tables.ts), by this same function.
 */
export function computeTermKeys(term: string): TermKey[] | null {
  const groups = chooseGroups(term);
  return groups && groups.flatMap(({ texts, min, max }) => texts.map((text) => ({ text, min, max })));
}

/** The key groups of `term` (its keys, by the piece of the term they come from), or null. */
export function termKeyGroups(term: string): KeyGroup[] | null {
  const groups = chooseGroups(term);
  return groups && groups.map(({ from, to, min, max }) => ({ from, to, min, max }));
}

function chooseGroups(term: string): ChosenGroup[] | null {
  let node: Node;
  try {
    const parser = new Parser(term);
    node = parser.alternation();
    if (parser.i !== term.length) return null;
  } catch {
    return null;
  }
  return keysOf(node);
}

/** A piece of a term without syntax: it matches itself only. */
const PLAIN = /^[^\\()[\]{}|?*+.^$]*$/;

/**
 * The keys of `group` of `term`, as `computeTermKeys` gives them, without choosing: the piece is
 * read, not searched for keys, and most pieces are plain text.
 */
export function groupKeys(term: string, group: KeyGroup): TermKey[] {
  const piece = term.slice(group.from, group.to);
  const strings = PLAIN.test(piece) ? [piece] : literalsOf(new Parser(piece).alternation());
  if (!strings) throw new Error(`not a key group of ${JSON.stringify(term)}: ${JSON.stringify(piece)}`);
  return [...new Set(strings.map((t) => t.toLowerCase()))].map((text) => ({ text, min: group.min, max: group.max }));
}

/**
 * Parsed terms. `from`/`to`: where a character is written in the term; `at`: where each item of a
 * sequence starts, and where the last ends.
 */
type Node =
  | { t: "char"; c: string; from: number; to: number }
  | { t: "class" }
  | { t: "zero" }
  | { t: "seq"; items: Node[]; at: number[] }
  | { t: "alt"; alts: Node[] }
  | { t: "rep"; min: number; max: number; node: Node }
  | { t: "unknown" };

class ParseError extends Error {}

const BOUNDS = /\{(\d+)(,(\d*))?\}/y;
const PLAIN_CLASS = /^[^-\\^\][]{1,8}$/u;

/** Escapes that stand for one literal character. */
const ESCAPED_LITERAL = /^[-.\\/()[\]{}|?*+^$'"“”„«»%&#@!:;,=<>~`]$/;
/** Escapes for a class of characters (one code point, 1 or 2 units). */
const CLASS_ESCAPE = /^[dDwWsStnrfv0]$/;

class Parser {
  i = 0;
  constructor(private readonly src: string) {}

  alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { t: "alt", alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    const at = [this.i];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      items.push(this.quantified(this.atom()));
      at.push(this.i);
    }
    return { t: "seq", items, at };
  }

  private atom(): Node {
    const s = this.src;
    const c = s[this.i]!;
    if (c === "(") return this.group();
    if (c === "[") {
      const end = classEnd(s, this.i);
      const body = s.slice(this.i + 1, end);
      let from = this.i + 1;
      this.i = end + 1;
      // A short list of plain characters ("[★☆]", "[45]") is an alternation of literals.
      if (PLAIN_CLASS.test(body)) return { t: "alt", alts: [...body].map((c) => ({ t: "char", c, from, to: (from += c.length) })) };
      return { t: "class" };
    }
    if (c === ".") {
      this.i++;
      return { t: "class" };
    }
    if (c === "^" || c === "$") {
      this.i++;
      return { t: "zero" };
    }
    if (c === "\\") {
      const next = s[this.i + 1] ?? "";
      this.i += 2;
      if (ESCAPED_LITERAL.test(next)) return { t: "char", c: next, from: this.i - 2, to: this.i };
      if (next === "b" || next === "B") return { t: "zero" };
      if (next === "p" || next === "P" || next === "u") {
        if (s[this.i] === "{") this.i = s.indexOf("}", this.i) + 1;
        else if (next === "u") this.i += 4;
        if (this.i <= 0) throw new ParseError();
        return { t: "class" };
      }
      if (next === "x") {
        this.i += 2;
        return { t: "class" };
      }
      if (CLASS_ESCAPE.test(next)) return { t: "class" };
      // Back-references and anything else: no assumption about what they match.
      return { t: "unknown" };
    }
    if ("*+?{}])".includes(c)) throw new ParseError();
    const cp = s.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { t: "char", c: ch, from: this.i - ch.length, to: this.i };
  }

  private group(): Node {
    const s = this.src;
    this.i++;
    let zero = false;
    if (s[this.i] === "?") {
      const kind = s.slice(this.i, this.i + 3);
      if (kind.startsWith("?:")) this.i += 2;
      else if (kind.startsWith("?=") || kind.startsWith("?!")) { this.i += 2; zero = true; }
      else if (kind === "?<=" || kind === "?<!") { this.i += 3; zero = true; }
      else if (kind.startsWith("?<")) this.i = s.indexOf(">", this.i) + 1;
      else throw new ParseError();
    }
    const inner = this.alternation();
    if (s[this.i] !== ")") throw new ParseError();
    this.i++;
    return zero ? { t: "zero" } : inner;
  }

  private quantified(node: Node): Node {
    const s = this.src;
    for (;;) {
      const c = s[this.i];
      let min: number;
      let max: number;
      if (c === "?") { min = 0; max = 1; this.i++; }
      else if (c === "*") { min = 0; max = Infinity; this.i++; }
      else if (c === "+") { min = 1; max = Infinity; this.i++; }
      else if (c === "{") {
        BOUNDS.lastIndex = this.i;
        const m = BOUNDS.exec(s);
        if (!m) throw new ParseError();
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
        this.i += m[0].length;
      } else return node;
      if (s[this.i] === "?") this.i++; // lazy: same lengths
      node = { t: "rep", min, max, node };
    }
  }
}

function classEnd(term: string, start: number): number {
  for (let i = start + 1; i < term.length; i++) {
    if (term[i] === "\\") i++;
    else if (term[i] === "]") return i;
  }
  throw new ParseError();
}

/** Smallest and largest number of UTF-16 units `node` can match. */
function lengthOf(node: Node): [number, number] {
  switch (node.t) {
    // Case variants of a character lie in its own plane, so they have its length.
    case "char": return [node.c.length, node.c.length];
    case "class": return [1, 2];
    case "zero": return [0, 0];
    case "unknown": return [0, Infinity];
    case "seq": {
      let lo = 0;
      let hi = 0;
      for (const item of node.items) {
        const [a, b] = lengthOf(item);
        lo += a;
        hi += b;
      }
      return [lo, hi];
    }
    case "alt": {
      let lo = Infinity;
      let hi = 0;
      for (const alt of node.alts) {
        const [a, b] = lengthOf(alt);
        lo = Math.min(lo, a);
        hi = Math.max(hi, b);
      }
      return [lo, hi];
    }
    case "rep": {
      const [a, b] = lengthOf(node.node);
      return [a * node.min, node.max === 0 || b === 0 ? 0 : b * node.max];
    }
  }
}

/**
 * Characters whose lower case is not the one their case-insensitive equivalents share (`ſ` matches
 * `s`, `ς` matches `σ`, `µ` matches `μ`; a capital sigma may lower-case to either): a key that
 * contains one could be missed in lower-cased text, so keys stop at them, and text that contains one
 * is searched without keys (see key-scan.ts). A test checks the list against every code point.
 */
export const IRREGULAR_CASE =
  /[\u00b5\u017f\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb05\ufb06]/;

/** First code point of the scripts (CJK and after) whose two characters make a key. */
export const WIDE = 0x2e80;

/**
 * Whether a key is selective enough to look for. Keys are found by their first two characters when
 * one of them is CJK, Hangul or beyond (two such characters say a lot), else by their first three;
 * one character is enough when it is CJK or a symbol beyond ASCII (`★`, `€`), or `%`.
 */
export function isUsableKey(key: string): boolean {
  if (key.toLowerCase().length !== key.length || /^\s*$/.test(key)) return false;
  // ASCII symbols ("+", "$") are too common in order numbers, prices and markup.
  if (key.length === 1) return key.charCodeAt(0) >= WIDE || key === "%" || (key.charCodeAt(0) > 0x7f && /^[\p{S}٪]$/u.test(key));
  return key.length >= 3 || key.charCodeAt(0) >= WIDE || key.charCodeAt(1) >= WIDE;
}

/**
 * What looking for `keys` costs, roughly. Each occurrence of a key means trying the term at every
 * start the key allows, and occurrences are rarer the more letters a key has. Every key is also
 * compared wherever its first characters occur, which a key that starts with a space or a short word
 * ("the …", "die …") makes frequent.
 */
function cost(groups: readonly ChosenGroup[]): number {
  let total = 0;
  for (const g of groups) for (const text of g.texts) total += keyCost(text, g.max - g.min + 1, letterWeight(text));
  return total;
}

function keyCost(text: string, span: number, letters: number): number {
  const frequency = frequentWord().test(text) ? FREQUENT_WORD_FACTOR : 1;
  return Math.min(span, 1000) * Math.pow(0.15, Math.min(letters, MAX_WEIGHT)) * frequency + (COMMON_START.test(text) ? 1e-4 : 1e-6);
}

/**
 * A key that is a function word of a catalog language, or "order" (which sellers' messages are
 * about), or starts with one and a space ("the ", "our ", "der "), occurs in nearly every sentence:
 * its letters say far less about how rare it is than they do for other words, and a term is better
 * found by any other of its pieces.
 */
let frequent: RegExp | undefined;
/** Built when keys are first chosen: the library reads the keys the build chose, and never needs it. */
const frequentWord = () =>
  (frequent ??= new RegExp(`^(?:${[...new Set(Object.values(FUNCTION_WORDS).flat()), "order"].sort((a, b) => b.length - a.length).join("|")})(?:\\s|$)`, "u"));
const FREQUENT_WORD_FACTOR = 30;

/** Letters count 1, wide (CJK) characters 2, anything else 0.4; past 8 the cost no longer falls. */
const MAX_WEIGHT = 8;
function letterWeight(text: string): number {
  let letters = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    letters += c >= WIDE ? 2 : (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c > 0x7f && LETTER_OR_DIGIT.test(ch)) ? 1 : 0.4;
  }
  return letters;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A start shared by many words and phrases: a space or punctuation, or a word of up to three letters. */
const COMMON_START = /^(?:[^\p{L}\p{N}]|[\p{L}\p{N}]{1,3}(?![\p{L}\p{N}]))/u;

function keysOf(node: Node): ChosenGroup[] | null {
  switch (node.t) {
    case "char": {
      const text = node.c.toLowerCase();
      return isUsableKey(text) && !IRREGULAR_CASE.test(node.c) ? [{ from: node.from, to: node.to, min: 0, max: 0, texts: [text] }] : null;
    }
    case "class": case "zero": case "unknown": return null;
    case "alt": {
      const all: ChosenGroup[] = [];
      for (const alt of node.alts) {
        const groups = keysOf(alt);
        if (!groups) return null;
        all.push(...groups);
      }
      return all;
    }
    case "rep": return node.min >= 1 ? keysOf(node.node) : null;
    case "seq": return seqKeys(node);
  }
}

/** At most this many strings in a set of literal alternatives ("(?:5|fünf)/(?:5|fünf)" has four). */
const MAX_LITERALS = 24;

/** The strings `node` matches when there are few (up to case), or null. */
function literalsOf(node: Node): string[] | null {
  switch (node.t) {
    case "char": return IRREGULAR_CASE.test(node.c) ? null : [node.c];
    case "alt": {
      const all: string[] = [];
      for (const alt of node.alts) {
        const strings = literalsOf(alt);
        if (!strings || all.length + strings.length > MAX_LITERALS) return null;
        all.push(...strings);
      }
      return all;
    }
    case "seq": {
      let all: string[] | null = [""];
      for (const item of node.items) {
        // Lookarounds and boundaries take no text.
        if (item.t === "zero") continue;
        all = concat(all, literalsOf(item));
        if (!all) return null;
      }
      return all;
    }
    case "rep": {
      if (node.max > 1) return null;
      const inner = literalsOf(node.node);
      return inner && node.min === 0 ? ["", ...inner] : inner;
    }
    default: return null;
  }
}

function concat(a: string[] | null, b: string[] | null): string[] | null {
  if (!a || !b || a.length * b.length > MAX_LITERALS) return null;
  const out = new Array<string>(a.length * b.length);
  let n = 0;
  for (const x of a) for (const y of b) out[n++] = x + y;
  return out;
}

/**
 * The cheapest of: each run of items that match few literal strings ("(?:5|fünf)/5", "% off"), and
 * each item's own keys, placed after what precedes it.
 */
function seqKeys({ items, at }: { items: readonly Node[]; at: readonly number[] }): ChosenGroup[] | null {
  let best: ChosenGroup[] | null = null;
  let bestCost = Infinity;
  const consider = (groups: ChosenGroup[] | null) => {
    if (!groups) return;
    const c = cost(groups);
    if (c < bestCost) {
      best = groups;
      bestCost = c;
    }
  };
  const literals = items.map((item) => (item.t === "zero" ? [""] : literalsOf(item)));
  let lo = 0;
  let hi = 0;
  items.forEach((item, j) => {
    // Runs of literal items starting here, as long as they stay few.
    let run = literals[j] ?? null;
    for (let k = j + 1; run; k++) {
      // The run's cost from its texts; keys are built only for a better one.
      const texts = [...new Set(run.map((t) => t.toLowerCase()))];
      let heaviest = true;
      let c = texts.every(isUsableKey) ? 0 : Infinity;
      for (const text of texts) {
        const letters = letterWeight(text);
        if (letters < MAX_WEIGHT) heaviest = false;
        if (c !== Infinity) c += keyCost(text, hi - lo + 1, letters);
      }
      if (c < bestCost) {
        // The run is items j to k - 1; its piece of the term leaves out the lookarounds and
        // boundaries at its ends, which take no text and would only make the piece longer to read.
        let from = j;
        let to = k;
        while (items[from]!.t === "zero" && from < to - 1) from++;
        while (items[to - 1]!.t === "zero" && to - 1 > from) to--;
        best = [{ from: at[from]!, to: at[to]!, min: lo, max: hi, texts }];
        bestCost = c;
      }
      // Longer runs cost no less once every alternative weighs the most that counts: stop there.
      if (heaviest) break;
      run = k < items.length ? concat(run, literals[k] ?? null) : null;
    }
    if (item.t !== "char") {
      const inner = keysOf(item);
      if (inner) consider(inner.map((g) => ({ ...g, min: g.min + lo, max: g.max + hi })));
    }
    const [a, b] = lengthOf(item);
    lo += a;
    hi += b;
  });
  return best;
}
