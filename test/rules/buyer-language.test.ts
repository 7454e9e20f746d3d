import { testRule } from "../support/rule-tester.js";

const reply = (buyerLocale?: string, marketplace?: string) => ({ initiatedBy: "buyer" as const, ...(buyerLocale ? { buyerLocale } : {}), ...(marketplace ? { marketplace } : {}) });
const EN = "Hello,\n\nThanks for reaching out about the ink colors. The set includes black, blue-black and sepia cartridges, six of each.\n\nInkwell Paper Co.";
const DE = "Guten Tag,\n\nvielen Dank für Ihre Frage. Die Gartenschere schneidet Äste bis 22 mm Durchmesser und hat eine Sicherheitsverriegelung.";
const ES = "Hola:\n\nGracias por escribirnos. El candado tiene un arco de 16 mm y se entregan tres llaves.\n\nBici Sol";
const JA = "お問い合わせの件、このハーネスは胴回り30〜45cmの小型犬向けで、リードを付けるリングは背中側に2か所ございます。";

testRule("buyer-language", {
  valid: [
    { message: EN, context: reply("en-US", "US") },
    { message: EN, context: reply("en-GB", "DE"), name: "English to an en-GB buyer on amazon.de" },
    { message: DE, context: reply(undefined, "DE"), name: "no buyerLocale: the marketplace's language" },
    { message: EN, context: reply(undefined, "DE"), name: "no buyerLocale: another language of the marketplace may be the buyer's" },
    { message: ES, context: reply("es-MX") },
    { message: JA, context: reply("ja-JP", "JP") },
    { message: "Logitech MX Master 3S Wireless Performance Mouse Graphite の交換品を本日発送しました。", context: reply("ja-JP", "JP"), name: "Japanese with a long English product name" },
    { message: "安達 様\n\nご注文の「Moleskine 風 Dot Grid Notebook A5」は、紙厚 100gsm、160 pages です。", context: reply("ja-JP") },
    { message: "注文番号确认，商品已发货。", context: reply("zh-CN"), name: "Han-only text for a Chinese buyer" },
    { message: "Thanks!", context: reply("fr-FR"), name: "too short to judge" },
    { message: "https://www.amazon.fr/gp/your-account 249-1234567-1234567", context: reply("fr-FR"), name: "links and numbers say nothing" },
    { message: "If you love the mug, please leave us a review.", context: reply("en-US"), name: "a short English sentence franc calls French" },
    { message: EN, context: {}, name: "no locale and no marketplace" },
  ],
  invalid: [
    { message: EN, context: reply("fr-FR", "FR"), errors: [{ messageId: "wrong-language", field: "body", text: EN }] },
    { message: DE, context: reply("en-US", "US"), errors: [{ messageId: "wrong-language" }] },
    { message: ES, context: reply("pt-BR", "BR"), errors: [{ messageId: "wrong-language" }], name: "Spanish to a Portuguese buyer" },
    { message: JA, context: reply("zh-CN", "US"), errors: [{ messageId: "wrong-language" }], name: "Japanese to a Chinese buyer" },
    { message: "Thanks for your question. The cat tree's sisal posts can be replaced individually; each post is 40 cm tall.", context: reply("ko-KR", "US"), errors: [{ messageId: "wrong-language" }] },
    { message: "차민재 고객님, 주문하신 다이어리는 내일 발송됩니다. 감사합니다.", context: reply(undefined, "JP"), errors: [{ messageId: "wrong-language" }], name: "Korean on amazon.co.jp without a buyer locale" },
  ],
});
