import { describe, expect, it } from "vitest";
import { lint } from "../src/index.js";
import type { LintContext, MessageDraft } from "../src/types.js";

/**
 * The ways sellers hide links, contact details, emoji and incentives. Each case names the rule that
 * must catch it and the exact original text the finding must cover.
 */
interface Case {
  message: string | MessageDraft;
  context?: LintContext;
  rule: string;
  text: string;
}

function check(c: Case): void {
  const message = typeof c.message === "string" ? { body: c.message } : c.message;
  const found = lint(message, c.context ?? {}).violations.filter((v) => v.ruleId === c.rule);
  expect(found.map((v) => v.text)).toContain(c.text);
  for (const v of found) {
    const source = v.field === "subject" ? message.subject! : message.body;
    if (v.field === "subject" || v.field === "body") expect(source.slice(v.start, v.end)).toBe(v.text);
  }
}

const suites: Record<string, Case[]> = {
  "full-width characters": [
    { message: "ｓａｋｕｒａ－ｂｉｋｅ．ｊｐ／ｆｉｔ をご覧ください", rule: "no-external-links", text: "ｓａｋｕｒａ－ｂｉｋｅ．ｊｐ／ｆｉｔ" },
    { message: "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ へ", rule: "no-external-links", text: "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ" },
    { message: "ｉｎｆｏ＠ｓｈｏｐ．ｊｐ まで", rule: "no-contact-info", text: "ｉｎｆｏ＠ｓｈｏｐ．ｊｐ" },
    { message: "電話 ０３－１２３４－５６７８", context: { marketplace: "JP" }, rule: "no-contact-info", text: "０３－１２３４－５６７８" },
    { message: "ＴＥＬ０３－１２３４－５６７８", context: { marketplace: "JP" }, rule: "no-contact-info", text: "０３－１２３４－５６７８" },
  ],
  "zero-width and invisible characters": [
    { message: "visit exa\u200Bmple\u200C.com", rule: "no-external-links", text: "exa\u200Bmple\u200C.com" },
    { message: "mail info\u2060@shop\u00AD.com", rule: "no-contact-info", text: "info\u2060@shop\u00AD.com" },
    { message: "call 03\u200B-1234-\uFEFF5678", context: { marketplace: "JP" }, rule: "no-contact-info", text: "03\u200B-1234-\uFEFF5678" },
  ],
  "homoglyphs": [
    { message: "see exаmple.com (Cyrillic a)", rule: "no-external-links", text: "exаmple.com" },
    { message: "see ехаmрlе.соm", rule: "no-external-links", text: "ехаmрlе.соm" },
    { message: "see gοοgle-shop.net (Greek o)", rule: "no-external-links", text: "gοοgle-shop.net" },
  ],
  "spelled-out dots and at-marks": [
    { message: "see example dot com", rule: "no-external-links", text: "example dot com" },
    { message: "write info at shop dot com", rule: "no-contact-info", text: "info at shop dot com" },
    { message: "詳しくは shop ドット jp へ", rule: "no-external-links", text: "shop ドット jp" },
    { message: "info アットマーク shop.jp まで", rule: "no-contact-info", text: "info アットマーク shop.jp" },
    { message: "请访问 shop 点 cn", rule: "no-external-links", text: "shop 点 cn" },
    { message: "邮件 info 艾特 shop.cn", rule: "no-contact-info", text: "info 艾特 shop.cn" },
    { message: "shop 닷 kr 에서 확인", rule: "no-external-links", text: "shop 닷 kr" },
    { message: "info 골뱅이 shop.kr 로 메일", rule: "no-contact-info", text: "info 골뱅이 shop.kr" },
    { message: "unter gartenwerk punkt de", rule: "no-external-links", text: "gartenwerk punkt de" },
    { message: "info (at) gartenwerk.de", rule: "no-contact-info", text: "info (at) gartenwerk.de" },
    { message: "sur papeterie point fr", rule: "no-external-links", text: "papeterie point fr" },
    { message: "écrivez à contact arobase papeterie.fr", rule: "no-contact-info", text: "contact arobase papeterie.fr" },
    { message: "en bicisol punto es", rule: "no-external-links", text: "bicisol punto es" },
    { message: "escriba a taller arroba bicisol.es", rule: "no-contact-info", text: "taller arroba bicisol.es" },
    { message: "see example[.]com or example(.)com or example{dot}com", rule: "no-external-links", text: "example(.)com" },
    { message: "see example . com", rule: "no-external-links", text: "example . com" },
    { message: "詳細はexample。comをご覧ください", rule: "no-external-links", text: "example。com" },
  ],
  "HTML entities and hidden HTML": [
    { message: { body: "<p>see &#101;xample.com</p>", format: "html" }, rule: "no-external-links", text: "&#101;xample.com" },
    { message: { body: "<p>mail info&#64;shop.com</p>", format: "html" }, rule: "no-contact-info", text: "info&#64;shop.com" },
    { message: { body: '<p>Hi</p><span style="display:none">example.com</span>', format: "html" }, rule: "no-external-links", text: "example.com" },
    { message: { body: '<p>Hi</p><div hidden>call 03-1234-5678</div>', format: "html" }, context: { marketplace: "JP" }, rule: "no-contact-info", text: "03-1234-5678" },
    { message: { body: '<p>Hi &#x1F600;</p>', format: "html" }, rule: "no-emoji", text: "&#x1F600;" },
    { message: { body: '<a href="https://ex&#97;mple.com">guide</a>', format: "html" }, rule: "no-external-links", text: "https://ex&#97;mple.com" },
  ],
  "digits split by spaces and odd separators": [
    { message: "ring 5 5 5 4 1 9 0 2 2 6", context: { marketplace: "US" }, rule: "no-contact-info", text: "5 5 5 4 1 9 0 2 2 6" },
    { message: "call 0.3.1.2.3.4.5.6.7.8", context: { marketplace: "JP" }, rule: "no-contact-info", text: "0.3.1.2.3.4.5.6.7.8" },
    { message: "call 03•1234•5678", context: { marketplace: "JP" }, rule: "no-contact-info", text: "03•1234•5678" },
    { message: "call 03|1234|5678", context: { marketplace: "JP" }, rule: "no-contact-info", text: "03|1234|5678" },
    { message: "llámenos al 9 1 5 2 3 7 6 4 8", context: { marketplace: "ES" }, rule: "no-contact-info", text: "9 1 5 2 3 7 6 4 8" },
  ],
  "numbers in kanji or words": [
    { message: "お電話は〇三-一二三四-五六七八へ", context: { marketplace: "JP" }, rule: "no-contact-info", text: "〇三-一二三四-五六七八" },
    { message: "call zero three one two three four five six seven eight", rule: "no-contact-info", text: "zero three one two three four five six seven eight" },
    { message: "rufen Sie null acht neun zwei eins acht sieben vier vier drei an", rule: "no-contact-info", text: "null acht neun zwei eins acht sieben vier vier drei" },
    { message: "appelez zéro six sept un deux neuf huit quatre zéro trois", rule: "no-contact-info", text: "zéro six sept un deux neuf huit quatre zéro trois" },
  ],
  "emoji presentation tricks": [
    { message: "done ✔️ thanks", rule: "no-emoji", text: "✔️" },
    { message: "shipped 👍🏽", rule: "no-emoji", text: "👍🏽" },
    { message: "team 👩‍💻 at work", rule: "no-emoji", text: "👩‍💻" },
    { message: "Japan 🇯🇵", rule: "no-emoji", text: "🇯🇵" },
    { message: "step 1⃣", rule: "no-emoji", text: "1⃣" },
  ],
  "indirect incentives": [
    { message: "As a small thank-you for sharing your experience on Amazon, we'll send you a bonus accessory.", rule: "no-review-manipulation", text: "As a small thank-you for sharing your experience on Amazon, we'll send you a bonus accessory." },
    { message: "Customers who leave a review get early access to our next release, free of charge.", rule: "no-review-manipulation", text: "Customers who leave a review get early access to our next release, free of charge." },
    { message: "Write a review and your next order ships with a surprise gift.", rule: "no-review-manipulation", text: "Write a review and your next order ships with a surprise gift." },
    { message: "レビューを書いていただいた方には、次回使える特典をご用意しております。", rule: "no-review-manipulation", text: "レビューを書いていただいた方には、次回使える特典をご用意しております。" },
    { message: "Für Ihre Rezension bedanken wir uns mit einem kleinen Geschenk.", rule: "no-review-manipulation", text: "Für Ihre Rezension bedanken wir uns mit einem kleinen Geschenk." },
  ],
};

describe("evasion", () => {
  for (const [category, cases] of Object.entries(suites)) {
    describe(category, () => {
      for (const c of cases) it(`${c.rule}: ${typeof c.message === "string" ? c.message : c.message.body}`, () => check(c));
    });
  }
});
