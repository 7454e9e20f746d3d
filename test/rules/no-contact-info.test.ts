import { testRule } from "../support/rule-tester.js";

const JP = { marketplace: "JP", buyerLocale: "ja-JP" };
const US = { marketplace: "US", buyerLocale: "en-US" };
const DE = { marketplace: "DE", buyerLocale: "de-DE" };

testRule("no-contact-info", {
  valid: [
    { message: "Order 249-1234567-1234567 ships on 2024-11-25.", context: US },
    { message: "ご注文番号：503-1234567-1234567、発送日 2024/11/25、〒100-0001 東京都千代田区", context: JP },
    { message: "お問い合わせ番号：6680-1234-5570 で追跡できます。", context: JP },
    { message: "Bestellung 302-1234567-1234567 vom 25.11.2024, Artikelnr. 123456789, PLZ 10115 Berlin", context: DE },
    { message: "ISBN 978-4-12-345678-9, JAN 4901234567894, zip 94105-1234", context: US },
    { message: "Tracking: 1Z999AA10123456784, price ¥12,800, size 10:30-12:00", context: JP },
    { message: "Our relay alias is t969vz2jn3bdsy7@marketplace.amazon.co.jp.", context: JP },
    { message: "CEP 30140-071, R$ 49,90", context: { marketplace: "BR" } },
    { message: "The lamp draws 800 lumen and weighs 1200 g; 3,500 mAh battery.", context: US },
    { message: "当店のInstagramアカウントをフォローしてください。", context: JP, name: "an app named without a handle" },
    { message: "Follow us on Instagram for styling ideas!", name: "a label inside a word (ideas) is no label" },
    { message: "We don't use WhatsApp support, though we are considering it; the handlebar is 42 cm.", name: "considering, handlebar" },
    { message: "Auf Facebook zeigen wir viele Geschenkideen." },
    { message: "お届けしたノートの表紙に黒いラインが入っています。", context: JP, name: "ライン (a stripe) is not LINE" },
    { message: "Press # and * together, then button #2.", context: US },
    { message: "Warranty hotline: 0800 123 4567", context: { marketplace: "UK" }, options: { allowServiceNumbers: true } },
  ],
  invalid: [
    { message: "Mail help@rosehip-botanics.com today.", errors: [{ messageId: "email", text: "help@rosehip-botanics.com" }] },
    { message: "Bruno will answer at 0800 123 4567 on weekdays.", context: { marketplace: "UK" }, errors: [{ messageId: "phone", text: "0800 123 4567" }], name: "a name ending in a label's letters is no label" },
    { message: "For your order questions our team is at +44 20 7946 0958.", context: { marketplace: "UK" }, errors: [{ messageId: "phone", text: "+44 20 7946 0958" }] },
    { message: "メールinfo@example.jpまでご連絡ください", context: JP, errors: [{ messageId: "email", text: "info@example.jp" }] },
    { message: "write to foo(at)bar.com", errors: [{ messageId: "email", text: "foo(at)bar.com" }] },
    { message: "write to foo at bar dot com", errors: [{ messageId: "email", text: "foo at bar dot com" }] },
    { message: "ｆｏｏ＠ｂａｒ．ｃｏｍ へどうぞ", errors: [{ messageId: "email", text: "ｆｏｏ＠ｂａｒ．ｃｏｍ" }] },
    { message: { body: '<a href="mailto:shop@example.com">mail us</a>', format: "html" }, errors: [{ messageId: "email", text: "mailto:shop@example.com" }] },
    { message: "担当者直通：０３－６２０４－１１８９（平日）", context: JP, errors: [{ messageId: "phone", text: "０３－６２０４－１１８９" }] },
    { message: "TEL03-1234-5678 まで", context: JP, errors: [{ messageId: "phone", text: "03-1234-5678" }] },
    { message: "電話：０９０ー１２３４ー５６７８", context: JP, errors: [{ messageId: "phone", text: "０９０ー１２３４ー５６７８" }] },
    { message: "03ｰ1234ｰ5678 へ", context: JP, errors: [{ messageId: "phone", text: "03ｰ1234ｰ5678" }] },
    { message: "Call 03-1234-5600, 03-1234-5601", context: JP, errors: [{ messageId: "phone", text: "03-1234-5600" }, { messageId: "phone", text: "03-1234-5601" }] },
    { message: "rufen Sie an: 089 2187 4430 (Mo–Fr).", context: DE, errors: [{ messageId: "phone", text: "089 2187 4430" }] },
    { message: "appelez le 06 71 29 84 03.", context: { marketplace: "FR" }, errors: [{ messageId: "phone", text: "06 71 29 84 03" }] },
    { message: "call (555) 318-2047 on weekdays", context: US, errors: [{ messageId: "phone", text: "(555) 318-2047" }] },
    { message: "ring us on 5 5 5 4 1 9 0 2 2 6.", context: US, errors: [{ messageId: "phone", text: "5 5 5 4 1 9 0 2 2 6" }] },
    { message: "급하시면 010-5562-1907로 전화 주세요.", context: { marketplace: "US", buyerLocale: "ko-KR" }, errors: [{ messageId: "phone", text: "010-5562-1907" }] },
    { message: "客服电话：１８６ ２２０３ ４５７１。", context: { marketplace: "US", buyerLocale: "zh-CN" }, errors: [{ messageId: "phone", text: "１８６ ２２０３ ４５７１" }] },
    { message: "Call +44 20 7946 0958 any time.", context: JP, errors: [{ messageId: "phone", text: "+44 20 7946 0958" }] },
    { message: "Warranty hotline: 0800 123 4567", context: { marketplace: "UK" }, errors: [{ messageId: "phone", text: "0800 123 4567" }] },
    { message: "Telegram: @spokehaus_help.", errors: [{ messageId: "handle", text: "@spokehaus_help" }] },
    { message: "写真はLINE（ID：tsubameya_cs）でお送りください。", context: JP, errors: [{ messageId: "handle", text: "tsubameya_cs" }] },
    { message: "WeChat: shop_cn", errors: [{ messageId: "handle", text: "shop_cn" }] },
    { message: "Instagram ID: lumen.lights", errors: [{ messageId: "handle", text: "lumen.lights" }] },
    { message: "Our Instagram account lumen_lights has more photos.", errors: [{ messageId: "handle", text: "lumen_lights" }] },
    { message: "Follow us @oakandthread.co on Instagram.", errors: [{ messageId: "handle", text: "@oakandthread.co" }] },
    { message: "카카오톡 아이디 shop123 로 연락주세요", errors: [{ messageId: "handle", text: "shop123" }] },
    { message: "Follow us @tailwind.pets!", errors: [{ messageId: "handle", text: "@tailwind.pets" }] },
    { message: "Chat with us: wa.me/819012345678", errors: [{ messageId: "social-link", text: "wa.me/819012345678" }] },
  ],
});

testRule("no-contact-info", {
  valid: [
    { message: "Kundennummer 0892187443, Sendungsnummer 0034 0434 1234 5678 90", context: { marketplace: "DE" } },
    { message: "P.IVA 01234567890", context: { marketplace: "IT" } },
    { message: "CPF 123.456.789-09", context: { marketplace: "BR" } },
    { message: "Numero di spedizione BRT del reso: 057122345567", context: { marketplace: "IT" }, name: "words between the label and the number" },
    { message: "Sendungsnummer von Hermes: 03412345678901", context: { marketplace: "DE" } },
    { message: "Your UPS tracking number for the return is 0123 4567 890.", context: { marketplace: "UK" } },
    { message: "Partita IVA 01234567890", context: { marketplace: "IT" } },
    { message: "Registered in England, company number 01234567.", context: { marketplace: "UK" } },
  ],
  invalid: [
    { message: "Unser Kundenservice: 0800 123 4567", context: { marketplace: "DE" }, errors: [{ messageId: "phone", text: "0800 123 4567" }] },
    { message: "Tel.-Nr.: 089 2187 4430", context: { marketplace: "DE" }, errors: [{ messageId: "phone", text: "089 2187 4430" }] },
    { message: "お電話は〇三-一二三四-五六七八まで", context: { marketplace: "JP" }, errors: [{ messageId: "phone", text: "〇三-一二三四-五六七八" }] },
    { message: "call zero three one two three four five six seven eight", errors: [{ messageId: "phone", text: "zero three one two three four five six seven eight" }] },
    { message: "Call 03•1234•5678", context: { marketplace: "JP" }, errors: [{ messageId: "phone", text: "03•1234•5678" }] },
    { message: "mail info arroba tienda.es", errors: [{ messageId: "email", text: "info arroba tienda.es" }] },
  ],
});

testRule("no-contact-info", {
  valid: [
    { message: "Seriennummer: 4711 2203 8581, Referenznummer 0471 1220 3858", context: { marketplace: "DE" } },
    { message: "Numéro de modèle : 4711-220-85", context: { marketplace: "FR" } },
  ],
  invalid: [
    { message: { body: '<a href="tel:+81312345678">call</a>', format: "html" }, errors: [{ messageId: "phone", text: "tel:+81312345678" }] },
    { message: { body: '<a href="whatsapp://send?phone=15553182047">chat</a>', format: "html" }, errors: [{ messageId: "app-link", text: "whatsapp://send?phone=15553182047" }] },
    { message: "WhatsApp: wa.me/15553182047", errors: [{ messageId: "social-link", text: "wa.me/15553182047" }], name: "one finding for an app link" },
    {
      message: "Questions about the cups? Call our shop at (555) 318-2047.",
      context: { marketplace: "US" },
      options: { allowServiceNumbers: true },
      errors: [{ messageId: "phone", text: "(555) 318-2047" }],
      name: "'cups' is not UPS",
    },
  ],
});
