import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countScripts, countScriptsByRuns, guessAfterCleaning, guessLanguage, latinSample, NOISE, type LanguageGuess } from "../src/detect/language.js";
import { FieldText } from "../src/text/field.js";
import { DEFAULT_PLACEHOLDERS } from "../src/text/placeholders.js";
import { countFunctionWords, FunctionWordReader, functionWordsOf } from "../src/detect/function-words.js";
import { NUMBERS, removeNumbers } from "../src/detect/number-noise.js";
import * as linkify from "linkifyjs";
import { findInWindows, OBFUSCATION, OBFUSCATION_HINT, SEED, seedPositions } from "../src/detect/links.js";
import { maskCjk } from "../src/text/mask.js";
import { findOrderIds } from "../rules/order-id.js";
import { NAMED, namedHandles } from "../src/detect/handles.js";
import { mayHaveNumberWords, NEEDS_PREPARING, NUMBER_WORDS, prepareEach } from "../src/detect/phones.js";
import { fcOptions, messyText, propertyTimeout } from "./support/fast-check.js";

const ORDER_ID = /(?<![\p{N}-])\p{Nd}{3}[-‐‑‒–—−]\p{Nd}{7}[-‐‑‒–—−]\p{Nd}{7}(?![\p{N}])/gu;

/** Digits of several scripts (ASCII, Arabic-Indic, full-width, astral), dashes, numbers that are not digits. */
const digitSoup = fc
  .array(fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom("1", "2", "0", "9") },
    { weight: 2, arbitrary: fc.constantFrom("-", "‐", "‑", "‒", "–", "—", "−") },
    { weight: 1, arbitrary: fc.constantFrom("٣", "０", "\u{1D7CE}", "\u{1E950}", "①", "Ⅻ", "a", " ", "\n", "注") },
    { weight: 1, arbitrary: fc.constantFrom("123-4567890-1234567", "123-1234567-1234567-1234567", "\u{1D7CF}\u{1D7D0}\u{1D7D1}-1234567-1234567") },
  ), { maxLength: 80 })
  .map((parts) => parts.join(""));

describe("detector fast paths give exactly what the plain patterns give", () => {
  it("order ids found from the dashes are the pattern's matches", () => {
    fc.assert(
      fc.property(fc.oneof(digitSoup, messyText), (s) => {
        const expected = [...s.matchAll(ORDER_ID)].map((m) => [m.index!, m.index! + m[0].length]);
        expect(findOrderIds(s)).toEqual(expected);
      }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 5 },
    );
  }, propertyTimeout);

  it("script counts from the unit table are the regex-run counts", () => {
    const scripts = fc.constantFrom("abc", "Ünïcödé", "日本語", "ひらがなー", "カタカナ", "한국어", "العربية", "हिन्दी", "Кириллица", "\u{20000}\u{2A6D6}", "\uD800", "ｱｲｳ", "ー", "ºª", "Ⅻ", "ǅ");
    const text = fc.array(fc.oneof(messyText, scripts), { maxLength: 20 }).map((p) => p.join(""));
    fc.assert(fc.property(text, (s) => { expect(countScripts(s)).toEqual(countScriptsByRuns(s)); }), fcOptions);
  }, propertyTimeout);

  it("a language guessed before links and numbers are removed is the guess after", () => {
    const pieces = fc.constantFrom(
      "日本語の文章です。", "ご注文ありがとうございます", "中文内容", "한국어 문장입니다", "カタカナ", "「引用された商品名」", "『書名』",
      "\n> 以前のメッセージ\n", "“quoted text”", "https://example.co.jp/path", "mail@example.com", "250-3109264-7188367",
      "Garden Hose Reel HR-30", "The quick brown fox", "١٢٣٤", "१२३४", "العربية", "हिन्दी", "Кириллица", "ſ", "\u212A", "ー", " ",
    );
    const text = fc.array(fc.oneof({ weight: 4, arbitrary: pieces }, { weight: 1, arbitrary: messyText }), { maxLength: 30 }).map((p) => p.join(""));
    const field = (t: string) => new FieldText("body", t, "text", DEFAULT_PLACEHOLDERS);
    const shown = (g: LanguageGuess | undefined) => g && {
      lang: g.lang, scripts: g.scripts, scores: [...g.scores], functionWords: [...g.functionWords], distinctiveLetters: [...g.distinctiveLetters],
    };
    const plain = (t: string) => shown(guessAfterCleaning(field(t), ["en", "de"], ["ja"]));
    const fast = (t: string) => shown(guessLanguage(field(t), ["en", "de"], ["ja"]));
    fc.assert(fc.property(text, (t) => { expect(fast(t)).toEqual(plain(t)); }), { ...fcOptions, numRuns: fcOptions.numRuns * 3 });
  }, propertyTimeout);

  it("function words read a question at a time answer as the whole text's counts do", () => {
    const pieces = fc.constantFrom(
      "the", "The", "and", "you", "der", "und", "für", "le", "et", "vous", "el", "y", "il", "è", "de", "la", "och", "ve", "je", "i",
      "x", "Ⅻ", "日本", "\u{1D400}", "\uD800", " ", "\n", ".", "'", "-", "1",
    );
    const text = fc.array(fc.oneof({ weight: 4, arbitrary: pieces }, { weight: 1, arbitrary: messyText }), { maxLength: 40 }).map((p) => p.join(" "));
    const langs = fc.array(fc.constantFrom("en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "tr", "cs", "xx"), { maxLength: 6 });
    fc.assert(
      fc.property(text, langs, fc.integer({ min: 1, max: 8 }), (t, asked, min) => {
        const whole = countFunctionWords(t);
        let total = 0;
        for (const n of whole.values()) total += n;
        const reader = new FunctionWordReader(t);
        for (const lang of asked) {
          reader.readUntil(() => reader.total >= min && reader.count(lang) > 0);
          const answer = reader.total < min || reader.count(lang) > 0;
          expect(answer).toBe(total < min || (whole.get(lang) ?? 0) > 0);
        }
        reader.readUntil(() => false);
        expect(reader.done).toBe(true);
        expect([...reader.counts()]).toEqual([...whole]);
        expect(reader.onlyLatinLetters).toBe(functionWordsOf(t).onlyLatinLetters);
      }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 3 },
    );
  }, propertyTimeout);

  it("the Latin sample for franc is the two-replace version's", () => {
    const pieces = fc.constantFrom("Grüße", "l'été", "it’s", "e-mail", "\t", "\u00a0", "\u3000", "日本", "😀", "\uD800", "\uDC00", "ǅ", "ﬁ", "Ⅻ", "  ", "\n\n", "x");
    const text = fc.array(fc.oneof(messyText, pieces), { maxLength: 30 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 60 }), (s, max) => {
        const plain = s.replace(/[^\p{Script=Latin}\s'’-]+/gu, " ").replace(/\s+/g, " ");
        expect(latinSample(s, max)).toBe(plain.slice(0, max));
        expect(latinSample(s, 1500)).toBe(plain.slice(0, 1500));
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("a text whose letters are all Latin has the function words of its Latin sample", () => {
    const pieces = fc.constantFrom(
      "the", "The", "and", "der", "für", "l'été", "it’s", "e-mail", "İN", "ß", "ẞ", "Ⅻ", "ª", "e\u0301", "ǅ", "ﬁ", "1", "\u00a0",
      "日本", "Σ", "ж", "\u{1D400}", "\uD800", " ", "\n", ".", "-", "'",
    );
    const text = fc.array(fc.oneof(pieces, messyText), { maxLength: 30 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (s) => {
        const { counts, onlyLatinLetters } = functionWordsOf(s);
        expect(counts).toEqual(countFunctionWords(s));
        if (onlyLatinLetters && s.length <= 1500) expect(counts).toEqual(countFunctionWords(latinSample(s, 1500)));
      }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 5 },
    );
  }, propertyTimeout);

  it("numbers are removed as replacing the matches of their pattern removes them", () => {
    const pieces = fc.constantFrom(
      "1", "42", "A5", "3S", "v1.2", "ab", "x", "ſ", "\u212a", "_", ".", ",", ":", "/", "-", " ", "٣", "١٢٣", "\u{1D7CF}", "\u{104A1}",
      "Ａ", "５", "é", "の", "\uD800", "\uDC00", "250-3109264-7188367",
    );
    const text = fc.array(fc.oneof(pieces, messyText), { maxLength: 30 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (s) => {
        expect(removeNumbers(s)).toBe(s.replace(NUMBERS, " "));
      }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 5 },
    );
  }, propertyTimeout);

  it("each noise pattern's own removal replaces the pattern's matches, on narrow and wide text", () => {
    const pieces = fc.constantFrom(
      "https://x.example/a", "HTTP://A.B", "1http://x", "ſ://", "K.com", "a.b", "x@y", "a@b.c@d", "%+_-", "_.x", ".-", "@-", "e.g.",
      "3S", "A5", "v1.2", "x1", "ſ1", "K9", "١٢٣", "𝟏", "12.5", "ab", " ", ".", "@", ":", "/", "-", "日本",
    );
    const narrow = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 20 }).map((p) => p.join("").replace(/[^\x00-\xff]/g, "x"));
    const any = fc.array(fc.oneof(pieces, messyText), { maxLength: 20 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(narrow, any), (s) => {
        for (const [re, , remove] of NOISE) {
          if (remove) expect(remove(s)).toBe(s.replace(re, " "));
        }
      }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 5 },
    );
  }, propertyTimeout);

  it("each noise pattern's pre-test holds wherever the pattern matches", () => {
    const pieces = fc.constantFrom("> quoted", "「品名」", "“x”", '"y"', "«z»", "„a“", "https://x.example/a", "HTTP://A.B", "a.b", "x@y", "Ｋ.com", "3S", "A5", "١٢٣", "𝟏", "v1.2");
    const text = fc.array(fc.oneof(messyText, pieces), { maxLength: 20 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (s) => {
        for (const [re, hint] of NOISE) {
          re.lastIndex = 0;
          if (re.test(s)) expect(typeof hint === "string" ? s.includes(hint) : hint.test(s)).toBe(true);
        }
      }),
      fcOptions,
    );
  }, propertyTimeout);

  it("link seeds found from the dots are the pattern's matches", () => {
    const pieces = fc.constantFrom(".", "..", "a.bc", "x.y", "例え.jp", "\u{20000}.jp", "\u{1D7CF}.de", "-.ab", "a.b.c.d", "ｅ.ｃｏ", "\uD800.ab", "1.5", "e.g.", " ");
    const text = fc.array(fc.oneof(messyText, pieces), { maxLength: 25 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (s) => { expect(seedPositions(s)).toEqual([...maskCjk(s).matchAll(SEED)].map((m) => m.index)); }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 5 },
    );
  }, propertyTimeout);

  it("links found in windows masked one by one are those found in the text masked whole", () => {
    /** The windows as they were cut from the masked text, by its white space. */
    const inMaskedText = (masked: string) => {
      const windows: [number, number][] = [];
      for (const m of masked.matchAll(SEED)) {
        const at = m.index!;
        const last = windows[windows.length - 1];
        if (last && at < last[1]) continue;
        const before = masked.slice(Math.max(0, at - 256), at);
        const space = before.search(/\s[^\s]*$/);
        const start = space >= 0 ? at - before.length + space + 1 : Math.max(0, at - 256);
        const after = masked.slice(at, at + 2048).search(/\s/);
        const end = after >= 0 ? at + after : Math.min(masked.length, at + 2048);
        if (last && start <= last[1] + 128 && end - last[0] <= 4096) last[1] = Math.max(last[1], end);
        else windows.push([last ? Math.max(start, last[1]) : start, end]);
      }
      return windows.flatMap(([start, end]) => linkify.find(masked.slice(start, end)).map((t) => ({ type: t.type, value: t.value, href: t.href, start: t.start + start, end: t.end + start })));
    };
    const pieces = fc.constantFrom(
      "詳細は", "https://example.co.jp/a", "をご覧ください。", "example.com", "请访问", "，谢谢", "여기", "에서", "info@example.jp", "まで",
      "\u{20000}", "\u{20000}.jp", "a.\u{20000}", "𝐀.de", "例え.jp", " ", "\n", "\u3000", "(", ")", "「", "」", "x".repeat(300), ".",
    );
    const text = fc.array(fc.oneof({ weight: 4, arbitrary: pieces }, { weight: 1, arbitrary: messyText }), { maxLength: 20 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (s) => { expect(findInWindows(s)).toEqual(inMaskedText(maskCjk(s))); }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 3 },
    );
  }, propertyTimeout);

  it("the obfuscation pre-test passes wherever an obfuscated dot or at-mark is", () => {
    const pieces = fc.constantFrom(
      "example", "shop", " at ", " dot ", " AT ", " Dot ", "com", "jp", "[.]", "(at)", "{dot}", " . ", "。", "ドット", "アット",
      " arroba ", " punkt ", "de", "info", "K", "ſ", "-", "_", "@", ".", "\n", "  ", "x1",
    );
    const text = fc.array(fc.oneof(pieces, messyText), { maxLength: 16 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (s) => {
        OBFUSCATION.lastIndex = 0;
        if (OBFUSCATION.test(s)) expect(OBFUSCATION_HINT.test(s)).toBe(true);
      }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 5 },
    );
  }, propertyTimeout);

  it("phone text that needs no rewrite by its pre-test is left as it is by every rewrite", () => {
    const pieces = fc.constantFrom(
      "03", "1234", "5678", "-", ",", ";", " , ", "•", "·", "・", "|", "*", "~", "_", "=", "＿", "tel", "TEL.", "Phone", "mobile", "ph.", "tél",
      "telefon", "fax", "+", "(", "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "零", "ー", "（", "）", " ", "\n", "٣", "۴",
    );
    const text = fc.array(fc.oneof({ weight: 4, arbitrary: pieces }, { weight: 1, arbitrary: messyText }), { maxLength: 30 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (s) => {
        if (!NEEDS_PREPARING.test(s)) expect(prepareEach(s)).toBe(s);
      }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 5 },
    );
  }, propertyTimeout);

  it("the number-word pre-test passes wherever digits are written as words", () => {
    const word = fc.constantFrom(
      "one", "ONE", "two", "Three", "four", "five", "ſix", "ſeven", "ſeis", "sechs", "fünf", "FÜNF", "zéro", "ZÉRO", "três", "uno", "un",
      "eins", "nove", "oh", "null", "x", "é", "1",
    );
    const separator = fc.constantFrom(" ", ", ", "-", " - ", "\n", "  ", "", ".");
    const run = fc.array(fc.tuple(word, separator), { minLength: 5, maxLength: 16 }).map((pairs) => pairs.map(([w, sep]) => w + sep).join(""));
    const text = fc.array(fc.oneof({ weight: 3, arbitrary: run }, { weight: 1, arbitrary: messyText }), { maxLength: 4 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (s) => {
        NUMBER_WORDS.lastIndex = 0;
        if (NUMBER_WORDS.test(s)) expect(mayHaveNumberWords(s)).toBe(true);
      }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 5 },
    );
  }, propertyTimeout);

  it("handles named by an app are what a search of the whole pattern finds", () => {
    const pieces = fc.constantFrom(
      "LINE", "Line", "line", "online", "ライン", "WeChat", "weixin", "Whats App", "WhatsApp", "KakaoTalk", "kakao talk", "Insta",
      "instagram", "X", "x", "Twitter", "qq", "QQ", "qqq", "微信", "카톡", "インスタ", " ID", "ID:", "id:", "ＩＤ", "アカウント", "号",
      "@", "@shop_1", "shop_cn", "abc", ": ", "：", " ", "\n", "(", "（", "は", "是", "1", "_", ".", "ſ", "K",
    );
    const text = fc.array(fc.oneof({ weight: 4, arbitrary: pieces }, { weight: 1, arbitrary: messyText }), { maxLength: 16 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (s) => {
        const plain = [...s.matchAll(NAMED)].map((m) => [m.index, m[0], m.groups]);
        expect([...namedHandles(s)].map((m) => [m.index, m[0], m.groups])).toEqual(plain);
      }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 5 },
    );
  }, propertyTimeout);
});
