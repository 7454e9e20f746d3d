/**
 * Cyrillic and Greek letters that look like Latin ones. Folding them (one unit for one unit) inside
 * words that also contain Latin letters reveals a domain such as `exаmple.com` written with a Cyrillic
 * "а". Words written wholly in Cyrillic or Greek are left alone.
 */
const LOOKALIKE: Record<string, string> = {
  а: "a", в: "b", е: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x",
  і: "i", ј: "j", ѕ: "s", ԁ: "d", ӏ: "l", ԛ: "q", ԝ: "w", ь: "b",
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", Х: "X", І: "I", Ј: "J", Ѕ: "S",
  α: "a", ο: "o", ν: "v", ρ: "p", τ: "t", κ: "k", ι: "i", υ: "u", ϲ: "c",
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
};
const MIXED_WORD = /[^\s]*[\u0370-\u03ff\u0400-\u052f][^\s]*/g;
const HAS_LATIN_OR_DOT = /[A-Za-z.@]/;
const LOOKALIKE_CHARS = new RegExp(`[${Object.keys(LOOKALIKE).join("")}]`, "g");

/** Folds lookalike letters in mixed-script words; same length as the input. */
export function foldConfusables(text: string): string {
  if (!/[\u0370-\u03ff\u0400-\u052f]/.test(text)) return text;
  return text.replace(MIXED_WORD, (word) =>
    HAS_LATIN_OR_DOT.test(word) ? word.replace(LOOKALIKE_CHARS, (c) => LOOKALIKE[c] ?? c) : word,
  );
}
