import type { ReviewCatalog } from "./types.js";

/*
 * Turkish attaches suffixes, so most terms are stems with "\\p{L}*". "Değerlendirme" and "inceleme"
 * are also the seller's own evaluation of a request ("talebiniz değerlendirmeye alındı",
 * "incelememiz sonucunda"), so those forms are left out. "İade" alone is a product return, so only a
 * return of money counts as an incentive. Generic praise ("iyi", "güzel") counts only right before
 * a review noun, because "iyi günler" is a greeting.
 */
const REVIEW_NOUN = "(?:yorum|değerlendirme|puan|geri bildirim|not|inceleme|yıldız)";

export const tr = (): ReviewCatalog => ({
  lang: "tr",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    review: [
      "yorum\\p{L}*", "değerlendirme(?!ye|mi[zn]| sonuc| süre)\\p{L}*",
      "değerlendir(?:in|iniz|ebilirsiniz|ebilir misiniz|ir misiniz|irseniz|ebilirseniz|erek)",
      "puan (?:ver|bırak)\\p{L}*", "puanla(?:yın|yınız|yabilirsiniz|ma\\p{L}*|rsanız)", "puanınız\\p{L}*", "puanını(?:zı|)",
      "geri bildirim\\p{L}*", "\\p{L}*feedback\\p{L}*", "[iİ]nceleme (?:yaz|bırak|paylaş)\\p{L}*", "yıldız (?:ver|bırak)\\p{L}*",
      "ürün değerlendirme\\p{L}*",
    ],
    positive: [
      "olumlu\\p{L}*", "övgü\\p{L}*", "yüksek (?:puan|not|değerlendirme)\\p{L}*",
      `(?:çok |)(?:[iİ]yi|güzel|harika|mükemmel|muhteşem|süper|yüksek|parlak|hoş)(?= (?:bir |)${REVIEW_NOUN})`,
    ],
    topStars: [
      "(?:5|beş|4|dört)[- ]?yıldız\\p{L}*", "tam (?:puan|not)\\p{L}*", "en yüksek (?:puan|not|değerlendirme)\\p{L}*",
      "(?:5|beş) üzerinden (?:5|beş)", "(?:10|on) üzerinden (?:10|on)", "(?:4|5)/5", "★★★★★?",
    ],
    lowStars: ["(?:1|bir|2|[iİ]ki|3|üç)[- ]?yıldız\\p{L}*", "düşük yıldız\\p{L}*"],
    thanked: [
      "için (?:çok |gerçekten |içtenlikle )?teşekkür\\p{L}*",
    ],
    contrary: [
      "(?:veya|ya da) (?:daha az|o kadar|olumsuz\\p{L}*|kötü\\p{L}*)",
    ],
    contactUs: [
      "(?:bizimle|bize) (?:lütfen )?(?:iletişime geç|ulaş|yaz|mesaj)\\p{L}*",
    ],
    neutral: [
      "iyi (?:ya da|veya) (?:pek |o kadar )?iyi (?:değil|olmayan)\\p{L}*",
      "olumlu (?:ya da |veya |yahut |ya |ve |ile |)olumsuz", "olumsuz (?:ya da |veya |yahut |ve |ile |)olumlu",
      "olumlu olsun olumsuz olsun", "iyi (?:ya da|veya|ve|yahut) kötü", "kötü (?:ya da|veya|ve) iyi", "ne olursa olsun",
      "nasıl olursa olsun", "her türlü (?:yorum|görüş|değerlendirme|geri bildirim|puan)\\p{L}*", "fark etmeksizin",
      "(?:deneyiminiz|görüşünüz|fikriniz) ne olursa",
    ],
    ifHappy: [
      "(?:çok |gerçekten |tamamen |)memnun (?:kaldıysanız|kaldıysan|kaldıysa|iseniz|isen|olduysanız|olduysan|kalırsanız|kalırsan|kaldığınız takdirde)",
      "memnunsanız", "memnunsan", "beğendiyseniz", "beğendiysen", "beğendiğiniz takdirde", "beğenirseniz", "beğenirsen",
      "hoşunuza gittiyse", "hoşuna gittiyse", "beklentilerinizi (?:karşıladıysa|karşıladı ise|aştıysa|karşılıyorsa)",
      "memnun (?:musunuz|musun|kaldınız mı|kaldın mı)\\s*\\?", "beğendiniz mi\\s*\\?", "beğendin mi\\s*\\?",
      "her şey yolundaysa", "her şey yolunda ise", "her şey (?:yolunda|güzel|iyi) (?:gittiyse|geçtiyse)",
      "(?:iyi|güzel|olumlu) bir deneyim yaşadıysanız",
    ],
    incentive: [
      "ücretsiz\\p{L}*", "bedava\\p{L}*", "hediye\\p{L}*", "[iİ]ndirim\\p{L}*", "kupon\\p{L}*", "(?:para|ücret|bedel|tutar|ödeme)\\p{L}* iade\\p{L}*",
      "[iİ]ade ede(?:ceğiz|riz|lim|ceğim)", "geri ödeme\\p{L}*", "(?:paranızı|paranı|ücretinizi|ücretini) (?:geri|iade)\\p{L}*",
      "karşılığında", "karşılık olarak", "ödül\\p{L}*", "bonus\\p{L}*", "telafi", "tazminat\\p{L}*", "promosyon\\p{L}*",
      "\\d+ ?(?:TL|₺)", "₺ ?\\d+",
    ],
    change: [
      "sil(?:in|iniz|mek|meniz|menizi|ebilir\\p{L}*|er misiniz|erseniz|meyi|mesi|inmesi\\p{L}*|inmiş\\p{L}*|indi\\p{L}*|ip|di\\p{L}*)",
      "kaldır\\p{L}*", "değiştir(?:in|iniz|ir misiniz|ebilir misiniz|menizi|meniz|mek|meyi|irseniz|ebilirseniz)",
      "güncelle(?:yin|yiniz|yebilir misiniz|menizi|meniz|mek|rseniz|yebilirseniz|r misiniz)",
      "düzenle(?:yin|yiniz|yebilir misiniz|menizi|meniz|mek|rseniz|yebilirseniz|r misiniz)",
      "geri (?:çek|al)(?:in|ın|iniz|ınız|menizi|manızı|meniz|manız|mek|mak|ebilir misiniz|abilir misiniz|erseniz|ırsanız|ebilirseniz|abilirseniz)",
      "yükselt\\p{L}*", "(?:tekrar|yeniden) (?:gözden geçir|değerlendir)\\p{L}*", "revize\\p{L}*", "artır(?:ın|ınız|manızı|abilir misiniz|ırsanız)",
    ],
    negative: [
      "mükemmel değil\\p{L}*", "%? ?100 memnun değil\\p{L}*",
      "olumsuz\\p{L}*", "memnun (?:kalmadıysanız|kalmadıysan|değilseniz|değilsen|kalmadınız|kalmadıysa|olmadıysanız|olmazsanız|kalmazsanız|değil)",
      "memnuniyetsiz\\p{L}*", "kötü\\p{L}*", "sorun(?!uz)\\p{L}*", "problem\\p{L}*", "şik[aâ]yet\\p{L}*", "hayal kırıklığı\\p{L}*",
      "beğenmediyseniz", "beğenmediysen", "beğenmezseniz", "düşük (?:puan|not)\\p{L}*", "ters gi\\p{L}*", "arıza\\p{L}*", "kusur\\p{L}*",
    ],
    contactFirst: [
      "(?:önce|öncelikle|[iİ]lk olarak|[iİ]lk önce) (?:lütfen |)(?:bizimle |bize |)(?:iletişime geç\\p{L}*|ulaş\\p{L}*|yaz\\p{L}*|mesaj (?:at|gönder)\\p{L}*|bildir\\p{L}*|haber ver\\p{L}*)",
      "(?:bizimle|bize) (?:lütfen |)(?:önce|öncelikle|ilk olarak|ilk önce) (?:iletişime geç|ulaş|yaz|mesaj|bildir|haber ver)\\p{L}*",
      "bize (?:bir |)(?:şans|fırsat) (?:verin|veriniz|tanıyın|tanıyınız|ver)\\p{L}*",
    ],
    beforeReview: [
      "(?:yorum|değerlendirme|puan|geri bildirim|inceleme|yıldız)\\p{L}* (?:yap|yaz|bırak|paylaş|ver|gönder|gir|ekle)m[ae]d[ae]n (?:önce|evvel)",
      "(?:değerlendir|puanla|yorumla)m[ae]d[ae]n (?:önce|evvel)",
      "(?:yorum|değerlendirme|puan|geri bildirim)\\p{L}* (?:yap|yaz|bırak|ver|paylaş)m[ae]k yerine",
    ],
  },
  neutralRequest:
    "Vaktiniz olursa, deneyiminiz ne olursa olsun, Amazon'da ürünle ilgili dürüst bir değerlendirme yapmanızdan memnuniyet duyarız.",
  examples: [
    { text: "Amazon'da bize 5 yıldız verirseniz çok seviniriz.", expect: "star-rating" },
    { text: "Ürünü beğendiyseniz beş yıldızlı bir değerlendirme bırakabilir misiniz?", expect: "star-rating" },
    { text: "Alışverişinizden memnun kaldıysanız lütfen bir yorum bırakın.", expect: "positive-only" },
    { text: "Olumlu bir yorumunuz küçük işletmemiz için çok değerli.", expect: "positive-only" },
    { text: "Ürünümüzden memnun musunuz? O zaman Amazon'da değerlendirmenizi bekliyoruz.", expect: "positive-only" },
    { text: "Yorum yapan müşterilerimize bir sonraki siparişte %20 indirim veriyoruz.", expect: "incentive" },
    { text: "Değerlendirmeniz karşılığında size ücretsiz bir hediye göndereceğiz.", expect: "incentive" },
    { text: "Sorun çözüldüğüne göre olumsuz yorumunuzu kaldırabilir misiniz?", expect: "change-review" },
    { text: "1 yıldızlı değerlendirmenizi güncellerseniz ücretinizi iade edeceğiz.", expect: "change-review" },
    { text: "Bir sorun yaşarsanız lütfen olumsuz yorum yapmadan önce bizimle iletişime geçin.", expect: "gating" },
    { text: "Memnun kalmadıysanız önce bize ulaşın, yorumu sonra yazabilirsiniz.", expect: "gating" },
    { text: "Ürünle ilgili bir problem mi var? Puan vermeden önce bize yazın.", expect: "gating" },
    { text: "Vaktiniz olursa Amazon'da ürün hakkındaki dürüst yorumunuzu paylaşabilirsiniz.", expect: null },
    { text: "Olumlu ya da olumsuz, her yorum diğer müşterilere yardımcı oluyor.", expect: null },
    { text: "Talebiniz değerlendirmeye alınmıştır, para iadeniz üç iş günü içinde yapılacaktır.", expect: null },
    { text: "İncelememiz sonucunda ürün bedelini iade ettik.", expect: null },
    { text: "Ürününüzü yenisiyle değiştirdik, geri bildiriminiz için teşekkür ederiz.", expect: null },
    { text: "İyi günler dileriz, yorumunuz bizim için çok önemli.", expect: null },
    { text: "Ürününüz iade edildi ve ücretsiz kargo ile yeni ürün gönderildi.", expect: null },
    { text: "5 yıldızlı yorumunuz için çok teşekkür ederiz!", expect: null },
    { text: "Yorum yazmadan önce lütfen bize yazın.", expect: "gating" },
    { text: "Ürünü beğendiyseniz 5 yıldız bekliyoruz.", expect: "star-rating" },
  ],
});
