// The naive pipeline msglint is compared with: the four detectors simply chained, configured as the
// dependency measurements recommend (DEPENDENCIES.md §6 "whole pipeline" and §8), with none of
// msglint's text model, prefilters, windows or policy. It finds links, emoji, phone numbers and the
// language, and nothing else, so it is a lower bound on what calling the libraries costs, not a linter.
import * as linkify from "linkifyjs";
import emojiRegex from "emoji-regex";
import { findNumbers } from "libphonenumber-js/max";
import { franc } from "franc-min";

// Built once, as a careful caller would.
const EMOJI = emojiRegex();
/** Full-width ASCII, ideographic space and the half-width long vowel, folded one for one (§8.1). */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000\uFF70]/g;
/** CJK letters and punctuation masked with spaces so links glued to Japanese text are found (§8.2). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\u30FC]/gu;
/** What language detection should not see besides links and numbers: digits and punctuation (§8.7). */
const NOT_WORDS = /[\p{N}\p{P}\p{S}]+/gu;
const ONLY8 = ["eng", "jpn", "cmn", "kor", "deu", "fra", "spa", "ita"];
/** Marketplaces whose country code differs from the marketplace code. */
const COUNTRY = { UK: "GB" };

const fold = (c) => (c === "\u3000" ? " " : c === "\uFF70" ? "\u30FC" : String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const blank = (c) => " ".repeat(c.length);

/** Runs the chain on each text field of `message`; returns what it found per field. */
export function naiveLint(message, context = {}) {
  const country = COUNTRY[context.marketplace] ?? context.marketplace ?? "US";
  const fields = message.subject === undefined ? [message.body] : [message.subject, message.body];
  return fields.map((text) => detect(text, country));
}

function detect(text, country) {
  // Links on the width-folded text with CJK and emoji masked (same length, so offsets hold).
  const masked = text.replace(FULL_WIDTH, fold).replace(CJK, blank).replace(EMOJI, blank);
  const links = linkify.find(masked);
  // Emoji and phone numbers on the original text (§8.1: folding and NFKC break both).
  const emoji = [...text.matchAll(EMOJI)];
  const phones = findNumbers(text, { defaultCountry: country, v2: true });
  // The language of what is left once links and numbers are cut out.
  let stripped = "";
  let at = 0;
  for (const r of [...links, ...phones.map((p) => ({ start: p.startsAt, end: p.endsAt }))].sort((a, b) => a.start - b.start)) {
    if (r.start > at) stripped += text.slice(at, r.start);
    at = Math.max(at, r.end);
  }
  stripped += text.slice(at);
  const language = franc(stripped.replace(NOT_WORDS, " "), { only: ONLY8, minLength: 3 });
  return { links, emoji, phones, language };
}
