import { testRule } from "../support/rule-tester.js";

testRule("no-external-links", {
  valid: [
    { message: "Please see the attached manual.pdf and README.md, or unzip setup.zip." },
    { message: "Hello Dr.Green, Ms.Kim and M.Dupont, e.g. version 1.5.2 costs 3.14 USD." },
    { message: "z.B. usw. ca. bzw. Str.5 Nr.123 c.-à-d. p. ex. U.S. No.5 Ver.2.0 v1.5.2" },
    { message: "Nordhem AB, org.nr 556677-8899. Art.nr 4471; Best.nr finns på fakturan.", name: "number abbreviations are not domains" },
    { message: "We post ideas at @oakandthread.co on Instagram.", name: "an @handle with a dot is a handle, not a link" },
    { message: "Track it at [Tracking Link] or {{tracking_url}} or https://{{domain}}/track or ${url} or %URL% or <<link>>." },
    { message: "追跡は[トラッキングリンク]からご確認ください。" },
    { message: "Return it from Your Orders: https://www.amazon.com/gp/css/order-history" },
    { message: "返品は https://www.amazon.co.jp/gp/help/customer/display.html から。" },
    { message: "Your order on Amazon.com and amazon.de is fine." },
    { message: "Track with https://www.ups.com/track?loc=en_US", settings: { allowedDomains: ["ups.com"] } },
    { message: "Our alias is abc@marketplace.amazon.com; its domain is not a link on its own." },
    { message: "Send it to help@shop.example.com.", name: "an e-mail domain is not also a link" },
    { message: "Das Teil misst 10.5 cm und lädt in 3.5 Stunden." },
    { message: { body: '<p><img src="https://cdn.example.com/logo.png" alt="logo"> Hello</p>', format: "html" }, name: "an image src is not a link" },
    { message: { body: '<p><a href="#top">top</a> <a href="/gp/help">help</a></p>', format: "html" }, name: "fragment and relative hrefs" },
  ],
  invalid: [
    { message: "Sizes: https://bicisol.es/tallas.", errors: [{ messageId: "external-link", text: "https://bicisol.es/tallas" }] },
    { message: "詳細はexample.comをご覧ください", errors: [{ messageId: "external-link", text: "example.com" }] },
    { message: "詳細はhttps://example.com/aをご覧ください。", errors: [{ messageId: "external-link", text: "https://example.com/a" }] },
    { message: "请访问https://example.com，谢谢", errors: [{ messageId: "external-link", text: "https://example.com" }] },
    { message: "여기https://example.com에서 확인", errors: [{ messageId: "external-link", text: "https://example.com" }] },
    { message: "Guide: ｔａｉｌｗｉｎｄｐｅｔｓ．ｃｏｍ／ｆｅｅｄｉｎｇ.", errors: [{ messageId: "obfuscated-link", text: "ｔａｉｌｗｉｎｄｐｅｔｓ．ｃｏｍ／ｆｅｅｄｉｎｇ" }] },
    { message: "Anleitung: gartenwerk-schulze[.]de/anleitungen.", errors: [{ messageId: "obfuscated-link", text: "gartenwerk-schulze[.]de/anleitungen" }] },
    { message: "See example (dot) com today", errors: [{ messageId: "obfuscated-link", text: "example (dot) com" }] },
    { message: "See example dot com today", errors: [{ messageId: "obfuscated-link", text: "example dot com" }] },
    { message: "こちら shop ドット jp へ", errors: [{ messageId: "obfuscated-link", text: "shop ドット jp" }] },
    { message: "visit exa\u200Bmple.com now", errors: [{ messageId: "obfuscated-link", text: "exa\u200Bmple.com" }] },
    { message: "old page http://example.org/a", errors: [{ messageId: "http-link", text: "http://example.org/a" }] },
    { message: "You'll love https://www.amazon.com/dp/B0BQ7ZLM24", errors: [{ messageId: "amazon-product-link", text: "https://www.amazon.com/dp/B0BQ7ZLM24" }] },
    { message: "Our store: https://www.amazon.de/stores/page/ABC123", errors: [{ messageId: "amazon-storefront-link", text: "https://www.amazon.de/stores/page/ABC123" }] },
    { message: "Short: https://amzn.to/3abc", errors: [{ messageId: "amazon-short-link", text: "https://amzn.to/3abc" }] },
    { message: "http://www.amazon.com/gp/help/customer", errors: [{ messageId: "insecure-link", text: "http://www.amazon.com/gp/help/customer" }] },
    { message: "Guide at inkwellpaper.co/refill-guide with a chart.", errors: [{ messageId: "external-link", text: "inkwellpaper.co/refill-guide" }] },
    { message: "Track with https://www.ups.com/track and https://example.com", settings: { allowedDomains: ["ups.com"] }, errors: [{ messageId: "external-link", text: "https://example.com" }] },
    {
      message: { body: '<p>See <a href="https://example.com/x?a=1&amp;b=2">our guide</a>.</p>', format: "html" },
      errors: [{ messageId: "external-link", text: "https://example.com/x?a=1&amp;b=2" }],
    },
    {
      message: { body: "<p>See https://example.com/?a=1&amp;b=2 now</p>", format: "html" },
      errors: [{ messageId: "external-link", text: "https://example.com/?a=1&amp;b=2" }],
      name: "an entity in HTML text is not a disguise",
    },
    {
      message: { subject: "Visit example.com", body: "Hello" },
      errors: [{ messageId: "external-link", field: "subject", text: "example.com" }],
    },
  ],
});

testRule("no-external-links", {
  valid: [{ message: "Мы находимся в Москве. Ελλάδα." }],
  invalid: [
    { message: "Visit exаmple.com today", errors: [{ messageId: "obfuscated-link", text: "exаmple.com" }], name: "Cyrillic а in a domain" },
    { message: "see example . com", errors: [{ messageId: "obfuscated-link", text: "example . com" }] },
  ],
});
