import type { MarketingCatalog } from "./types.js";

/*
 * Polish inflects, so most terms are stems with "\\p{L}*". "Nasz nowy …" is only a product when it
 * is not a service noun ("nasz nowy kurier"); "nowy produkt" and "nowy egzemplarz" are replacements
 * and never count. "Promocja" and "wyprzedaż" after "w", "z" or "kupiony" name how the buyer's item
 * was bought ("produkt kupiony w promocji"), not a sale being announced. "Polecamy" is also advice
 * ("polecamy prać w 30 stopniach"), so it counts only before the seller's own products. "Sprawdź"
 * and "zobacz" are mostly "check the parcel" or "see the manual", so they count only before the
 * seller's own things or offers. `buy` holds only forms that point at a purchase still to come:
 * "kupiony" and "zamówienie" name the order at hand. "Poza Amazonem" alone is also "we may not
 * contact you outside Amazon", so it needs buying nearby.
 */
const SERVICE_NOUN =
  "(?:kurier\\p{L}*|przewoźni\\p{L}*|magazyn\\p{L}*|adres\\p{L}*|dział\\p{L}*|pracowni\\p{L}*|konsultant\\p{L}*|stron\\p{L}*|sklep\\p{L}*|instrukcj\\p{L}*|numer\\p{L}*|e-?mail\\p{L}*|opakowani\\p{L}*|system\\p{L}*|regulamin\\p{L}*|punkt\\p{L}*|egzemplarz\\p{L}*|produkt(?:|u|em)|paczkomat\\p{L}*)";
const BOUGHT_IN = "(?<!(?<!\\p{L})(?:w|we|z|ze|ramach|podczas|trakcie|kupion[yaeą]|zakupion[yaeą]|objęt[yaeą]) )";

export const pl = (): MarketingCatalog => ({
  lang: "pl",
  scripts: ["latin"],
  boundaries: "word",
  concepts: {
    checkout: ["przy (?:kasie|płatności|zamówieniu)", "w koszyku"],
    coupon: [
      "kupon\\p{L}*", "kod\\p{L}{0,3} (?:rabatow|promocyjn|zniżkow)\\p{L}*", "(?:rabatow|promocyjn|zniżkow)\\p{L}* kod\\p{L}{0,3}",
      "voucher\\p{L}*", "bon\\p{L}{0,3} (?:rabatow|zniżkow|promocyjn)\\p{L}*", "(?:użyj|wpisz|wprowadź|podaj)(?:cie)? kod\\p{L}{0,2}:? [A-Z]{3,12}\\d{1,3}",
    ],
    discount: [
      "\\d+ ?% (?:rabatu|zniżki|taniej|mniej|off)", "rabat\\p{L}*", "zniżk\\p{L}*", "obniżk\\p{L}* cen\\p{L}*",
      "(?:oszczędź|zaoszczędź|zaoszczędzisz)(?:cie)? (?:\\d+|do)", "\\d+ ?(?:zł|PLN) (?:taniej|rabatu|zniżki|mniej)",
      "(?:dodatkow|specjaln|ekskluzywn)\\p{L}* (?:\\d+ ?% )?(?:rabat|zniżk)\\p{L}*", "taniej o \\d+",
    ],
    future: [
      "(?:kolejn|następn|przyszł)\\p{L}* (?:zakup|zamówieni|zakupach|zakupy|zakupów)\\p{L}*",
      "następnym razem,? (?:gdy|kiedy|jak) (?:będzie|będziesz|będą) (?:Pan |Pani |Państwo )?(?:zamawiać|kupować|robić zakupy)",
    ],
    sale: [
      `${BOUGHT_IN}promocj\\p{L}*`, `${BOUGHT_IN}wyprzedaż\\p{L}*`, "(?:wielk|sezonow|letni|zimow|świąteczn|noworoczn)\\p{L}* przecen\\p{L}*",
      "black friday", "black week", "cyber monday", "prime day", "(?:ofert\\p{L}*) (?:specjaln|limitowan|ograniczon)\\p{L}*",
      "(?:specjaln|limitowan|wyjątkow)\\p{L}* ofert\\p{L}*", "(?:2|dwa|3|trzy) w cenie (?:1|jednego|2|dwóch)",
      "drugi (?:produkt |egzemplarz )?(?:za pół ceny|gratis|za 1 zł)", "darmow\\p{L}* dostaw\\p{L}* (?:od|przy zakupach|przy zamówieniach)",
    ],
    crossSell: [
      "(?:może|mogą) (?:Cię|cię|Pana|Panią|Państwa) (?:również|także|też) zainteresować",
      "(?:również|także|też) (?:może|mogą) (?:Cię|cię|Pana|Panią|Państwa) zainteresować",
      "(?:spodoba|spodobają) (?:Ci|ci|się Panu|się Pani|się Państwu|Panu|Pani|Państwu) (?:się )?(?:również|także|też)",
      "(?:również|także|też) (?:Ci|ci|Panu|Pani|Państwu) się spodoba\\p{L}*", "komponuj\\p{L}* się (?:idealnie |świetnie |doskonale )?z",
      "uzupełnij(?:cie)? (?:zestaw|kolekcję|komplet|swój|swoją|swoje)", "skompletuj\\p{L}*",
      "klienci,? (?:którzy kupili (?:ten|tę|to)|kupili również|kupowali też|wybierali również)",
      "(?:warto|polecamy) (?:również |także |też )?dokupić", "polecamy (?:również |także |też )?(?:nasz|naszą|nasze|naszego|naszych)\\p{L}*",
      "idealn\\p{L}* uzupełnieni\\p{L}*", "(?:świetnie|idealnie) sprawdzi się (?:w parze |razem )?z naszym",
    ],
    otherProducts: [
      `nasz(?:|a|e|ą|ego|ej|ych|ym|ymi) now(?:y|a|e|ą|ego|ej|ych|ym|ymi|ość|ości)(?! ${SERVICE_NOUN})(?: [\\p{L}-]+){1,3}`,
      "(?:nasz\\p{L}{0,3} )?(?:inn|pozostał|najnowsz|pełn|cał)\\p{L}* (?:nasz\\p{L}{0,3} )?(?:produkt(?:y|ów|ami|ach)|asortyment\\p{L}*|kolekcj\\p{L}*|model(?:e|i|ami)|wzor(?:y|ów)|artykuł(?:y|ów)|katalog\\p{L}*|ofert\\p{L}*)",
      "nowości", "nowość w (?:naszej )?ofercie", "nasz\\p{L}{0,3} (?:asortyment\\p{L}*|ofert\\p{L}*|kolekcj\\p{L}*|katalog\\p{L}*)",
      "(?:now|najnowsz)\\p{L}* kolekcj\\p{L}*", "więcej (?:produktów|artykułów|wzorów|modeli) (?:od nas|z naszej|naszej|naszego)",
    ],
    invite: [
      "(?:sprawdź|zobacz|przejrzyj)(?:cie)?(?: (?:też|również|także|koniecznie|sami|koniecznie też)){0,2} (?:nasz\\p{L}*|now\\p{L}*|najnowsz\\p{L}*|inn\\p{L}*|pozostał\\p{L}*|ofert\\p{L}*|promocj\\p{L}*|kolekcj\\p{L}*|wyprzedaż\\p{L}*|asortyment\\p{L}*|cał\\p{L}*)", "odkryj(?:cie)?", "zajrzyj(?:cie)?", "odwiedź(?:cie)?", "odwiedzi(?:ć|n\\p{L}*)",
      "zapraszamy (?:do|na) (?:odwiedzenia|zapoznania się|sprawdzenia|obejrzenia|naszego|naszej|nasz|zakupów)", "nie przegap\\p{L}*",
      "bądź(?:cie)? na bieżąco", "bądź(?:cie)? pierwsz\\p{L}*", "rzuć(?:cie)? okiem", "(?:czy )?(?:widział\\p{L}*|znasz|zna Pan|zna Pani|znają Państwo) (?:już )?nasz\\p{L}*",
      "właśnie (?:wprowadziliśmy|wypuściliśmy|pojawił\\p{L}*)",
      "skorzystaj(?:cie)? z (?:\\p{L}+ )?(?:promocj|okazj|rabat|zniżk|ofert|wyprzedaż)\\p{L}*",
    ],
    follow: [
      "(?:obserwuj|zaobserwuj|polub|śledź)(?:cie)? nas", "(?:obserwować|śledzić|polubić) nas", "polub\\p{L}* (?:nasz\\p{L}* )?(?:stron\\p{L}*|profil\\p{L}*|fanpage\\p{L}*)",
      "(?:znajdziesz|znajdź|znajdziecie|znajdzie Pan|znajdzie Pani|znajdą Państwo) nas (?:również |też )?(?:na|w) (?:instagram|facebook|tiktok|youtube|pinterest|twitter)\\p{L}*",
      "subskrybuj\\p{L}* (?:nasz\\p{L}* )?kanał\\p{L}*", "dołącz\\p{L}* do (?:nas|naszej (?:społeczności|grupy)) na (?:instagram|facebook|tiktok|youtube)\\p{L}*",
      "obserwuj\\p{L}* (?:nasz\\p{L}* )?(?:profil|konto|stron|sklep|mark)\\p{L}*",
    ],
    newsletter: [
      "newsletter\\p{L}*", "(?:list\\p{L}* )?mailingow\\p{L}*", "(?:zapisz|zapiszcie) się (?:do|na) (?:nasz\\p{L}* )?(?:newsletter|listę|mailing|powiadomienia)\\p{L}*",
      "subskrypcj\\p{L}* (?:nasz\\p{L}* )?(?:newslettera|e-?maili|wiadomości)",
    ],
    offAmazon: [
      "(?:kup|kupuj|zamów|zamawiaj|kupić|zamówić|kupując|zamawiając|kupisz|zamówisz)(?:cie)?(?: \\p{L}+){0,3} bezpośrednio (?:u nas|od nas|w naszym|na naszej|przez nasz\\p{L}*)",
      "bezpośrednio (?:u nas|od nas|w naszym sklepie internetowym|na naszej stronie) (?:taniej|kupić|zamówić|kupisz|zamówisz)",
      "(?:kup|kupuj|zamów|zamawiaj|kupić|zamówić|kupując|zamawiając|kupisz|zamówisz)(?:cie)?(?: \\p{L}+){0,3} poza amazon\\p{L}*",
      "poza amazon\\p{L}* (?:[\\p{L}\\p{N}%]+ ){0,5}(?:kupić|zamówić|kupisz|zamówisz|taniej)", "(?:taniej|niższ\\p{L}* cen\\p{L}*|lepsz\\p{L}* cen\\p{L}*)(?: \\p{L}+){0,2} (?:na|w) nasz\\p{L}* (?:własn\\p{L}* )?(?:stron\\p{L}*|sklep\\p{L}*|witryn\\p{L}*)",
    ],
    ownSite: [
      "nasz\\p{L}{0,3} (?:własn\\p{L}* )?(?:stron\\p{L}* (?:internetow|www)\\p{L}*|sklep\\p{L}* internetow\\p{L}*|witryn\\p{L}*|e-?sklep\\p{L}*|sklep\\p{L}* online)",
    ],
    buy: [
      "kup(?:ić|uj|ujesz|ując|cie|isz|i Pan|i Pani)?", "zamów(?:ić|isz|cie)?", "zamawia(?:j|ć|jąc|sz)", "(?:robić|zrobić) zakupy", "do kupienia", "dostępn\\p{L}* w sprzedaży",
    ],
    store: [
      "(?:nasz|naszego|naszym|naszej|naszą|nasza) (?:amazon\\p{L}* )?(?:sklep|sklepu|sklepie|sklepik\\p{L}*|witryn\\p{L}* (?:na|w) amazon\\p{L}*|stron\\p{L}* (?:sklepu|marki|sprzedawcy)|profil\\p{L}* sprzedawcy)",
      "sklep\\p{L}* na amazon\\p{L}*",
    ],
  },
  examples: [
    { text: "W podziękowaniu otrzymasz 15% rabatu na kolejne zamówienie.", expect: "coupon" },
    { text: "Użyj kodu rabatowego OGROD10 przy następnym zakupie.", expect: "coupon" },
    { text: "Trwa nasza letnia wyprzedaż: wszystkie poduszki ogrodowe są 30% taniej.", expect: "promotion" },
    { text: "Sprawdź nasze promocje w tym tygodniu!", expect: "promotion" },
    { text: "Skoro Twój pies uwielbia sznurek, spodoba Ci się również nasz zestaw gryzaków.", expect: "other-products" },
    { text: "Czy widziałeś już nasz nowy zestaw do pielęgnacji?", expect: "other-products" },
    { text: "Zajrzyj też do naszych nowości w dziale ogrodowym.", expect: "other-products" },
    { text: "Obserwuj nas na Instagramie, aby otrzymywać porady i nowości.", expect: "follow-us" },
    { text: "Zapisz się do naszego newslettera, a jako pierwszy dowiesz się o nowych kolorach.", expect: "newsletter" },
    { text: "Następnym razem zamów bezpośrednio u nas przez naszą stronę internetową i zaoszczędź 10%.", expect: "off-amazon" },
    { text: "Części zamienne można kupić w naszym sklepie internetowym.", expect: "off-amazon" },
    { text: "Odwiedź nasz sklep na Amazon, aby zobaczyć więcej wzorów.", expect: "storefront" },
    { text: "Wysłaliśmy nowy egzemplarz, powinien dotrzeć w piątek.", expect: null },
    { text: "Prosimy postępować zgodnie z instrukcją w załączonym pliku PDF.", expect: null },
    { text: "Zwróciliśmy różnicę w cenie za pośrednictwem Amazon.", expect: null },
    { text: "Instrukcja obsługi jest również dostępna na naszej stronie internetowej w zakładce Pomoc.", expect: null },
    { text: "Nasz nowy kurier dostarczy produkt zastępczy jutro.", expect: null },
    { text: "Śledź przesyłkę za pomocą numeru z wiadomości od Amazon.", expect: null },
    { text: "Zobacz zdjęcia w załączniku i daj nam znać, który kolor wolisz.", expect: null },
    { text: "Produkt kupiony w promocji również można zwrócić w ciągu 30 dni.", expect: null },
    { text: "Rabat widoczny przy zamówieniu został już uwzględniony w cenie.", expect: null },
  ],
});
