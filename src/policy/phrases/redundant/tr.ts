import type { RedundantCatalog } from "./types.js";

/*
 * Turkish attaches suffixes, so most terms are stems with "\\p{L}*"; "İ" does not fold to "i", so
 * words that may open a sentence spell it "[iİ]". A bare "teşekkürler" counts only as a sentence of
 * its own. Shipping counts only for the order itself: a replacement on its way ("yenisini
 * gönderdik") is news the buyer needs, so replacement and refund words are substance. "Sorunuz"
 * (your question) is help; "sorun" (a problem) is substance only where one is stated. Salutations
 * count only as a line of their own.
 */
const ORDER = "(?:siparişiniz|siparişin|ürününüz|ürünleriniz|paketiniz|kargonuz|gönderiniz|koliniz)";
const LINE_START = "(?<=(?:^|\\n)[ \\t]*)";
const LINE_END = "[ \\t]*[,!]?(?=[ \\t]*(?:\\r?\\n|$))";

export const tr = (): RedundantCatalog => ({
  lang: "tr",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    thanks: [
      "(?:sipariş|alışveriş|satın alım|tercih|güven|ilgi)\\p{L}*(?: [\\p{L}'’]+){0,3} için (?:\\p{L}+ ){0,2}(?:teşekkür\\p{L}*|sağ olun)",
      "(?:bizi|mağazamızı|markamızı) tercih ettiğiniz için", "(?:bizden|mağazamızdan) alışveriş yaptığınız için",
      "(?:çok |çok çok |tekrar |tekrardan |yeniden )?(?:teşekkür(?:ler| ederiz| ediyoruz| ederim)|sağ olun)(?=[ \\t]*(?:[!.]|\\r?\\n|$))",
      "(?:[iİ]yi|güzel|keyifli|sağlıklı) günlerde kullan\\p{L}*", "keyifle kullan(?:manızı|ın)\\p{L}*", "güle güle kullan\\p{L}*",
      "(?:ürünü|ürünümüzü|ürünlerimizi) beğenmenizi umuyoruz", "memnun kalmanızı (?:umuyoruz|dileriz|diliyoruz)",
    ],
    help: [
      "(?:herhangi bir |başka bir |ek |)(?:soru|sorunuz|sorularınız|talebiniz|ihtiyacınız)\\p{L}* (?:olursa|varsa|olması (?:halinde|durumunda)|olduğunda)",
      "(?:bize |bizimle )?(?:her zaman|çekinmeden|dilediğiniz zaman|rahatlıkla|istediğiniz zaman) (?:bize |bizimle )?(?:ulaşabilirsiniz|iletişime geçebilirsiniz|yazabilirsiniz|sorabilirsiniz)",
      "çekinmeden (?:bize |bizimle )?(?:ulaş|iletişime geç|yaz|sor)\\p{L}*", "yardımcı olmaktan (?:memnuniyet|mutluluk) duyarız",
      "(?:size )?yardımcı olmak için (?:buradayız|hazırız)", "(?:her zaman )?(?:hizmetinizdeyiz|yanınızdayız)", "yardıma ihtiyacınız (?:olursa|varsa)",
      "(?:bir )?(?:sorun|problem) (?:olursa|yaşarsanız|yaşamanız (?:halinde|durumunda)|olması (?:halinde|durumunda))",
    ],
    orderConfirmed: [
      `${ORDER}\\p{L}* (?:\\p{L}+ ){0,2}(?:alınmıştır|alındı|onaylandı|onaylanmıştır|hazırlanıyor|hazırlanmaktadır|hazırlık aşamasında\\p{L}*|işleme alındı|işleme alınmıştır|paketleniyor|paketlenmektedir)`,
      "siparişinizi (?:\\p{L}+ ){0,2}(?:aldık|almış bulunmaktayız|onayladık|hazırlıyoruz|paketliyoruz|hazırlamaya başladık)", "sipariş onayı\\p{L}*",
    ],
    shipped: [
      `${ORDER}\\p{L}* (?:\\p{L}+ ){0,3}(?:kargoya (?:verildi|verilmiştir|teslim edildi|teslim edilmiştir)|kargoya verilmiş\\p{L}*|gönderildi|gönderilmiştir|yola çıktı|yola çıkmıştır|yolda|yoldadır|sevk edildi|sevk edilmiştir|kargolandı|kargolanmıştır)`,
      "siparişinizi (?:\\p{L}+ ){0,2}(?:kargoya verdik|gönderdik|kargoladık|yola çıkardık|sevk ettik)",
      `${ORDER}\\p{L}* (?:\\p{L}+ ){0,2}(?:yakında|en kısa sürede|kısa süre içinde) (?:elinize|size|adresinize) (?:ulaşacak|ulaşacaktır|ulaşır|teslim edilecek)\\p{L}*`,
      "kargoya verildiğinde (?:size )?(?:bir )?(?:bilgilendirme|bildirim|e-?posta|mesaj)\\p{L}*", "kargo bildirimi\\p{L}*",
    ],
    substance: [
      "ama", "fakat", "ancak", "maalesef", "özür\\p{L}*", "üzgünüz", "gecik\\p{L}*", "eksik\\p{L}*", "hasar\\p{L}*", "kırık\\p{L}*", "kusur\\p{L}*",
      "bunun yerine", "onun yerine", "yerine (?:başka|farklı)", "stok\\p{L}* (?:yok|kalmadı|tükendi)", "stokta (?:yok|kalmadı)", "tüken\\p{L}*",
      "(?:bir )?(?:sorun|problem) (?:var(?:dır)?|yaşandı|oluştu|tespit ed\\p{L}*)", "yenisi\\p{L}*", "değişim\\p{L}*", "[iİ]ade\\p{L}*",
      "lütfen (?:\\p{L}+ ){0,2}(?:onaylay|teyit|kontrol|bildir|gönder|seç|iletin|paylaş)\\p{L}*", "(?:onaylar|teyit eder|bildirir|gönderir|kontrol eder|iletir) mi(?:siniz|sin)",
      "adres\\p{L}*", "değişiklik\\p{L}*", "değiştir\\p{L}*", "[iİ]ptal\\p{L}*", "önemli", "dikkat", "ayrı (?:kargo|paket|koli)\\p{L}*",
      "(?:iki|üç|birkaç) (?:ayrı )?(?:paket|koli|kargo)\\p{L}*", "(?:henüz )?(?:ulaşmadı|teslim edilmedi|gönderilmedi)",
    ],
    greeting: [
      `${LINE_START}(?:merhaba|merhabalar|selam|sayın|değerli|kıymetli|[iİ]yi günler)(?: [\\p{L}\\p{N}.'’&-]+){0,4}${LINE_END}`,
      "saygılarımızla", "saygılarımla", "[iİ]yi günler(?: dileriz| dilerim| diliyoruz)?", "[iİ]yi çalışmalar", "sevgiler", "selamlar",
      "en iyi dileklerimizle", `${LINE_START}(?:\\p{L}+ )?(?:ekibi|müşteri hizmetleri)${LINE_END}`,
    ],
  },
  examples: [
    { text: "Merhaba Ayşe Hanım,\n\nSiparişiniz için çok teşekkür ederiz! Herhangi bir sorunuz olursa bize her zaman ulaşabilirsiniz.\n\nSaygılarımızla,\nBahçe Dünyası", expect: "thank-you-only" },
    { text: "Merhaba!\n\nBizi tercih ettiğiniz için teşekkürler. İyi günlerde kullanmanızı dileriz.\n\nSevgiler,\nMinik Oda Ekibi", expect: "thank-you-only" },
    { text: "Sayın Mehmet Bey,\n\nSiparişinizi aldık ve siparişiniz şu anda hazırlanıyor. Kargoya verildiğinde size bir bildirim gönderilecektir.\n\nSaygılarımızla,\nLamba Evi", expect: "order-confirmation" },
    { text: "Merhaba Tolga Bey,\n\nGüzel haber: siparişiniz bugün kargoya verildi ve yola çıktı!\n\nTeşekkürler,\nBisiklet Atölyesi", expect: "shipping-confirmation" },
    { text: "Merhaba Tolga Bey,\n\nSiparişiniz için teşekkür ederiz. Maalesef mavi model stokta kalmadı; yeşil olanı ister misiniz?\n\nBisiklet Atölyesi", expect: null },
    { text: "Merhaba Tolga Bey,\n\nSiparişiniz kargoya verildi. İlk sürüşten önce iki M5 cıvatasını 4 Nm ile sıkın.\n\nBisiklet Atölyesi", expect: null },
    { text: "Merhaba,\n\nBahçe minderiniz depomuzda gecikti ve cuma günü kargoya verilecek.\n\nBahçe Dünyası", expect: null },
    { text: "Merhaba,\n\nSiparişiniz kargoya verildi, ancak abajur pakette eksik; onu ayrı bir kargoyla gelecek hafta göndereceğiz.\n\nLamba Evi", expect: null },
    { text: "Merhaba,\n\nAlışverişiniz için teşekkür ederiz! Kılıfı 30 derecede yıkayıp düz bir zeminde kurutunuz.\n\nMinik Oda", expect: null },
  ],
});
