// Fixed benchmark inputs. They are kept here, not generated, so numbers compare across runs.
export const shortEnglish = {
  name: "short English reply",
  message: { body: "Hi Sam,\n\nThanks for your question. The blue set ships tomorrow.\n\nBest,\nInkwell Paper Co." },
  context: { marketplace: "US", buyerLocale: "en-US", initiatedBy: "buyer" },
};

export const japanese500 = {
  name: "500-char Japanese with order id, phone and URL",
  message: {
    body:
      "山田 様\n\nこのたびはご注文（250-3109264-7188367）いただき、誠にありがとうございます。ご注文の「Garden Hose Reel HR-30」につきまして、メーカーの仕様変更によりホースの長さが 30m から 25m に変更となっております。" +
      "詳細は https://example.co.jp/hr30 をご覧いただくか、サポート窓口（０３－１２３４－５６７８、平日10時〜17時）までお問い合わせください。" +
      "なお、交換をご希望の場合は〒100-0001 東京都千代田区千代田1-1 はなみずき園芸 返品係までご返送ください。★送料は当店負担です。※返送時は納品書のコピーを同梱してください。" +
      "なお、ホースリール本体の取付金具は従来品と共通の規格ですので、現在お使いの壁掛けブラケットもそのままご利用いただけます。収納の際はホース内の水を抜いてから巻き取っていただくと長持ちします。" +
      "ご不便をおかけし誠に申し訳ございません。今後とも何卒よろしくお願い申し上げます。商品到着後、万が一不具合がございましたら、お手数ですが本メッセージにご返信ください。担当者より折り返しご連絡いたします。\n\nはなみずき園芸",
  },
  context: { marketplace: "JP", buyerLocale: "ja-JP", initiatedBy: "seller", reason: "other", orderId: "250-3109264-7188367", order: { deliveredAt: "2025-09-12T03:00:00Z" }, now: "2025-09-16T08:00:00Z" },
};

export const english500 = {
  name: "500-char English with order id, phone and URL",
  message: {
    body:
      "Hi Mr. Fairbanks,\n\nWe're writing about order 206-9753030-5744195: the 48-color pencil set is back-ordered at our supplier until September 19. " +
      "We'll ship it that day by priority mail at no extra cost. If you'd rather cancel, reply here and we'll do it right away. " +
      "You can also see the color chart at https://inkwellpaper.example.com/chart or call (212) 555-0123 on weekdays. " +
      "The set comes in a tin case (i.e. the 2024 edition) and weighs 1.2 kg. Sorry for the wait, and thank you for your patience!\n\nInkwell Paper Co.",
  },
  context: { marketplace: "US", buyerLocale: "en-US", initiatedBy: "seller", reason: "fulfillment-issue", orderId: "206-9753030-5744195", order: { purchasedAt: "2025-09-13T05:00:00Z" }, now: "2025-09-16T08:00:00Z" },
};

const germanParagraph =
  "Guten Tag Herr Kaiser, der Schlauchwagen GS-20 aus Bestellung 302-1234567-1234567 hat ein 3/4-Zoll-Gewinde; Adapter für 1/2 Zoll, Spritzdüse usw. liegen im Karton unter dem Einlegeboden. " +
  "Die Garantie (ca. 5 Jahre auf das Gestell) gilt ab Lieferdatum, eine Registrierung ist nicht nötig. Bei Fragen antworten Sie einfach auf diese Nachricht. ";
export const german2000 = {
  name: "2,000-char German",
  message: { body: germanParagraph.repeat(Math.ceil(2000 / germanParagraph.length)).slice(0, 2000) },
  context: { marketplace: "DE", buyerLocale: "de-DE", initiatedBy: "buyer" },
};

const row = (i) => `<tr><td>Größe ${i}</td><td>${14 + i}-${18 + i} cm</td><td><b>&euro; ${9 + i},90</b></td></tr>\n`;
export const html3k = {
  name: "3 KB HTML",
  message: {
    format: "html",
    body:
      "<p>Hi Mateo,</p>\n<p>Here are the sizes for the harness you asked about (order 111-5195964-5917892):</p>\n<table>\n" +
      Array.from({ length: 39 }, (_, i) => row(i)).join("") +
      '</table>\n<p>See <a href="https://www.amazon.com/gp/css/order-history">Your Orders</a> to return it.</p>\n<p>Best,<br>Tailwind Pet Supply</p>',
  },
  context: { marketplace: "US", buyerLocale: "en-US", initiatedBy: "buyer" },
};

/**
 * A realistic long body of `length` characters: the English, Japanese and German messages above in
 * turn, as in a long quoted thread. Used at 20 KB and 1 MB to check that time grows linearly.
 */
export function realisticBody(length) {
  const unit = [english500.message.body, japanese500.message.body, germanParagraph].join("\n\n") + "\n\n";
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
