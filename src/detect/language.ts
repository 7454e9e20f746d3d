import { francAll } from "franc-min";
import { BoundedCache } from "../text/bounded-cache.js";
import { CodePointSet } from "../text/code-point-set.js";
import type { FieldText } from "../text/field.js";
import { countDistinctiveLetters, countFunctionWords, functionWordsOf } from "./function-words.js";
import { replaceSeeded, runStartBefore } from "../text/seeded-replace.js";
import { NUMBERS, removeNumbers } from "./number-noise.js";

/**
 * What language a field is written in, judged the way DEPENDENCIES.md found reliable: scripts decide
 * CJK, Hangul, Arabic and Devanagari text by counting characters; only text written mainly in Latin
 * letters goes to franc, limited to the candidate languages. Links, e-mail addresses, numbers,
 * placeholders and quoted text (product names in 「」, lines quoted with ">") are removed first, since
 * they say nothing about the writer's language.
 */
export interface LanguageGuess {
  /** ISO 639-1 code ("en", "ja"), or "zh-or-ja" for Han-only text. */
  lang: string;
  /** franc's scores (1 = best) for Latin text; empty for script-decided text. */
  scores: ReadonlyMap<string, number>;
  /** Function words of each Latin-script language found in the text; empty for script-decided text. */
  functionWords: ReadonlyMap<string, number>;
  /** Characters of each script in the cleaned text. */
  scripts: ScriptCounts;
  /** Letters only one of the candidate languages uses, per language. */
  distinctiveLetters: ReadonlyMap<string, number>;
}

/** Units of text (letters, or CJK characters) below which a guess is not made. */
export const MIN_LATIN_LETTERS = 25;
export const MIN_CJK_CHARS = 6;
/** A CJK character carries about as much language as this many Latin letters. */
const CJK_WEIGHT = 2.5;
/** Kana among CJK characters from which Han-and-kana text is Japanese. */
const MIN_KANA_SHARE = 0.1;
/** franc reads at most this much; its own limit is 2,048. */
const MAX_FRANC_INPUT = 1500;

const ISO3_TO_1: Record<string, string> = {
  eng: "en", deu: "de", fra: "fr", spa: "es", ita: "it", por: "pt", nld: "nl", pol: "pl", swe: "sv",
  tur: "tr", ces: "cs",
};
/** Every language franc may be asked about: the build keeps franc's trigram models for these alone. */
export const FRANC_LANGUAGES: readonly string[] = Object.keys(ISO3_TO_1);
const ISO1_TO_3 = Object.fromEntries(Object.entries(ISO3_TO_1).map(([k, v]) => [v, k]));
/** The Latin-script languages franc may choose from: those of Amazon's marketplaces. */
export const LATIN_LANGUAGES: readonly string[] = Object.values(ISO3_TO_1);

const URL_WITH_SCHEME = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/[\x21-\x7e]*/giu;
const BARE_DOMAIN = /(?<![\w%+-])[\w%+-]*(?:[.@][a-z0-9-]+)+[\x21-\x7e]*/giu;
const DOMAIN_DOT = /[.@][a-z0-9-]/giu;

// Only ASCII runs are removed as links and numbers: CJK text has no spaces, so a pattern spanning
// "non-space" would take a whole Japanese sentence with it.
export const NOISE: readonly (readonly [RegExp, RegExp | string, ((text: string) => string)?])[] = [
  // Each pattern with a cheap test of what every match of it contains: most texts skip most patterns,
  // and, where one is faster, a function that replaces its matches with a space. The link patterns
  // start with a lookbehind, tried at every position by the engine: their searches start only where
  // the "://" or the dot of a match allows (see seeded-replace.ts).
  [/^>.*$/gmu, ">"], // quoted lines of an earlier message
  [/「[^」\n]{0,80}」|『[^』\n]{0,80}』|“[^”\n]{0,80}”|"[^"\n]{0,80}"|«[^»\n]{0,80}»|„[^“”\n]{0,80}[“”]/gu, /[「『“"«„]/],
  // URLs with a scheme: a match starts where the run of scheme characters before a "://" does.
  [URL_WITH_SCHEME, "://", (text) => replaceSeeded(text, URL_WITH_SCHEME, (t, from) => {
    const at = t.indexOf("://", from);
    return at < 0 ? -1 : runStartBefore(t, at, from, isSchemeUnit);
  })],
  // Bare domains, e-mail addresses, file names: a match starts where the run of word characters before its first dot does.
  [BARE_DOMAIN, /[.@][a-z0-9-]/iu, (text) => replaceSeeded(text, BARE_DOMAIN, (t, from) => {
    DOMAIN_DOT.lastIndex = from;
    const dot = DOMAIN_DOT.exec(t);
    return dot ? runStartBefore(t, dot.index, from, isDomainUnit) : -1;
  })],
  [NUMBERS, /\p{Nd}/u, removeNumbers], // numbers and model numbers: order ids, sizes, "3S", "A5"
];

/** Whether `[a-z0-9+.-]` matches the unit with the flags `iu` (which add ſ and the Kelvin sign). */
function isSchemeUnit(c: number): boolean {
  return isAsciiLetterOrDigit(c) || c === 0x2b || c === 0x2e || c === 0x2d || c === 0x17f || c === 0x212a;
}

/** Whether `[\w%+-]` matches the unit with the flags `iu`. */
function isDomainUnit(c: number): boolean {
  return isAsciiLetterOrDigit(c) || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d || c === 0x17f || c === 0x212a;
}

const isAsciiLetterOrDigit = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/**
 * The guess for `field`, or undefined when the text is too short to judge. `candidates` are ISO 639-1
 * codes franc may choose from; when the function words of one of `preferred` vouch for it, that is
 * the guess and franc does not run (most messages are in the language expected of them).
 */
export function guessLanguage(
  field: FieldText,
  candidates: readonly string[],
  preferred: readonly string[] = [],
): LanguageGuess | undefined {
  const key = `language:${candidates.join(",")}:${preferred.join(",")}`;
  return field.memo(key, () => guessBeforeCleaning(field) ?? guessAfterCleaning(field, candidates, preferred));
}

/** The guess on the field's prose (`cleanText`): the definition `guessLanguage` keeps to. */
export function guessAfterCleaning(field: FieldText, candidates: readonly string[], preferred: readonly string[] = []): LanguageGuess | undefined {
  return guess(cleanText(field), candidates, preferred);
}

/**
 * The noise patterns that may remove CJK characters: quoted lines and quotations (the first two). The
 * others (links, e-mail addresses, numbers) take only ASCII, ſ, the Kelvin sign and digits, so they
 * leave the Han, kana and Hangul counts as they are and can only lower the others.
 */
const CJK_REMOVING_NOISE = NOISE.slice(0, 2);
/** Kana, common Han and Hangul syllables. */
const MOSTLY_CJK_LETTERS = /[\u3041-\u30ff\u3400-\u9fff\uac00-\ud7a3]/;

/**
 * The guess without removing links and numbers, when the CJK characters left after the quotations are
 * removed already outweigh every other script (removing more cannot change that, nor which CJK
 * language it is); undefined when the cleaned text must decide. Japanese, Chinese and Korean text
 * mostly ends here, sparing the number pass that costs most on such text.
 */
function guessBeforeCleaning(field: FieldText): LanguageGuess | undefined {
  // Only worth counting where CJK is written (the test only saves time: without it the answer is the same).
  if (!MOSTLY_CJK_LETTERS.test(field.normalized.text)) return undefined;
  const counts = countScripts(removeNoise(field.normalized.text, CJK_REMOVING_NOISE));
  const cjk = counts.han + counts.kana + counts.hangul;
  if (cjk < MIN_CJK_CHARS || cjk * CJK_WEIGHT < Math.max(counts.latin, counts.arabic, counts.devanagari, counts.cyrillic)) return undefined;
  const guessed = cjkGuess(counts);
  return guessed ? new ScriptGuess(guessed, field) : undefined;
}

/**
 * A guess the scripts made before cleaning. It gives the counts of the cleaned text, as a guess made
 * after cleaning has them, counted if asked for. A class, not an object literal with a getter: with
 * the literal, the garbage collector took six times as long over a long run of lints (1.3 s against
 * 0.22 s per 60,000 Japanese messages), which a short benchmark does not show.
 */
class ScriptGuess implements LanguageGuess {
  private counts: ScriptCounts | undefined;
  readonly scores = new Map<string, number>();
  readonly functionWords: ReadonlyMap<string, number> = this.scores;
  readonly distinctiveLetters: ReadonlyMap<string, number> = this.scores;

  constructor(
    readonly lang: string,
    private readonly field: FieldText,
  ) {}

  get scripts(): ScriptCounts {
    return (this.counts ??= countScripts(cleanText(this.field)));
  }
}

/** The field's prose: normalized text without links, numbers and quotations. */
export function cleanText(field: FieldText): string {
  return field.memo("language-text", () => removeNoise(field.normalized.text, NOISE));
}

function removeNoise(text: string, noise: typeof NOISE): string {
  for (const [re, hint, remove] of noise) {
    if (typeof hint === "string" ? text.includes(hint) : hint.test(text)) text = remove ? remove(text) : text.replace(re, " ");
  }
  return text;
}

function guess(text: string, candidates: readonly string[], preferred: readonly string[]): LanguageGuess | undefined {
  const counts = countScripts(text);
  const cjk = counts.han + counts.kana + counts.hangul;
  const weighted: [string, number][] = [
    ["cjk", cjk * CJK_WEIGHT],
    ["latin", counts.latin],
    ["arabic", counts.arabic],
    ["devanagari", counts.devanagari],
    ["cyrillic", counts.cyrillic],
  ];
  weighted.sort((a, b) => b[1] - a[1]);
  const [script] = weighted[0]!;
  const none = new Map<string, number>();
  const found = (lang: string): LanguageGuess => ({ lang, scores: none, functionWords: none, distinctiveLetters: none, scripts: counts });
  switch (script) {
    case "cjk": {
      const lang = cjkGuess(counts);
      return lang ? found(lang) : undefined;
    }
    case "arabic":
      return counts.arabic >= MIN_LATIN_LETTERS ? found("ar") : undefined;
    case "devanagari":
      return counts.devanagari >= MIN_LATIN_LETTERS ? found("hi") : undefined;
    case "cyrillic":
      return counts.cyrillic >= MIN_LATIN_LETTERS ? found("ru") : undefined;
    default: {
      if (counts.latin < MIN_LATIN_LETTERS) return undefined;
      const only = candidates.map((c) => ISO1_TO_3[c]).filter((c): c is string => !!c);
      if (only.length === 0) return undefined;
      let sample: string | undefined;
      const latinOnly = () => (sample ??= latinSample(text, MAX_FRANC_INPUT));
      // A text whose letters are all Latin has the words of its sample, when the sample is not cut short.
      const direct = text.length <= MAX_FRANC_INPUT ? functionWordsOf(text) : undefined;
      const functionWords = direct?.onlyLatinLetters ? direct.counts : countFunctionWords(latinOnly());
      // Only a message that seems foreign needs the letters: counted when first read.
      const distinctiveLetters = new LazyMap(() => new Map(candidates.map((c) => [c, countDistinctiveLetters(latinOnly(), c)])));
      const vouched = preferred.find((lang) => vouches(functionWords, lang));
      if (vouched) return { lang: vouched, scores: none, functionWords, distinctiveLetters, scripts: counts };
      const ranked = only.length === 1 ? [[only[0]!, 1] as [string, number]] : rankLanguages(latinOnly(), only);
      const scores = new Map(ranked.filter(([code]) => code !== "und").map(([code, score]) => [ISO3_TO_1[code]!, score]));
      const top = ranked[0];
      if (!top || top[0] === "und") return undefined;
      return { lang: ISO3_TO_1[top[0]]!, scores, functionWords, distinctiveLetters, scripts: counts };
    }
  }
}

/** Which CJK language text of these counts is in, once CJK outweighs the other scripts; undefined when too short. */
function cjkGuess(counts: ScriptCounts): string | undefined {
  const cjk = counts.han + counts.kana + counts.hangul;
  if (cjk < MIN_CJK_CHARS) return undefined;
  if (counts.hangul >= counts.han + counts.kana) return "ko";
  if (counts.kana >= MIN_KANA_SHARE * (counts.han + counts.kana)) return "ja";
  return counts.kana > 0 ? "ja" : "zh-or-ja";
}

/** Latin letters, apostrophes and hyphens: everything else is a word break for franc. */
const LATIN_WORD_UNIT = new CodePointSet("[\\p{Script=Latin}'’-]");

/**
 * `text` with every run of characters outside LATIN_WORD_UNIT (white space included) turned into one
 * space, cut to `max` units: the same as
 * `text.replace(/[^\p{Script=Latin}\s'’-]+/gu, " ").replace(/\s+/g, " ").slice(0, max)`
 * (tests compare the two), in one table-driven pass.
 */
export function latinSample(text: string, max: number): string {
  let out = "";
  let i = 0;
  while (i < text.length && out.length < max) {
    const start = i;
    let n = LATIN_WORD_UNIT.unitsAt(text, i);
    while (n > 0) {
      i += n;
      n = i < text.length ? LATIN_WORD_UNIT.unitsAt(text, i) : 0;
    }
    if (i > start) out += text.slice(start, i);
    if (i >= text.length) break;
    while (i < text.length && LATIN_WORD_UNIT.unitsAt(text, i) === 0) i++;
    out += " ";
  }
  return out.length > max ? out.slice(0, max) : out;
}

/** A read-only map computed on first use. */
class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private map: Map<K, V> | undefined;

  constructor(private readonly compute: () => Map<K, V>) {}

  private get value(): Map<K, V> {
    return (this.map ??= this.compute());
  }

  get size(): number {
    return this.value.size;
  }

  get(key: K): V | undefined {
    return this.value.get(key);
  }

  has(key: K): boolean {
    return this.value.has(key);
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, self?: unknown): void {
    this.value.forEach((v, k) => fn.call(self, v, k, this));
  }

  entries(): MapIterator<[K, V]> {
    return this.value.entries();
  }

  keys(): MapIterator<K> {
    return this.value.keys();
  }

  values(): MapIterator<V> {
    return this.value.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.value[Symbol.iterator]();
  }
}

/** franc's ranking depends on the sample and the candidates alone: a re-lint of the same draft reuses it. */
const RANKED = new BoundedCache<readonly (readonly [string, number])[]>(128);

function rankLanguages(sample: string, only: readonly string[]): readonly (readonly [string, number])[] {
  return RANKED.get(`${only.join(",")}\n${sample}`, () => francAll(sample, { only: [...only], minLength: 3 }));
}

/** Function words that vouch for a language, absolutely and relative to the language with the most. */
const MIN_FUNCTION_WORDS = 2;
const FUNCTION_WORD_SHARE = 0.6;

/** Whether `lang`'s function words are frequent enough, and not outnumbered, to take the text as `lang`. */
export function vouches(functionWords: ReadonlyMap<string, number>, lang: string): boolean {
  const own = functionWords.get(lang) ?? 0;
  return own >= MIN_FUNCTION_WORDS && own >= FUNCTION_WORD_SHARE * Math.max(0, ...functionWords.values());
}

export interface ScriptCounts {
  latin: number;
  han: number;
  kana: number;
  hangul: number;
  arabic: number;
  devanagari: number;
  cyrillic: number;
}

/**
 * Counts UTF-16 units per script. Each BMP unit's script is looked up in a table filled on first
 * sight; only astral code points (rare Han extensions) are tested with the script regex.
 * `countScriptsByRuns` is the plain regex version; tests check the two agree.
 */
export function countScripts(text: string): ScriptCounts {
  const counts = new Int32Array(9);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII letters are Latin; nothing else in ASCII belongs to a counted script.
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) counts[LATIN]!++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        counts[scriptOf(text.slice(i, i + 2))]! += 2;
        i++;
        continue;
      }
    }
    let k = SCRIPT_OF_UNIT[c]!;
    if (k === UNKNOWN) k = SCRIPT_OF_UNIT[c] = scriptOf(String.fromCharCode(c));
    counts[k]!++;
  }
  return {
    latin: counts[LATIN]!, han: counts[2]!, kana: counts[3]!, hangul: counts[4]!, arabic: counts[5]!,
    devanagari: counts[6]!, cyrillic: counts[7]!,
  };
}

/** The regex-run version of `countScripts`, kept as its definition. */
export function countScriptsByRuns(text: string): ScriptCounts {
  const c: ScriptCounts = { latin: 0, han: 0, kana: 0, hangul: 0, arabic: 0, devanagari: 0, cyrillic: 0 };
  for (const m of text.matchAll(SCRIPT_RUN)) {
    const n = m[0].length;
    if (m[1]) c.latin += n;
    else if (m[2]) c.han += n;
    else if (m[3]) c.kana += n;
    else if (m[4]) c.hangul += n;
    else if (m[5]) c.arabic += n;
    else if (m[6]) c.devanagari += n;
    else c.cyrillic += n;
  }
  return c;
}

/** Script index of a unit: 0 not yet known, 1-7 SCRIPT_RUN's groups (1 Latin … 7 Cyrillic), 8 none of them. */
const UNKNOWN = 0;
const LATIN = 1;
const NO_SCRIPT = 8;
const SCRIPT_OF_UNIT = new Uint8Array(0x10000);
const ONE_SCRIPT = /^(?:(\p{Script=Latin})|(\p{Script=Han})|([\p{Script=Hiragana}\p{Script=Katakana}ー])|(\p{Script=Hangul})|(\p{Script=Arabic})|(\p{Script=Devanagari})|(\p{Script=Cyrillic}))$/u;

/** The script index of one code point. */
function scriptOf(codePoint: string): number {
  const m = ONE_SCRIPT.exec(codePoint);
  if (!m) return NO_SCRIPT;
  for (let g = 1; g <= 7; g++) if (m[g] !== undefined) return g;
  return NO_SCRIPT;
}

const SCRIPT_RUN = new RegExp(
  "(\\p{Script=Latin}+)|(\\p{Script=Han}+)|([\\p{Script=Hiragana}\\p{Script=Katakana}ー]+)|(\\p{Script=Hangul}+)|" +
    "(\\p{Script=Arabic}+)|(\\p{Script=Devanagari}+)|(\\p{Script=Cyrillic}+)",
  "gu",
);
