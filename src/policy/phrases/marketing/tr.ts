import type { MarketingCatalog } from "./types.js";

/*
 * Turkish attaches suffixes, so most terms are stems with "\\p{L}*"; "İ" does not fold to "i", so
 * words that may open a sentence spell it "[iİ]". "Yeni ürün" alone is a replacement ("yeni ürün
 * gönderdik") and never counts; only the seller's new products do ("yeni ürünlerimiz"). "Takip edin"
 * is also tracking a parcel, so following counts only with "bizi" or a social account. `buy` holds
 * only forms that point at a purchase still to come: "satın aldığınız" names the order at hand. "Göz
 * atın" and "inceleyin" are also "look at the attached photo", so they count only after a word with
 * "our" ("mağazamıza göz atın"). "Amazon dışında" alone is also "we may not contact you outside
 * Amazon", so it needs buying nearby.
 */
/** A word with "our" ("mağazamıza", "koleksiyonumuzu", "sitemize"): what "göz atın" may invite to. */
const OURS = "\\p{L}+[ıiuü]?m[ıiuü]z(?:[ıiuü]|[ıiuü]?n[ıiuü]|[ıiuü]?n[ae]|[ae]|y[ae]|d[ae]|[ıiuü]n)?";
const SOCIAL = "(?:[iİ]nstagram|facebook|tiktok|twitter|youtube|pinterest|linkedin)(?:['’]?\\p{L}+)?";

export const tr = (): MarketingCatalog => ({
  lang: "tr",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    checkout: ["ödeme (?:sırasında|adımında|esnasında)", "sepette"],
    coupon: [
      "kupon\\p{L}*", "[iİ]ndirim kod\\p{L}*", "promosyon kod\\p{L}*", "kampanya kod\\p{L}*", "voucher\\p{L}*", "hediye çeki\\p{L}*",
      "[A-Z]{3,12}\\d{1,3} kod\\p{L}*",
    ],
    discount: [
      "[iİ]ndirim\\p{L}*", "%\\s?\\d+ (?:daha ucuz|tasarruf)", "\\d+ ?(?:TL|₺) (?:daha ucuz|tasarruf)", "tasarruf ed(?:in|ebilirsiniz|ersiniz)",
      "yarı yarıya", "ucuzlat\\p{L}*", "daha (?:uygun|ucuz|avantajlı) fiyat\\p{L}*",
    ],
    future: [
      "(?:bir )?sonraki (?:sipariş|alışveriş|alım|satın alım)\\p{L}*", "gelecek (?:sipariş|alışveriş)\\p{L}*", "[iİ]leriki (?:sipariş|alışveriş)\\p{L}*",
      "bir dahaki (?:sipariş|alışveriş|alım)\\p{L}*", "bir dahaki sefer\\p{L}*",
    ],
    sale: [
      "kampanya(?! kapsamında (?:alın|satın))\\p{L}*", "[iİ]ndirim(?:de|e girdi|e girmiştir|ler başladı|ler devam)", "büyük indirim\\p{L}*",
      "(?:yaz|kış|sezon|sezon sonu|bahar|yılbaşı|bayram|ramazan|efsane|süper) (?:indirim|kampanya|fırsat)\\p{L}*", "efsane cuma", "black friday",
      "cyber monday", "prime day", "(?:özel|sınırlı süreli|süreli|kaçırılmayacak|büyük) (?:fırsat|teklif|kampanya)\\p{L}*", "fırsatı kaçırma\\p{L}*",
      "promosyon\\p{L}*", "\\d+ alana \\d+ bedava", "[iİ]kincisi (?:bedava|hediye|yarı fiyatına|%\\s?50)", "[iİ]kinci ürün(?:e)? (?:bedava|%\\s?\\d+)",
      "ücretsiz kargo (?:fırsatı|kampanyası)\\p{L}*",
    ],
    crossSell: [
      "(?:de|da) (?:ilginizi çekebilir|beğenebilirsiniz|hoşunuza gidebilir|çok seveceksiniz|seveceğinizi düşünüyoruz)\\p{L}*",
      "[iİ]lginizi çekebilecek", "(?:setinizi|seti|koleksiyonunuzu|kombininizi) tamamla\\p{L}*",
      "(?:bu ürünü|bunu) (?:alan|satın alan) müşteriler(?:imiz)? (?:ayrıca|bunları da|şunları da)", "tamamlayıcı ürün\\p{L}*",
      "(?:ürünlerimizi|ürünümüzü|koleksiyonumuzu|serimizi) (?:de |da )?(?:denemenizi|incelemenizi|görmenizi) (?:tavsiye|öneri)\\p{L}*",
      "(?:ile|yanında) (?:mükemmel|harika|çok güzel) (?:bir )?(?:uyum|ikili|kombin)\\p{L}*",
    ],
    otherProducts: [
      "yeni (?:\\p{L}+ )?(?:set|ürün|model|koleksiyon|seri|tasarım|renk)(?:ler|lar)?(?:imiz|ımız|ümüz|umuz|miz|mız)\\p{L}*",
      "(?:diğer|yeni|tüm|bütün|farklı|en yeni|yeni çıkan) ürünlerimiz\\p{L}*", "ürün yelpazemiz\\p{L}*", "koleksiyonumuz\\p{L}*",
      "yeni (?:gelenler|sezon ürünleri|koleksiyon\\p{L}*|sezon)", "en yeni ürün\\p{L}*", "ürün çeşitlerimiz\\p{L}*", "diğer modellerimiz\\p{L}*",
    ],
    invite: [
      `${OURS} (?:(?:de|da|bir|mutlaka|hemen|bu) ){0,2}(?:göz at\\p{L}*|göz gezdir\\p{L}*|[iİ]nceleyin(?:iz)?|[iİ]nceleyebilirsiniz|[iİ]ncelemeyi unutmayın|bakın|bakabilirsiniz|bakmayı unutmayın)`,
      "keşfed\\p{L}*", "keşfet\\p{L}*",
      "ziyaret (?:edin|ediniz|edebilirsiniz|etmeyi unutmayın|etmenizi|edip)", "kaçırmayın", "kaçırmayınız", "(?:gördünüz|denediniz|incelediniz) mi",
      "haberdar olun", "[iİ]lk siz (?:öğrenin|haberdar olun)", "takipte kalın",
      "(?:fırsat|kampanya|indirim|avantaj)\\p{L}* (?:\\p{L}+ )?yararlan\\p{L}*",
    ],
    follow: [
      "bizi (?:[\\p{L}'’]+ ){0,2}(?:takip|izle)\\p{L}*", `${SOCIAL} (?:hesabımız|sayfamız|kanalımız)\\p{L}*`,
      "(?:hesabımız|sayfamız|kanalımız|mağazamız)\\p{L}* (?:takip|beğen|abone ol)\\p{L}*", "kanalımıza abone ol\\p{L}*",
      "takipçi(?:miz|lerimiz)? ol\\p{L}*", `${SOCIAL} (?:üzerinden |'dan |da |de )?bize ulaşın`,
    ],
    newsletter: [
      "\\p{L}*bülten\\p{L}*", "e-?posta listemiz\\p{L}*", "(?:e-?posta|mail) listesi\\p{L}*", "newsletter\\p{L}*",
      "(?:e-?posta|mail) (?:listemize|bültenimize) (?:kaydol|abone ol|katıl)\\p{L}*",
    ],
    offAmazon: [
      "(?:doğrudan|direkt|direk) (?:bizden|web sitemizden|sitemizden|mağazamızdan|internet sitemizden)(?: \\p{L}+){0,2} (?:satın al|sipariş ver|sipariş ed|alışveriş yap|temin ed)\\p{L}*",
      "amazon['’]?(?:un)? dışında(?:n)? (?:\\p{L}+ ){0,3}(?:satın al|sipariş ver|sipariş ed|alışveriş yap|daha ucuz|daha uygun)\\p{L}*", "amazon['’]?(?:dan|un) (?:daha ucuz|daha uygun)",
      "(?:web sitemizde|sitemizde|internet sitemizde|web mağazamızda) (?:daha ucuz|daha uygun|daha avantajlı|indirimli)",
    ],
    ownSite: [
      "(?:web|internet) sitemiz\\p{L}*", "sitemiz\\p{L}*", "(?:web|online|internet) mağazamız\\p{L}*", "e-?ticaret sitemiz\\p{L}*", "kendi sitemiz\\p{L}*",
    ],
    buy: [
      "satın al(?:ın|ınız|abilirsiniz|abilir|mak|manız|mayı|ırsanız|arak)", "sipariş ver(?:in|iniz|ebilirsiniz|mek|menizi|irseniz|erek)",
      "sipariş ed(?:in|iniz|ebilirsiniz|erek|erseniz)", "sipariş etmek", "alışveriş yap(?:ın|ınız|abilirsiniz|mak|manız|arak|arsanız)",
      "temin edebilirsiniz", "satışta(?:dır)?",
    ],
    store: [
      "(?:amazon )?mağazamız\\p{L}*", "dükkanımız\\p{L}*", "(?:marka|satıcı) sayfamız\\p{L}*", "vitrinimiz\\p{L}*",
    ],
  },
  examples: [
    { text: "Teşekkür olarak bir sonraki siparişinizde %15 indirim kazanıyorsunuz.", expect: "coupon" },
    { text: "Ödeme sırasında BAHCE10 kodunu kullanmayı unutmayın.", expect: "coupon" },
    { text: "Yaz kampanyamız başladı: tüm bahçe minderlerinde %30 indirim!", expect: "promotion" },
    { text: "Sezon sonu fırsatlarını kaçırmayın!", expect: "promotion" },
    { text: "Köpeğiniz ip oyuncağı çok sevdiyse çiğneme kemiği setimizi de beğenebilirsiniz.", expect: "other-products" },
    { text: "Yeni bakım setimizi gördünüz mü? Yeni ürünlerimize göz atın.", expect: "other-products" },
    { text: "Diğer ürünlerimizi de keşfedin.", expect: "other-products" },
    { text: "Bakım ipuçları için bizi Instagram'da takip edin.", expect: "follow-us" },
    { text: "Yeni renklerden ilk siz haberdar olmak için e-bültenimize abone olun.", expect: "newsletter" },
    { text: "Bir dahaki sefere doğrudan web sitemizden satın alarak %10 tasarruf edin.", expect: "off-amazon" },
    { text: "Yedek parçaları internet sitemizden sipariş verebilirsiniz.", expect: "off-amazon" },
    { text: "Daha fazla tasarım için Amazon mağazamızı ziyaret edin.", expect: "storefront" },
    { text: "Yeni ürün gönderdik, cuma günü elinizde olur.", expect: null },
    { text: "Lütfen ekteki kılavuzdaki talimatları takip edin.", expect: null },
    { text: "Kargonuzu takip numarasıyla takip edebilirsiniz.", expect: null },
    { text: "Fiyat farkını Amazon üzerinden iade ettik.", expect: null },
    { text: "Kullanım kılavuzu web sitemizin Destek bölümünde de mevcuttur.", expect: null },
    { text: "Siparişinize ödeme sırasında gösterilen indirim uygulanmıştır.", expect: null },
    { text: "Ekteki fotoğraflara göz atıp hangi rengi tercih ettiğinizi bize bildirir misiniz?", expect: null },
    { text: "Mağazamızdan satın aldığınız ürünün yerine yenisini gönderiyoruz.", expect: null },
  ],
});
